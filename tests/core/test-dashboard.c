/* test-dashboard.c — the dashboard's queries: what each card names, reminders due
 * today, complaints per local month, root causes and reasons for leaving; traveling in
 * time with the clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "relasi-clock.h"
#include "relasi-store-dashboard.h"
#include "relasi-test-util.h"

#define HOUR 3600

/* Western Indonesia Time: the months and days of a shop in Bandung. */
static GDateTime *
wib (gint64 utc)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (7 * HOUR);
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (utc);

  return g_date_time_to_timezone (dt, tz);
}

static gint64
wib_time (int year, int month, int day, int hour)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (7 * HOUR);
  g_autoptr(GDateTime) dt = g_date_time_new (tz, year, month, day, hour, 0, 0);

  return g_date_time_to_unix (dt);
}

static void
get_urgent (RelasiStore *store, RelasiDashboardUrgent *urgent)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = wib (relasi_clock_now ());

  g_assert_true (relasi_store_get_dashboard_urgent (store, relasi_dashboard_end_of_day (now), urgent, &error));
  g_assert_no_error (error);
}

static RelasiInteraction *
log_at (RelasiStore *store, gint64 customer_id, RelasiInteractionKind kind,
        const char *summary, gint64 occurred_at)
{
  g_autoptr(GError) error = NULL;
  RelasiInteraction *i = relasi_interaction_new ();

  relasi_interaction_set_customer_id (i, customer_id);
  relasi_interaction_set_kind (i, kind);
  relasi_interaction_set_summary (i, summary);
  relasi_interaction_set_occurred_at (i, occurred_at);
  g_assert_true (relasi_store_add_interaction (store, i, &error));
  g_assert_no_error (error);
  return i;
}

static gint64
case_of (RelasiStore *store, gint64 interaction_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cases = relasi_store_list_cases (store, RELASI_CASE_FILTER_ALL, 0, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < cases->len; i++)
    if (relasi_case_get_interaction_id (g_ptr_array_index (cases, i)) == interaction_id)
      return relasi_case_get_id (g_ptr_array_index (cases, i));
  g_assert_not_reached ();
}

static void
test_boundaries (void)
{
  g_autoptr(GDateTime) march = wib (T0);   /* 2026-03-01 09:00 WIB */
  g_autoptr(GDateTime) january = wib (wib_time (2026, 1, 31, 23));
  g_autoptr(GDateTime) late = wib (wib_time (2026, 3, 1, 23) + 59 * 60);
  gint64 starts[RELASI_DASHBOARD_MONTHS + 1];

  /* today ends at local midnight, not UTC midnight */
  g_assert_cmpint (relasi_dashboard_end_of_day (march), ==, wib_time (2026, 3, 2, 0));
  g_assert_cmpint (relasi_dashboard_end_of_day (late), ==, wib_time (2026, 3, 2, 0));
  g_assert_cmpint (relasi_dashboard_end_of_day (january), ==, wib_time (2026, 2, 1, 0));

  /* twelve local months, the current one last, and the start of the next */
  relasi_dashboard_month_starts (march, RELASI_DASHBOARD_MONTHS, starts);
  g_assert_cmpint (starts[0], ==, wib_time (2025, 4, 1, 0));
  g_assert_cmpint (starts[9], ==, wib_time (2026, 1, 1, 0));
  g_assert_cmpint (starts[11], ==, wib_time (2026, 3, 1, 0));
  g_assert_cmpint (starts[12], ==, wib_time (2026, 4, 1, 0));

  relasi_dashboard_month_starts (january, RELASI_DASHBOARD_MONTHS, starts);
  g_assert_cmpint (starts[0], ==, wib_time (2025, 2, 1, 0));
  g_assert_cmpint (starts[11], ==, wib_time (2026, 1, 1, 0));
  g_assert_cmpint (starts[12], ==, wib_time (2026, 2, 1, 0));
}

