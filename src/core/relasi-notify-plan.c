/* relasi-notify-plan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "relasi-due-format.h"
#include "relasi-notify-plan.h"

/* Titles listed in the body of a summary before "and N more". */
#define SUMMARY_LINES 3

/**
 * relasi_notify_reminder_is_pending:
 * @reminder: a reminder
 * @now: the current time
 *
 * Returns: whether @reminder should be notified now: open, due (any snooze over), and
 *   not notified since it became due
 */
gboolean
relasi_notify_reminder_is_pending (RelasiReminder *reminder,
                                   gint64          now)
{
  gint64 snoozed, notified;

  g_return_val_if_fail (RELASI_IS_REMINDER (reminder), FALSE);

  if (relasi_reminder_get_done_at (reminder) != 0 || relasi_reminder_get_deleted_at (reminder) != 0)
    return FALSE;
  snoozed = relasi_reminder_get_snoozed_until (reminder);
  if (MAX (relasi_reminder_get_due_at (reminder), snoozed) > now)
    return FALSE;
  notified = relasi_reminder_get_notified_at (reminder);
  return notified == 0 || notified < snoozed;
}

/**
 * relasi_notify_in_quiet_hours:
 * @settings: the notification settings
 * @now: the current time
 * @ends_at: (out) (optional): when the quiet hours end, if they are on now
 *
 * Quiet hours run from quiet_start:00 to quiet_end:00 local time, past midnight when
 * the end is earlier than the start; equal hours mean no quiet hours.
 */
gboolean
relasi_notify_in_quiet_hours (const RelasiNotifySettings *settings,
                              gint64                      now,
                              gint64                     *ends_at)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  int start, end, hour;
  gboolean quiet;

  g_return_val_if_fail (settings != NULL, FALSE);

  start = CLAMP (settings->quiet_start, 0, 23);
  end = CLAMP (settings->quiet_end, 0, 23);
  if (!settings->quiet_enabled || start == end)
    return FALSE;

  utc = g_date_time_new_from_unix_utc (now);
  local = g_date_time_to_local (utc);
  hour = g_date_time_get_hour (local);

  if (start < end)
    quiet = hour >= start && hour < end;
  else
    quiet = hour >= start || hour < end;

  if (quiet && ends_at != NULL)
    *ends_at = relasi_due_local_time (now, hour < end ? 0 : 1, end, 0);
  return quiet;
}

void
relasi_notification_free (RelasiNotification *notification)
{
  if (notification == NULL)
    return;
  g_free (notification->summary);
  g_free (notification->body);
  g_free (notification->done_label);
  g_clear_pointer (&notification->reminder_ids, g_array_unref);
  g_free (notification);
}

static gboolean
complaint_past_deadline (RelasiReminder *reminder,
                         gint64          now)
{
  return relasi_reminder_get_kind (reminder) == RELASI_REMINDER_KIND_COMPLAINT_ANSWER &&
         now > relasi_reminder_get_due_at (reminder);
}

static RelasiNotifyUrgency
urgency_for (RelasiReminder *reminder,
             gint64          now)
{
  switch (relasi_reminder_get_kind (reminder))
    {
    case RELASI_REMINDER_KIND_COMPLAINT_ANSWER:
      return complaint_past_deadline (reminder, now) ? RELASI_NOTIFY_URGENCY_CRITICAL
                                                     : RELASI_NOTIFY_URGENCY_NORMAL;
    case RELASI_REMINDER_KIND_CHECK_IN:
    case RELASI_REMINDER_KIND_FEEDBACK_REQUEST:
      return RELASI_NOTIFY_URGENCY_LOW;
    case RELASI_REMINDER_KIND_THANK_YOU:
    case RELASI_REMINDER_KIND_PROMISE:
    case RELASI_REMINDER_KIND_CUSTOM:
    default:
      return RELASI_NOTIFY_URGENCY_NORMAL;
    }
}

static char *
single_summary (RelasiReminder *reminder,
                gint64          now)
{
  switch (relasi_reminder_get_kind (reminder))
    {
    case RELASI_REMINDER_KIND_THANK_YOU:
      return g_strdup (_("Thank-you note overdue"));
    case RELASI_REMINDER_KIND_COMPLAINT_ANSWER:
      return g_strdup (complaint_past_deadline (reminder, now)
                       ? _("Complaint unanswered past its deadline")
                       : _("Complaint waiting for an answer"));
    case RELASI_REMINDER_KIND_PROMISE:
      return g_strdup (_("A promise is due"));
    case RELASI_REMINDER_KIND_FEEDBACK_REQUEST:
      return g_strdup (_("Time to ask for feedback"));
    case RELASI_REMINDER_KIND_CHECK_IN:
      return g_strdup (_("Time to get in touch"));
    case RELASI_REMINDER_KIND_CUSTOM:
    default:
      return g_strdup (_("Reminder"));
    }
}

