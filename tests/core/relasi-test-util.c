/* relasi-test-util.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "relasi-clock.h"
#include "relasi-test-util.h"

char *
test_make_data_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("relasi-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
test_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = NULL;
  const char *name;

  if (dir == NULL)
    return;
  d = g_dir_open (dir, 0, NULL);
  if (d != NULL)
    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
          test_remove_dir (path);
        else
          g_unlink (path);
      }
  g_rmdir (dir);
}

char *
test_file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_strdup ("(missing)");
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  relasi_clock_set_now (T0);
  f->dir = test_make_data_dir ();
  f->store = relasi_store_open (f->dir, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
}

void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  test_remove_dir (f->dir);
  g_clear_pointer (&f->dir, g_free);
  relasi_clock_reset ();
}

RelasiCustomer *
test_add_customer (RelasiStore *store,
                   const char  *name)
{
  g_autoptr(GError) error = NULL;
  RelasiCustomer *c = relasi_customer_new ();

  relasi_customer_set_name (c, name);
  g_assert_true (relasi_store_add_customer (store, c, &error));
  g_assert_no_error (error);
  g_assert_cmpint (relasi_customer_get_id (c), >, 0);
  return c;
}

RelasiInteraction *
test_log (RelasiStore           *store,
          gint64                 customer_id,
          RelasiInteractionKind  kind,
          const char            *summary)
{
  g_autoptr(GError) error = NULL;
  RelasiInteraction *i = relasi_interaction_new ();

  relasi_interaction_set_customer_id (i, customer_id);
  relasi_interaction_set_kind (i, kind);
  relasi_interaction_set_summary (i, summary);
  if (kind == RELASI_INTERACTION_KIND_PROMISE)
    relasi_interaction_set_due_at (i, relasi_clock_now () + 3 * DAY);
  g_assert_true (relasi_store_add_interaction (store, i, &error));
  g_assert_no_error (error);
  return i;
}

/* Every row of every table, as text: "nothing changed" means an equal dump. */
char *
test_dump (RelasiStore *store)
{
  static const char *const tables[] = { "customers", "interactions", "reminders", "cases", "meta" };
  g_autoptr(GString) out = g_string_new (NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (relasi_store_get_path (store), &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY 1", tables[t]);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      g_string_append_printf (out, "[%s]\n", tables[t]);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (out, "%s|", (const char *) sqlite3_column_text (stmt, c));
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_string_free (g_steal_pointer (&out), FALSE);
}