static void
test_empty (Fixture *f, gconstpointer data)
{
  g_auto(RelasiDashboardUrgent) urgent = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(RelasiCustomer) c = NULL;
  gint64 starts[RELASI_DASHBOARD_MONTHS + 1];
  guint opened[RELASI_DASHBOARD_MONTHS], in_time[RELASI_DASHBOARD_MONTHS];
  gint64 causes[RELASI_N_ROOT_CAUSES], reasons[RELASI_N_ROOT_CAUSES];
  g_autoptr(GDateTime) now = wib (relasi_clock_now ());
  gboolean has = TRUE;

  g_assert_true (relasi_store_has_customers (f->store, &has, &error));
  g_assert_false (has);

  get_urgent (f->store, &urgent);
  g_assert_cmpint (urgent.oldest_complaint.id, ==, 0);
  g_assert_cmpint (urgent.oldest_thank_you.id, ==, 0);
  g_assert_cmpint (urgent.first_promise.id, ==, 0);
  g_assert_cmpint (urgent.longest_drifting.id, ==, 0);
  g_assert_cmpint (urgent.first_reminder.id, ==, 0);
  g_assert_cmpint (urgent.reminders_due_today, ==, 0);

  relasi_dashboard_month_starts (now, RELASI_DASHBOARD_MONTHS, starts);
  g_assert_true (relasi_store_count_complaints_by_month (f->store, starts, RELASI_DASHBOARD_MONTHS,
                                                         opened, in_time, &error));
  for (guint i = 0; i < RELASI_DASHBOARD_MONTHS; i++)
    g_assert_cmpuint (opened[i] + in_time[i], ==, 0);
  g_assert_true (relasi_store_count_complaint_causes (f->store, 0, causes, &error));
  g_assert_true (relasi_store_count_lost_reasons (f->store, reasons, &error));
  for (guint i = 0; i < RELASI_N_ROOT_CAUSES; i++)
    g_assert_cmpint (causes[i] + reasons[i], ==, 0);

  /* a customer in the trash still means the database is not new */
  c = test_add_customer (f->store, "Bu Ani");
  g_assert_true (relasi_store_delete_customer (f->store, relasi_customer_get_id (c), &error));
  g_assert_true (relasi_store_has_customers (f->store, &has, &error));
  g_assert_no_error (error);
  g_assert_true (has);
}

