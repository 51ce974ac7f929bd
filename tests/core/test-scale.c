/* test-scale.c — what keeps the store fast at size stays correct: search indexing
 * deferred to the end of a batch, the kept counts, and page jumps through them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include "relasi-clock.h"
#include "relasi-customer-list.h"
#include "relasi-journal-list.h"
#include "relasi-test-util.h"

/* ---- helpers ------------------------------------------------------------------ */

static sqlite3 *
open_side (Fixture *f)
{
  g_autofree char *path = g_build_filename (f->dir, "relasi.db", NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (db, 5000);
  return db;
}

static gint64
side_int (sqlite3 *db, const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static void
side_exec (sqlite3 *db, const char *sql)
{
  char *msg = NULL;
  int rc = sqlite3_exec (db, sql, NULL, NULL, &msg);

  if (rc != SQLITE_OK)
    g_error ("%s: %s", sql, msg);
}

typedef struct {
  guint n_signals;
  guint position, removed, added;
} ItemsLog;

static void
on_items_changed (GListModel *model, guint position, guint removed, guint added, ItemsLog *log)
{
  log->n_signals++;
  log->position = position;
  log->removed = removed;
  log->added = added;
}

/* The full-text indexes hold exactly the rows of their tables, with their text. */
static void
assert_fts_sound (Fixture *f)
{
  sqlite3 *db = open_side (f);

  side_exec (db, "INSERT INTO interactions_fts (interactions_fts) VALUES ('integrity-check')");
  side_exec (db, "INSERT INTO customers_fts (customers_fts) VALUES ('integrity-check')");
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM interactions_fts"), ==,
                   side_int (db, "SELECT count(*) FROM interactions"));
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM customers_fts"), ==,
                   side_int (db, "SELECT count(*) FROM customers"));
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM interactions i JOIN interactions_fts f ON f.rowid = (i.occurred_at << 30 | i.id)"
                                 " JOIN customers c ON c.id = i.customer_id"
                                 " WHERE f.summary IS NOT i.summary OR f.details IS NOT i.details"
                                 " OR f.customer_name IS NOT c.name"), ==, 0);
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM customers c JOIN customers_fts f ON f.rowid = c.id"
                                 " WHERE f.name IS NOT c.name OR f.notes IS NOT c.notes"), ==, 0);
  /* no batch is left deferring */
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM meta WHERE key LIKE 'fts_deferred_%'"
                                 " AND value = 9223372036854775807"), ==, 2);
  sqlite3_close (db);
}

