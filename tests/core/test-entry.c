/* test-entry.c — an entry with its case and a promise's outcome, saved as one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "relasi-clock.h"
#include "relasi-error.h"
#include "relasi-store-entry.h"
#include "relasi-test-util.h"

static void
count_changed (RelasiStore *store, RelasiStoreChange changes, gpointer user_data)
{
  (*(guint *) user_data)++;
}

static void
test_complaint_case (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(RelasiCustomer) customer = test_add_customer (f->store, "Bu Ani");
  g_autoptr(RelasiInteraction) complaint = NULL;
  g_autoptr(RelasiCase) wanted = relasi_case_new ();
  g_autoptr(RelasiCase) saved = NULL;
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GError) error = NULL;
  RelasiEntryCaseState state;
  RelasiStoreSummary summary;
  guint n_changed = 0;

  complaint = test_log (f->store, relasi_customer_get_id (customer), RELASI_INTERACTION_KIND_COMPLAINT,
                        "Bread was stale");
  g_assert_true (relasi_store_get_entry_case_state (f->store, relasi_interaction_get_id (complaint), &state, &error));
  g_assert_cmpint (state.case_id, >, 0);
  g_assert_cmpint (state.answered_at, ==, 0);
  g_assert_cmpint (state.answer_due_at, ==, T0 + 24 * 3600);
  g_assert_true (relasi_store_get_summary (f->store, &summary, &error));
  g_assert_cmpint (summary.complaints_awaiting_answer, ==, 1);

  relasi_clock_advance (3600);
  g_signal_connect (f->store, "changed", G_CALLBACK (count_changed), &n_changed);
  relasi_interaction_set_summary (complaint, "Bread was stale on Monday");
  relasi_case_set_root_cause (wanted, RELASI_ROOT_CAUSE_PRODUCT);
  relasi_case_set_root_cause_text (wanted, "Old flour");
  relasi_case_set_answered_at (wanted, T0 + 1800);
  g_assert_true (relasi_store_save_entry (f->store, complaint, wanted, RELASI_PROMISE_OUTCOME_NONE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);

  saved = relasi_store_get_case_for_interaction (f->store, relasi_interaction_get_id (complaint), &error);
  g_assert_nonnull (saved);
  g_assert_cmpint (relasi_case_get_root_cause (saved), ==, RELASI_ROOT_CAUSE_PRODUCT);
  g_assert_cmpstr (relasi_case_get_root_cause_text (saved), ==, "Old flour");
  g_assert_cmpint (relasi_case_get_answered_at (saved), ==, T0 + 1800);
  g_assert_true (relasi_store_get_summary (f->store, &summary, &error));
  g_assert_cmpint (summary.complaints_awaiting_answer, ==, 0);
  open = relasi_store_list_reminders (f->store, RELASI_REMINDER_FILTER_OPEN, 0, &error);
  g_assert_cmpuint (open->len, ==, 0);
}

static void
test_nothing_half_saved (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(RelasiCustomer) customer = test_add_customer (f->store, "Bu Ani");
  g_autoptr(RelasiInteraction) complaint = NULL;
  g_autoptr(RelasiCase) wanted = relasi_case_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  complaint = test_log (f->store, relasi_customer_get_id (customer), RELASI_INTERACTION_KIND_COMPLAINT,
                        "Bread was stale");
  before = test_dump (f->store);

  /* the entry alone is fine, the answer is before the complaint: nothing is saved */
  relasi_interaction_set_summary (complaint, "Changed");
  relasi_case_set_root_cause_text (wanted, "Old flour");
  relasi_case_set_answered_at (wanted, T0 - 3600);
  g_assert_false (relasi_store_save_entry (f->store, complaint, wanted, RELASI_PROMISE_OUTCOME_NONE, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_INVALID);
  g_assert_cmpstr (relasi_error_get_field (error), ==, "answered-at");
  after = test_dump (f->store);
  g_assert_cmpstr (before, ==, after);

  /* a new entry that fails keeps id 0 */
  {
    g_autoptr(RelasiInteraction) fresh = relasi_interaction_new ();

    g_clear_error (&error);
    relasi_interaction_set_customer_id (fresh, relasi_customer_get_id (customer));
    relasi_interaction_set_kind (fresh, RELASI_INTERACTION_KIND_COMPLAINT);
    relasi_interaction_set_summary (fresh, "Late delivery");
    g_assert_false (relasi_store_save_entry (f->store, fresh, wanted, RELASI_PROMISE_OUTCOME_NONE, &error));
    g_assert_cmpint (relasi_interaction_get_id (fresh), ==, 0);
    g_free (after);
    after = test_dump (f->store);
    g_assert_cmpstr (before, ==, after);
  }
}

static void
test_promise_outcome (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(RelasiCustomer) customer = test_add_customer (f->store, "Pak Budi");
  g_autoptr(RelasiInteraction) promise = NULL;
  g_autoptr(RelasiInteraction) stored = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GError) error = NULL;
  gint64 count = -1;

  promise = test_log (f->store, relasi_customer_get_id (customer), RELASI_INTERACTION_KIND_PROMISE,
                      "Deliver 40 boxes");
  relasi_interaction_set_due_at (promise, T0 + 5 * DAY);
  g_assert_true (relasi_store_save_entry (f->store, promise, NULL, RELASI_PROMISE_OUTCOME_RENEGOTIATED, &error));
  g_assert_no_error (error);
  stored = relasi_store_get_interaction (f->store, relasi_interaction_get_id (promise), &error);
  g_assert_cmpint (relasi_interaction_get_outcome (stored), ==, RELASI_PROMISE_OUTCOME_RENEGOTIATED);
  g_assert_cmpint (relasi_interaction_get_due_at (stored), ==, T0 + 5 * DAY);
  g_clear_object (&stored);

  g_assert_true (relasi_store_save_entry (f->store, promise, NULL, RELASI_PROMISE_OUTCOME_BROKEN, &error));
  g_assert_no_error (error);
  stored = relasi_store_get_interaction (f->store, relasi_interaction_get_id (promise), &error);
  g_assert_cmpint (relasi_interaction_get_outcome (stored), ==, RELASI_PROMISE_OUTCOME_BROKEN);
  cases = relasi_store_list_cases (f->store, RELASI_CASE_FILTER_OPEN, 0, &error);
  g_assert_cmpuint (cases->len, ==, 1);

  /* thank-yous owed */
  g_object_unref (test_log (f->store, relasi_customer_get_id (customer), RELASI_INTERACTION_KIND_PURCHASE, "Cake"));
  g_assert_true (relasi_store_count_owed_thank_yous (f->store, relasi_customer_get_id (customer), &count, &error));
  g_assert_cmpint (count, ==, 1);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/entry/complaint-case", test_complaint_case);
  ADD ("/entry/nothing-half-saved", test_nothing_half_saved);
  ADD ("/entry/promise-outcome", test_promise_outcome);
#undef ADD

  return g_test_run ();
}
