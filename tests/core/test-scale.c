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
  g_assert_cmpint (side_int (db, "SELECT count(*) FROM interactions i JOIN interactions_fts f ON f.rowid = i.id"
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
#undef ADD

  return g_test_run ();
}