static guint
journal_matches (RelasiStore *store, const char *text)
{
  g_autoptr(RelasiJournalList) list = relasi_journal_list_new (store);

  relasi_journal_list_set_search_text (list, text);
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

static guint
customer_matches (RelasiStore *store, const char *text)
{
  g_autoptr(RelasiCustomerList) list = relasi_customer_list_new (store);

  relasi_customer_list_set_search_text (list, text);
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

/* ---- search indexing in batches -------------------------------------------------- */

static void
test_fts_batch (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelasiCustomer) before = test_add_customer (f->store, "Ani Sebelum");
  g_autoptr(RelasiInteraction) old = test_log (f->store, relasi_customer_get_id (before),
                                               RELASI_INTERACTION_KIND_CALL, "telepon lama");
  g_autoptr(RelasiCustomer) renamed = NULL;
  g_autoptr(RelasiInteraction) edited = NULL;
  g_autoptr(RelasiInteraction) purged = NULL;

  g_assert_true (relasi_store_batch_begin (f->store, &error));
  renamed = test_add_customer (f->store, "Budi Dalam");
  for (guint n = 0; n < 50; n++)
    {
      g_autoptr(RelasiInteraction) i = test_log (f->store, relasi_customer_get_id (renamed),
                                                 n % 2 ? RELASI_INTERACTION_KIND_PURCHASE : RELASI_INTERACTION_KIND_NOTE,
                                                 "kue lapis legit");
    }
  edited = test_log (f->store, relasi_customer_get_id (renamed), RELASI_INTERACTION_KIND_NOTE, "draf pertama");
  purged = test_log (f->store, relasi_customer_get_id (renamed), RELASI_INTERACTION_KIND_NOTE, "salah ketik");
  /* written in the batch and changed in it: indexed as it is at the end */
  relasi_interaction_set_summary (edited, "versi akhir");
  g_assert_true (relasi_store_update_interaction (f->store, edited, &error));
  relasi_customer_set_name (renamed, "Budi Setelah");
  g_assert_true (relasi_store_update_customer (f->store, renamed, &error));
  g_assert_true (relasi_store_purge_interaction (f->store, relasi_interaction_get_id (purged), &error));
  /* an older row changed inside the batch keeps its index entry up to date */
  relasi_interaction_set_summary (old, "telepon baru");
  g_assert_true (relasi_store_update_interaction (f->store, old, &error));
  g_assert_true (relasi_store_batch_commit (f->store, &error));
  g_assert_no_error (error);

  assert_fts_sound (f);
  g_assert_cmpuint (journal_matches (f->store, "lapis"), ==, 50);
  g_assert_cmpuint (journal_matches (f->store, "setelah"), ==, 51);
  g_assert_cmpuint (journal_matches (f->store, "dalam"), ==, 0);
  g_assert_cmpuint (journal_matches (f->store, "draf"), ==, 0);
  g_assert_cmpuint (journal_matches (f->store, "versi akhir"), ==, 1);
  g_assert_cmpuint (journal_matches (f->store, "ketik"), ==, 0);
  g_assert_cmpuint (journal_matches (f->store, "telepon baru"), ==, 1);
  g_assert_cmpuint (journal_matches (f->store, "lama"), ==, 0);
  g_assert_cmpuint (customer_matches (f->store, "setelah"), ==, 1);
  g_assert_cmpuint (customer_matches (f->store, "ani"), ==, 1);

  /* outside a batch, rows are indexed as they are written */
  {
    g_autoptr(RelasiInteraction) later = test_log (f->store, relasi_customer_get_id (before),
                                                   RELASI_INTERACTION_KIND_NOTE, "sesudah batch");

    g_assert_cmpuint (journal_matches (f->store, "sesudah"), ==, 1);
  }
  assert_fts_sound (f);
}

/* The newest row is purged, then a batch writes a row that gets the same id again:
 * it was never in the index under the batch's first id, and must be indexed. */
static void
test_fts_batch_reused_id (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelasiCustomer) c = test_add_customer (f->store, "Citra");
  g_autoptr(RelasiInteraction) a = test_log (f->store, relasi_customer_get_id (c), RELASI_INTERACTION_KIND_NOTE, "pertama");
  g_autoptr(RelasiInteraction) b = test_log (f->store, relasi_customer_get_id (c), RELASI_INTERACTION_KIND_NOTE, "kedua");
  g_autoptr(RelasiInteraction) again = NULL;
  gint64 b_id = relasi_interaction_get_id (b);

  g_assert_true (relasi_store_batch_begin (f->store, &error));
  g_assert_true (relasi_store_purge_interaction (f->store, b_id, &error));
  again = test_log (f->store, relasi_customer_get_id (c), RELASI_INTERACTION_KIND_NOTE, "ketiga");
  g_assert_cmpint (relasi_interaction_get_id (again), ==, b_id);
  g_assert_true (relasi_store_batch_commit (f->store, &error));

  assert_fts_sound (f);
  g_assert_cmpuint (journal_matches (f->store, "ketiga"), ==, 1);
  g_assert_cmpuint (journal_matches (f->store, "kedua"), ==, 0);
}

static void
test_fts_batch_rollback (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelasiCustomer) c = test_add_customer (f->store, "Dewi");

  g_assert_true (relasi_store_batch_begin (f->store, &error));
  for (guint n = 0; n < 10; n++)
    {
      g_autoptr(RelasiInteraction) i = test_log (f->store, relasi_customer_get_id (c),
                                                 RELASI_INTERACTION_KIND_NOTE, "dibatalkan");
    }
  relasi_store_batch_rollback (f->store);

  assert_fts_sound (f);
  g_assert_cmpuint (journal_matches (f->store, "dibatalkan"), ==, 0);
  {
    g_autoptr(RelasiInteraction) i = test_log (f->store, relasi_customer_get_id (c),
                                               RELASI_INTERACTION_KIND_NOTE, "disimpan");

    g_assert_cmpuint (journal_matches (f->store, "disimpan"), ==, 1);
  }
  assert_fts_sound (f);
}

