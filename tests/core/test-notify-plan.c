/* test-notify-plan.c — which notifications to show, without a notification server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "relasi-clock.h"
#include "relasi-due-format.h"
#include "relasi-notify-plan.h"
#include "relasi-test-util.h"

/* T0 = 2026-03-01T02:00:00Z = 09:00 in Jakarta (UTC+7, no DST) */
static const RelasiNotifySettings quiet_21_8 = { TRUE, TRUE, 21, 8 };
static const RelasiNotifySettings no_quiet = { TRUE, FALSE, 21, 8 };

static RelasiReminder *
make (gint64 id, RelasiReminderKind kind, const char *title, const char *customer, gint64 due)
{
  RelasiReminder *r = relasi_reminder_new ();

  relasi_reminder_set_id (r, id);
  relasi_reminder_set_kind (r, kind);
  relasi_reminder_set_title (r, title);
  relasi_reminder_set_customer_name (r, customer);
  relasi_reminder_set_due_at (r, due);
  return r;
}

static GPtrArray *
list_of (RelasiReminder *first, ...)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);
  va_list ap;

  va_start (ap, first);
  for (RelasiReminder *r = first; r != NULL; r = va_arg (ap, RelasiReminder *))
    g_ptr_array_add (list, r);
  va_end (ap);
  return list;
}

static void
test_pending (void)
{
  g_autoptr(RelasiReminder) r = make (1, RELASI_REMINDER_KIND_THANK_YOU, "Thank Ani", "Ani", T0 - 60);

  g_assert_true (relasi_notify_reminder_is_pending (r, T0));
  g_assert_false (relasi_notify_reminder_is_pending (r, T0 - 120));       /* not due yet */
  relasi_reminder_set_notified_at (r, T0 - 30);
  g_assert_false (relasi_notify_reminder_is_pending (r, T0));             /* shown once */
  relasi_reminder_set_snoozed_until (r, T0 + 3600);
  g_assert_false (relasi_notify_reminder_is_pending (r, T0 + 1800));      /* snoozed */
  g_assert_true (relasi_notify_reminder_is_pending (r, T0 + 3600));       /* snooze over */
  relasi_reminder_set_notified_at (r, T0 + 3601);
  g_assert_false (relasi_notify_reminder_is_pending (r, T0 + 4000));      /* and once only */
  relasi_reminder_set_done_at (r, T0 + 4000);
  relasi_reminder_set_notified_at (r, 0);
  g_assert_false (relasi_notify_reminder_is_pending (r, T0 + 5000));      /* done */
}

static void
test_single_wording (void)
{
  g_autoptr(GPtrArray) list = list_of (make (1, RELASI_REMINDER_KIND_THANK_YOU, "Thank Ani for the purchase", "Ani", T0 - 2 * DAY),
                                       make (2, RELASI_REMINDER_KIND_COMPLAINT_ANSWER, "Answer the complaint of Budi: cold bread", "Budi", T0 - 3600),
                                       NULL);
  g_autoptr(RelasiNotifyPlan) plan = relasi_notify_plan_new (list, T0, &no_quiet, FALSE);
  RelasiNotification *thanks, *complaint;

  g_assert_cmpuint (plan->notifications->len, ==, 2);
  thanks = g_ptr_array_index (plan->notifications, 0);
  complaint = g_ptr_array_index (plan->notifications, 1);

  g_assert_false (thanks->is_summary);
  g_assert_cmpint (thanks->reminder_id, ==, 1);
  g_assert_cmpstr (thanks->summary, ==, "Thank-you note overdue");
  g_assert_cmpstr (thanks->body, ==, "Thank Ani for the purchase\nDue 2 days ago (Fri 27 Feb, 09:00).");
  g_assert_cmpint (thanks->urgency, ==, RELASI_NOTIFY_URGENCY_NORMAL);
  g_assert_cmpstr (thanks->done_label, ==, "Mark Done");

  g_assert_cmpstr (complaint->summary, ==, "Complaint unanswered past its deadline");
  g_assert_cmpstr (complaint->body, ==, "Answer the complaint of Budi: cold bread\nThe answer was due 1 hour ago (today, 08:00).");
  g_assert_cmpint (complaint->urgency, ==, RELASI_NOTIFY_URGENCY_CRITICAL);
  g_assert_cmpstr (complaint->done_label, ==, "Mark Answered");
}

