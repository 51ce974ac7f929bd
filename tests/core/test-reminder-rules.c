/* test-reminder-rules.c — check-ins for drifting customers, repetition, editing, and
 * automatic reminders closing themselves
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "relasi-clock.h"
#include "relasi-error.h"
#include "relasi-store-checkins.h"
#include "relasi-store-reminder-edit.h"
#include "relasi-test-util.h"

static GPtrArray *
open_of_kind (RelasiStore *store, gint64 customer_id, RelasiReminderKind kind)
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

static RelasiReminder *
add_custom (RelasiStore *store, gint64 customer_id, const char *title, gint64 due, RelasiRecurrence recurrence)
{
  g_autoptr(GError) error = NULL;
  RelasiReminder *r = relasi_reminder_new ();

  relasi_reminder_set_kind (r, RELASI_REMINDER_KIND_CUSTOM);
  relasi_reminder_set_customer_id (r, customer_id);
  relasi_reminder_set_title (r, title);
  relasi_reminder_set_due_at (r, due);
  relasi_reminder_set_recurrence (r, recurrence);
  g_assert_true (relasi_store_add_reminder (store, r, &error));
  g_assert_no_error (error);
  return r;
}

static void
sync (RelasiStore *store, guint expect_added, guint expect_closed)
{
  g_autoptr(GError) error = NULL;
  guint added = 99, closed = 99;

  g_assert_true (relasi_store_sync_checkins (store, &added, &closed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (added, ==, expect_added);
  g_assert_cmpuint (closed, ==, expect_closed);
}

static void
test_checkins (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) ani = test_add_customer (f->store, "Bu Ani");
  g_autoptr(RelasiCustomer) budi = test_add_customer (f->store, "Pak Budi");
  gint64 aid = relasi_customer_get_id (ani), bid = relasi_customer_get_id (budi);
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GError) error = NULL;
  RelasiReminder *checkin;

  g_assert_true (relasi_store_set_rules (f->store, 2, 24, 30, &error));
  sync (f->store, 0, 0);                         /* nobody drifts yet */

  relasi_clock_advance (10 * DAY);
  g_object_unref (test_log (f->store, bid, RELASI_INTERACTION_KIND_CALL, "Called about an order"));
  relasi_clock_advance (25 * DAY);               /* Ani: 35 days silent, Budi: 25 */

  sync (f->store, 1, 0);
  sync (f->store, 0, 0);                         /* idempotent */
  open = open_of_kind (f->store, aid, RELASI_REMINDER_KIND_CHECK_IN);
  g_assert_cmpuint (open->len, ==, 1);
  checkin = g_ptr_array_index (open, 0);
  g_assert_cmpstr (relasi_reminder_get_title (checkin), ==, "Get in touch with Bu Ani");
  g_assert_cmpint (relasi_reminder_get_due_at (checkin), ==, T0 + 30 * DAY);
  g_assert_cmpint (relasi_reminder_get_customer_id (checkin), ==, aid);
  g_clear_pointer (&open, g_ptr_array_unref);

  /* contact closes it by itself */
  g_object_unref (test_log (f->store, aid, RELASI_INTERACTION_KIND_MESSAGE, "Sent the new price list"));
  sync (f->store, 0, 1);
  open = open_of_kind (f->store, aid, RELASI_REMINDER_KIND_CHECK_IN);
  g_assert_cmpuint (open->len, ==, 0);
  g_clear_pointer (&open, g_ptr_array_unref);

  /* Budi drifts now; done by hand while still drifting: not made again */
  relasi_clock_advance (10 * DAY);
  sync (f->store, 1, 0);
  open = open_of_kind (f->store, bid, RELASI_REMINDER_KIND_CHECK_IN);
  g_assert_true (relasi_store_complete_reminder (f->store, relasi_reminder_get_id (g_ptr_array_index (open, 0)), &error));
  g_assert_no_error (error);
  g_clear_pointer (&open, g_ptr_array_unref);
  sync (f->store, 0, 0);

  /* a lost customer's open check-in closes */
  relasi_clock_advance (40 * DAY);               /* Ani drifts again */
  sync (f->store, 1, 0);
  g_assert_true (relasi_store_mark_customer_lost (f->store, aid, RELASI_ROOT_CAUSE_PRICE, "Found it cheaper", 0, &error));
  g_assert_no_error (error);
  sync (f->store, 0, 1);
}