static void
test_oldest_complaint (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) ani = test_add_customer (f->store, "Bu Ani");
  g_autoptr(RelasiCustomer) budi = test_add_customer (f->store, "Pak Budi");
  g_autoptr(RelasiInteraction) first = NULL;
  g_autoptr(RelasiInteraction) second = NULL;
  g_autoptr(GError) error = NULL;
  RelasiStoreSummary summary;

  first = test_log (f->store, relasi_customer_get_id (ani), RELASI_INTERACTION_KIND_COMPLAINT, "Cake was dry");
  relasi_clock_advance (HOUR);
  second = test_log (f->store, relasi_customer_get_id (budi), RELASI_INTERACTION_KIND_COMPLAINT, "Late order");

  {
    g_auto(RelasiDashboardUrgent) urgent = { 0 };

    get_urgent (f->store, &urgent);
    g_assert_cmpint (urgent.oldest_complaint.id, ==, case_of (f->store, relasi_interaction_get_id (first)));
    g_assert_cmpint (urgent.oldest_complaint.customer_id, ==, relasi_customer_get_id (ani));
    g_assert_cmpstr (urgent.oldest_complaint.customer_name, ==, "Bu Ani");
    g_assert_cmpint (urgent.oldest_complaint.at, ==, T0);
    g_assert_cmpint (urgent.oldest_complaint.due_at, ==, T0 + 24 * HOUR);
    /* each complaint owes a complaint-answer reminder within 24 hours: not due today */
    g_assert_cmpint (urgent.reminders_due_today, ==, 0);
  }

  /* a day later the first is past its deadline; both reminders are due today */
  relasi_clock_advance (DAY - 30 * 60);
  {
    g_auto(RelasiDashboardUrgent) urgent = { 0 };

    get_urgent (f->store, &urgent);
    g_assert_cmpint (urgent.oldest_complaint.due_at, <, relasi_clock_now ());
    g_assert_cmpint (urgent.reminders_due_today, ==, 2);
    g_assert_cmpint (urgent.reminders_overdue, ==, 1);
    g_assert_cmpint (urgent.first_reminder.customer_id, ==, relasi_customer_get_id (ani));
    g_assert_cmpint (urgent.first_reminder.at, ==, T0 + 24 * HOUR);
  }

  /* answering the oldest names the next one; the summary agrees */
  g_assert_true (relasi_store_answer_case (f->store, case_of (f->store, relasi_interaction_get_id (first)), 0, &error));
  g_assert_no_error (error);
  {
    g_auto(RelasiDashboardUrgent) urgent = { 0 };

    get_urgent (f->store, &urgent);
    g_assert_cmpstr (urgent.oldest_complaint.customer_name, ==, "Pak Budi");
    g_assert_true (relasi_store_get_summary (f->store, &summary, &error));
    g_assert_cmpint (summary.complaints_awaiting_answer, ==, 1);
    g_assert_cmpint (summary.oldest_complaint_opened_at, ==, urgent.oldest_complaint.at);
  }

  /* a customer in the trash takes its complaints along */
  g_assert_true (relasi_store_delete_customer (f->store, relasi_customer_get_id (budi), &error));
  {
    g_auto(RelasiDashboardUrgent) urgent = { 0 };

    get_urgent (f->store, &urgent);
    g_assert_cmpint (urgent.oldest_complaint.id, ==, 0);
    g_assert_null (urgent.oldest_complaint.customer_name);
    g_assert_cmpint (urgent.reminders_due_today, ==, 0);
  }
}

static void
test_thank_you_and_promise (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) ani = test_add_customer (f->store, "Bu Ani");
  g_autoptr(RelasiCustomer) sari = test_add_customer (f->store, "Sari");
  g_autoptr(RelasiInteraction) soon = relasi_interaction_new ();
  g_autoptr(RelasiInteraction) later = relasi_interaction_new ();
  g_autoptr(GError) error = NULL;

  g_object_unref (test_log (f->store, relasi_customer_get_id (ani), RELASI_INTERACTION_KIND_PURCHASE, "Wedding cake"));
  relasi_clock_advance (HOUR);
  g_object_unref (test_log (f->store, relasi_customer_get_id (sari), RELASI_INTERACTION_KIND_PURCHASE, "Bread"));

  relasi_interaction_set_customer_id (later, relasi_customer_get_id (sari));
  relasi_interaction_set_kind (later, RELASI_INTERACTION_KIND_PROMISE);
  relasi_interaction_set_summary (later, "Deliver on Sunday");
  relasi_interaction_set_due_at (later, T0 + 10 * DAY);
  g_assert_true (relasi_store_add_interaction (f->store, later, &error));
  relasi_interaction_set_customer_id (soon, relasi_customer_get_id (ani));
  relasi_interaction_set_kind (soon, RELASI_INTERACTION_KIND_PROMISE);
  relasi_interaction_set_summary (soon, "Send the recipe");
  relasi_interaction_set_due_at (soon, T0 + 3 * DAY);
  g_assert_true (relasi_store_add_interaction (f->store, soon, &error));
  g_assert_no_error (error);

  {
    g_auto(RelasiDashboardUrgent) urgent = { 0 };

    get_urgent (f->store, &urgent);
    /* thank-yous are owed but not overdue yet */
    g_assert_cmpint (urgent.oldest_thank_you.id, ==, 0);
    /* the nearest promise, even when it is not overdue */
    g_assert_cmpint (urgent.first_promise.id, ==, relasi_interaction_get_id (soon));
    g_assert_cmpstr (urgent.first_promise.text, ==, "Send the recipe");
    g_assert_cmpstr (urgent.first_promise.customer_name, ==, "Bu Ani");
    g_assert_cmpint (urgent.first_promise.due_at, ==, T0 + 3 * DAY);
  }

  /* five days on: both thank-yous and the first promise are overdue */
  relasi_clock_advance (5 * DAY);
  {
    g_auto(RelasiDashboardUrgent) urgent = { 0 };

    get_urgent (f->store, &urgent);
    g_assert_cmpstr (urgent.oldest_thank_you.customer_name, ==, "Bu Ani");
    g_assert_cmpint (urgent.oldest_thank_you.due_at, ==, T0 + 2 * DAY);
    g_assert_cmpint (urgent.first_promise.id, ==, relasi_interaction_get_id (soon));
    g_assert_cmpint (urgent.first_promise.due_at, <, relasi_clock_now ());
  }

  /* thanking Bu Ani and keeping her promise moves both cards on to Sari */
  g_object_unref (test_log (f->store, relasi_customer_get_id (ani), RELASI_INTERACTION_KIND_THANK_YOU, "Card"));
  g_assert_true (relasi_store_keep_promise (f->store, relasi_interaction_get_id (soon), &error));
  g_assert_no_error (error);
  {
    g_auto(RelasiDashboardUrgent) urgent = { 0 };

    get_urgent (f->store, &urgent);
    g_assert_cmpstr (urgent.oldest_thank_you.customer_name, ==, "Sari");
    g_assert_cmpint (urgent.first_promise.id, ==, relasi_interaction_get_id (later));
  }
}