static void
test_complaint_at_deadline (void)
{
  g_autoptr(GPtrArray) list = list_of (make (2, RELASI_REMINDER_KIND_COMPLAINT_ANSWER, "Answer Budi", "Budi", T0), NULL);
  g_autoptr(RelasiNotifyPlan) plan = relasi_notify_plan_new (list, T0, &no_quiet, FALSE);
  RelasiNotification *n = g_ptr_array_index (plan->notifications, 0);

  /* due this very second: waiting, not yet past the deadline */
  g_assert_cmpstr (n->summary, ==, "Complaint waiting for an answer");
  g_assert_cmpint (n->urgency, ==, RELASI_NOTIFY_URGENCY_NORMAL);
}

static void
test_markup_escaped (void)
{
  g_autoptr(GPtrArray) list = list_of (make (1, RELASI_REMINDER_KIND_CUSTOM, "Call <b>back</b> & confirm", "Toko <i>Maju</i>", T0 - 60), NULL);
  g_autoptr(RelasiNotifyPlan) plan = relasi_notify_plan_new (list, T0, &no_quiet, FALSE);
  RelasiNotification *n = g_ptr_array_index (plan->notifications, 0);

  g_assert_cmpstr (n->summary, ==, "Reminder");
  g_assert_true (g_str_has_prefix (n->body, "Call &lt;b&gt;back&lt;/b&gt; &amp; confirm — Toko &lt;i&gt;Maju&lt;/i&gt;\n"));
  g_assert_null (strchr (n->body, '<'));
}

static void
test_summary (void)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RelasiNotifyPlan) plan = NULL;
  g_autoptr(RelasiNotifyPlan) three = NULL;
  RelasiNotification *n;

  for (int i = 0; i < 5; i++)
    {
      g_autofree char *title = g_strdup_printf ("Thank customer %d", i);
      g_ptr_array_add (list, make (i + 1, RELASI_REMINDER_KIND_THANK_YOU, title, NULL, T0 - DAY + i));
    }
  plan = relasi_notify_plan_new (list, T0, &no_quiet, FALSE);
  g_assert_cmpuint (plan->notifications->len, ==, 1);
  n = g_ptr_array_index (plan->notifications, 0);
  g_assert_true (n->is_summary);
  g_assert_cmpstr (n->summary, ==, "5 thank-you notes overdue");
  g_assert_cmpstr (n->body, ==, "Thank customer 0\nThank customer 1\nThank customer 2\nand 2 more");
  g_assert_cmpuint (n->reminder_ids->len, ==, 5);
  g_assert_null (n->done_label);

  /* three at once are still shown one by one */
  g_ptr_array_set_size (list, 3);
  three = relasi_notify_plan_new (list, T0, &no_quiet, FALSE);
  g_assert_cmpuint (three->notifications->len, ==, 3);
}

static void
test_summary_mixed_critical (void)
{
  g_autoptr(GPtrArray) list = list_of (make (1, RELASI_REMINDER_KIND_THANK_YOU, "Thank Ani", "Ani", T0 - DAY),
                                       make (2, RELASI_REMINDER_KIND_CHECK_IN, "Get in touch with Citra", "Citra", T0 - DAY),
                                       make (3, RELASI_REMINDER_KIND_PROMISE, "Keep the promise to Dewi: cake", "Dewi", T0 - 600),
                                       make (4, RELASI_REMINDER_KIND_COMPLAINT_ANSWER, "Answer Budi", "Budi", T0 - 60),
                                       NULL);
  g_autoptr(RelasiNotifyPlan) plan = relasi_notify_plan_new (list, T0, &no_quiet, FALSE);
  RelasiNotification *n = g_ptr_array_index (plan->notifications, 0);

  g_assert_cmpuint (plan->notifications->len, ==, 1);
  g_assert_cmpstr (n->summary, ==, "4 reminders due");
  g_assert_cmpint (n->urgency, ==, RELASI_NOTIFY_URGENCY_CRITICAL);
  /* the critical complaint first */
  g_assert_true (g_str_has_prefix (n->body, "Answer Budi\n"));
}

static void
test_catch_up (void)
{
  g_autoptr(GPtrArray) list = list_of (make (1, RELASI_REMINDER_KIND_THANK_YOU, "Thank Ani", "Ani", T0 - DAY),
                                       make (2, RELASI_REMINDER_KIND_THANK_YOU, "Thank Budi", "Budi", T0 - DAY),
                                       NULL);
  g_autoptr(RelasiNotifyPlan) normal = relasi_notify_plan_new (list, T0, &no_quiet, FALSE);
  g_autoptr(RelasiNotifyPlan) catch_up = relasi_notify_plan_new (list, T0, &no_quiet, TRUE);

  g_assert_cmpuint (normal->notifications->len, ==, 2);
  g_assert_cmpuint (catch_up->notifications->len, ==, 1);
  g_assert_cmpstr (((RelasiNotification *) g_ptr_array_index (catch_up->notifications, 0))->summary, ==,
                   "2 thank-you notes overdue");
}

