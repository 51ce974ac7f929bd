/* test-customer-filters.c — the customer list's "what is owed" filters (the dashboard's
 * cards open them) and the open items counted per page of rows
 *
 * Each filter lists exactly the customers behind its dashboard figure, follows time
 * and the writes that settle an item, and hides what is in the trash.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "relasi-clock.h"
#include "relasi-customer-list.h"
#include "relasi-store-open-items.h"
#include "relasi-test-util.h"

static RelasiInteraction *
log_at (RelasiStore           *store,
        gint64                 customer_id,
        RelasiInteractionKind  kind,
        const char            *summary,
        gint64                 due_at)
{
  g_autoptr(GError) error = NULL;
  RelasiInteraction *i = relasi_interaction_new ();

  relasi_interaction_set_customer_id (i, customer_id);
  relasi_interaction_set_kind (i, kind);
  relasi_interaction_set_summary (i, summary);
  relasi_interaction_set_occurred_at (i, relasi_clock_now ());
  relasi_interaction_set_due_at (i, due_at);
  g_assert_true (relasi_store_add_interaction (store, i, &error));
  g_assert_no_error (error);
  return i;
}

/* The ids in @list, in order, as "1,2,3". */
static char *
ids_of (RelasiCustomerList *list)
{
  g_autoptr(GString) out = g_string_new (NULL);

  relasi_customer_list_reload (list);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(RelasiCustomer) c = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_string_append_printf (out, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", relasi_customer_get_id (c));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static RelasiCustomerList *
list_with (RelasiStore          *store,
           RelasiCustomerFilter  filter)
{
  RelasiCustomerList *list = relasi_customer_list_new (store);

  relasi_customer_list_set_filter (list, filter);
  return list;
}

static RelasiStoreSummary
summary_of (RelasiStore *store)
{
  g_autoptr(GError) error = NULL;
  RelasiStoreSummary s;

  g_assert_true (relasi_store_get_summary (store, &s, &error));
  g_assert_no_error (error);
  return s;
}

#define ASSERT_IDS(list, expected) \
  G_STMT_START { g_autofree char *_ids = ids_of (list); g_assert_cmpstr (_ids, ==, expected); } G_STMT_END

static void
test_filter_names (void)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (RELASI_TYPE_CUSTOMER_FILTER);
  const struct { const char *nick; RelasiCustomerFilter value; } names[] = {
    { "all", RELASI_CUSTOMER_FILTER_ALL },
    { "needs-care", RELASI_CUSTOMER_FILTER_NEEDS_CARE },
    { "drifting", RELASI_CUSTOMER_FILTER_DRIFTING },
    { "lost", RELASI_CUSTOMER_FILTER_LOST },
    { "awaiting-answer", RELASI_CUSTOMER_FILTER_AWAITING_ANSWER },
    { "thank-you-overdue", RELASI_CUSTOMER_FILTER_THANK_YOU_OVERDUE },
    { "promise-due", RELASI_CUSTOMER_FILTER_PROMISE_DUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GEnumValue *value = g_enum_get_value_by_nick (enum_class, names[i].nick);

      g_assert_nonnull (value);
      g_assert_cmpint (value->value, ==, names[i].value);
    }
}

static void
test_awaiting_answer (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) a = test_add_customer (f->store, "Ani");
  g_autoptr(RelasiCustomer) b = test_add_customer (f->store, "Bayu");
  g_autoptr(RelasiCustomer) c = test_add_customer (f->store, "Cici");
  g_autoptr(RelasiCustomerList) list = list_with (f->store, RELASI_CUSTOMER_FILTER_AWAITING_ANSWER);
  g_autoptr(RelasiInteraction) complaint_a = NULL;
  g_autoptr(RelasiInteraction) complaint_b = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;

  ASSERT_IDS (list, "");
  complaint_a = log_at (f->store, relasi_customer_get_id (a), RELASI_INTERACTION_KIND_COMPLAINT, "Roti basi", 0);
  complaint_b = log_at (f->store, relasi_customer_get_id (b), RELASI_INTERACTION_KIND_COMPLAINT, "Terlambat", 0);
  g_clear_object (&complaint_a);
  complaint_a = log_at (f->store, relasi_customer_get_id (a), RELASI_INTERACTION_KIND_COMPLAINT, "Kotak rusak", 0);
  g_object_unref (log_at (f->store, relasi_customer_get_id (c), RELASI_INTERACTION_KIND_PURCHASE, "Pesan kue", 0));

  /* each customer once, however many complaints; in name order */
  expected = g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT,
                              relasi_customer_get_id (a), relasi_customer_get_id (b));
  ASSERT_IDS (list, expected);
  g_assert_cmpint (summary_of (f->store).complaints_awaiting_answer, ==, 3);

  /* still awaiting once the answer deadline has passed */
  relasi_clock_advance (3 * DAY);
  ASSERT_IDS (list, expected);

  /* Bayu's complaint in the trash: hidden with it */
  g_assert_true (relasi_store_delete_interaction (f->store, relasi_interaction_get_id (complaint_b), &error));
  g_assert_no_error (error);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("%" G_GINT64_FORMAT, relasi_customer_get_id (a));
  ASSERT_IDS (list, expected);

  /* answering both of Ani's complaints takes her off */
  cases = relasi_store_list_cases (f->store, RELASI_CASE_FILTER_UNANSWERED, relasi_customer_get_id (a), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cases->len, ==, 2);
  g_assert_true (relasi_store_answer_case (f->store, relasi_case_get_id (g_ptr_array_index (cases, 0)), 0, &error));
  ASSERT_IDS (list, expected);
  g_assert_true (relasi_store_answer_case (f->store, relasi_case_get_id (g_ptr_array_index (cases, 1)), 0, &error));
  g_assert_no_error (error);
  ASSERT_IDS (list, "");
  g_assert_cmpint (summary_of (f->store).complaints_awaiting_answer, ==, 0);
}