static void
test_drifting (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) weekly = relasi_customer_new ();
  g_autoptr(RelasiCustomer) usual = test_add_customer (f->store, "Toko Makmur");
  g_autoptr(GError) error = NULL;
  RelasiStoreSummary summary;

  relasi_customer_set_name (weekly, "Warung Bu Tini");
  relasi_customer_set_cadence_days (weekly, 7);
  g_assert_true (relasi_store_add_customer (f->store, weekly, &error));
  g_assert_no_error (error);

  {
    g_auto(RelasiDashboardUrgent) urgent = { 0 };

    get_urgent (f->store, &urgent);
    g_assert_cmpint (urgent.longest_drifting.id, ==, 0);
  }

  /* ten days without contact: the weekly customer drifts, the other (60 days) not */
  relasi_clock_advance (10 * DAY);
  {
    g_auto(RelasiDashboardUrgent) urgent = { 0 };

    get_urgent (f->store, &urgent);
    g_assert_cmpint (urgent.longest_drifting.id, ==, relasi_customer_get_id (weekly));
    g_assert_cmpint (urgent.longest_drifting.customer_id, ==, relasi_customer_get_id (weekly));
    g_assert_cmpstr (urgent.longest_drifting.customer_name, ==, "Warung Bu Tini");
    g_assert_cmpint (urgent.longest_drifting.at, ==, T0 + 7 * DAY);
    g_assert_cmpint (urgent.longest_drifting.due_at, ==, 0);
  }

  /* a call brings her back; two months on the other drifts, and a lost one never does */
  g_object_unref (test_log (f->store, relasi_customer_get_id (weekly), RELASI_INTERACTION_KIND_CALL, "Called"));
  relasi_clock_advance (55 * DAY);
  g_assert_true (relasi_store_mark_customer_lost (f->store, relasi_customer_get_id (weekly),
                                                  RELASI_ROOT_CAUSE_PRICE, "", 0, &error));
  g_assert_no_error (error);
  {
    g_auto(RelasiDashboardUrgent) urgent = { 0 };

    get_urgent (f->store, &urgent);
    g_assert_cmpstr (urgent.longest_drifting.customer_name, ==, "Toko Makmur");
    g_assert_true (relasi_store_get_summary (f->store, &summary, &error));
    g_assert_cmpint (summary.drifting_customers, ==, 1);
    g_assert_cmpint (relasi_customer_get_id (usual), ==, urgent.longest_drifting.id);
  }
}