static void
test_quiet_hours (void)
{
  g_autoptr(GPtrArray) list = list_of (make (1, RELASI_REMINDER_KIND_THANK_YOU, "Thank Ani", "Ani", T0 - DAY), NULL);
  gint64 night = T0 + 13 * 3600;          /* 22:00 */
  gint64 early = T0 + 20 * 3600;          /* 05:00 the next day */
  gint64 morning = T0 + 23 * 3600;        /* 08:00 */
  RelasiNotifySettings same = { TRUE, TRUE, 8, 8 };
  RelasiNotifySettings day_shift = { TRUE, TRUE, 12, 14 };
  RelasiNotifySettings off = { FALSE, FALSE, 21, 8 };
  gint64 ends = 0;

  g_assert_false (relasi_notify_in_quiet_hours (&quiet_21_8, T0, NULL));
  g_assert_true (relasi_notify_in_quiet_hours (&quiet_21_8, night, &ends));
  g_assert_cmpint (ends, ==, morning);
  g_assert_true (relasi_notify_in_quiet_hours (&quiet_21_8, early, &ends));
  g_assert_cmpint (ends, ==, morning);
  g_assert_false (relasi_notify_in_quiet_hours (&quiet_21_8, morning, NULL));
  g_assert_false (relasi_notify_in_quiet_hours (&same, night, NULL));
  g_assert_true (relasi_notify_in_quiet_hours (&day_shift, T0 + 4 * 3600, &ends));
  g_assert_cmpint (ends, ==, T0 + 5 * 3600);

  {
    g_autoptr(RelasiNotifyPlan) held = relasi_notify_plan_new (list, night, &quiet_21_8, FALSE);
    g_autoptr(RelasiNotifyPlan) shown = relasi_notify_plan_new (list, morning, &quiet_21_8, TRUE);
    g_autoptr(RelasiNotifyPlan) disabled = relasi_notify_plan_new (list, T0, &off, FALSE);

    g_assert_cmpuint (held->notifications->len, ==, 0);
    g_assert_cmpuint (held->n_held, ==, 1);
    g_assert_cmpint (held->held_until, ==, morning);
    g_assert_cmpuint (shown->notifications->len, ==, 1);
    g_assert_cmpuint (disabled->notifications->len, ==, 0);
    g_assert_cmpuint (disabled->n_held, ==, 0);
  }
}

static void
test_snooze_times (void)
{
  g_assert_cmpint (relasi_snooze_until (RELASI_SNOOZE_HOUR, T0), ==, T0 + 3600);
  g_assert_cmpint (relasi_snooze_until (RELASI_SNOOZE_TOMORROW, T0), ==, T0 + DAY);        /* 09:00 */
  g_assert_cmpint (relasi_snooze_until (RELASI_SNOOZE_TOMORROW, T0 + 14 * 3600), ==, T0 + DAY);  /* 23:00 */
  g_assert_cmpint (relasi_snooze_until (RELASI_SNOOZE_NEXT_WEEK, T0 + 3 * 3600), ==, T0 + 7 * DAY);
}

static void
test_snooze_across_dst (void)
{
  gint64 evening, tomorrow;

  /* Berlin moves its clocks from 02:00 to 03:00 on 2026-03-29 */
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_assert_true (relasi_clock_parse_iso8601 ("2026-03-28T20:00:00+01:00", &evening, NULL));
  tomorrow = relasi_snooze_until (RELASI_SNOOZE_TOMORROW, evening);
  /* 20:00 CET is 19:00 UTC; 09:00 CEST the next day is 07:00 UTC: 12 hours later, not
   * the 13 that adding a day and rebuilding 09:00 in the old offset would give */
  g_assert_cmpint (tomorrow - evening, ==, 12 * 3600);
  {
    g_autofree char *text = relasi_due_format_absolute (tomorrow, evening);
    g_assert_cmpstr (text, ==, "tomorrow, 09:00");
  }
  g_setenv ("TZ", "Asia/Jakarta", TRUE);
}

/* Local calendar days as numbers: equal within a local day, one apart across midnight
 * in local time (not UTC), across a clock change, and before 1970. */