static void
test_thank_you_overdue (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) a = test_add_customer (f->store, "Ani");
  g_autoptr(RelasiCustomer) b = test_add_customer (f->store, "Bayu");
  g_autoptr(RelasiCustomerList) list = list_with (f->store, RELASI_CUSTOMER_FILTER_THANK_YOU_OVERDUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *both = NULL;
  g_autofree char *only_b = NULL;

  g_object_unref (log_at (f->store, relasi_customer_get_id (a), RELASI_INTERACTION_KIND_PURCHASE, "Pesan kue", 0));
  g_object_unref (log_at (f->store, relasi_customer_get_id (b), RELASI_INTERACTION_KIND_MEETING, "Rapat menu", 0));

  /* owed, but not yet due */
  ASSERT_IDS (list, "");
  g_assert_cmpint (summary_of (f->store).overdue_thank_yous, ==, 0);

  relasi_clock_advance ((RELASI_DEFAULT_THANK_YOU_AFTER_DAYS + 1) * DAY);
  both = g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT, relasi_customer_get_id (a), relasi_customer_get_id (b));
  ASSERT_IDS (list, both);
  g_assert_cmpint (summary_of (f->store).overdue_thank_yous, ==, 2);

  /* a thank-you settles it */
  g_object_unref (log_at (f->store, relasi_customer_get_id (a), RELASI_INTERACTION_KIND_THANK_YOU, "Terima kasih", 0));
  only_b = g_strdup_printf ("%" G_GINT64_FORMAT, relasi_customer_get_id (b));
  ASSERT_IDS (list, only_b);

  /* a customer in the trash is not listed; back from the trash, listed again */
  g_assert_true (relasi_store_delete_customer (f->store, relasi_customer_get_id (b), &error));
  ASSERT_IDS (list, "");
  g_assert_true (relasi_store_undelete_customer (f->store, relasi_customer_get_id (b), &error));
  g_assert_no_error (error);
  ASSERT_IDS (list, only_b);
}