static void
test_lowest_health (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) ani = test_add_customer (f->store, "Bu Ani");
  g_autoptr(RelasiCustomer) budi = test_add_customer (f->store, "Pak Budi");
  g_autoptr(GError) error = NULL;
  RelasiStoreSummary summary;

  {
    g_auto(RelasiDashboardUrgent) urgent = { 0 };

    get_urgent (f->store, &urgent);
    g_assert_cmpint (urgent.lowest_health.id, ==, 0);
  }

  /* one complaint past its deadline: fair (55), "needs care"; Pak Budi stays good */
  g_object_unref (test_log (f->store, relasi_customer_get_id (ani), RELASI_INTERACTION_KIND_COMPLAINT, "Dry cake"));
  g_object_unref (test_log (f->store, relasi_customer_get_id (budi), RELASI_INTERACTION_KIND_PURCHASE, "Bread"));
  relasi_clock_advance (DAY + HOUR);
  g_assert_true (relasi_store_get_summary (f->store, &summary, &error));
  g_assert_true (relasi_store_refresh_health (f->store, &error));
  g_assert_no_error (error);
  {
    g_auto(RelasiDashboardUrgent) urgent = { 0 };

    get_urgent (f->store, &urgent);
    g_assert_cmpint (urgent.lowest_health.id, ==, relasi_customer_get_id (ani));
    g_assert_cmpstr (urgent.lowest_health.customer_name, ==, "Bu Ani");
    g_assert_cmpint (urgent.lowest_health_score, ==, 55);
    g_assert_cmpint (urgent.lowest_health.due_at, ==, 0);
    g_assert_true (relasi_store_get_summary (f->store, &summary, &error));
    g_assert_cmpint (summary.health_fair + summary.health_poor, ==, 1);
  }

  /* answered: nobody needs care */
  {
    g_autoptr(GPtrArray) cases = relasi_store_list_cases (f->store, RELASI_CASE_FILTER_UNANSWERED, 0, &error);
    g_auto(RelasiDashboardUrgent) urgent = { 0 };

    g_assert_cmpuint (cases->len, ==, 1);
    g_assert_true (relasi_store_answer_case (f->store, relasi_case_get_id (g_ptr_array_index (cases, 0)), 0, &error));
    g_assert_no_error (error);
    get_urgent (f->store, &urgent);
    g_assert_cmpint (urgent.lowest_health.id, ==, 0);
  }
}

static void
test_reminders_today (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) ani = test_add_customer (f->store, "Bu Ani");
  /* T0 is 09:00 WIB on 1 March */
  struct { const char *title; gint64 due; } reminders[] = {
    { "Order flour", wib_time (2026, 2, 28, 15) },            /* yesterday: overdue */
    { "Call Bu Ani back", wib_time (2026, 3, 1, 20) },        /* tonight */
    { "Bake for the wedding", wib_time (2026, 3, 2, 6) },     /* tomorrow morning */
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (reminders); i++)
    {
      g_autoptr(RelasiReminder) r = relasi_reminder_new ();

      relasi_reminder_set_kind (r, RELASI_REMINDER_KIND_CUSTOM);
      relasi_reminder_set_title (r, reminders[i].title);
      relasi_reminder_set_due_at (r, reminders[i].due);
      if (i == 1)
        relasi_reminder_set_customer_id (r, relasi_customer_get_id (ani));
      g_assert_true (relasi_store_add_reminder (f->store, r, &error));
      g_assert_no_error (error);
    }

  {
    g_auto(RelasiDashboardUrgent) urgent = { 0 };

    get_urgent (f->store, &urgent);
    g_assert_cmpint (urgent.reminders_due_today, ==, 2);
    g_assert_cmpint (urgent.reminders_overdue, ==, 1);
    g_assert_cmpstr (urgent.first_reminder.text, ==, "Order flour");
    g_assert_cmpint (urgent.first_reminder.customer_id, ==, 0);
    g_assert_null (urgent.first_reminder.customer_name);
    g_assert_cmpint (urgent.first_reminder.at, ==, reminders[0].due);
  }

  /* done with the flour, the evening call snoozed to tomorrow: nothing left today */
  {
    g_autoptr(GPtrArray) open = relasi_store_list_reminders (f->store, RELASI_REMINDER_FILTER_OPEN, 0, &error);

    g_assert_cmpuint (open->len, ==, 3);
    g_assert_true (relasi_store_complete_reminder (f->store, relasi_reminder_get_id (g_ptr_array_index (open, 0)), &error));
    g_assert_true (relasi_store_snooze_reminder (f->store, relasi_reminder_get_id (g_ptr_array_index (open, 1)),
                                                 wib_time (2026, 3, 2, 8), &error));
    g_assert_no_error (error);
  }
  {
    g_auto(RelasiDashboardUrgent) urgent = { 0 };

    get_urgent (f->store, &urgent);
    g_assert_cmpint (urgent.reminders_due_today, ==, 0);
    g_assert_cmpint (urgent.first_reminder.id, ==, 0);
  }

  /* at 07:00 the next day both are due today (the snoozed one at its new time) */
  relasi_clock_advance (DAY - 2 * HOUR);
  {
    g_auto(RelasiDashboardUrgent) urgent = { 0 };

    get_urgent (f->store, &urgent);
    g_assert_cmpint (urgent.reminders_due_today, ==, 2);
    g_assert_cmpint (urgent.reminders_overdue, ==, 1);   /* 06:00 passed, 08:00 not yet */
    g_assert_cmpstr (urgent.first_reminder.text, ==, "Bake for the wedding");
  }
}

