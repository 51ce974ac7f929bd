/* test-reminder-titles.c — the titles of the reminders Relasi makes follow the
 * customer's name and the entry's summary as they are now; a title a person typed stays
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "relasi-clock.h"
#include "relasi-store-checkins.h"
#include "relasi-store-dashboard.h"
#include "relasi-store-reminder-edit.h"
#include "relasi-test-util.h"

/* The only open reminder of @kind of the customer. */
static RelasiReminder *
open_one (RelasiStore *store, gint64 customer_id, RelasiReminderKind kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = relasi_store_list_reminders (store, RELASI_REMINDER_FILTER_OPEN, customer_id, &error);
  RelasiReminder *found = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < all->len; i++)
    if (relasi_reminder_get_kind (g_ptr_array_index (all, i)) == kind)
      {
        g_assert_null (found);
        found = g_object_ref (g_ptr_array_index (all, i));
      }
  g_assert_nonnull (found);
  return found;
}

static void
rename_customer (RelasiStore *store, RelasiCustomer *customer, const char *name)
{
  g_autoptr(GError) error = NULL;

  relasi_customer_set_name (customer, name);
  g_assert_true (relasi_store_update_customer (store, customer, &error));
  g_assert_no_error (error);
}

static void
assert_title (RelasiStore *store, gint64 id, const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelasiReminder) r = relasi_store_get_reminder (store, id, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (relasi_reminder_get_title (r), ==, expected);
}

/* A purchase's thank-you and a check-in show the customer's new name, in the lists, in
 * one reminder read alone and on the dashboard. A reminder a person added keeps its
 * title, even one that reads like an automatic one. */
static void
test_rename (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) ani = test_add_customer (f->store, "Bu Ani");
  g_autoptr(RelasiCustomer) budi = test_add_customer (f->store, "Pak Budi");
  g_autoptr(RelasiReminder) thanks = NULL;
  g_autoptr(RelasiReminder) checkin = NULL;
  g_autoptr(RelasiReminder) custom = relasi_reminder_new ();
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GError) error = NULL;
  RelasiDashboardUrgent urgent;

  g_assert_true (relasi_store_set_rules (f->store, 2, 24, 30, &error));
  g_object_unref (test_log (f->store, relasi_customer_get_id (ani), RELASI_INTERACTION_KIND_PURCHASE, "Wedding cake"));
  thanks = open_one (f->store, relasi_customer_get_id (ani), RELASI_REMINDER_KIND_THANK_YOU);
  g_assert_cmpstr (relasi_reminder_get_title (thanks), ==, "Thank Bu Ani for the purchase");
  g_assert_true (relasi_reminder_get_title_auto (thanks));

  relasi_reminder_set_kind (custom, RELASI_REMINDER_KIND_CUSTOM);
  relasi_reminder_set_customer_id (custom, relasi_customer_get_id (budi));
  relasi_reminder_set_title (custom, "Get in touch with Pak Budi");
  relasi_reminder_set_due_at (custom, T0 + 40 * DAY);
  g_assert_true (relasi_store_add_reminder (f->store, custom, &error));
  g_assert_no_error (error);

  relasi_clock_advance (35 * DAY);
  g_assert_true (relasi_store_sync_checkins (f->store, NULL, NULL, &error));
  g_assert_no_error (error);
  checkin = open_one (f->store, relasi_customer_get_id (budi), RELASI_REMINDER_KIND_CHECK_IN);
  g_assert_cmpstr (relasi_reminder_get_title (checkin), ==, "Get in touch with Pak Budi");
  g_assert_true (relasi_reminder_get_title_auto (checkin));

  rename_customer (f->store, ani, "Bu Ani Wijaya");
  rename_customer (f->store, budi, "Pak Budi Santoso");

  assert_title (f->store, relasi_reminder_get_id (thanks), "Thank Bu Ani Wijaya for the purchase");
  assert_title (f->store, relasi_reminder_get_id (checkin), "Get in touch with Pak Budi Santoso");
  assert_title (f->store, relasi_reminder_get_id (custom), "Get in touch with Pak Budi");
  due = relasi_store_list_reminders (f->store, RELASI_REMINDER_FILTER_DUE, relasi_customer_get_id (ani), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 2);     /* the thank-you and Ani's own check-in */
  for (guint i = 0; i < due->len; i++)
    g_assert_nonnull (strstr (relasi_reminder_get_title (g_ptr_array_index (due, i)), "Bu Ani Wijaya"));

  g_assert_true (relasi_store_get_dashboard_urgent (f->store, relasi_clock_now () + DAY, &urgent, &error));
  g_assert_no_error (error);
  g_assert_cmpint (urgent.oldest_thank_you.id, ==, relasi_reminder_get_id (thanks));
  g_assert_cmpstr (urgent.oldest_thank_you.text, ==, "Thank Bu Ani Wijaya for the purchase");
  g_assert_cmpint (urgent.first_reminder.id, ==, relasi_reminder_get_id (thanks));
  g_assert_cmpstr (urgent.first_reminder.text, ==, "Thank Bu Ani Wijaya for the purchase");
  relasi_dashboard_urgent_clear (&urgent);
}