static void
test_recurring_complete (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  /* monthly on the 31st: the next one is on the last day of the shorter month */
  g_autoptr(RelasiReminder) r = add_custom (f->store, 0, "Send the monthly newsletter", T0 + 2 * DAY, RELASI_RECURRENCE_MONTHLY);
  g_autoptr(RelasiReminder) weekly = add_custom (f->store, 0, "Count the stock", T0 - 3 * DAY, RELASI_RECURRENCE_WEEKLY);
  g_autoptr(GPtrArray) open = NULL;

  g_assert_true (relasi_store_complete_reminder (f->store, relasi_reminder_get_id (r), &error));
  g_assert_no_error (error);
  open = open_of_kind (f->store, 0, RELASI_REMINDER_KIND_CUSTOM);
  g_assert_cmpuint (open->len, ==, 2);
  g_assert_cmpstr (relasi_reminder_get_title (g_ptr_array_index (open, 0)), ==, "Count the stock");
  g_assert_cmpstr (relasi_reminder_get_title (g_ptr_array_index (open, 1)), ==, "Send the monthly newsletter");
  g_assert_cmpint (relasi_reminder_get_recurrence (g_ptr_array_index (open, 1)), ==, RELASI_RECURRENCE_MONTHLY);
  /* 2026-03-03 09:00 local + 1 month = 2026-04-03 09:00 (UTC offsets equal here) */
  g_assert_cmpint (relasi_reminder_get_due_at (g_ptr_array_index (open, 1)), ==, T0 + 2 * DAY + 31 * DAY);
  g_clear_pointer (&open, g_ptr_array_unref);

  /* a weekly one done late: the next is the first repetition after now, from the due date */
  g_assert_true (relasi_store_complete_reminder (f->store, relasi_reminder_get_id (weekly), &error));
  open = open_of_kind (f->store, 0, RELASI_REMINDER_KIND_CUSTOM);
  g_assert_cmpint (relasi_reminder_get_due_at (g_ptr_array_index (open, 0)), ==, T0 + 4 * DAY);
}

static void
test_update (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) ani = test_add_customer (f->store, "Bu Ani");
  g_autoptr(RelasiReminder) r = add_custom (f->store, 0, "Order flour", T0 - 60, RELASI_RECURRENCE_NONE);
  g_autoptr(RelasiReminder) got = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = relasi_reminder_get_id (r);

  g_assert_true (relasi_store_set_reminder_notified (f->store, id, 0, &error));
  g_assert_true (relasi_store_snooze_reminder (f->store, id, T0 + 3600, &error));

  relasi_reminder_set_title (r, "Order flour and sugar");
  relasi_reminder_set_customer_id (r, relasi_customer_get_id (ani));
  relasi_reminder_set_due_at (r, T0 + DAY);
  relasi_reminder_set_recurrence (r, RELASI_RECURRENCE_WEEKLY);
  g_assert_true (relasi_store_update_reminder (f->store, r, &error));
  g_assert_no_error (error);
  got = relasi_store_get_reminder (f->store, id, &error);
  g_assert_cmpstr (relasi_reminder_get_title (got), ==, "Order flour and sugar");
  g_assert_cmpstr (relasi_reminder_get_customer_name (got), ==, "Bu Ani");
  g_assert_cmpint (relasi_reminder_get_due_at (got), ==, T0 + DAY);
  g_assert_cmpint (relasi_reminder_get_snoozed_until (got), ==, 0);   /* a new time ends the snooze */
  g_assert_cmpint (relasi_reminder_get_notified_at (got), ==, 0);     /* and notifies again */
  g_assert_cmpint (relasi_reminder_get_recurrence (got), ==, RELASI_RECURRENCE_WEEKLY);

  /* bad input: the field is named, nothing is saved */
  relasi_reminder_set_title (r, "   ");
  g_assert_false (relasi_store_update_reminder (f->store, r, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_INVALID);
  g_assert_cmpstr (relasi_error_get_field (error), ==, "title");
  g_clear_error (&error);
  g_clear_object (&got);
  got = relasi_store_get_reminder (f->store, id, &error);
  g_assert_cmpstr (relasi_reminder_get_title (got), ==, "Order flour and sugar");

  relasi_reminder_set_title (r, "Order flour");
  relasi_reminder_set_customer_id (r, 4242);
  g_assert_false (relasi_store_update_reminder (f->store, r, &error));
  g_assert_cmpstr (relasi_error_get_field (error), ==, "customer-id");
  g_clear_error (&error);

  /* done: no more edits */
  relasi_reminder_set_customer_id (r, 0);
  g_assert_true (relasi_store_complete_reminder (f->store, id, &error));
  g_assert_false (relasi_store_update_reminder (f->store, r, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_CONFLICT);
}

static void
test_recently_done (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) done = NULL;

  for (int i = 0; i < 5; i++)
    {
      g_autoptr(RelasiReminder) r = add_custom (f->store, 0, "Sweep the shop", T0 + i, RELASI_RECURRENCE_NONE);

      relasi_clock_advance (DAY);
      g_assert_true (relasi_store_complete_reminder (f->store, relasi_reminder_get_id (r), &error));
    }
  done = relasi_store_list_recently_done_reminders (f->store, T0 + 2 * DAY, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (done->len, ==, 2);
  g_assert_cmpint (relasi_reminder_get_done_at (g_ptr_array_index (done, 0)), >,
                   relasi_reminder_get_done_at (g_ptr_array_index (done, 1)));
  g_clear_pointer (&done, g_ptr_array_unref);
  done = relasi_store_list_recently_done_reminders (f->store, T0 + 4 * DAY, 10, &error);
  g_assert_cmpuint (done->len, ==, 2);
}

/* Automatic reminders close themselves when the rule is satisfied. */
static void
test_automatic_close (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) c = test_add_customer (f->store, "Ibu Sari");
  gint64 cid = relasi_customer_get_id (c);
  g_autoptr(RelasiInteraction) promise = NULL;
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GError) error = NULL;

  g_object_unref (test_log (f->store, cid, RELASI_INTERACTION_KIND_PURCHASE, "Wedding cake"));
  g_object_unref (test_log (f->store, cid, RELASI_INTERACTION_KIND_COMPLAINT, "The cream was sour"));
  promise = test_log (f->store, cid, RELASI_INTERACTION_KIND_PROMISE, "A free cake next time");
  open = relasi_store_list_reminders (f->store, RELASI_REMINDER_FILTER_OPEN, cid, &error);
  g_assert_cmpuint (open->len, ==, 3);
  g_clear_pointer (&open, g_ptr_array_unref);

  g_object_unref (test_log (f->store, cid, RELASI_INTERACTION_KIND_THANK_YOU, "Sent a card"));
  open = open_of_kind (f->store, cid, RELASI_REMINDER_KIND_THANK_YOU);
  g_assert_cmpuint (open->len, ==, 0);
  g_clear_pointer (&open, g_ptr_array_unref);

  cases = relasi_store_list_cases (f->store, RELASI_CASE_FILTER_UNANSWERED, cid, &error);
  g_assert_true (relasi_store_answer_case (f->store, relasi_case_get_id (g_ptr_array_index (cases, 0)), 0, &error));
  open = open_of_kind (f->store, cid, RELASI_REMINDER_KIND_COMPLAINT_ANSWER);
  g_assert_cmpuint (open->len, ==, 0);
  g_clear_pointer (&open, g_ptr_array_unref);

  g_assert_true (relasi_store_keep_promise (f->store, relasi_interaction_get_id (promise), &error));
  open = relasi_store_list_reminders (f->store, RELASI_REMINDER_FILTER_OPEN, cid, &error);
  g_assert_cmpuint (open->len, ==, 0);
}