static void
test_complaints_by_month (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) ani = test_add_customer (f->store, "Bu Ani");
  gint64 cid = relasi_customer_get_id (ani);
  g_autoptr(GDateTime) now = wib (T0);
  gint64 starts[RELASI_DASHBOARD_MONTHS + 1];
  guint opened[RELASI_DASHBOARD_MONTHS], in_time[RELASI_DASHBOARD_MONTHS];
  g_autoptr(GError) error = NULL;
  g_autoptr(RelasiInteraction) january = NULL;
  g_autoptr(RelasiInteraction) january_late = NULL;
  g_autoptr(RelasiInteraction) first_of_march = NULL;
  g_autoptr(RelasiInteraction) old = NULL;

  /* answered within the day */
  january = log_at (f->store, cid, RELASI_INTERACTION_KIND_COMPLAINT, "Burnt bread", wib_time (2026, 1, 10, 9));
  g_assert_true (relasi_store_answer_case (f->store, case_of (f->store, relasi_interaction_get_id (january)),
                                           wib_time (2026, 1, 10, 15), &error));
  /* answered after three days */
  january_late = log_at (f->store, cid, RELASI_INTERACTION_KIND_COMPLAINT, "Wrong cake", wib_time (2026, 1, 20, 9));
  g_assert_true (relasi_store_answer_case (f->store, case_of (f->store, relasi_interaction_get_id (january_late)),
                                           wib_time (2026, 1, 23, 9), &error));
  /* 1 March 01:00 in Bandung is still February in UTC: it counts for March */
  first_of_march = log_at (f->store, cid, RELASI_INTERACTION_KIND_COMPLAINT, "Cold coffee", wib_time (2026, 3, 1, 1));
  /* older than the twelve months shown */
  old = log_at (f->store, cid, RELASI_INTERACTION_KIND_COMPLAINT, "Stale cookies", wib_time (2025, 3, 20, 9));
  /* a mistake is not a complaint */
  g_object_unref (log_at (f->store, cid, RELASI_INTERACTION_KIND_MISTAKE, "Wrong change", wib_time (2026, 2, 3, 9)));
  g_assert_no_error (error);

  relasi_dashboard_month_starts (now, RELASI_DASHBOARD_MONTHS, starts);
  g_assert_true (relasi_store_count_complaints_by_month (f->store, starts, RELASI_DASHBOARD_MONTHS,
                                                         opened, in_time, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < RELASI_DASHBOARD_MONTHS; i++)
    {
      guint want_opened = i == 9 ? 2 : i == 11 ? 1 : 0;
      guint want_in_time = i == 9 ? 1 : 0;

      g_assert_cmpuint (opened[i], ==, want_opened);
      g_assert_cmpuint (in_time[i], ==, want_in_time);
    }

  /* answering the March one in time counts at once */
  g_assert_true (relasi_store_answer_case (f->store, case_of (f->store, relasi_interaction_get_id (first_of_march)),
                                           0, &error));
  g_assert_true (relasi_store_count_complaints_by_month (f->store, starts, RELASI_DASHBOARD_MONTHS,
                                                         opened, in_time, &error));
  g_assert_cmpuint (in_time[11], ==, 1);

  /* a deleted entry takes its complaint out of the chart */
  g_assert_true (relasi_store_delete_interaction (f->store, relasi_interaction_get_id (january_late), &error));
  g_assert_true (relasi_store_count_complaints_by_month (f->store, starts, RELASI_DASHBOARD_MONTHS,
                                                         opened, in_time, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (opened[9], ==, 1);
  g_assert_cmpuint (in_time[9], ==, 1);
}

static void
set_root_cause (RelasiStore *store, gint64 case_id, RelasiRootCause cause)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelasiCase) k = relasi_store_get_case (store, case_id, &error);

  g_assert_no_error (error);
  relasi_case_set_root_cause (k, cause);
  g_assert_true (relasi_store_update_case (store, k, &error));
  g_assert_no_error (error);
}