static void
test_local_day_number (void)
{
  gint64 a, b;

  g_assert_true (relasi_clock_parse_iso8601 ("2026-03-01T00:00:00+07:00", &a, NULL));
  g_assert_true (relasi_clock_parse_iso8601 ("2026-03-01T23:59:59+07:00", &b, NULL));
  g_assert_cmpint (relasi_local_day_number (a), ==, relasi_local_day_number (b));
  g_assert_cmpint (relasi_local_day_number (a) - relasi_local_day_number (a - 1), ==, 1);
  /* 2026-03-01 is day 20 513 since 1970-01-01 */
  g_assert_cmpint (relasi_local_day_number (a), ==, 20513);

  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_assert_true (relasi_clock_parse_iso8601 ("2026-03-28T23:30:00+01:00", &a, NULL));
  g_assert_true (relasi_clock_parse_iso8601 ("2026-03-29T23:30:00+02:00", &b, NULL));   /* 23 h later */
  g_assert_cmpint (relasi_local_day_number (b) - relasi_local_day_number (a), ==, 1);
  g_assert_true (relasi_clock_parse_iso8601 ("2026-03-29T00:10:00+01:00", &b, NULL));
  g_assert_cmpint (relasi_local_day_number (b) - relasi_local_day_number (a), ==, 1);
  /* every 17 minutes through the week of both of Berlin's changes (spring and autumn),
   * against the calendar of GDateTime */
  for (gint64 start = 0; start < 2; start++)
    {
      g_autoptr(GDateTime) first = NULL;
      GDate first_day;

      g_assert_true (relasi_clock_parse_iso8601 (start == 0 ? "2026-03-26T00:00:00+01:00"
                                                            : "2026-10-22T00:00:00+02:00", &a, NULL));
      first = g_date_time_new_from_unix_local (a);
      g_date_clear (&first_day, 1);
      g_date_set_dmy (&first_day, g_date_time_get_day_of_month (first), g_date_time_get_month (first),
                      g_date_time_get_year (first));
      for (b = a; b < a + 7 * 86400; b += 17 * 60)
        {
          g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (b);
          GDate day;

          g_date_clear (&day, 1);
          g_date_set_dmy (&day, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                          g_date_time_get_year (local));
          g_assert_cmpint (relasi_local_day_number (b) - relasi_local_day_number (a), ==,
                           g_date_days_between (&first_day, &day));
        }
    }
  g_setenv ("TZ", "UTC", TRUE);
  g_assert_cmpint (relasi_local_day_number (-1), ==, -1);
  g_assert_cmpint (relasi_local_day_number (-86400), ==, -1);
  g_assert_cmpint (relasi_local_day_number (-86401), ==, -2);
  g_assert_cmpint (relasi_local_day_number (0), ==, 0);
  /* far out of range: the first and last days GDateTime knows, no overflow */
  g_assert_cmpint (relasi_local_day_number (G_MININT64), ==, -719162);
  g_assert_cmpint (relasi_local_day_number (G_MAXINT64), ==, 2932896);
  g_setenv ("TZ", "Asia/Jakarta", TRUE);
}

static void
test_due_format (void)
{
  struct { gint64 when; const char *relative; const char *absolute; } cases[] = {
    { T0, "now", "today, 09:00" },
    { T0 + 30 * 60, "in 30 minutes", "today, 09:30" },
    { T0 - 60, "1 minute ago", "today, 08:59" },
    { T0 + 3 * 3600, "in 3 hours", "today, 12:00" },
    { T0 + DAY, "in 1 day", "tomorrow, 09:00" },
    { T0 - DAY, "1 day ago", "yesterday, 09:00" },
    { T0 + 5 * DAY, "in 5 days", "Fri 6 Mar, 09:00" },
    { T0 + 400 * DAY, "in 400 days", "5 Apr 2027, 09:00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *relative = relasi_due_format_relative (cases[i].when, T0);
      g_autofree char *absolute = relasi_due_format_absolute (cases[i].when, T0);

      g_assert_cmpstr (relative, ==, cases[i].relative);
      g_assert_cmpstr (absolute, ==, cases[i].absolute);
    }
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("TZ", "Asia/Jakarta", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/notify-plan/pending", test_pending);
  g_test_add_func ("/notify-plan/single-wording", test_single_wording);
  g_test_add_func ("/notify-plan/complaint-at-deadline", test_complaint_at_deadline);
  g_test_add_func ("/notify-plan/markup-escaped", test_markup_escaped);
  g_test_add_func ("/notify-plan/summary", test_summary);
  g_test_add_func ("/notify-plan/summary-mixed-critical", test_summary_mixed_critical);
  g_test_add_func ("/notify-plan/catch-up", test_catch_up);
  g_test_add_func ("/notify-plan/quiet-hours", test_quiet_hours);
  g_test_add_func ("/notify-plan/snooze-times", test_snooze_times);
  g_test_add_func ("/notify-plan/snooze-across-dst", test_snooze_across_dst);
  g_test_add_func ("/notify-plan/due-format", test_due_format);
  g_test_add_func ("/notify-plan/local-day-number", test_local_day_number);

  return g_test_run ();
}