static char *
done_label_for (RelasiReminderKind kind)
{
  switch (kind)
    {
    case RELASI_REMINDER_KIND_COMPLAINT_ANSWER:
      return g_strdup (_("Mark Answered"));
    case RELASI_REMINDER_KIND_PROMISE:
      return g_strdup (_("Mark Kept"));
    case RELASI_REMINDER_KIND_THANK_YOU:
    case RELASI_REMINDER_KIND_FEEDBACK_REQUEST:
    case RELASI_REMINDER_KIND_CHECK_IN:
    case RELASI_REMINDER_KIND_CUSTOM:
    default:
      return g_strdup (_("Mark Done"));
    }
}

/* The reminder's own text: its title, and the customer when the title does not say. */
static void
append_title (GString        *body,
              RelasiReminder *reminder)
{
  const char *title = relasi_reminder_get_title (reminder);
  const char *customer = relasi_reminder_get_customer_name (reminder);
  g_autofree char *escaped = g_markup_escape_text (title != NULL ? title : "", -1);

  g_string_append (body, escaped);
  if (customer != NULL && *customer != '\0' && (title == NULL || strstr (title, customer) == NULL))
    {
      g_autofree char *escaped_customer = g_markup_escape_text (customer, -1);

      /* TRANSLATORS: after a reminder's title: the customer it is about */
      g_string_append_printf (body, _(" — %s"), escaped_customer);
    }
}

static RelasiNotification *
notification_for_one (RelasiReminder *reminder,
                      gint64          now)
{
  RelasiNotification *n = g_new0 (RelasiNotification, 1);
  gint64 due = relasi_reminder_get_due_at (reminder);
  gint64 id = relasi_reminder_get_id (reminder);
  g_autofree char *relative = relasi_due_format_relative (due, now);
  g_autofree char *absolute = relasi_due_format_absolute (due, now);
  g_autofree char *due_line = NULL;
  g_autofree char *escaped_due = NULL;
  GString *body = g_string_new (NULL);

  n->reminder_id = id;
  n->kind = relasi_reminder_get_kind (reminder);
  n->urgency = urgency_for (reminder, now);
  n->summary = single_summary (reminder, now);
  n->done_label = done_label_for (n->kind);
  n->reminder_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (n->reminder_ids, id);

  append_title (body, reminder);
  if (n->kind == RELASI_REMINDER_KIND_COMPLAINT_ANSWER)
    /* TRANSLATORS: the first %s is e.g. "2 hours ago", the second e.g. "today, 14:00" */
    due_line = g_strdup_printf (_("The answer was due %s (%s)."), relative, absolute);
  else
    /* TRANSLATORS: the first %s is e.g. "2 days ago" or "now", the second e.g. "today, 14:00" */
    due_line = g_strdup_printf (_("Due %s (%s)."), relative, absolute);
  escaped_due = g_markup_escape_text (due_line, -1);
  g_string_append_c (body, '\n');
  g_string_append (body, escaped_due);
  n->body = g_string_free (body, FALSE);

  return n;
}

static char *
summary_title (RelasiReminderKind kind,
               gboolean           one_kind,
               guint              count,
               gboolean           critical)
{
  if (!one_kind)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reminder due", "%u reminders due", count),
                            count);

  switch (kind)
    {
    case RELASI_REMINDER_KIND_THANK_YOU:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u thank-you note overdue",
                                           "%u thank-you notes overdue", count), count);
    case RELASI_REMINDER_KIND_COMPLAINT_ANSWER:
      return critical
        ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u complaint unanswered past its deadline",
                                        "%u complaints unanswered past their deadline", count), count)
        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u complaint waiting for an answer",
                                        "%u complaints waiting for an answer", count), count);
    case RELASI_REMINDER_KIND_PROMISE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u promise due", "%u promises due", count),
                              count);
    case RELASI_REMINDER_KIND_FEEDBACK_REQUEST:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u customer to ask for feedback",
                                           "%u customers to ask for feedback", count), count);
    case RELASI_REMINDER_KIND_CHECK_IN:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u customer to get in touch with",
                                           "%u customers to get in touch with", count), count);
    case RELASI_REMINDER_KIND_CUSTOM:
    default:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reminder due", "%u reminders due", count),
                              count);
    }
}

static int
compare_for_summary (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  RelasiReminder *ra = *(RelasiReminder * const *) a;
  RelasiReminder *rb = *(RelasiReminder * const *) b;
  gint64 now = *(gint64 *) user_data;
  RelasiNotifyUrgency ua = urgency_for (ra, now), ub = urgency_for (rb, now);
  gint64 da = relasi_reminder_get_due_at (ra), db = relasi_reminder_get_due_at (rb);

  /* the most urgent first, then the oldest */
  if (ua != ub)
    return ua > ub ? -1 : 1;
  if (da != db)
    return da < db ? -1 : 1;
  return relasi_reminder_get_id (ra) < relasi_reminder_get_id (rb) ? -1 : 1;
}