/* A catch-up records every reminder of its one notification in one write; the others
 * stay as they were, an id gone meanwhile is passed over, a bad time changes nothing. */
static void
test_notified_together (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiReminder) a = add_custom (f->store, 0, "Count the stock", T0 - 60, RELASI_RECURRENCE_NONE);
  g_autoptr(RelasiReminder) b = add_custom (f->store, 0, "Order flour", T0 - 120, RELASI_RECURRENCE_NONE);
  g_autoptr(RelasiReminder) c = add_custom (f->store, 0, "Sweep the shop", T0 - 180, RELASI_RECURRENCE_NONE);
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[] = { relasi_reminder_get_id (a), relasi_reminder_get_id (c), 999999 };

  due = relasi_store_list_reminders_to_notify (f->store, &error);
  g_assert_cmpuint (due->len, ==, 3);
  g_clear_pointer (&due, g_ptr_array_unref);

  g_assert_false (relasi_store_set_reminders_notified (f->store, ids, G_N_ELEMENTS (ids), -5, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_INVALID);
  g_clear_error (&error);
  due = relasi_store_list_reminders_to_notify (f->store, &error);
  g_assert_cmpuint (due->len, ==, 3);
  g_clear_pointer (&due, g_ptr_array_unref);

  g_assert_true (relasi_store_set_reminders_notified (f->store, ids, G_N_ELEMENTS (ids), 0, &error));
  g_assert_no_error (error);
  due = relasi_store_list_reminders_to_notify (f->store, &error);
  g_assert_cmpuint (due->len, ==, 1);
  g_assert_cmpint (relasi_reminder_get_id (g_ptr_array_index (due, 0)), ==, relasi_reminder_get_id (b));
  g_clear_pointer (&due, g_ptr_array_unref);
  {
    g_autoptr(RelasiReminder) got = relasi_store_get_reminder (f->store, ids[1], &error);

    g_assert_cmpint (relasi_reminder_get_notified_at (got), ==, relasi_clock_now ());
  }

  g_assert_true (relasi_store_set_reminders_notified (f->store, NULL, 0, 0, &error));
}

int
main (int argc, char *argv[])
{
  g_setenv ("TZ", "Asia/Jakarta", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/reminder-rules/checkins", test_checkins);
  ADD ("/reminder-rules/recurring-complete", test_recurring_complete);
  ADD ("/reminder-rules/update", test_update);
  ADD ("/reminder-rules/recently-done", test_recently_done);
  ADD ("/reminder-rules/automatic-close", test_automatic_close);
  ADD ("/reminder-rules/notified-together", test_notified_together);

  return g_test_run ();
}