static void
test_promise_due (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) a = test_add_customer (f->store, "Ani");
  g_autoptr(RelasiCustomer) b = test_add_customer (f->store, "Bayu");
  g_autoptr(RelasiCustomer) c = test_add_customer (f->store, "Cici");
  g_autoptr(RelasiCustomerList) list = list_with (f->store, RELASI_CUSTOMER_FILTER_PROMISE_DUE);
  g_autoptr(RelasiInteraction) soon = NULL;
  g_autoptr(RelasiInteraction) later = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *only_a = NULL;
  g_autofree char *both = NULL;
  g_autofree char *only_b = NULL;
  RelasiStoreSummary s;

  soon = log_at (f->store, relasi_customer_get_id (a), RELASI_INTERACTION_KIND_PROMISE, "Kirim contoh",
                 relasi_clock_now () + 3 * DAY);
  later = log_at (f->store, relasi_customer_get_id (b), RELASI_INTERACTION_KIND_PROMISE, "Harga baru",
                  relasi_clock_now () + 20 * DAY);
  g_object_unref (log_at (f->store, relasi_customer_get_id (c), RELASI_INTERACTION_KIND_NOTE, "Catatan", 0));

  /* due within 7 days: Ani only */
  only_a = g_strdup_printf ("%" G_GINT64_FORMAT, relasi_customer_get_id (a));
  ASSERT_IDS (list, only_a);
  s = summary_of (f->store);
  g_assert_cmpint (s.promises_due_soon + s.promises_overdue, ==, 1);

  /* 14 days on: Ani's is overdue, Bayu's due within the week */
  relasi_clock_advance (14 * DAY);
  both = g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT, relasi_customer_get_id (a), relasi_customer_get_id (b));
  ASSERT_IDS (list, both);
  s = summary_of (f->store);
  g_assert_cmpint (s.promises_overdue, ==, 1);
  g_assert_cmpint (s.promises_due_soon, ==, 1);

  /* kept: no longer due */
  g_assert_true (relasi_store_keep_promise (f->store, relasi_interaction_get_id (soon), &error));
  g_assert_no_error (error);
  only_b = g_strdup_printf ("%" G_GINT64_FORMAT, relasi_customer_get_id (b));
  ASSERT_IDS (list, only_b);

  /* the promise in the trash: hidden */
  g_assert_true (relasi_store_delete_interaction (f->store, relasi_interaction_get_id (later), &error));
  ASSERT_IDS (list, "");
}