/* A complaint's and a promise's reminders show the entry's summary as it is now. */
static void
test_summary_edit (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) sari = test_add_customer (f->store, "Ibu Sari");
  gint64 cid = relasi_customer_get_id (sari);
  g_autoptr(RelasiInteraction) complaint = NULL;
  g_autoptr(RelasiInteraction) promise = NULL;
  g_autoptr(RelasiReminder) answer = NULL;
  g_autoptr(RelasiReminder) keep = NULL;
  g_autoptr(GError) error = NULL;

  complaint = test_log (f->store, cid, RELASI_INTERACTION_KIND_COMPLAINT, "The cream was sour");
  promise = test_log (f->store, cid, RELASI_INTERACTION_KIND_PROMISE, "A free cake next time");
  answer = open_one (f->store, cid, RELASI_REMINDER_KIND_COMPLAINT_ANSWER);
  keep = open_one (f->store, cid, RELASI_REMINDER_KIND_PROMISE);
  g_assert_cmpstr (relasi_reminder_get_title (answer), ==, "Answer the complaint of Ibu Sari: The cream was sour");
  g_assert_cmpstr (relasi_reminder_get_title (keep), ==, "Keep the promise to Ibu Sari: A free cake next time");

  relasi_interaction_set_summary (complaint, "The cream of the wedding cake was sour");
  g_assert_true (relasi_store_update_interaction (f->store, complaint, &error));
  g_assert_no_error (error);
  relasi_interaction_set_summary (promise, "A free birthday cake");
  g_assert_true (relasi_store_update_interaction (f->store, promise, &error));
  g_assert_no_error (error);

  assert_title (f->store, relasi_reminder_get_id (answer),
                "Answer the complaint of Ibu Sari: The cream of the wedding cake was sour");
  assert_title (f->store, relasi_reminder_get_id (keep), "Keep the promise to Ibu Sari: A free birthday cake");

  rename_customer (f->store, sari, "Ibu Sari Dewi");
  assert_title (f->store, relasi_reminder_get_id (keep), "Keep the promise to Ibu Sari Dewi: A free birthday cake");
}

/* Saving a reminder with the title it shows keeps it automatic; a title the person
 * changed stays as typed. */
