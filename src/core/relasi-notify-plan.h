/* relasi-notify-plan.h — which desktop notifications to show, decided without D-Bus
 *
 * Pure functions of the due reminders, the time and the notification settings, so the
 * rules are tested in core without a notification server:
 *   - a reminder is pending when it is open, due (its snooze over) and not notified yet
 *     (or notified before its snooze ended);
 *   - during quiet hours nothing is shown; the plan says what is held and until when;
 *   - up to three pending reminders get one notification each; more than three become
 *     ONE summary ("5 thank-you notes overdue"). A catch-up pass (at start, after quiet
 *     hours, after the clock jumped) sums up anything more than one;
 *   - wording and urgency follow the kind: an overdue thank-you is normal, an unanswered
 *     complaint past its deadline is critical, a check-in is low.
 * Summaries are plain text; bodies are markup-escaped (servers may render markup), so
 * user text never turns into markup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "relasi-reminder.h"

G_BEGIN_DECLS

/* More than this many pending at once become one summary notification. */
#define RELASI_NOTIFY_MAX_SINGLE 3

/* The values of the freedesktop "urgency" hint. */
typedef enum {
  RELASI_NOTIFY_URGENCY_LOW      = 0,
  RELASI_NOTIFY_URGENCY_NORMAL   = 1,
  RELASI_NOTIFY_URGENCY_CRITICAL = 2,
} RelasiNotifyUrgency;

typedef enum {
  RELASI_SNOOZE_HOUR,          /* one hour from now */
  RELASI_SNOOZE_TOMORROW,      /* tomorrow at 09:00 local time */
  RELASI_SNOOZE_NEXT_WEEK,     /* seven days later at 09:00 local time */
} RelasiSnooze;

#define RELASI_SNOOZE_MORNING_HOUR 9

typedef struct {
  gboolean enabled;            /* notifications-enabled */
  gboolean quiet_enabled;      /* quiet-hours-enabled */
  int      quiet_start;        /* quiet-hours-start, hour 0–23 local time */
  int      quiet_end;          /* quiet-hours-end; earlier than the start: past midnight */
} RelasiNotifySettings;

typedef struct {
  gboolean             is_summary;
  gint64               reminder_id;   /* the reminder, 0 for a summary */
  RelasiReminderKind   kind;          /* a summary of mixed kinds says CUSTOM */
  RelasiNotifyUrgency  urgency;
  char                *summary;       /* plain text */
  char                *body;          /* markup-escaped */
  char                *done_label;    /* "Mark done", "Mark answered", …; NULL for summaries */
  GArray              *reminder_ids;  /* gint64: every reminder it covers */
} RelasiNotification;

typedef struct {
  GPtrArray *notifications;    /* RelasiNotification, in the order to show */
  guint      n_held;           /* pending but held back by quiet hours */
  gint64     held_until;       /* when the quiet hours end (0 when nothing is held) */
} RelasiNotifyPlan;

gboolean          relasi_notify_reminder_is_pending (RelasiReminder             *reminder,
                                                     gint64                      now);
gboolean          relasi_notify_in_quiet_hours      (const RelasiNotifySettings *settings,
                                                     gint64                      now,
                                                     gint64                     *ends_at);
RelasiNotifyPlan *relasi_notify_plan_new            (GPtrArray                  *reminders,
                                                     gint64                      now,
                                                     const RelasiNotifySettings *settings,
                                                     gboolean                    catch_up);
void              relasi_notify_plan_free           (RelasiNotifyPlan           *plan);
void              relasi_notification_free          (RelasiNotification         *notification);
gint64            relasi_snooze_until               (RelasiSnooze                snooze,
                                                     gint64                      now);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelasiNotifyPlan, relasi_notify_plan_free)

G_END_DECLS
