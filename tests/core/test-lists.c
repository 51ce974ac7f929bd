/* test-lists.c — the paged list models: counts, random access, order, filters,
 * one ::items-changed per write
 *
 * RELASI_LIST_ROWS=1000000 ./test-lists -p /lists/scale measures page reads on a big
 * journal (figures only, no timing asserts).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include "relasi-clock.h"
#include "relasi-customer-list.h"
#include "relasi-journal-list.h"
#include "relasi-test-util.h"

typedef struct {
  guint n_signals;
  guint position, removed, added;
} ItemsChanged;

static void
on_items_changed (GListModel *model, guint position, guint removed, guint added, ItemsChanged *log)
{
  log->n_signals++;
  log->position = position;
  log->removed = removed;
  log->added = added;
}

static gint64
item_id (GListModel *model, guint position)
{
  g_autoptr(RelasiInteraction) i = g_list_model_get_item (model, position);

  g_assert_nonnull (i);
  return relasi_interaction_get_id (i);
}

static void
fill (RelasiStore *store, guint n_customers, guint n_entries, GArray *customer_ids)
{
  g_autoptr(GError) error = NULL;
  static const char *const names[] = { "budi", "Siti", "agus", "Dewi", "eko", "Fitri", "Gita", "hadi" };

  g_assert_true (relasi_store_batch_begin (store, &error));
  for (guint c = 0; c < n_customers; c++)
    {
      g_autofree char *name = g_strdup_printf ("%s %03u", names[c % G_N_ELEMENTS (names)], c);
      g_autoptr(RelasiCustomer) customer = test_add_customer (store, name);
      gint64 id = relasi_customer_get_id (customer);

      g_array_append_val (customer_ids, id);
    }
  for (guint e = 0; e < n_entries; e++)
    {
      g_autoptr(RelasiInteraction) i = relasi_interaction_new ();
      g_autofree char *summary = g_strdup_printf ("Entry %u", e);

      relasi_interaction_set_customer_id (i, g_array_index (customer_ids, gint64, e % n_customers));
      relasi_interaction_set_kind (i, e % 3 == 0 ? RELASI_INTERACTION_KIND_CALL : RELASI_INTERACTION_KIND_NOTE);
      relasi_interaction_set_summary (i, summary);
      relasi_interaction_set_sentiment (i, (int) (e % 5) - 2);
      /* many entries share a time: the id breaks the tie across page boundaries */
      relasi_interaction_set_occurred_at (i, T0 - (gint64) (e / 7) * 3600);
      g_assert_true (relasi_store_add_interaction (store, i, &error));
    }
  g_assert_true (relasi_store_batch_commit (store, &error));
  g_assert_no_error (error);
}

