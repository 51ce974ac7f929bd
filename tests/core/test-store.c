/* test-store.c — every store function: customers, journal, reminders, cases,
 * backups, ::changed, batches, workers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "relasi-clock.h"
#include "relasi-error.h"
#include "relasi-test-util.h"

typedef struct {
  guint             count;
  RelasiStoreChange last;
} ChangeLog;

static void
on_changed (RelasiStore *store, RelasiStoreChange changes, ChangeLog *log)
{
  log->count++;
  log->last = changes;
}

static void
test_customers (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) c = relasi_customer_new ();
  g_autoptr(RelasiCustomer) got = NULL;
  g_autoptr(GPtrArray) trash = NULL;
  g_autoptr(GError) error = NULL;
  ChangeLog log = { 0 };
  RelasiStoreCounts counts;
  gint64 id;

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), &log);

  relasi_customer_set_name (c, "Toko Sinar Jaya");
  relasi_customer_set_company (c, "CV Sinar Jaya");
  relasi_customer_set_email (c, "order@sinarjaya.example");
  relasi_customer_set_phone (c, "+62 22 555 0199");
  relasi_customer_set_tags (c, "wholesale, bandung");
  relasi_customer_set_preferences (c, "Invoices by e-mail");
  relasi_customer_set_cadence_days (c, 30);
  g_assert_true (relasi_store_add_customer (f->store, c, &error));
  g_assert_no_error (error);
  id = relasi_customer_get_id (c);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (relasi_customer_get_created_at (c), ==, T0);
  g_assert_cmpuint (log.count, ==, 1);
  g_assert_true (log.last & RELASI_STORE_CHANGE_CUSTOMERS);

  got = relasi_store_get_customer (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (relasi_customer_get_name (got), ==, "Toko Sinar Jaya");
  g_assert_cmpstr (relasi_customer_get_company (got), ==, "CV Sinar Jaya");
  g_assert_cmpstr (relasi_customer_get_tags (got), ==, "wholesale, bandung");
  g_assert_cmpint (relasi_customer_get_cadence_days (got), ==, 30);
  g_assert_cmpint (relasi_customer_get_status (got), ==, RELASI_CUSTOMER_STATUS_ACTIVE);
  g_assert_cmpint (relasi_customer_get_health (got), ==, RELASI_HEALTH_BASE);
  g_clear_object (&got);

  relasi_clock_advance (3600);
  relasi_customer_set_notes (c, "Pays within a week.\nAsk for Pak Hendra.");
  g_assert_true (relasi_store_update_customer (f->store, c, &error));
  g_assert_no_error (error);
  got = relasi_store_get_customer (f->store, id, &error);
  g_assert_cmpstr (relasi_customer_get_notes (got), ==, "Pays within a week.\nAsk for Pak Hendra.");
  g_assert_cmpint (relasi_customer_get_updated_at (got), ==, T0 + 3600);
  g_clear_object (&got);

  /* lost and won back, with a lost-customer case */
  g_assert_true (relasi_store_mark_customer_lost (f->store, id, RELASI_ROOT_CAUSE_PRICE,
                                                  "Found a cheaper supplier", 0, &error));
  g_assert_no_error (error);
  got = relasi_store_get_customer (f->store, id, &error);
  g_assert_cmpint (relasi_customer_get_status (got), ==, RELASI_CUSTOMER_STATUS_LOST);
  g_assert_cmpint (relasi_customer_get_lost_reason_category (got), ==, RELASI_ROOT_CAUSE_PRICE);
  g_assert_cmpint (relasi_customer_get_lost_at (got), ==, T0 + 3600);
  g_clear_object (&got);
  g_assert_false (relasi_store_mark_customer_lost (f->store, id, RELASI_ROOT_CAUSE_PRICE, NULL, 0, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_CONFLICT);
  g_clear_error (&error);
  {
    g_autoptr(GPtrArray) cases = relasi_store_list_cases (f->store, RELASI_CASE_FILTER_OPEN, id, &error);
    RelasiCase *k = g_ptr_array_index (cases, 0);

    g_assert_cmpuint (cases->len, ==, 1);
    g_assert_cmpint (relasi_case_get_kind (k), ==, RELASI_CASE_KIND_LOST_CUSTOMER);
    g_assert_cmpint (relasi_case_get_root_cause (k), ==, RELASI_ROOT_CAUSE_PRICE);
    g_assert_cmpstr (relasi_case_get_root_cause_text (k), ==, "Found a cheaper supplier");
  }
  g_assert_true (relasi_store_win_back_customer (f->store, id, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) open = relasi_store_list_cases (f->store, RELASI_CASE_FILTER_OPEN, id, &error);

    g_assert_cmpuint (open->len, ==, 0);
  }
  g_assert_false (relasi_store_win_back_customer (f->store, id, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_CONFLICT);
  g_clear_error (&error);

  /* trash, restore, purge */
  {
    g_autoptr(RelasiInteraction) i = test_log (f->store, id, RELASI_INTERACTION_KIND_CALL, "Asked about prices");

    g_assert_true (relasi_store_delete_customer (f->store, id, &error));
    g_assert_no_error (error);
    g_assert_false (relasi_store_delete_customer (f->store, id, &error));
    g_assert_error (error, RELASI_ERROR, RELASI_ERROR_CONFLICT);
    g_clear_error (&error);
    trash = relasi_store_list_deleted_customers (f->store, &error);
    g_assert_cmpuint (trash->len, ==, 1);
    /* no new entries for a customer in the trash */
    {
      g_autoptr(RelasiInteraction) j = relasi_interaction_new ();

      relasi_interaction_set_customer_id (j, id);
      relasi_interaction_set_summary (j, "x");
      g_assert_false (relasi_store_add_interaction (f->store, j, &error));
      g_assert_error (error, RELASI_ERROR, RELASI_ERROR_NOT_FOUND);
      g_clear_error (&error);
    }
    g_assert_true (relasi_store_undelete_customer (f->store, id, &error));
    g_assert_no_error (error);
    g_assert_false (relasi_store_undelete_customer (f->store, id, &error));
    g_assert_error (error, RELASI_ERROR, RELASI_ERROR_CONFLICT);
    g_clear_error (&error);

    g_assert_true (relasi_store_purge_customer (f->store, id, &error));
    g_assert_no_error (error);
    g_assert_null (relasi_store_get_customer (f->store, id, &error));
    g_assert_error (error, RELASI_ERROR, RELASI_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_assert_null (relasi_store_get_interaction (f->store, relasi_interaction_get_id (i), &error));
    g_assert_error (error, RELASI_ERROR, RELASI_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }

  g_assert_true (relasi_store_get_counts (f->store, &counts, &error));
  g_assert_cmpint (counts.customers, ==, 0);
  g_assert_cmpint (counts.interactions, ==, 0);
  g_assert_cmpint (counts.cases, ==, 0);
  g_assert_true (relasi_store_check_integrity (f->store, &error));
  g_assert_no_error (error);
}

static void
test_interactions (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) c = test_add_customer (f->store, "Rina Kusuma");
  g_autoptr(RelasiInteraction) i = relasi_interaction_new ();
  g_autoptr(RelasiInteraction) got = NULL;
  g_autoptr(RelasiCustomer) cc = NULL;
  g_autoptr(GError) error = NULL;
  gint64 cid = relasi_customer_get_id (c);
  gint64 id;

  relasi_interaction_set_customer_id (i, cid);
  relasi_interaction_set_kind (i, RELASI_INTERACTION_KIND_CALL);
  relasi_interaction_set_summary (i, "Asked for the price list");
  relasi_interaction_set_details (i, "Wants 20 boxes\nevery month");
  relasi_interaction_set_sentiment (i, 1);
  relasi_interaction_set_occurred_at (i, T0 - 3 * DAY);
  g_assert_true (relasi_store_add_interaction (f->store, i, &error));
  g_assert_no_error (error);
  id = relasi_interaction_get_id (i);

  got = relasi_store_get_interaction (f->store, id, &error);
  g_assert_cmpstr (relasi_interaction_get_summary (got), ==, "Asked for the price list");
  g_assert_cmpstr (relasi_interaction_get_details (got), ==, "Wants 20 boxes\nevery month");
  g_assert_cmpstr (relasi_interaction_get_customer_name (got), ==, "Rina Kusuma");
  g_assert_cmpint (relasi_interaction_get_sentiment (got), ==, 1);
  g_assert_cmpint (relasi_interaction_get_occurred_at (got), ==, T0 - 3 * DAY);
  g_clear_object (&got);

  /* last contact follows the journal */
  cc = relasi_store_get_customer (f->store, cid, &error);
  g_assert_cmpint (relasi_customer_get_last_contact_at (cc), ==, T0 - 3 * DAY);
  g_clear_object (&cc);
  {
    g_autoptr(RelasiInteraction) note = relasi_interaction_new ();

    relasi_interaction_set_customer_id (note, cid);
    relasi_interaction_set_summary (note, "Internal: check stock");
    g_assert_true (relasi_store_add_interaction (f->store, note, &error));
    g_assert_cmpint (relasi_interaction_get_occurred_at (note), ==, T0);
    cc = relasi_store_get_customer (f->store, cid, &error);
    /* a note is not contact */
    g_assert_cmpint (relasi_customer_get_last_contact_at (cc), ==, T0 - 3 * DAY);
    g_clear_object (&cc);
  }

  relasi_interaction_set_occurred_at (i, T0 - DAY);
  relasi_interaction_set_summary (i, "Asked for the new price list");
  g_assert_true (relasi_store_update_interaction (f->store, i, &error));
  g_assert_no_error (error);
  cc = relasi_store_get_customer (f->store, cid, &error);
  g_assert_cmpint (relasi_customer_get_last_contact_at (cc), ==, T0 - DAY);
  g_clear_object (&cc);

  g_assert_true (relasi_store_delete_interaction (f->store, id, &error));
  g_assert_no_error (error);
  cc = relasi_store_get_customer (f->store, cid, &error);
  g_assert_cmpint (relasi_customer_get_last_contact_at (cc), ==, 0);
  g_clear_object (&cc);
  g_assert_false (relasi_store_delete_interaction (f->store, id, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_true (relasi_store_undelete_interaction (f->store, id, &error));
  g_assert_no_error (error);
  cc = relasi_store_get_customer (f->store, cid, &error);
  g_assert_cmpint (relasi_customer_get_last_contact_at (cc), ==, T0 - DAY);
  g_clear_object (&cc);
  g_assert_true (relasi_store_purge_interaction (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_null (relasi_store_get_interaction (f->store, id, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

static void
test_reminders (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) c = test_add_customer (f->store, "Agus Pratama");
  g_autoptr(RelasiReminder) r = relasi_reminder_new ();
  g_autoptr(RelasiReminder) got = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  relasi_reminder_set_customer_id (r, relasi_customer_get_id (c));
  relasi_reminder_set_kind (r, RELASI_REMINDER_KIND_CHECK_IN);
  relasi_reminder_set_title (r, "Monthly check-in");
  relasi_reminder_set_due_at (r, T0 + DAY);
  relasi_reminder_set_recurrence (r, RELASI_RECURRENCE_MONTHLY);
  g_assert_true (relasi_store_add_reminder (f->store, r, &error));
  g_assert_no_error (error);
  id = relasi_reminder_get_id (r);

  list = relasi_store_list_reminders (f->store, RELASI_REMINDER_FILTER_UPCOMING, 0, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = relasi_store_list_reminders_to_notify (f->store, &error);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* due: notify once */
  relasi_clock_advance (DAY + 60);
  list = relasi_store_list_reminders (f->store, RELASI_REMINDER_FILTER_DUE, relasi_customer_get_id (c), &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (relasi_reminder_get_customer_name (g_ptr_array_index (list, 0)), ==, "Agus Pratama");
  g_clear_pointer (&list, g_ptr_array_unref);
  list = relasi_store_list_reminders_to_notify (f->store, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);
  g_assert_true (relasi_store_set_reminder_notified (f->store, id, 0, &error));
  list = relasi_store_list_reminders_to_notify (f->store, &error);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* snoozed: not due, still overdue; notifies again once the snooze ends */
  g_assert_true (relasi_store_snooze_reminder (f->store, id, relasi_clock_now () + 3600, &error));
  g_assert_no_error (error);
  list = relasi_store_list_reminders (f->store, RELASI_REMINDER_FILTER_DUE, 0, &error);
  g_assert_cmpuint (list->len, ==, 0);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = relasi_store_list_reminders (f->store, RELASI_REMINDER_FILTER_OVERDUE, 0, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);
  relasi_clock_advance (3601);
  list = relasi_store_list_reminders_to_notify (f->store, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* complete: the next month's one appears */
  g_assert_true (relasi_store_complete_reminder (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_false (relasi_store_complete_reminder (f->store, id, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_CONFLICT);
  g_clear_error (&error);
  list = relasi_store_list_reminders (f->store, RELASI_REMINDER_FILTER_DONE, 0, &error);
  g_assert_cmpuint (list->len, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = relasi_store_list_reminders (f->store, RELASI_REMINDER_FILTER_OPEN, 0, &error);
  g_assert_cmpuint (list->len, ==, 1);
  {
    RelasiReminder *next = g_ptr_array_index (list, 0);
    g_autoptr(GDateTime) a = g_date_time_new_from_unix_local (T0 + DAY);
    g_autoptr(GDateTime) b = g_date_time_new_from_unix_local (relasi_reminder_get_due_at (next));

    g_assert_cmpint (relasi_reminder_get_recurrence (next), ==, RELASI_RECURRENCE_MONTHLY);
    g_assert_cmpint (g_date_time_get_day_of_month (a), ==, g_date_time_get_day_of_month (b));
    g_assert_cmpint (g_date_time_get_month (a) % 12 + 1, ==, g_date_time_get_month (b));
    g_assert_cmpint (relasi_reminder_get_due_at (next), >, relasi_clock_now ());

    g_assert_true (relasi_store_delete_reminder (f->store, relasi_reminder_get_id (next), &error));
    g_assert_no_error (error);
    got = relasi_store_get_reminder (f->store, relasi_reminder_get_id (next), &error);
    g_assert_cmpint (relasi_reminder_get_deleted_at (got), !=, 0);
    g_clear_pointer (&list, g_ptr_array_unref);
    list = relasi_store_list_reminders (f->store, RELASI_REMINDER_FILTER_OPEN, 0, &error);
    g_assert_cmpuint (list->len, ==, 0);
    g_assert_true (relasi_store_undelete_reminder (f->store, relasi_reminder_get_id (got), &error));
    g_assert_no_error (error);
  }
}

static void
test_cases (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) c = test_add_customer (f->store, "Hendra Gunawan");
  g_autoptr(RelasiInteraction) m = test_log (f->store, relasi_customer_get_id (c),
                                             RELASI_INTERACTION_KIND_MISTAKE, "Sent the wrong invoice");
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(RelasiCase) k = NULL;
  g_autoptr(GError) error = NULL;
  gint64 counts[RELASI_N_ROOT_CAUSES];
  int before, after;

  cases = relasi_store_list_cases (f->store, RELASI_CASE_FILTER_OPEN, 0, &error);
  g_assert_cmpuint (cases->len, ==, 1);
  k = g_object_ref (g_ptr_array_index (cases, 0));
  g_assert_cmpint (relasi_case_get_kind (k), ==, RELASI_CASE_KIND_MISTAKE);
  g_assert_cmpint (relasi_case_get_interaction_id (k), ==, relasi_interaction_get_id (m));

  before = relasi_store_get_customer_health (f->store, relasi_customer_get_id (c), NULL, &error);
  relasi_case_set_root_cause (k, RELASI_ROOT_CAUSE_PROCESS);
  relasi_case_set_root_cause_text (k, "Two invoice templates in use");
  relasi_case_set_corrective_action (k, "One template, checked by a second person");
  relasi_case_set_responsible (k, "Finance");
  relasi_case_set_internal_review (k, "Found the old template on the shared drive");
  relasi_case_set_customer_answer (k, "Fine, thanks for telling us");
  relasi_case_set_prevention (k, "Old template deleted");
  relasi_case_set_shared_with (k, "Sales, warehouse");
  relasi_case_set_shared_at (k, T0);
  g_assert_true (relasi_store_update_case (f->store, k, &error));
  g_assert_no_error (error);
  after = relasi_store_get_customer_health (f->store, relasi_customer_get_id (c), NULL, &error);
  g_assert_cmpint (after, >, before);
  {
    g_autoptr(RelasiCase) got = relasi_store_get_case (f->store, relasi_case_get_id (k), &error);

    g_assert_cmpstr (relasi_case_get_shared_with (got), ==, "Sales, warehouse");
    g_assert_cmpstr (relasi_case_get_customer_name (got), ==, "Hendra Gunawan");
  }

  relasi_clock_advance (DAY);
  g_assert_true (relasi_store_resolve_case (f->store, relasi_case_get_id (k), 0, &error));
  g_assert_no_error (error);
  g_assert_false (relasi_store_resolve_case (f->store, relasi_case_get_id (k), 0, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_CONFLICT);
  g_clear_error (&error);
  g_clear_pointer (&cases, g_ptr_array_unref);
  cases = relasi_store_list_cases (f->store, RELASI_CASE_FILTER_RESOLVED, relasi_customer_get_id (c), &error);
  g_assert_cmpuint (cases->len, ==, 1);
  g_assert_cmpint (relasi_case_get_answered_at (g_ptr_array_index (cases, 0)), ==, T0 + DAY);

  g_assert_true (relasi_store_count_root_causes (f->store, 0, counts, &error));
  g_assert_cmpint (counts[RELASI_ROOT_CAUSE_PROCESS], ==, 1);
  g_assert_cmpint (counts[RELASI_ROOT_CAUSE_PRICE], ==, 0);

  /* hidden with its entry */
  g_assert_true (relasi_store_delete_interaction (f->store, relasi_interaction_get_id (m), &error));
  g_clear_pointer (&cases, g_ptr_array_unref);
  cases = relasi_store_list_cases (f->store, RELASI_CASE_FILTER_ALL, 0, &error);
  g_assert_cmpuint (cases->len, ==, 0);
}

static void
test_backups (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) c = test_add_customer (f->store, "Wulan Sari");
  g_autofree char *dest = g_build_filename (f->dir, "copy.db", NULL);
  g_autofree char *backups = g_build_filename (f->dir, "backups", NULL);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (relasi_store_backup (f->store, dest, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (dest, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  {
    g_autofree char *copy_dir = g_build_filename (f->dir, "restored", NULL);
    g_autofree char *copy_db = g_build_filename (copy_dir, "relasi.db", NULL);
    g_autoptr(RelasiStore) copy = NULL;
    g_autoptr(RelasiCustomer) got = NULL;

    g_mkdir (copy_dir, 0700);
    g_assert_cmpint (g_rename (dest, copy_db), ==, 0);
    copy = relasi_store_open (copy_dir, &error);
    g_assert_no_error (error);
    got = relasi_store_get_customer (copy, relasi_customer_get_id (c), &error);
    g_assert_cmpstr (relasi_customer_get_name (got), ==, "Wulan Sari");
  }

  /* one a day, the newest kept */
  for (int day = 0; day < 5; day++)
    {
      g_autofree char *path = relasi_store_daily_backup (f->store, 3, &error);

      g_assert_no_error (error);
      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
      g_free (relasi_store_daily_backup (f->store, 3, &error));   /* twice a day: no-op */
      relasi_clock_advance (DAY);
    }
  {
    g_autoptr(GDir) d = g_dir_open (backups, 0, NULL);
    guint n = 0;
    const char *name;

    while ((name = g_dir_read_name (d)) != NULL)
      if (g_str_has_prefix (name, "relasi-daily-"))
        n++;
    g_assert_cmpuint (n, ==, 3);
  }
  g_assert_cmpint (g_stat (backups, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
}

static void
test_batch_and_signals (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  ChangeLog log = { 0 };
  RelasiStoreCounts counts;

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), &log);
  g_assert_true (relasi_store_batch_begin (f->store, &error));
  for (int i = 0; i < 50; i++)
    {
      g_autofree char *name = g_strdup_printf ("Customer %d", i);
      g_autoptr(RelasiCustomer) c = test_add_customer (f->store, name);
      g_autoptr(RelasiInteraction) p = test_log (f->store, relasi_customer_get_id (c),
                                                 RELASI_INTERACTION_KIND_PURCHASE, "Bought rice");
      g_autoptr(RelasiInteraction) bad = relasi_interaction_new ();

      /* a failing write inside the batch leaves the rest alone */
      relasi_interaction_set_customer_id (bad, relasi_customer_get_id (c));
      relasi_interaction_set_summary (bad, "");
      g_assert_false (relasi_store_add_interaction (f->store, bad, NULL));
    }
  g_assert_cmpuint (log.count, ==, 0);
  g_assert_true (relasi_store_batch_commit (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (log.count, ==, 1);
  g_assert_cmpint (log.last & (RELASI_STORE_CHANGE_CUSTOMERS | RELASI_STORE_CHANGE_INTERACTIONS |
                               RELASI_STORE_CHANGE_REMINDERS), ==,
                   RELASI_STORE_CHANGE_CUSTOMERS | RELASI_STORE_CHANGE_INTERACTIONS | RELASI_STORE_CHANGE_REMINDERS);
  g_assert_true (relasi_store_get_counts (f->store, &counts, &error));
  g_assert_cmpint (counts.customers, ==, 50);
  g_assert_cmpint (counts.interactions, ==, 50);
  g_assert_cmpint (counts.reminders, ==, 50);

  /* a rolled back batch leaves nothing */
  g_assert_true (relasi_store_batch_begin (f->store, &error));
  g_object_unref (test_add_customer (f->store, "Never"));
  relasi_store_batch_rollback (f->store);
  g_assert_true (relasi_store_get_counts (f->store, &counts, &error));
  g_assert_cmpint (counts.customers, ==, 50);
  g_assert_cmpuint (log.count, ==, 1);
}

typedef struct {
  char             *data_dir;
  RelasiStore      *main_store;
  gint64            customer_id;
} WorkerData;

static void
worker_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  WorkerData *wd = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RelasiStore) worker = relasi_store_open_for_worker (wd->main_store, &error);
  g_autoptr(RelasiCustomer) c = NULL;

  if (worker == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  c = relasi_customer_new ();
  relasi_customer_set_name (c, "Added by a worker");
  if (!relasi_store_add_customer (worker, c, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_int (task, relasi_customer_get_id (c));
}

static void
worker_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  gint64 *out = user_data;
  g_autoptr(GError) error = NULL;

  *out = g_task_propagate_int (G_TASK (result), &error);
  g_assert_no_error (error);
}

static void
test_worker (Fixture *f, gconstpointer data)
{
  WorkerData wd = { f->dir, f->store, 0 };
  g_autoptr(GTask) task = g_task_new (NULL, NULL, worker_done, &wd.customer_id);
  g_autoptr(RelasiCustomer) got = NULL;
  g_autoptr(GError) error = NULL;
  ChangeLog log = { 0 };

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), &log);
  g_task_set_task_data (task, &wd, NULL);
  g_task_run_in_thread (task, worker_thread);
  while (wd.customer_id == 0)
    g_main_context_iteration (NULL, TRUE);

  got = relasi_store_get_customer (f->store, wd.customer_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (relasi_customer_get_name (got), ==, "Added by a worker");
  relasi_store_notify_external_change (f->store, RELASI_STORE_CHANGE_CUSTOMERS);
  g_assert_cmpuint (log.count, ==, 1);
}

static void
test_summary (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) a = test_add_customer (f->store, "A");
  g_autoptr(RelasiCustomer) b = test_add_customer (f->store, "B");
  g_autoptr(RelasiCustomer) lost = test_add_customer (f->store, "C");
  g_autoptr(GError) error = NULL;
  RelasiStoreSummary s;

  g_autoptr(RelasiInteraction) complaint = NULL;
  gint64 complaint_id;

  complaint = test_log (f->store, relasi_customer_get_id (a), RELASI_INTERACTION_KIND_COMPLAINT, "Late");
  complaint_id = relasi_interaction_get_id (complaint);
  g_object_unref (test_log (f->store, relasi_customer_get_id (a), RELASI_INTERACTION_KIND_PURCHASE, "Rice"));
  g_object_unref (test_log (f->store, relasi_customer_get_id (b), RELASI_INTERACTION_KIND_PROMISE, "Call back"));
  g_assert_true (relasi_store_mark_customer_lost (f->store, relasi_customer_get_id (lost),
                                                  RELASI_ROOT_CAUSE_COMPETITOR, "Moved to the market", 0, &error));

  g_assert_true (relasi_store_get_summary (f->store, &s, &error));
  g_assert_no_error (error);
  g_assert_cmpint (s.active_customers, ==, 2);
  g_assert_cmpint (s.lost_customers, ==, 1);
  g_assert_cmpint (s.complaints_awaiting_answer, ==, 1);
  g_assert_cmpint (s.complaints_overdue, ==, 0);
  g_assert_cmpint (s.oldest_complaint_opened_at, ==, T0);
  g_assert_cmpint (s.overdue_thank_yous, ==, 0);
  g_assert_cmpint (s.promises_due_soon, ==, 1);
  g_assert_cmpint (s.open_cases, ==, 2);

  relasi_clock_advance (70 * DAY);
  g_assert_true (relasi_store_get_summary (f->store, &s, &error));
  g_assert_cmpint (s.complaints_overdue, ==, 1);
  g_assert_cmpint (s.overdue_thank_yous, ==, 1);
  g_assert_cmpint (s.promises_overdue, ==, 1);
  g_assert_cmpint (s.drifting_customers, ==, 2);
  g_assert_cmpint (s.health_good + s.health_fair + s.health_poor, ==, 2);
  g_assert_cmpint (s.health_good, ==, 0);

  /* what is in the trash is not counted: a customer takes its complaint, case and
   * thank-you along; an entry its case */
  g_assert_true (relasi_store_delete_customer (f->store, relasi_customer_get_id (a), &error));
  g_assert_true (relasi_store_get_summary (f->store, &s, &error));
  g_assert_cmpint (s.complaints_awaiting_answer, ==, 0);
  g_assert_cmpint (s.complaints_overdue, ==, 0);
  g_assert_cmpint (s.overdue_thank_yous, ==, 0);
  g_assert_cmpint (s.open_cases, ==, 1);
  g_assert_true (relasi_store_undelete_customer (f->store, relasi_customer_get_id (a), &error));
  g_assert_true (relasi_store_get_summary (f->store, &s, &error));
  g_assert_cmpint (s.complaints_awaiting_answer, ==, 1);
  g_assert_cmpint (s.overdue_thank_yous, ==, 1);
  g_assert_cmpint (s.open_cases, ==, 2);
  g_assert_true (relasi_store_delete_interaction (f->store, complaint_id, &error));
  g_assert_true (relasi_store_get_summary (f->store, &s, &error));
  g_assert_no_error (error);
  g_assert_cmpint (s.complaints_awaiting_answer, ==, 0);
  g_assert_cmpint (s.open_cases, ==, 1);
  g_assert_cmpint (s.overdue_thank_yous, ==, 1);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/store/customers", test_customers);
  ADD ("/store/interactions", test_interactions);
  ADD ("/store/reminders", test_reminders);
  ADD ("/store/cases", test_cases);
  ADD ("/store/backups", test_backups);
  ADD ("/store/batch-and-signals", test_batch_and_signals);
  ADD ("/store/worker", test_worker);
  ADD ("/store/summary", test_summary);
#undef ADD

  return g_test_run ();
}