static void
test_edited_title (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) ani = test_add_customer (f->store, "Bu Ani");
  g_autoptr(RelasiReminder) r = NULL;
  g_autoptr(RelasiReminder) got = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_object_unref (test_log (f->store, relasi_customer_get_id (ani), RELASI_INTERACTION_KIND_MEETING, "Tasting"));
  r = open_one (f->store, relasi_customer_get_id (ani), RELASI_REMINDER_KIND_THANK_YOU);
  id = relasi_reminder_get_id (r);
  g_assert_cmpstr (relasi_reminder_get_title (r), ==, "Thank Bu Ani for the meeting");

  /* only the time changes: still automatic */
  relasi_reminder_set_due_at (r, T0 + 5 * DAY);
  g_assert_true (relasi_store_update_reminder (f->store, r, &error));
  g_assert_no_error (error);
  rename_customer (f->store, ani, "Bu Ani Wijaya");
  got = relasi_store_get_reminder (f->store, id, &error);
  g_assert_cmpstr (relasi_reminder_get_title (got), ==, "Thank Bu Ani Wijaya for the meeting");
  g_assert_true (relasi_reminder_get_title_auto (got));

  /* the editor was opened before the rename (it shows the old name) and only the time
   * was changed: the title is still Relasi's and follows the name */
  relasi_reminder_set_title (r, relasi_reminder_get_title (r));   /* the same words */
  g_assert_true (relasi_reminder_get_title_auto (r));
  relasi_reminder_set_due_at (r, T0 + 6 * DAY);
  g_assert_true (relasi_store_update_reminder (f->store, r, &error));
  g_clear_object (&got);
  got = relasi_store_get_reminder (f->store, id, &error);
  g_assert_cmpstr (relasi_reminder_get_title (got), ==, "Thank Bu Ani Wijaya for the meeting");
  g_assert_true (relasi_reminder_get_title_auto (got));

  /* the person's own words stay, whatever the customer is called later */
  relasi_reminder_set_title (got, "Bring Bu Ani the photos of the tasting");
  g_assert_true (relasi_store_update_reminder (f->store, got, &error));
  g_assert_no_error (error);
  rename_customer (f->store, ani, "Ani");
  g_clear_object (&got);
  got = relasi_store_get_reminder (f->store, id, &error);
  g_assert_cmpstr (relasi_reminder_get_title (got), ==, "Bring Bu Ani the photos of the tasting");
  g_assert_false (relasi_reminder_get_title_auto (got));
}

/* The next occurrence of a repeating automatic reminder is automatic too. */
static void
test_recurring (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) ani = test_add_customer (f->store, "Bu Ani");
  gint64 cid = relasi_customer_get_id (ani);
  g_autoptr(RelasiReminder) r = NULL;
  g_autoptr(RelasiReminder) next = NULL;
  g_autoptr(GError) error = NULL;

  g_object_unref (test_log (f->store, cid, RELASI_INTERACTION_KIND_PURCHASE, "Wedding cake"));
  r = open_one (f->store, cid, RELASI_REMINDER_KIND_THANK_YOU);
  relasi_reminder_set_recurrence (r, RELASI_RECURRENCE_MONTHLY);
  g_assert_true (relasi_store_update_reminder (f->store, r, &error));
  g_assert_no_error (error);
  g_assert_true (relasi_store_complete_reminder (f->store, relasi_reminder_get_id (r), &error));
  g_assert_no_error (error);

  rename_customer (f->store, ani, "Bu Ani Wijaya");
  next = open_one (f->store, cid, RELASI_REMINDER_KIND_THANK_YOU);
  g_assert_cmpint (relasi_reminder_get_id (next), !=, relasi_reminder_get_id (r));
  g_assert_cmpint (relasi_reminder_get_recurrence (next), ==, RELASI_RECURRENCE_MONTHLY);
  g_assert_cmpstr (relasi_reminder_get_title (next), ==, "Thank Bu Ani Wijaya for the purchase");
  g_assert_true (relasi_reminder_get_title_auto (next));
}

int
main (int argc, char *argv[])
{
  g_setenv ("TZ", "Asia/Jakarta", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/reminder-titles/rename", test_rename);
  ADD ("/reminder-titles/summary-edit", test_summary_edit);
  ADD ("/reminder-titles/edited-title", test_edited_title);
  ADD ("/reminder-titles/recurring", test_recurring);

  return g_test_run ();
}
