/* test-rules.c — what is owed, traveling in time with the clock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "relasi-clock.h"
#include "relasi-error.h"
#include "relasi-test-util.h"

static GPtrArray *
open_reminders (RelasiStore *store, gint64 customer_id, RelasiReminderKind kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = relasi_store_list_reminders (store, RELASI_REMINDER_FILTER_OPEN, customer_id, &error);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_no_error (error);
  for (guint i = 0; i < all->len; i++)
    if (relasi_reminder_get_kind (g_ptr_array_index (all, i)) == kind)
      g_ptr_array_add (out, g_object_ref (g_ptr_array_index (all, i)));
  return out;
}

static void
test_thank_you (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) c = test_add_customer (f->store, "Bu Ani");
  gint64 cid = relasi_customer_get_id (c);
  g_autoptr(RelasiInteraction) p1 = test_log (f->store, cid, RELASI_INTERACTION_KIND_PURCHASE, "20 kg rice");
  g_autoptr(RelasiInteraction) p2 = NULL;
  g_autoptr(RelasiInteraction) thanks = NULL;
  g_autoptr(GPtrArray) owed = open_reminders (f->store, cid, RELASI_REMINDER_KIND_THANK_YOU);
  g_autoptr(GError) error = NULL;
  int healthy, unthanked;

  g_assert_cmpuint (owed->len, ==, 1);
  g_assert_cmpint (relasi_reminder_get_due_at (g_ptr_array_index (owed, 0)), ==, T0 + 2 * DAY);
  g_assert_cmpint (relasi_reminder_get_interaction_id (g_ptr_array_index (owed, 0)), ==, relasi_interaction_get_id (p1));
  g_clear_pointer (&owed, g_ptr_array_unref);

  /* a meeting the next day does not stack a second one */
  relasi_clock_advance (DAY);
  p2 = test_log (f->store, cid, RELASI_INTERACTION_KIND_MEETING, "Visited the shop");
  owed = open_reminders (f->store, cid, RELASI_REMINDER_KIND_THANK_YOU);
  g_assert_cmpuint (owed->len, ==, 1);
  g_clear_pointer (&owed, g_ptr_array_unref);

  /* overdue after the setting's days: health suffers (comfort) */
  healthy = relasi_store_get_customer_health (f->store, cid, NULL, &error);
  relasi_clock_advance (2 * DAY);
  {
    g_autoptr(GPtrArray) reasons = NULL;
    gboolean comfort = FALSE;

    unthanked = relasi_store_get_customer_health (f->store, cid, &reasons, &error);
    g_assert_cmpint (unthanked, <, healthy);
    for (guint i = 0; i < reasons->len; i++)
      comfort |= ((RelasiHealthReason *) g_ptr_array_index (reasons, i))->damage == RELASI_DAMAGE_COMFORT;
    g_assert_true (comfort);
  }
  /* the stored score catches up when refreshed (time alone changed it) */
  g_assert_true (relasi_store_refresh_health (f->store, &error));
  g_clear_object (&c);
  c = relasi_store_get_customer (f->store, cid, &error);
  g_assert_cmpint (relasi_customer_get_health (c), ==, unthanked);

  /* a thank-you closes what is owed */
  thanks = test_log (f->store, cid, RELASI_INTERACTION_KIND_THANK_YOU, "Sent a card");
  owed = open_reminders (f->store, cid, RELASI_REMINDER_KIND_THANK_YOU);
  g_assert_cmpuint (owed->len, ==, 0);
  g_clear_pointer (&owed, g_ptr_array_unref);
  g_assert_cmpint (relasi_store_get_customer_health (f->store, cid, NULL, &error), >, unthanked);

  /* undo: deleting the thank-you makes it owed again; restoring closes it again */
  g_assert_true (relasi_store_delete_interaction (f->store, relasi_interaction_get_id (thanks), &error));
  owed = open_reminders (f->store, cid, RELASI_REMINDER_KIND_THANK_YOU);
  g_assert_cmpuint (owed->len, ==, 1);
  g_clear_pointer (&owed, g_ptr_array_unref);
  g_assert_true (relasi_store_undelete_interaction (f->store, relasi_interaction_get_id (thanks), &error));
  owed = open_reminders (f->store, cid, RELASI_REMINDER_KIND_THANK_YOU);
  g_assert_cmpuint (owed->len, ==, 0);
  g_clear_pointer (&owed, g_ptr_array_unref);

  /* the setting applies to what is logged next */
  g_assert_true (relasi_store_set_rules (f->store, 5, 24, 60, &error));
  g_assert_no_error (error);
  g_object_unref (test_log (f->store, cid, RELASI_INTERACTION_KIND_PURCHASE, "Oil"));
  owed = open_reminders (f->store, cid, RELASI_REMINDER_KIND_THANK_YOU);
  g_assert_cmpuint (owed->len, ==, 1);
  g_assert_cmpint (relasi_reminder_get_due_at (g_ptr_array_index (owed, 0)), ==, relasi_clock_now () + 5 * DAY);
  g_clear_pointer (&owed, g_ptr_array_unref);

  /* deleting the purchase hides its owed thank-you */
  {
    g_autoptr(GPtrArray) all = relasi_store_list_reminders (f->store, RELASI_REMINDER_FILTER_OPEN, cid, &error);
    gint64 source = relasi_reminder_get_interaction_id (g_ptr_array_index (all, 0));

    g_assert_true (relasi_store_delete_interaction (f->store, source, &error));
    owed = open_reminders (f->store, cid, RELASI_REMINDER_KIND_THANK_YOU);
    g_assert_cmpuint (owed->len, ==, 0);
  }
}