static RelasiNotification *
notification_for_many (GPtrArray *pending,
                       gint64     now)
{
  RelasiNotification *n = g_new0 (RelasiNotification, 1);
  RelasiReminderKind kind = relasi_reminder_get_kind (g_ptr_array_index (pending, 0));
  gboolean one_kind = TRUE;
  GString *body = g_string_new (NULL);

  g_ptr_array_sort_with_data (pending, compare_for_summary, &now);

  n->is_summary = TRUE;
  n->urgency = RELASI_NOTIFY_URGENCY_LOW;
  n->reminder_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), pending->len);
  for (guint i = 0; i < pending->len; i++)
    {
      RelasiReminder *r = g_ptr_array_index (pending, i);
      gint64 id = relasi_reminder_get_id (r);

      g_array_append_val (n->reminder_ids, id);
      n->urgency = MAX (n->urgency, urgency_for (r, now));
      if (relasi_reminder_get_kind (r) != kind)
        one_kind = FALSE;
      if (i < SUMMARY_LINES)
        {
          if (i > 0)
            g_string_append_c (body, '\n');
          append_title (body, r);
        }
    }
  if (pending->len > SUMMARY_LINES)
    {
      guint more = pending->len - SUMMARY_LINES;

      g_string_append_c (body, '\n');
      g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more", more), more);
    }

  n->kind = one_kind ? kind : RELASI_REMINDER_KIND_CUSTOM;
  n->summary = summary_title (kind, one_kind, pending->len, n->urgency == RELASI_NOTIFY_URGENCY_CRITICAL);
  n->body = g_string_free (body, FALSE);
  return n;
}

/**
 * relasi_notify_plan_new:
 * @reminders: (element-type RelasiReminder): candidate reminders, e.g. from
 *   relasi_store_list_reminders_to_notify(); those not pending are skipped
 * @now: the current time
 * @settings: the notification settings
 * @catch_up: this pass catches up (start, end of quiet hours, the clock jumped): more
 *   than one pending reminder become one summary
 *
 * Returns: (transfer full): what to show now
 */
RelasiNotifyPlan *
relasi_notify_plan_new (GPtrArray                  *reminders,
                        gint64                      now,
                        const RelasiNotifySettings *settings,
                        gboolean                    catch_up)
{
  g_autoptr(RelasiNotifyPlan) plan = g_new0 (RelasiNotifyPlan, 1);
  g_autoptr(GPtrArray) pending = g_ptr_array_new ();
  guint limit = catch_up ? 1 : RELASI_NOTIFY_MAX_SINGLE;

  g_return_val_if_fail (reminders != NULL, NULL);
  g_return_val_if_fail (settings != NULL, NULL);

  plan->notifications = g_ptr_array_new_with_free_func ((GDestroyNotify) relasi_notification_free);
  if (!settings->enabled)
    return g_steal_pointer (&plan);

  for (guint i = 0; i < reminders->len; i++)
    if (relasi_notify_reminder_is_pending (g_ptr_array_index (reminders, i), now))
      g_ptr_array_add (pending, g_ptr_array_index (reminders, i));

  if (pending->len == 0)
    return g_steal_pointer (&plan);

  if (relasi_notify_in_quiet_hours (settings, now, &plan->held_until))
    {
      plan->n_held = pending->len;
      return g_steal_pointer (&plan);
    }

  if (pending->len > limit)
    g_ptr_array_add (plan->notifications, notification_for_many (pending, now));
  else
    for (guint i = 0; i < pending->len; i++)
      g_ptr_array_add (plan->notifications, notification_for_one (g_ptr_array_index (pending, i), now));

  return g_steal_pointer (&plan);
}

void
relasi_notify_plan_free (RelasiNotifyPlan *plan)
{
  if (plan == NULL)
    return;
  g_clear_pointer (&plan->notifications, g_ptr_array_unref);
  g_free (plan);
}

/**
 * relasi_snooze_until:
 * @snooze: how long
 * @now: the current time
 *
 * Returns: when a reminder snoozed now comes back; "tomorrow" and "next week" mean
 *   09:00 on the wall clock that day, also across a change of the clocks
 */
gint64
relasi_snooze_until (RelasiSnooze snooze,
                     gint64       now)
{
  switch (snooze)
    {
    case RELASI_SNOOZE_HOUR:
      return now + 3600;
    case RELASI_SNOOZE_TOMORROW:
      return relasi_due_local_time (now, 1, RELASI_SNOOZE_MORNING_HOUR, 0);
    case RELASI_SNOOZE_NEXT_WEEK:
      return relasi_due_local_time (now, 7, RELASI_SNOOZE_MORNING_HOUR, 0);
    default:
      g_return_val_if_reached (now + 3600);
    }
}