static void
test_causes_and_reasons (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) ani = test_add_customer (f->store, "Bu Ani");
  g_autoptr(RelasiCustomer) budi = test_add_customer (f->store, "Pak Budi");
  g_autoptr(RelasiCustomer) sari = test_add_customer (f->store, "Sari");
  gint64 cid = relasi_customer_get_id (ani);
  gint64 causes[RELASI_N_ROOT_CAUSES], reasons[RELASI_N_ROOT_CAUSES];
  g_autoptr(GError) error = NULL;
  g_autoptr(RelasiInteraction) c1 = NULL;
  g_autoptr(RelasiInteraction) c2 = NULL;
  g_autoptr(RelasiInteraction) m1 = NULL;
  g_autoptr(RelasiInteraction) old = NULL;

  c1 = test_log (f->store, cid, RELASI_INTERACTION_KIND_COMPLAINT, "Late delivery");
  c2 = test_log (f->store, cid, RELASI_INTERACTION_KIND_COMPLAINT, "Late again");
  m1 = test_log (f->store, cid, RELASI_INTERACTION_KIND_MISTAKE, "Wrong name on the cake");
  old = log_at (f->store, cid, RELASI_INTERACTION_KIND_COMPLAINT, "Long ago", T0 - 400 * DAY);
  set_root_cause (f->store, case_of (f->store, relasi_interaction_get_id (c1)), RELASI_ROOT_CAUSE_DELIVERY);
  set_root_cause (f->store, case_of (f->store, relasi_interaction_get_id (c2)), RELASI_ROOT_CAUSE_DELIVERY);
  set_root_cause (f->store, case_of (f->store, relasi_interaction_get_id (m1)), RELASI_ROOT_CAUSE_STAFF);
  set_root_cause (f->store, case_of (f->store, relasi_interaction_get_id (old)), RELASI_ROOT_CAUSE_PRICE);

  /* lost customers open lost-customer cases: those are reasons, not complaint causes */
  g_assert_true (relasi_store_mark_customer_lost (f->store, relasi_customer_get_id (budi),
                                                  RELASI_ROOT_CAUSE_PRICE, "Cheaper elsewhere", 0, &error));
  g_assert_true (relasi_store_mark_customer_lost (f->store, relasi_customer_get_id (sari),
                                                  RELASI_ROOT_CAUSE_COMPETITOR, "", 0, &error));
  g_assert_no_error (error);

  g_assert_true (relasi_store_count_complaint_causes (f->store, T0 - 365 * DAY, causes, &error));
  g_assert_cmpint (causes[RELASI_ROOT_CAUSE_DELIVERY], ==, 2);
  g_assert_cmpint (causes[RELASI_ROOT_CAUSE_STAFF], ==, 1);
  g_assert_cmpint (causes[RELASI_ROOT_CAUSE_PRICE], ==, 0);
  g_assert_cmpint (causes[RELASI_ROOT_CAUSE_COMPETITOR], ==, 0);
  g_assert_true (relasi_store_count_complaint_causes (f->store, 0, causes, &error));
  g_assert_cmpint (causes[RELASI_ROOT_CAUSE_PRICE], ==, 1);

  g_assert_true (relasi_store_count_lost_reasons (f->store, reasons, &error));
  g_assert_cmpint (reasons[RELASI_ROOT_CAUSE_PRICE], ==, 1);
  g_assert_cmpint (reasons[RELASI_ROOT_CAUSE_COMPETITOR], ==, 1);

  /* an entry in the trash takes its case out; its customer in the trash too (counted
   * once, not twice); the customer back takes it in again */
  g_assert_true (relasi_store_delete_interaction (f->store, relasi_interaction_get_id (c1), &error));
  g_assert_true (relasi_store_count_complaint_causes (f->store, 0, causes, &error));
  g_assert_cmpint (causes[RELASI_ROOT_CAUSE_DELIVERY], ==, 1);
  g_assert_true (relasi_store_delete_customer (f->store, cid, &error));
  g_assert_true (relasi_store_count_complaint_causes (f->store, 0, causes, &error));
  for (guint i = 0; i < RELASI_N_ROOT_CAUSES; i++)
    g_assert_cmpint (causes[i], ==, 0);
  g_assert_true (relasi_store_undelete_customer (f->store, cid, &error));
  g_assert_true (relasi_store_count_complaint_causes (f->store, 0, causes, &error));
  g_assert_no_error (error);
  g_assert_cmpint (causes[RELASI_ROOT_CAUSE_DELIVERY], ==, 1);
  g_assert_cmpint (causes[RELASI_ROOT_CAUSE_STAFF], ==, 1);
  g_assert_cmpint (causes[RELASI_ROOT_CAUSE_PRICE], ==, 1);

  /* won back, or in the trash: no longer counted */
  g_assert_true (relasi_store_win_back_customer (f->store, relasi_customer_get_id (budi), &error));
  g_assert_true (relasi_store_delete_customer (f->store, relasi_customer_get_id (sari), &error));
  g_assert_true (relasi_store_count_lost_reasons (f->store, reasons, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < RELASI_N_ROOT_CAUSES; i++)
    g_assert_cmpint (reasons[i], ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dashboard/boundaries", test_boundaries);
  g_test_add ("/dashboard/empty", Fixture, NULL, fixture_setup, test_empty, fixture_teardown);
  g_test_add ("/dashboard/oldest-complaint", Fixture, NULL, fixture_setup, test_oldest_complaint, fixture_teardown);
  g_test_add ("/dashboard/thank-you-and-promise", Fixture, NULL, fixture_setup, test_thank_you_and_promise, fixture_teardown);
  g_test_add ("/dashboard/drifting", Fixture, NULL, fixture_setup, test_drifting, fixture_teardown);
  g_test_add ("/dashboard/lowest-health", Fixture, NULL, fixture_setup, test_lowest_health, fixture_teardown);
  g_test_add ("/dashboard/reminders-today", Fixture, NULL, fixture_setup, test_reminders_today, fixture_teardown);
  g_test_add ("/dashboard/complaints-by-month", Fixture, NULL, fixture_setup, test_complaints_by_month, fixture_teardown);
  g_test_add ("/dashboard/causes-and-reasons", Fixture, NULL, fixture_setup, test_causes_and_reasons, fixture_teardown);

  return g_test_run ();
}