static void
test_complaint (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) c = test_add_customer (f->store, "Pak Joko");
  gint64 cid = relasi_customer_get_id (c);
  g_autoptr(RelasiInteraction) complaint = test_log (f->store, cid, RELASI_INTERACTION_KIND_COMPLAINT, "Eggs broken");
  g_autoptr(GPtrArray) owed = open_reminders (f->store, cid, RELASI_REMINDER_KIND_COMPLAINT_ANSWER);
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GError) error = NULL;
  gint64 case_id;

  g_assert_cmpuint (owed->len, ==, 1);
  g_assert_cmpint (relasi_reminder_get_due_at (g_ptr_array_index (owed, 0)), ==, T0 + 24 * 3600);
  g_clear_pointer (&owed, g_ptr_array_unref);
  cases = relasi_store_list_cases (f->store, RELASI_CASE_FILTER_UNANSWERED, cid, &error);
  g_assert_cmpuint (cases->len, ==, 1);
  case_id = relasi_case_get_id (g_ptr_array_index (cases, 0));
  g_assert_cmpint (relasi_case_get_kind (g_ptr_array_index (cases, 0)), ==, RELASI_CASE_KIND_COMPLAINT);
  g_clear_pointer (&cases, g_ptr_array_unref);

  cases = relasi_store_list_cases (f->store, RELASI_CASE_FILTER_OVERDUE_ANSWER, 0, &error);
  g_assert_cmpuint (cases->len, ==, 0);
  g_clear_pointer (&cases, g_ptr_array_unref);
  relasi_clock_advance (25 * 3600);
  cases = relasi_store_list_cases (f->store, RELASI_CASE_FILTER_OVERDUE_ANSWER, 0, &error);
  g_assert_cmpuint (cases->len, ==, 1);
  g_clear_pointer (&cases, g_ptr_array_unref);
  {
    g_autoptr(GPtrArray) reasons = NULL;
    int score = relasi_store_get_customer_health (f->store, cid, &reasons, &error);

    g_assert_cmpint (score, ==, RELASI_HEALTH_BASE - 25);
    g_assert_cmpint (((RelasiHealthReason *) g_ptr_array_index (reasons, 0))->damage, ==, RELASI_DAMAGE_CARE);
  }

  /* answering closes the reminder */
  g_assert_true (relasi_store_answer_case (f->store, case_id, 0, &error));
  g_assert_no_error (error);
  owed = open_reminders (f->store, cid, RELASI_REMINDER_KIND_COMPLAINT_ANSWER);
  g_assert_cmpuint (owed->len, ==, 0);
  g_clear_pointer (&owed, g_ptr_array_unref);
  g_assert_false (relasi_store_answer_case (f->store, case_id, 0, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_CONFLICT);
  g_clear_error (&error);
  cases = relasi_store_list_cases (f->store, RELASI_CASE_FILTER_OPEN, cid, &error);
  g_assert_cmpuint (cases->len, ==, 1);   /* answered, not yet resolved */
  g_clear_pointer (&cases, g_ptr_array_unref);

  /* the other way round: completing the reminder answers the case */
  {
    g_autoptr(RelasiInteraction) second = test_log (f->store, cid, RELASI_INTERACTION_KIND_COMPLAINT, "Late again");

    owed = open_reminders (f->store, cid, RELASI_REMINDER_KIND_COMPLAINT_ANSWER);
    g_assert_cmpuint (owed->len, ==, 1);
    g_assert_true (relasi_store_complete_reminder (f->store, relasi_reminder_get_id (g_ptr_array_index (owed, 0)), &error));
    g_assert_no_error (error);
    cases = relasi_store_list_cases (f->store, RELASI_CASE_FILTER_UNANSWERED, cid, &error);
    g_assert_cmpuint (cases->len, ==, 0);
  }
}