/* ---- journal_hours: the kept counts ----------------------------------------------- */

/* journal_hours holds exactly the live entries per hour. */
static void
assert_hours_exact (Fixture *f)
{
  sqlite3 *db = open_side (f);

  g_assert_cmpint (side_int (db, "SELECT count(*) FROM ("
                                 " SELECT hour, n FROM journal_hours WHERE n <> 0"
                                 " EXCEPT SELECT occurred_at / 3600, count(*) FROM interactions"
                                 " WHERE deleted_at = 0 AND customer_deleted = 0 GROUP BY 1)"), ==, 0);
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM ("
                                 " SELECT occurred_at / 3600, count(*) FROM interactions"
                                 " WHERE deleted_at = 0 AND customer_deleted = 0 GROUP BY 1"
                                 " EXCEPT SELECT hour, n FROM journal_hours WHERE n <> 0)"), ==, 0);
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM journal_hours WHERE n < 0"), ==, 0);
  sqlite3_close (db);
}

static RelasiInteraction *
log_at (RelasiStore *store, gint64 customer_id, RelasiInteractionKind kind, gint64 at, guint n)
{
  g_autoptr(GError) error = NULL;
  RelasiInteraction *i = relasi_interaction_new ();
  g_autofree char *summary = g_strdup_printf ("Catatan %u", n);

  relasi_interaction_set_customer_id (i, customer_id);
  relasi_interaction_set_kind (i, kind);
  relasi_interaction_set_summary (i, summary);
  relasi_interaction_set_occurred_at (i, at);
  g_assert_true (relasi_store_add_interaction (store, i, &error));
  g_assert_no_error (error);
  return i;
}

static void
test_counts_kept (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelasiCustomer) a = test_add_customer (f->store, "Eka");
  g_autoptr(RelasiCustomer) b = test_add_customer (f->store, "Fajar");
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RelasiJournalList) list = relasi_journal_list_new (f->store);
  RelasiInteraction *moved;

  for (guint n = 0; n < 60; n++)
    g_ptr_array_add (entries, log_at (f->store, relasi_customer_get_id (n % 3 ? a : b), RELASI_INTERACTION_KIND_NOTE,
                                      T0 - (gint64) (n / 4) * 1800, n));
  assert_hours_exact (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 60);

  /* soft delete, undelete, purge of an entry */
  g_assert_true (relasi_store_delete_interaction (f->store, relasi_interaction_get_id (entries->pdata[3]), &error));
  assert_hours_exact (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 59);
  g_assert_true (relasi_store_undelete_interaction (f->store, relasi_interaction_get_id (entries->pdata[3]), &error));
  assert_hours_exact (f);
  g_assert_true (relasi_store_purge_interaction (f->store, relasi_interaction_get_id (entries->pdata[4]), &error));
  g_assert_true (relasi_store_delete_interaction (f->store, relasi_interaction_get_id (entries->pdata[5]), &error));
  g_assert_true (relasi_store_purge_interaction (f->store, relasi_interaction_get_id (entries->pdata[5]), &error));
  assert_hours_exact (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 58);

  /* moved to another hour, and within its hour */
  moved = entries->pdata[10];
  relasi_interaction_set_occurred_at (moved, T0 - 40 * 3600);
  g_assert_true (relasi_store_update_interaction (f->store, moved, &error));
  assert_hours_exact (f);
  relasi_interaction_set_occurred_at (moved, T0 - 40 * 3600 + 60);
  g_assert_true (relasi_store_update_interaction (f->store, moved, &error));
  assert_hours_exact (f);
  /* the search index is keyed by time: it moved along */
  assert_fts_sound (f);

  /* the customer in the trash takes their entries along, and back */
  g_assert_true (relasi_store_delete_customer (f->store, relasi_customer_get_id (b), &error));
  assert_hours_exact (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 58 - 20);
  g_assert_true (relasi_store_undelete_customer (f->store, relasi_customer_get_id (b), &error));
  assert_hours_exact (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 58);

  /* purged from the trash, and purged while live */
  g_assert_true (relasi_store_delete_customer (f->store, relasi_customer_get_id (b), &error));
  g_assert_true (relasi_store_purge_customer (f->store, relasi_customer_get_id (b), &error));
  assert_hours_exact (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 38);
  g_assert_true (relasi_store_purge_customer (f->store, relasi_customer_get_id (a), &error));
  assert_hours_exact (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  /* and in a batch */
  {
    g_autoptr(RelasiCustomer) c = test_add_customer (f->store, "Gilang");

    g_assert_true (relasi_store_batch_begin (f->store, &error));
    for (guint n = 0; n < 30; n++)
      g_object_unref (log_at (f->store, relasi_customer_get_id (c), RELASI_INTERACTION_KIND_CALL, T0 - n * 7200, n));
    g_assert_true (relasi_store_batch_commit (f->store, &error));
    assert_hours_exact (f);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 30);
  }
  g_assert_no_error (error);
}

