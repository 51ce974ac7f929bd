/* test-crash.c — crash safety: a child writes in a loop and reports each committed
 * id on a pipe; the parent SIGKILLs it at a random moment, then checks that every
 * reported id is there, that the rules' rows came with it, and that the database
 * and its full-text indexes are sound. 200 rounds; RELASI_CRASH_ROUNDS for more.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include "relasi-clock.h"
#include "relasi-test-util.h"

G_GNUC_NORETURN static void
child_main (const char *dir, int fd)
{
  g_autoptr(RelasiStore) store = relasi_store_open (dir, NULL);
  static const RelasiInteractionKind kinds[] = {
    RELASI_INTERACTION_KIND_PURCHASE, RELASI_INTERACTION_KIND_COMPLAINT, RELASI_INTERACTION_KIND_THANK_YOU,
    RELASI_INTERACTION_KIND_PROMISE, RELASI_INTERACTION_KIND_MISTAKE, RELASI_INTERACTION_KIND_CALL,
  };
  gint64 customer_id = 0;

  if (store == NULL)
    _exit (3);

  for (guint n = 0; ; n++)
    {
      g_autoptr(RelasiInteraction) i = relasi_interaction_new ();
      gint64 id;

      if (n % 20 == 0)
        {
          g_autoptr(RelasiCustomer) c = relasi_customer_new ();
          g_autofree char *name = g_strdup_printf ("Crash customer %d-%u", getpid (), n);

          relasi_customer_set_name (c, name);
          if (!relasi_store_add_customer (store, c, NULL))
            _exit (4);
          customer_id = relasi_customer_get_id (c);
        }

      relasi_interaction_set_customer_id (i, customer_id);
      relasi_interaction_set_kind (i, kinds[n % G_N_ELEMENTS (kinds)]);
      relasi_interaction_set_summary (i, "Written while the world may end");
      relasi_interaction_set_details (i, "Lorem ipsum dolor sit amet, consectetur adipiscing elit.");
      if (kinds[n % G_N_ELEMENTS (kinds)] == RELASI_INTERACTION_KIND_PROMISE)
        relasi_interaction_set_due_at (i, relasi_clock_now () + 86400);
      if (!relasi_store_add_interaction (store, i, NULL))
        _exit (5);

      /* committed: report it */
      id = relasi_interaction_get_id (i);
      if (write (fd, &id, sizeof id) != sizeof id)
        _exit (6);
    }
}

static gint64
query_int (sqlite3 *db, const char *sql)
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
check_database (const char *dir, GArray *reported)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelasiStore) store = relasi_store_open (dir, &error);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_no_error (error);
  g_assert_true (relasi_store_check_integrity (store, &error));
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_open (relasi_store_get_path (store), &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM interactions WHERE id = ?1", -1, &stmt, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < reported->len; i++)
    {
      sqlite3_bind_int64 (stmt, 1, g_array_index (reported, gint64, i));
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      if (sqlite3_column_int64 (stmt, 0) != 1)
        g_error ("reported id %" G_GINT64_FORMAT " is missing", g_array_index (reported, gint64, i));
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);

  /* no entry without what its rule made, no rule's row without its entry */
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM interactions i WHERE kind IN ('complaint', 'mistake')"
                                  " AND NOT EXISTS (SELECT 1 FROM cases WHERE interaction_id = i.id)"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM interactions i WHERE kind = 'promise'"
                                  " AND NOT EXISTS (SELECT 1 FROM reminders WHERE interaction_id = i.id)"), ==, 0);
  g_assert_cmpint (query_int (db, "SELECT count(*) FROM interactions"), ==,
                   query_int (db, "SELECT count(*) FROM interactions_fts"));
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO interactions_fts (interactions_fts) VALUES ('integrity-check');"
                                     "INSERT INTO customers_fts (customers_fts) VALUES ('integrity-check');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
drain (int fd, GArray *reported, GByteArray *partial)
{
  guint8 buffer[4096];
  ssize_t n;

  while ((n = read (fd, buffer, sizeof buffer)) > 0)
    g_byte_array_append (partial, buffer, (guint) n);
  while (partial->len >= sizeof (gint64))
    {
      gint64 id;

      memcpy (&id, partial->data, sizeof id);
      g_array_append_val (reported, id);
      g_byte_array_remove_range (partial, 0, sizeof id);
    }
}

static void
test_crash (void)
{
  const char *env = g_getenv ("RELASI_CRASH_ROUNDS");
  guint rounds = env != NULL ? (guint) g_ascii_strtoull (env, NULL, 10) : 200;
  g_autofree char *dir = test_make_data_dir ();
  g_autoptr(GArray) reported = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 started = g_get_monotonic_time ();

  /* the database exists before the first child */
  g_object_unref (relasi_store_open (dir, NULL));

  for (guint round = 0; round < rounds; round++)
    {
      g_autoptr(GByteArray) partial = g_byte_array_new ();
      int fds[2];
      pid_t pid;
      int status;
      guint before = reported->len;

      g_assert_cmpint (pipe (fds), ==, 0);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          close (fds[0]);
          child_main (dir, fds[1]);
        }
      close (fds[1]);
      g_assert_cmpint (fcntl (fds[0], F_SETFL, O_NONBLOCK), ==, 0);

      if (round % 2 == 1)
        {
          /* odd rounds: wait for the first commit (a slow, sanitized build needs
           * long to open), then a random moment of writing */
          gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

          while (reported->len == before && partial->len == 0 && g_get_monotonic_time () < deadline)
            {
              g_usleep (1000);
              drain (fds[0], reported, partial);
            }
        }
      /* even rounds: any moment, opening included */
      g_usleep (g_random_int_range (1000, 40000));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      if (!WIFSIGNALED (status))
        g_error ("the writer stopped by itself with %d", WEXITSTATUS (status));
      drain (fds[0], reported, partial);
      close (fds[0]);

      check_database (dir, reported);
      if (round % 50 == 0)
        g_test_message ("round %u: %u ids committed so far (+%u)", round, reported->len, reported->len - before);
    }

  g_test_message ("%u rounds, %u committed ids checked, %.1f s", rounds, reported->len,
                  (g_get_monotonic_time () - started) / 1e6);
  g_assert_cmpuint (reported->len, >=, rounds / 2);
  test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  relasi_clock_set_now (T0);

  g_test_add_func ("/crash/sigkill", test_crash);

  return g_test_run ();
}