static void
test_journal (Fixture *f, gconstpointer data)
{
  g_autoptr(GArray) customers = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(RelasiJournalList) list = NULL;
  g_autoptr(GArray) sequential = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  GListModel *model;
  ItemsChanged log = { 0 };
  const guint N = 1234;
  gint64 prev_time = G_MAXINT64, prev_id = G_MAXINT64;

  fill (f->store, 10, N, customers);
  list = relasi_journal_list_new (f->store);
  model = G_LIST_MODEL (list);
  g_assert_true (g_list_model_get_item_type (model) == RELASI_TYPE_INTERACTION);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N);

  /* jump to the end first, then the start, then the middle */
  g_assert_cmpint (item_id (model, N - 1), ==, 1233);   /* entry 1232: the oldest hour, the lower id */
  g_assert_cmpint (item_id (model, 0), >, 0);
  g_assert_cmpint (item_id (model, N / 2), >, 0);
  g_assert_null (g_list_model_get_item (model, N));

  /* every row once, in order: newest first, ties by id */
  for (guint p = 0; p < N; p++)
    {
      g_autoptr(RelasiInteraction) i = g_list_model_get_item (model, p);
      gint64 t = relasi_interaction_get_occurred_at (i);
      gint64 id = relasi_interaction_get_id (i);

      g_assert_true (t < prev_time || (t == prev_time && id < prev_id));
      g_assert_cmpstr (relasi_interaction_get_customer_name (i), !=, "");
      prev_time = t;
      prev_id = id;
      g_array_append_val (sequential, id);
    }
  /* random access gives the same rows as reading in order */
  for (int k = 0; k < 500; k++)
    {
      guint p = g_random_int_range (0, N);

      g_assert_cmpint (item_id (model, p), ==, g_array_index (sequential, gint64, p));
    }

  /* one ::items-changed per committed write */
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &log);
  g_object_unref (test_log (f->store, g_array_index (customers, gint64, 0), RELASI_INTERACTION_KIND_CALL, "New"));
  g_assert_cmpuint (log.n_signals, ==, 1);
  g_assert_cmpuint (log.removed, ==, N);
  g_assert_cmpuint (log.added, ==, N + 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N + 1);
  g_assert_true (relasi_store_delete_interaction (f->store, item_id (model, 0), &error));
  g_assert_cmpuint (log.n_signals, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N);
  /* a batch is one signal */
  g_assert_true (relasi_store_batch_begin (f->store, &error));
  for (int k = 0; k < 5; k++)
    g_object_unref (test_log (f->store, g_array_index (customers, gint64, 1), RELASI_INTERACTION_KIND_NOTE, "b"));
  g_assert_true (relasi_store_batch_commit (f->store, &error));
  g_assert_cmpuint (log.n_signals, ==, 3);
  g_assert_cmpuint (log.added, ==, N + 5);

  /* filters */
  relasi_journal_list_set_customer_id (list, g_array_index (customers, gint64, 0));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, (N + 9) / 10);
  relasi_journal_list_set_customer_id (list, 0);
  relasi_journal_list_set_kinds (list, RELASI_KIND_BIT (RELASI_INTERACTION_KIND_CALL));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, (N + 2) / 3);
  relasi_journal_list_set_kinds (list, RELASI_KIND_BIT (RELASI_INTERACTION_KIND_CALL) |
                                       RELASI_KIND_BIT (RELASI_INTERACTION_KIND_NOTE));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N + 5);
  relasi_journal_list_set_kinds (list, 0);
  relasi_journal_list_set_time_range (list, T0 - 10 * 3600 + 1, relasi_clock_now () + 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 10 * 7 + 5);
  relasi_journal_list_set_time_range (list, 0, 0);
  relasi_journal_list_set_search_text (list, "entry 12");
  g_assert_cmpuint (g_list_model_get_n_items (model), >=, 1);
  relasi_journal_list_set_search_text (list, NULL);

  /* moods: each row shown has one of the moods asked for; the five moods part the journal */
  {
    guint total = g_list_model_get_n_items (model), sum = 0;

    for (int mood = -2; mood <= 2; mood++)
      {
        relasi_journal_list_set_sentiments (list, RELASI_SENTIMENT_BIT (mood));
        for (guint p = 0; p < g_list_model_get_n_items (model); p++)
          {
            g_autoptr(RelasiInteraction) i = g_list_model_get_item (model, p);

            g_assert_cmpint (relasi_interaction_get_sentiment (i), ==, mood);
          }
        sum += g_list_model_get_n_items (model);
      }
    g_assert_cmpuint (sum, ==, total);
    relasi_journal_list_set_sentiments (list, RELASI_SENTIMENT_BIT (-2) | RELASI_SENTIMENT_BIT (2));
    g_assert_cmpuint (g_list_model_get_n_items (model), >, total / 5);
    g_assert_cmpuint (g_list_model_get_n_items (model), <, total / 2);
    relasi_journal_list_set_sentiments (list, RELASI_SENTIMENT_ALL);
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, total);
    relasi_journal_list_set_sentiments (list, 0);
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, total);
  }

  /* open items only: a promise, a complaint; closing them empties the list */
  relasi_journal_list_set_open_only (list, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  {
    g_autoptr(RelasiInteraction) promise = test_log (f->store, g_array_index (customers, gint64, 2),
                                                     RELASI_INTERACTION_KIND_PROMISE, "Send the brochure");
    g_autoptr(RelasiInteraction) complaint = test_log (f->store, g_array_index (customers, gint64, 2),
                                                       RELASI_INTERACTION_KIND_COMPLAINT, "Rude driver");
    g_autoptr(GPtrArray) cases = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
    g_assert_true (relasi_store_keep_promise (f->store, relasi_interaction_get_id (promise), &error));
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
    cases = relasi_store_list_cases (f->store, RELASI_CASE_FILTER_OPEN, 0, &error);
    g_assert_true (relasi_store_resolve_case (f->store, relasi_case_get_id (g_ptr_array_index (cases, 0)), 0, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  }

  /* a customer in the trash takes their journal along */
  relasi_journal_list_set_open_only (list, FALSE);
  g_assert_true (relasi_store_delete_customer (f->store, g_array_index (customers, gint64, 3), &error));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N + 5 + 2 - (N + 6) / 10);
}

static void
test_customers (Fixture *f, gconstpointer data)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(RelasiCustomerList) list = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *model;
  ItemsChanged log = { 0 };
  const guint N = 260;

  fill (f->store, N, 0, ids);
  list = relasi_customer_list_new (f->store);
  model = G_LIST_MODEL (list);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N);

  /* by name, case-insensitive */
  for (guint p = 1; p < N; p++)
    {
      g_autoptr(RelasiCustomer) a = g_list_model_get_item (model, p - 1);
      g_autoptr(RelasiCustomer) b = g_list_model_get_item (model, p);

      g_assert_cmpint (g_ascii_strcasecmp (relasi_customer_get_name (a), relasi_customer_get_name (b)), <=, 0);
    }

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &log);

  /* contact: the most recent first */
  g_object_unref (test_log (f->store, g_array_index (ids, gint64, 42), RELASI_INTERACTION_KIND_CALL, "Hi"));
  g_assert_cmpuint (log.n_signals, ==, 1);
  relasi_customer_list_set_sort (list, RELASI_CUSTOMER_SORT_LAST_CONTACT_RECENT);
  {
    g_autoptr(RelasiCustomer) first = g_list_model_get_item (model, 0);

    g_assert_cmpint (relasi_customer_get_id (first), ==, g_array_index (ids, gint64, 42));
  }
  relasi_customer_list_set_sort (list, RELASI_CUSTOMER_SORT_LAST_CONTACT_OLDEST);
  {
    g_autoptr(RelasiCustomer) last = g_list_model_get_item (model, N - 1);

    g_assert_cmpint (relasi_customer_get_id (last), ==, g_array_index (ids, gint64, 42));
  }

  /* health: the worst first; needs care */
  g_object_unref (test_log (f->store, g_array_index (ids, gint64, 7), RELASI_INTERACTION_KIND_COMPLAINT, "Bad"));
  g_object_unref (test_log (f->store, g_array_index (ids, gint64, 7), RELASI_INTERACTION_KIND_MISTAKE, "Oops"));
  relasi_customer_list_set_sort (list, RELASI_CUSTOMER_SORT_HEALTH);
  {
    g_autoptr(RelasiCustomer) first = g_list_model_get_item (model, 0);

    g_assert_cmpint (relasi_customer_get_id (first), ==, g_array_index (ids, gint64, 7));
    g_assert_cmpint (relasi_customer_get_health (first), <, 70);
  }
  relasi_customer_list_set_filter (list, RELASI_CUSTOMER_FILTER_NEEDS_CARE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  /* lost, drifting, trash */
  g_assert_true (relasi_store_mark_customer_lost (f->store, g_array_index (ids, gint64, 9),
                                                  RELASI_ROOT_CAUSE_PRICE, "", 0, &error));
  relasi_customer_list_set_filter (list, RELASI_CUSTOMER_FILTER_LOST);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  relasi_clock_advance (61 * DAY);
  relasi_customer_list_set_filter (list, RELASI_CUSTOMER_FILTER_DRIFTING);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N - 1);
  g_assert_true (relasi_store_delete_customer (f->store, g_array_index (ids, gint64, 0), &error));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N - 2);
  relasi_customer_list_set_filter (list, RELASI_CUSTOMER_FILTER_TRASH);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  relasi_customer_list_set_filter (list, RELASI_CUSTOMER_FILTER_ALL);
  relasi_customer_list_set_search_text (list, "siti");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, N / 8 + (N % 8 > 1));
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
test_scale (Fixture *f, gconstpointer data)
{
  const char *env = g_getenv ("RELASI_LIST_ROWS");
  guint rows = env != NULL ? (guint) g_ascii_strtoull (env, NULL, 10) : 5000;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(RelasiJournalList) list = NULL;
  g_autofree char *insert = NULL;
  sqlite3 *db = NULL;
  gint64 start;
  guint n;

  fill (f->store, 1000, 0, ids);
  start = g_get_monotonic_time ();
  g_assert_cmpint (sqlite3_open (relasi_store_get_path (f->store), &db), ==, SQLITE_OK);
  insert = g_strdup_printf ("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < %u)"
                            " INSERT INTO interactions (customer_id, kind, occurred_at, summary, created_at, updated_at)"
                            " SELECT %" G_GINT64_FORMAT " + x %% 1000, 'note', %" G_GINT64_FORMAT " - x * 37,"
                            " 'Scaled entry ' || x, %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT " FROM n",
                            rows, g_array_index (ids, gint64, 0), T0, T0, T0);
  g_assert_cmpint (sqlite3_exec (db, insert, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_test_message ("inserted %u rows in %.0f ms", rows, ms_since (start));

  start = g_get_monotonic_time ();
  list = relasi_journal_list_new (f->store);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_test_message ("count: %u rows in %.2f ms", n, ms_since (start));
  g_assert_cmpuint (n, ==, rows);

  start = g_get_monotonic_time ();
  g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), 0));
  g_test_message ("first page: %.2f ms", ms_since (start));
  start = g_get_monotonic_time ();
  g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), n / 2));
  g_test_message ("jump to the middle, first time (walks the keys): %.2f ms", ms_since (start));
  start = g_get_monotonic_time ();
  g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), n - 1));
  g_test_message ("jump to the end, first time: %.2f ms", ms_since (start));
  {
    double worst = 0;

    for (int k = 0; k < 200; k++)
      {
        guint p = g_random_int_range (0, n);
        double t;

        start = g_get_monotonic_time ();
        g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), p - p % 100 + (p % 100 == 99 ? 0 : 1)));
        t = ms_since (start);
        worst = MAX (worst, t);
      }
    g_test_message ("random pages once the boundaries are known: worst %.2f ms", worst);
  }
  relasi_journal_list_set_search_text (list, "entry 4");
  start = g_get_monotonic_time ();
  relasi_journal_list_set_search_text (list, "scaled 77");
  g_test_message ("search \"scaled 77\": %u rows, %.2f ms", g_list_model_get_n_items (G_LIST_MODEL (list)),
                  ms_since (start));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/lists/journal", test_journal);
  ADD ("/lists/customers", test_customers);
  ADD ("/lists/scale", test_scale);
#undef ADD

  return g_test_run ();
}
