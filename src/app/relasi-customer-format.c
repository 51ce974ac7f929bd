/* relasi-customer-format.c
 *
 * Relative times count calendar days in local time: something at 23:00 yesterday was
 * "yesterday" at 08:00 today, not "today".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-customer-format.h"

/* Whole calendar days from @from to @to, in local time (negative when @to is earlier). */
static int
days_between (gint64 from,
              gint64 to)
{
  g_autoptr(GDateTime) a = g_date_time_new_from_unix_local (from);
  g_autoptr(GDateTime) b = g_date_time_new_from_unix_local (to);
  GDate da, db;

  if (a == NULL || b == NULL)
    return 0;
  g_date_clear (&da, 1);
  g_date_clear (&db, 1);
  g_date_set_dmy (&da, g_date_time_get_day_of_month (a), g_date_time_get_month (a), g_date_time_get_year (a));
  g_date_set_dmy (&db, g_date_time_get_day_of_month (b), g_date_time_get_month (b), g_date_time_get_year (b));
  return g_date_days_between (&da, &db);
}

/**
 * relasi_format_last_contact:
 * @when: the last contact, 0 for never
 * @now: the time it is
 *
 * Returns: (transfer full): "Today", "Yesterday", "3 days ago", "2 weeks ago",
 *   "5 months ago", "2 years ago" or "Never"
 */
char *
relasi_format_last_contact (gint64 when,
                            gint64 now)
{
  int days;

  if (when <= 0)
    return g_strdup (C_("last contact", "Never"));

  days = days_between (when, now);
  if (days <= 0)
    return g_strdup (C_("last contact", "Today"));
  if (days == 1)
    return g_strdup (C_("last contact", "Yesterday"));
  if (days < 14)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day ago", "%d days ago", days), days);
  if (days < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d week ago", "%d weeks ago", days / 7), days / 7);
  if (days < 730)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d month ago", "%d months ago", days / 30), days / 30);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year ago", "%d years ago", days / 365), days / 365);
}

/**
 * relasi_format_due:
 * @due_at: when something is due
 * @now: the time it is
 *
 * Returns: (transfer full): "Overdue by 3 days", "Overdue since 14:00", "Due today at
 *   16:00", "Due tomorrow", "Due in 5 days"
 */
char *
relasi_format_due (gint64 due_at,
                   gint64 now)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (due_at);
  g_autofree char *clock = local != NULL ? g_date_time_format (local, "%H:%M") : g_strdup ("");
  int days = days_between (now, due_at);

  if (due_at < now)
    {
      if (days == 0)
        /* TRANSLATORS: %s is a time of day, e.g. 14:00 */
        return g_strdup_printf (_("Overdue since %s"), clock);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Overdue by %d day", "Overdue by %d days", -days),
                              -days);
    }
  if (days == 0)
    /* TRANSLATORS: %s is a time of day, e.g. 16:00 */
    return g_strdup_printf (_("Due today at %s"), clock);
  if (days == 1)
    return g_strdup (_("Due tomorrow"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Due in %d day", "Due in %d days", days), days);
}

/**
 * relasi_format_date:
 *
 * Returns: (transfer full): a date and time in local time, e.g. "3 Mar 2026, 14:05"
 */
char *
relasi_format_date (gint64 when)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (when);

  if (local == NULL)
    return g_strdup ("");
  /* TRANSLATORS: a date and time in the customer's journal, see g_date_time_format() */
  return g_date_time_format (local, C_("journal date", "%-d %b %Y, %H:%M"));
}

const char *
relasi_interaction_kind_icon (RelasiInteractionKind kind)
{
  switch (kind)
    {
    case RELASI_INTERACTION_KIND_CALL:      return "call-start-symbolic";
    case RELASI_INTERACTION_KIND_MEETING:   return "system-users-symbolic";
    case RELASI_INTERACTION_KIND_EMAIL:     return "mail-send-symbolic";
    case RELASI_INTERACTION_KIND_MESSAGE:   return "chat-message-new-symbolic";
    case RELASI_INTERACTION_KIND_PURCHASE:  return "bookmark-new-symbolic";
    case RELASI_INTERACTION_KIND_COMPLAINT: return "mail-mark-important-symbolic";
    case RELASI_INTERACTION_KIND_FEEDBACK:  return "face-smile-symbolic";
    case RELASI_INTERACTION_KIND_IDEA:      return "starred-symbolic";
    case RELASI_INTERACTION_KIND_THANK_YOU: return "emote-love-symbolic";
    case RELASI_INTERACTION_KIND_PROMISE:   return "appointment-soon-symbolic";
    case RELASI_INTERACTION_KIND_MISTAKE:   return "dialog-warning-symbolic";
    case RELASI_INTERACTION_KIND_NOTE:
    default:                                return "text-editor-symbolic";
    }
}

const char *
relasi_reminder_kind_icon (RelasiReminderKind kind)
{
  switch (kind)
    {
    case RELASI_REMINDER_KIND_THANK_YOU:        return "emote-love-symbolic";
    case RELASI_REMINDER_KIND_COMPLAINT_ANSWER: return "mail-mark-important-symbolic";
    case RELASI_REMINDER_KIND_PROMISE:          return "appointment-soon-symbolic";
    case RELASI_REMINDER_KIND_FEEDBACK_REQUEST: return "face-smile-symbolic";
    case RELASI_REMINDER_KIND_CHECK_IN:         return "call-start-symbolic";
    case RELASI_REMINDER_KIND_CUSTOM:
    default:                                    return "alarm-symbolic";
    }
}