static void
test_open_items (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) a = test_add_customer (f->store, "Ani");
  g_autoptr(RelasiCustomer) b = test_add_customer (f->store, "Bayu");
  g_autoptr(RelasiCustomer) c = test_add_customer (f->store, "Cici");
  g_autoptr(GArray) items = NULL;
  g_autoptr(GError) error = NULL;
  gint64 ids[4];
  RelasiOpenItems *item;

  g_object_unref (log_at (f->store, relasi_customer_get_id (a), RELASI_INTERACTION_KIND_COMPLAINT, "Roti basi", 0));
  g_object_unref (log_at (f->store, relasi_customer_get_id (a), RELASI_INTERACTION_KIND_COMPLAINT, "Kotak rusak", 0));
  g_object_unref (log_at (f->store, relasi_customer_get_id (a), RELASI_INTERACTION_KIND_PURCHASE, "Pesan kue", 0));
  g_object_unref (log_at (f->store, relasi_customer_get_id (b), RELASI_INTERACTION_KIND_PROMISE, "Kirim contoh",
          relasi_clock_now () + 2 * DAY));
  g_object_unref (log_at (f->store, relasi_customer_get_id (b), RELASI_INTERACTION_KIND_PROMISE, "Harga baru",
          relasi_clock_now () + 30 * DAY));

  /* in the order asked, an unknown id with zeros */
  ids[0] = relasi_customer_get_id (c);
  ids[1] = relasi_customer_get_id (a);
  ids[2] = 999999;
  ids[3] = relasi_customer_get_id (b);
  items = relasi_store_count_open_items (f->store, ids, G_N_ELEMENTS (ids), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 4);

  item = &g_array_index (items, RelasiOpenItems, 0);
  g_assert_cmpint (item->customer_id, ==, ids[0]);
  g_assert_cmpuint (item->complaints_awaiting_answer + item->promises_due + item->thank_yous_owed, ==, 0);

  item = &g_array_index (items, RelasiOpenItems, 1);
  g_assert_cmpint (item->customer_id, ==, ids[1]);
  g_assert_cmpuint (item->complaints_awaiting_answer, ==, 2);
  g_assert_cmpuint (item->thank_yous_owed, ==, 1);
  g_assert_cmpuint (item->thank_yous_overdue, ==, 0);
  g_assert_cmpuint (item->promises_due, ==, 0);

  item = &g_array_index (items, RelasiOpenItems, 2);
  g_assert_cmpint (item->customer_id, ==, 999999);
  g_assert_cmpuint (item->complaints_awaiting_answer + item->promises_due + item->thank_yous_owed, ==, 0);

  item = &g_array_index (items, RelasiOpenItems, 3);
  g_assert_cmpuint (item->promises_due, ==, 1);     /* the one due in 30 days is not due yet */
  g_clear_pointer (&items, g_array_unref);

  /* later: the thank-you is overdue, both promises due */
  relasi_clock_advance (25 * DAY);
  items = relasi_store_count_open_items (f->store, ids, G_N_ELEMENTS (ids), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_array_index (items, RelasiOpenItems, 1).thank_yous_overdue, ==, 1);
  g_assert_cmpuint (g_array_index (items, RelasiOpenItems, 3).promises_due, ==, 2);
  g_clear_pointer (&items, g_array_unref);

  /* nothing asked, nothing answered */
  items = relasi_store_count_open_items (f->store, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 0);
}

/* A page of a big list: one query however many rows (figures only). */
static void
test_open_items_page (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) items = NULL;
  gint64 started;

  g_assert_true (relasi_store_batch_begin (f->store, &error));
  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *name = g_strdup_printf ("Pelanggan %04u", i);
      g_autoptr(RelasiCustomer) c = test_add_customer (f->store, name);
      gint64 id = relasi_customer_get_id (c);

      g_array_append_val (ids, id);
      if (i % 3 == 0)
        g_object_unref (log_at (f->store, id, RELASI_INTERACTION_KIND_PURCHASE, "Pesan", 0));
    }
  g_assert_true (relasi_store_batch_commit (f->store, &error));

  started = g_get_monotonic_time ();
  items = relasi_store_count_open_items (f->store, (gint64 *) (gpointer) ids->data + 1000, 100, &error);
  g_assert_no_error (error);
  g_test_message ("open items of 100 rows among 2000 customers: %.2f ms",
                  (g_get_monotonic_time () - started) / 1000.0);
  g_assert_cmpuint (items->len, ==, 100);
  for (guint i = 0; i < 100; i++)
    g_assert_cmpuint (g_array_index (items, RelasiOpenItems, i).thank_yous_owed, ==, (1000 + i) % 3 == 0 ? 1 : 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/customer-filters/names", test_filter_names);
  g_test_add ("/customer-filters/awaiting-answer", Fixture, NULL, fixture_setup, test_awaiting_answer, fixture_teardown);
  g_test_add ("/customer-filters/thank-you-overdue", Fixture, NULL, fixture_setup, test_thank_you_overdue, fixture_teardown);
  g_test_add ("/customer-filters/promise-due", Fixture, NULL, fixture_setup, test_promise_due, fixture_teardown);
  g_test_add ("/customer-filters/open-items", Fixture, NULL, fixture_setup, test_open_items, fixture_teardown);
  g_test_add ("/customer-filters/open-items-page", Fixture, NULL, fixture_setup, test_open_items_page, fixture_teardown);

  return g_test_run ();
}