static void
test_promise (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) c = test_add_customer (f->store, "Mbak Tuti");
  gint64 cid = relasi_customer_get_id (c);
  g_autoptr(RelasiInteraction) kept = test_log (f->store, cid, RELASI_INTERACTION_KIND_PROMISE, "Deliver Monday");
  g_autoptr(RelasiInteraction) late = test_log (f->store, cid, RELASI_INTERACTION_KIND_PROMISE, "Send samples");
  g_autoptr(RelasiInteraction) broken = test_log (f->store, cid, RELASI_INTERACTION_KIND_PROMISE, "Discount");
  g_autoptr(RelasiInteraction) moved = test_log (f->store, cid, RELASI_INTERACTION_KIND_PROMISE, "Visit");
  g_autoptr(RelasiInteraction) got = NULL;
  g_autoptr(GPtrArray) owed = open_reminders (f->store, cid, RELASI_REMINDER_KIND_PROMISE);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (owed->len, ==, 4);
  g_assert_cmpint (relasi_reminder_get_due_at (g_ptr_array_index (owed, 0)), ==, T0 + 3 * DAY);
  g_clear_pointer (&owed, g_ptr_array_unref);

  relasi_clock_advance (DAY);
  g_assert_true (relasi_store_keep_promise (f->store, relasi_interaction_get_id (kept), &error));
  g_assert_no_error (error);
  got = relasi_store_get_interaction (f->store, relasi_interaction_get_id (kept), &error);
  g_assert_cmpint (relasi_interaction_get_outcome (got), ==, RELASI_PROMISE_OUTCOME_KEPT);
  g_clear_object (&got);
  g_assert_false (relasi_store_keep_promise (f->store, relasi_interaction_get_id (kept), &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_CONFLICT);
  g_clear_error (&error);

  g_assert_true (relasi_store_set_promise_outcome (f->store, relasi_interaction_get_id (moved),
                                                   RELASI_PROMISE_OUTCOME_RENEGOTIATED, T0 + 10 * DAY, &error));
  g_assert_no_error (error);

  relasi_clock_advance (3 * DAY);
  list = relasi_store_list_open_promises (f->store, TRUE, &error);
  g_assert_cmpuint (list->len, ==, 2);   /* late and broken, not the moved one */
  g_clear_pointer (&list, g_ptr_array_unref);

  /* completing the promise reminder after the due date: kept late */
  owed = open_reminders (f->store, cid, RELASI_REMINDER_KIND_PROMISE);
  for (guint i = 0; i < owed->len; i++)
    if (relasi_reminder_get_interaction_id (g_ptr_array_index (owed, i)) == relasi_interaction_get_id (late))
      g_assert_true (relasi_store_complete_reminder (f->store, relasi_reminder_get_id (g_ptr_array_index (owed, i)),
                                                     &error));
  g_clear_pointer (&owed, g_ptr_array_unref);
  got = relasi_store_get_interaction (f->store, relasi_interaction_get_id (late), &error);
  g_assert_cmpint (relasi_interaction_get_outcome (got), ==, RELASI_PROMISE_OUTCOME_LATE);
  g_clear_object (&got);

  g_assert_true (relasi_store_set_promise_outcome (f->store, relasi_interaction_get_id (broken),
                                                   RELASI_PROMISE_OUTCOME_BROKEN, 0, &error));
  list = relasi_store_list_cases (f->store, RELASI_CASE_FILTER_OPEN, cid, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (relasi_case_get_kind (g_ptr_array_index (list, 0)), ==, RELASI_CASE_KIND_BROKEN_PROMISE);
  g_clear_pointer (&list, g_ptr_array_unref);

  owed = open_reminders (f->store, cid, RELASI_REMINDER_KIND_PROMISE);
  g_assert_cmpuint (owed->len, ==, 1);
  g_assert_cmpint (relasi_reminder_get_due_at (g_ptr_array_index (owed, 0)), ==, T0 + 10 * DAY);
  {
    g_autoptr(GPtrArray) reasons = NULL;
    gboolean integrity = FALSE;

    relasi_store_get_customer_health (f->store, cid, &reasons, &error);
    for (guint i = 0; i < reasons->len; i++)
      {
        RelasiHealthReason *r = g_ptr_array_index (reasons, i);

        if (r->damage == RELASI_DAMAGE_INTEGRITY && r->points == -20)
          integrity = TRUE;
      }
    g_assert_true (integrity);
  }
}

static void
test_mistake_and_drifting (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) c = test_add_customer (f->store, "Koperasi Maju");
  g_autoptr(RelasiCustomer) weekly = relasi_customer_new ();
  gint64 cid = relasi_customer_get_id (c);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  g_object_unref (test_log (f->store, cid, RELASI_INTERACTION_KIND_MISTAKE, "Overcharged"));
  list = relasi_store_list_cases (f->store, RELASI_CASE_FILTER_OPEN, cid, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (relasi_case_get_kind (g_ptr_array_index (list, 0)), ==, RELASI_CASE_KIND_MISTAKE);
  g_clear_pointer (&list, g_ptr_array_unref);
  g_assert_cmpint (relasi_store_get_customer_health (f->store, cid, NULL, &error), ==, RELASI_HEALTH_BASE - 15);

  relasi_customer_set_name (weekly, "Warung Bu Sri");
  relasi_customer_set_cadence_days (weekly, 7);
  g_assert_true (relasi_store_add_customer (f->store, weekly, &error));
  g_object_unref (test_log (f->store, relasi_customer_get_id (weekly), RELASI_INTERACTION_KIND_CALL, "Hello"));

  relasi_clock_advance (8 * DAY);
  list = relasi_store_list_drifting_customers (f->store, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (relasi_customer_get_name (g_ptr_array_index (list, 0)), ==, "Warung Bu Sri");
  g_clear_pointer (&list, g_ptr_array_unref);

  /* the default cadence (60 days) applies to the other one */
  relasi_clock_advance (60 * DAY);
  list = relasi_store_list_drifting_customers (f->store, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* a longer default: not drifting any more */
  g_assert_true (relasi_store_set_rules (f->store, 2, 24, 365, &error));
  list = relasi_store_list_drifting_customers (f->store, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* contact brings them back */
  g_object_unref (test_log (f->store, relasi_customer_get_id (weekly), RELASI_INTERACTION_KIND_MESSAGE, "Hi"));
  list = relasi_store_list_drifting_customers (f->store, &error);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* lost customers do not drift */
  relasi_clock_advance (30 * DAY);
  g_assert_true (relasi_store_mark_customer_lost (f->store, relasi_customer_get_id (weekly),
                                                  RELASI_ROOT_CAUSE_SERVICE, "Slow", 0, &error));
  list = relasi_store_list_drifting_customers (f->store, &error);
  g_assert_cmpuint (list->len, ==, 0);
}

static void
on_changed_count (RelasiStore *store, RelasiStoreChange changes, guint *count)
{
  if (changes & RELASI_STORE_CHANGE_CUSTOMERS)
    (*count)++;
}

/* In the application the hourly refresh runs on a worker: the call returns at once,
 * the readers keep the stored scores until ::changed says the new ones are in. */
static void
test_health_in_background (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) c = test_add_customer (f->store, "Bu Ani");
  gint64 cid = relasi_customer_get_id (c);
  g_autoptr(RelasiInteraction) p1 = test_log (f->store, cid, RELASI_INTERACTION_KIND_PURCHASE, "20 kg rice");
  g_autoptr(GError) error = NULL;
  guint changed = 0;
  int stored, unthanked;

  g_assert_true (relasi_store_refresh_health (f->store, &error));
  g_clear_object (&c);
  c = relasi_store_get_customer (f->store, cid, &error);
  stored = relasi_customer_get_health (c);
  relasi_store_set_health_in_background (f->store, TRUE);
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed_count), &changed);

  /* fresh: nothing to do */
  g_assert_true (relasi_store_refresh_health_if_stale (f->store, &error));
  g_assert_false (relasi_store_is_refreshing_health (f->store));

  /* two hours and three days later the thank-you is overdue and the scores stale */
  relasi_clock_advance (3 * DAY + 7200);
  unthanked = relasi_store_get_customer_health (f->store, cid, NULL, &error);
  g_assert_cmpint (unthanked, <, stored);
  g_assert_true (relasi_store_refresh_health_if_stale (f->store, &error));
  g_assert_no_error (error);
  g_assert_true (relasi_store_is_refreshing_health (f->store));
  /* asked again meanwhile: no second worker */
  g_assert_true (relasi_store_refresh_health_if_stale (f->store, &error));

  while (relasi_store_is_refreshing_health (f->store))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (changed, ==, 1);
  g_clear_object (&c);
  c = relasi_store_get_customer (f->store, cid, &error);
  g_assert_cmpint (relasi_customer_get_health (c), ==, unthanked);

  /* fresh again: no refresh */
  g_assert_true (relasi_store_refresh_health_if_stale (f->store, &error));
  g_assert_false (relasi_store_is_refreshing_health (f->store));
  g_signal_handlers_disconnect_by_func (f->store, on_changed_count, &changed);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/rules/thank-you", test_thank_you);
  ADD ("/rules/complaint", test_complaint);
  ADD ("/rules/health-in-background", test_health_in_background);
  ADD ("/rules/promise", test_promise);
  ADD ("/rules/mistake-and-drifting", test_mistake_and_drifting);
#undef ADD

  return g_test_run ();
}