/* ---- page positions ------------------------------------------------------------- */

/* The ids of @sql in order. */
static GArray *
side_ids (Fixture *f, const char *sql)
{
  sqlite3 *db = open_side (f);
  sqlite3_stmt *stmt = NULL;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return ids;
}

static gint64
list_id (GListModel *model, guint position)
{
  g_autoptr(RelasiInteraction) i = g_list_model_get_item (model, position);

  g_assert_nonnull (i);
  return relasi_interaction_get_id (i);
}

/* Reads @positions in the given order (jumps first) from a new list each time and
 * from one list, and compares each with @expected. */
static void
check_positions (GListModel *model, GArray *expected)
{
  guint n = expected->len;
  guint positions[] = { n / 2, n - 1, 0, 99, 100, 101, 199, 200, n - 101, n - 100, n / 2 - 1, n / 2 + 1, 1, n - 2 };

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  for (guint p = 0; p < G_N_ELEMENTS (positions); p++)
    g_assert_cmpint (list_id (model, positions[p]), ==, g_array_index (expected, gint64, positions[p]));
  g_assert_null (g_list_model_get_item (model, n));
  /* and every row, backwards: each page boundary from a jump */
  for (guint p = n; p-- > 0;)
    if (p % 37 == 0 || p % 100 == 0 || p % 100 == 99)
      g_assert_cmpint (list_id (model, p), ==, g_array_index (expected, gint64, p));
}

/* Reads the last row until the list has counted all its rows (it grows in idles). */
static void
grow_fully (RelasiJournalList *list)
{
  while (relasi_journal_list_has_more (list))
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

      g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), n - 1));
      while (g_list_model_get_n_items (G_LIST_MODEL (list)) == n && relasi_journal_list_has_more (list))
        g_main_context_iteration (NULL, TRUE);
    }
}

static void
test_positions (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelasiCustomer) a = test_add_customer (f->store, "Hana");
  g_autoptr(RelasiCustomer) b = test_add_customer (f->store, "Indra");
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) notes = NULL;
  g_autoptr(GArray) of_a = NULL;
  gint64 id_a = relasi_customer_get_id (a);

  /* 4 500 entries: many share a second (ties across page boundaries), some hours are
   * crowded, some empty; a few are in the trash */
  g_assert_true (relasi_store_batch_begin (f->store, &error));
  for (guint n = 0; n < 4500; n++)
    {
      g_autoptr(RelasiInteraction) i = log_at (f->store, n % 5 ? id_a : relasi_customer_get_id (b),
                                               n % 3 ? RELASI_INTERACTION_KIND_NOTE : RELASI_INTERACTION_KIND_CALL,
                                               T0 - (gint64) (n / 9) * 600 - (n % 2) * 86400 * 30, n);

      if (n % 97 == 0)
        g_assert_true (relasi_store_delete_interaction (f->store, relasi_interaction_get_id (i), &error));
    }
  g_assert_true (relasi_store_batch_commit (f->store, &error));
  g_assert_no_error (error);

  all = side_ids (f, "SELECT id FROM interactions WHERE deleted_at = 0 AND customer_deleted = 0"
                     " ORDER BY occurred_at DESC, id DESC");
  notes = side_ids (f, "SELECT id FROM interactions WHERE deleted_at = 0 AND customer_deleted = 0"
                       " AND kind = 'note' ORDER BY occurred_at DESC, id DESC");
  of_a = side_ids (f, "SELECT id FROM interactions WHERE deleted_at = 0 AND customer_deleted = 0"
                      " AND customer_id = 1 ORDER BY occurred_at DESC, id DESC");
  g_assert_cmpint (id_a, ==, 1);

  /* the whole journal: counted and reached through journal_hours */
  {
    g_autoptr(RelasiJournalList) list = relasi_journal_list_new (f->store);

    g_assert_false (relasi_journal_list_has_more (list));
    check_positions (G_LIST_MODEL (list), all);
  }

  /* one customer: counted exactly (their page shows the count) */
  {
    g_autoptr(RelasiJournalList) list = relasi_journal_list_new (f->store);

    relasi_journal_list_set_customer_id (list, id_a);
    g_assert_cmpuint (of_a->len, >, 2000);
    g_assert_false (relasi_journal_list_has_more (list));
    check_positions (G_LIST_MODEL (list), of_a);
  }

  /* an export counts everything at once, also a search */
  {
    g_autoptr(RelasiJournalList) list = g_object_new (RELASI_TYPE_JOURNAL_LIST, "store", f->store,
                                                      "count-all", TRUE, "search-text", "catat", NULL);

    g_assert_false (relasi_journal_list_has_more (list));
    check_positions (G_LIST_MODEL (list), all);
  }

  /* a filter that matches more than the first count: grows as it is read */
  {
    g_autoptr(RelasiJournalList) list = relasi_journal_list_new (f->store);
    ItemsLog log = { 0 };

    relasi_journal_list_set_kinds (list, RELASI_KIND_BIT (RELASI_INTERACTION_KIND_NOTE));
    g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &log);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2000);
    g_assert_cmpint (list_id (G_LIST_MODEL (list), 1999), ==, g_array_index (notes, gint64, 1999));
    while (relasi_journal_list_has_more (list))
      g_main_context_iteration (NULL, TRUE);
    g_assert_cmpuint (log.n_signals, ==, 1);
    g_assert_cmpuint (log.position, ==, 2000);
    g_assert_cmpuint (log.removed, ==, 0);
    g_assert_cmpuint (log.added, ==, notes->len - 2000);
    check_positions (G_LIST_MODEL (list), notes);
  }

  /* a search that matches every entry: newest first, like the journal, growing */
  {
    g_autoptr(RelasiJournalList) list = relasi_journal_list_new (f->store);

    relasi_journal_list_set_search_text (list, "catat");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 500);
    grow_fully (list);
    check_positions (G_LIST_MODEL (list), all);

    /* with one customer, and with a time range */
    relasi_journal_list_set_customer_id (list, id_a);
    grow_fully (list);
    check_positions (G_LIST_MODEL (list), of_a);
  }
  {
    g_autoptr(RelasiJournalList) list = relasi_journal_list_new (f->store);
    g_autoptr(GArray) range = NULL;
    g_autofree char *sql = NULL;

    sql = g_strdup_printf ("SELECT id FROM interactions WHERE deleted_at = 0 AND customer_deleted = 0"
                           " AND kind = 'note'"
                           " AND occurred_at >= %" G_GINT64_FORMAT " AND occurred_at < %" G_GINT64_FORMAT
                           " ORDER BY occurred_at DESC, id DESC", T0 - 40 * 86400, T0 - 3 * 3600);
    range = side_ids (f, sql);
    relasi_journal_list_set_time_range (list, T0 - 40 * 86400, T0 - 3 * 3600);
    relasi_journal_list_set_kinds (list, RELASI_KIND_BIT (RELASI_INTERACTION_KIND_NOTE));
    relasi_journal_list_set_search_text (list, "CATATAN");
    grow_fully (list);
    g_assert_cmpuint (range->len, >, 250);
    check_positions (G_LIST_MODEL (list), range);
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("RELASI_NOW", "2026-03-01T09:00:00+07:00", TRUE);
  relasi_clock_init (NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/scale/fts/batch", test_fts_batch);
  ADD ("/scale/fts/batch-reused-id", test_fts_batch_reused_id);
  ADD ("/scale/fts/batch-rollback", test_fts_batch_rollback);
  ADD ("/scale/counts-kept", test_counts_kept);
  ADD ("/scale/positions", test_positions);
#undef ADD

  return g_test_run ();
}
