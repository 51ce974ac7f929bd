/* test-open.c — opening: a new database, each opening error with the file left
 * byte-for-byte untouched (and no -wal or -shm made), migrations with backups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "relasi-clock.h"
#include "relasi-error.h"
#include "relasi-schema.h"
#include "relasi-test-util.h"

static void
sql (const char *path, const char *statements)
{
  sqlite3 *db = NULL;
  char *msg = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, statements, NULL, NULL, &msg) != SQLITE_OK)
    g_error ("%s: %s", statements, msg);
  sqlite3_close (db);
}

static gint64
sql_int (const char *path, const char *query)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  /* read-write: a read-only connection to a WAL database leaves -wal and -shm behind */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, query, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static guint
count_entries (const char *dir)
{
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autoptr(GDir) d = g_dir_open (backups, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
assert_untouched (const char *dir, const char *db, const char *checksum, guint n_backups)
{
  g_autofree char *now = test_file_checksum (db);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);
  g_autofree char *journal = g_strconcat (db, "-journal", NULL);

  g_assert_cmpstr (now, ==, checksum);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (journal, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (dir), ==, n_backups);
}

static void
expect_refused (const char *dir, int code)
{
  g_autofree char *db = g_build_filename (dir, "relasi.db", NULL);
  g_autofree char *before = test_file_checksum (db);
  g_autoptr(GError) error = NULL;
  g_autoptr(RelasiStore) store = NULL;
  guint n_backups = count_entries (dir);

  for (int attempt = 0; attempt < 2; attempt++)
    {
      store = relasi_store_open (dir, &error);
      g_assert_null (store);
      g_assert_error (error, RELASI_ERROR, code);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_test_message ("refused: %s", error->message);
      g_clear_error (&error);
      assert_untouched (dir, db, before, n_backups);
    }
}

static void
test_fresh (void)
{
  g_autofree char *dir = test_make_data_dir ();
  g_autofree char *sub = g_build_filename (dir, "nested", "relasi", NULL);
  g_autofree char *db = g_build_filename (sub, "relasi.db", NULL);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  {
    g_autoptr(RelasiStore) store = relasi_store_open (sub, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (relasi_store_get_path (store), ==, db);
  }
  g_assert_cmpint (sql_int (db, "PRAGMA application_id"), ==, RELASI_APPLICATION_ID);
  g_assert_cmpint (sql_int (db, "PRAGMA user_version"), ==, relasi_schema_get_version ());
  g_assert_cmpint (sql_int (db, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), ==, 1);
  g_assert_cmpint (g_stat (db, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (sub, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  {
    /* a fresh database needs no backup; opening it again neither */
    g_autofree char *backups = g_build_filename (sub, "backups", NULL);
    g_autoptr(RelasiStore) again = relasi_store_open (sub, &error);

    g_assert_no_error (error);
    g_assert_false (g_file_test (backups, G_FILE_TEST_EXISTS));
  }

  /* RELASI_DATA_DIR is the default */
  {
    g_autofree char *env_dir = g_build_filename (dir, "from-env", NULL);
    g_autofree char *env_db = g_build_filename (env_dir, "relasi.db", NULL);
    g_autoptr(RelasiStore) store = NULL;

    g_setenv ("RELASI_DATA_DIR", env_dir, TRUE);
    store = relasi_store_open (NULL, &error);
    g_unsetenv ("RELASI_DATA_DIR");
    g_assert_no_error (error);
    g_assert_cmpstr (relasi_store_get_path (store), ==, env_db);
  }

  test_remove_dir (dir);
}

/* Whether another process sees a lock on the bytes SQLite uses to tell that a
 * connection has the file open (the SHARED range); locks of this process are invisible
 * to itself, so a child looks. */
static gboolean
other_process_sees_shared_lock (const char *path)
{
  pid_t pid = fork ();
  int status = 0;

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      struct flock lock = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0x40000002, .l_len = 510 };
      int fd = open (path, O_RDONLY);

      if (fd < 0 || fcntl (fd, F_GETLK, &lock) != 0)
        _exit (2);
      _exit (lock.l_type == F_UNLCK ? 1 : 0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), !=, 2);
  return WEXITSTATUS (status) == 0;
}

/* A worker's connection in the same process must not drop the main connection's locks
 * (closing any descriptor of a file drops all of a process's POSIX locks on it): with
 * them gone, another process could take the database for unused and reset its WAL. */
static void
test_worker_keeps_locks (void)
{
  g_autofree char *dir = test_make_data_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(RelasiStore) store = relasi_store_open (dir, &error);

  g_assert_no_error (error);
  g_assert_true (other_process_sees_shared_lock (relasi_store_get_path (store)));
  {
    g_autoptr(RelasiStore) worker = relasi_store_open_for_worker (store, &error);

    g_assert_no_error (error);
    g_assert_true (other_process_sees_shared_lock (relasi_store_get_path (store)));
  }
  g_assert_true (other_process_sees_shared_lock (relasi_store_get_path (store)));
  g_clear_object (&store);
  test_remove_dir (dir);
}

static void
test_empty_file (void)
{
  g_autofree char *dir = test_make_data_dir ();
  g_autofree char *db = g_build_filename (dir, "relasi.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RelasiStore) store = NULL;

  g_assert_true (g_file_set_contents (db, "", 0, NULL));
  store = relasi_store_open (dir, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_clear_object (&store);
  g_assert_cmpint (sql_int (db, "PRAGMA user_version"), ==, relasi_schema_get_version ());
  test_remove_dir (dir);
}

static void
test_not_a_database (void)
{
  static const char *const contents[] = {
    "This is a shopping list, not a database.\n",
    "SQLite format 3",   /* too short for a header */
  };

  for (guint i = 0; i < G_N_ELEMENTS (contents); i++)
    {
      g_autofree char *dir = test_make_data_dir ();
      g_autofree char *db = g_build_filename (dir, "relasi.db", NULL);

      g_assert_true (g_file_set_contents (db, contents[i], -1, NULL));
      expect_refused (dir, RELASI_ERROR_NOT_A_DATABASE);
      test_remove_dir (dir);
    }

  /* random bytes after a valid-looking header */
  {
    g_autofree char *dir = test_make_data_dir ();
    g_autofree char *db = g_build_filename (dir, "relasi.db", NULL);
    g_autofree char *random = g_malloc (8192);

    for (int i = 0; i < 8192; i++)
      random[i] = (char) g_random_int ();
    memcpy (random, "SQLite format 3", 16);
    memset (random + 60, 0, 12);   /* no application_id, no user_version */
    g_assert_true (g_file_set_contents (db, random, 8192, NULL));
    expect_refused (dir, RELASI_ERROR_NOT_A_DATABASE);
    test_remove_dir (dir);
  }

  /* a Relasi database cut short */
  {
    g_autofree char *dir = test_make_data_dir ();
    g_autofree char *db = g_build_filename (dir, "relasi.db", NULL);
    g_autofree char *contents_db = NULL;
    gsize length;

    g_object_unref (relasi_store_open (dir, NULL));
    g_assert_true (g_file_get_contents (db, &contents_db, &length, NULL));
    g_assert_cmpuint (length, >, 8192);
    g_assert_true (g_file_set_contents (db, contents_db, length / 2, NULL));
    expect_refused (dir, RELASI_ERROR_NOT_A_DATABASE);
    test_remove_dir (dir);
  }

  /* a folder where the file should be */
  {
    g_autofree char *dir = test_make_data_dir ();
    g_autofree char *db = g_build_filename (dir, "relasi.db", NULL);
    g_autoptr(GError) error = NULL;

    g_mkdir (db, 0700);
    g_assert_null (relasi_store_open (dir, &error));
    g_assert_error (error, RELASI_ERROR, RELASI_ERROR_NOT_A_DATABASE);
    test_remove_dir (dir);
  }
}

static void
test_foreign (void)
{
  /* an SQLite database of another program, without an application_id */
  {
    g_autofree char *dir = test_make_data_dir ();
    g_autofree char *db = g_build_filename (dir, "relasi.db", NULL);

    sql (db, "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places VALUES (1, 'x');");
    expect_refused (dir, RELASI_ERROR_FOREIGN);
    test_remove_dir (dir);
  }
  /* ... with its own application_id, in WAL mode */
  {
    g_autofree char *dir = test_make_data_dir ();
    g_autofree char *db = g_build_filename (dir, "relasi.db", NULL);

    sql (db, "PRAGMA journal_mode = WAL; PRAGMA application_id = 1196444237; CREATE TABLE t (x);");
    expect_refused (dir, RELASI_ERROR_FOREIGN);
    test_remove_dir (dir);
  }
  /* ... using user_version for itself */
  {
    g_autofree char *dir = test_make_data_dir ();
    g_autofree char *db = g_build_filename (dir, "relasi.db", NULL);

    sql (db, "PRAGMA user_version = 3;");
    expect_refused (dir, RELASI_ERROR_FOREIGN);
    test_remove_dir (dir);
  }
}

static void
test_too_new (void)
{
  g_autofree char *dir = test_make_data_dir ();
  g_autofree char *db = g_build_filename (dir, "relasi.db", NULL);

  g_object_unref (relasi_store_open (dir, NULL));
  sql (db, "PRAGMA user_version = 99;");
  g_assert_cmpint (sql_int (db, "PRAGMA user_version"), ==, 99);
  expect_refused (dir, RELASI_ERROR_TOO_NEW);
  test_remove_dir (dir);
}

static void
test_permission (void)
{
  g_autoptr(GError) error = NULL;

  /* a read-only location, even for root */
  g_assert_null (relasi_store_open ("/sys/relasi-test-cannot-exist", &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_PERMISSION);
  g_clear_error (&error);

  if (geteuid () == 0)
    {
      g_test_message ("running as root: file permissions cannot be tested");
      return;
    }

  {
    g_autofree char *dir = test_make_data_dir ();
    g_autofree char *db = g_build_filename (dir, "relasi.db", NULL);

    g_object_unref (relasi_store_open (dir, NULL));
    g_chmod (db, 0400);
    expect_refused (dir, RELASI_ERROR_PERMISSION);
    g_chmod (db, 0000);
    expect_refused (dir, RELASI_ERROR_PERMISSION);
    g_chmod (db, 0600);
    g_chmod (dir, 0500);
    expect_refused (dir, RELASI_ERROR_PERMISSION);
    g_chmod (dir, 0700);
    test_remove_dir (dir);
  }
}

static guint
count_backups (const char *dir, const char *suffix)
{
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autoptr(GDir) d = g_dir_open (backups, 0, NULL);
  const char *name;
  guint n = 0;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, suffix))
      {
        g_autofree char *path = g_build_filename (backups, name, NULL);
        GStatBuf st;

        g_assert_cmpint (g_stat (path, &st), ==, 0);
        g_assert_cmpint (st.st_mode & 0777, ==, 0600);
        n++;
      }
  return n;
}

static void
test_migrate_from_v0 (void)
{
  g_autofree char *dir = test_make_data_dir ();
  g_autofree char *db = g_build_filename (dir, "relasi.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RelasiStore) store = NULL;

  /* what a crash during the very first start could leave: our id, version 0, a table */
  relasi_clock_set_now (T0);
  {
    g_autofree char *v0 = g_strdup_printf ("PRAGMA application_id = %d; CREATE TABLE scratch (x);"
                                           " INSERT INTO scratch VALUES (42);", RELASI_APPLICATION_ID);

    sql (db, v0);
  }
  store = relasi_store_open (dir, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_cmpint (sql_int (db, "PRAGMA user_version"), ==, relasi_schema_get_version ());
  g_assert_cmpuint (count_backups (dir, "-before-v2.db"), ==, 1);
  {
    g_autofree char *backup = g_build_filename (dir, "backups", "relasi-20260301T020000Z-before-v2.db", NULL);

    g_assert_cmpint (sql_int (backup, "SELECT x FROM scratch"), ==, 42);
    g_assert_cmpint (sql_int (backup, "PRAGMA user_version"), ==, 0);
  }
  relasi_clock_reset ();
  test_remove_dir (dir);
}

/* A step after the real ones (relasi_schema_set_extra_steps_for_testing()): how any
 * future upgrade behaves. */
static const RelasiSchemaStep good_next[] = {
  { 3, "ALTER TABLE customers ADD COLUMN loyalty_points INTEGER NOT NULL DEFAULT 0;" },
};

static const RelasiSchemaStep bad_next[] = {
  { 3, "ALTER TABLE customers ADD COLUMN half_done INTEGER; THIS IS NOT SQL;" },
};

static void
test_migrate_to_next (void)
{
  g_autofree char *dir = test_make_data_dir ();
  g_autofree char *db = g_build_filename (dir, "relasi.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RelasiStore) store = NULL;
  g_autoptr(RelasiCustomer) c = NULL;

  store = relasi_store_open (dir, &error);
  g_assert_no_error (error);
  c = test_add_customer (store, "Kept through the upgrade");
  g_clear_object (&store);
  g_assert_cmpint (sql_int (db, "PRAGMA user_version"), ==, 2);

  /* a failing step is rolled back: still v2, all data there */
  relasi_schema_set_extra_steps_for_testing (bad_next, G_N_ELEMENTS (bad_next));
  g_assert_null (relasi_store_open (dir, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (sql_int (db, "PRAGMA user_version"), ==, 2);
  g_assert_cmpint (sql_int (db, "SELECT count(*) FROM pragma_table_info('customers') WHERE name = 'half_done'"), ==, 0);
  g_assert_cmpuint (count_backups (dir, "-before-v3.db"), >=, 1);

  relasi_schema_set_extra_steps_for_testing (good_next, G_N_ELEMENTS (good_next));
  relasi_clock_advance (5);
  store = relasi_store_open (dir, &error);
  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_cmpint (sql_int (db, "PRAGMA user_version"), ==, 3);
  g_assert_cmpint (sql_int (db, "SELECT count(*) FROM customers WHERE loyalty_points = 0"), ==, 1);
  g_assert_cmpuint (count_backups (dir, "-before-v3.db"), >=, 1);

  /* this Relasi refuses the v3 database, untouched */
  relasi_schema_set_extra_steps_for_testing (NULL, 0);
  expect_refused (dir, RELASI_ERROR_TOO_NEW);
  test_remove_dir (dir);
}

/* The real step 2 on a database made by version 1 (0.1.0): reminders get title_auto
 * (0 for every reminder already there: their titles may have been edited) and the
 * wider reminders_open; nothing is lost and a backup of the v1 file is kept. */
static void
test_migrate_v1_to_v2 (void)
{
  g_autofree char *dir = test_make_data_dir ();
  g_autofree char *db = g_build_filename (dir, "relasi.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RelasiStore) store = NULL;
  g_autoptr(GPtrArray) open = NULL;
  guint n_steps;
  const RelasiSchemaStep *steps = relasi_schema_get_steps (&n_steps);

  g_assert_cmpuint (n_steps, >=, 2);
  g_assert_cmpint (steps[0].version, ==, 1);
  relasi_clock_set_now (T0);
  {
    g_autofree char *v1 = g_strdup_printf ("PRAGMA application_id = %d; %s PRAGMA user_version = 1;"
                                           " INSERT INTO customers (name, created_at, updated_at)"
                                           " VALUES ('Bu Ani', %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ");"
                                           " INSERT INTO reminders (customer_id, kind, title, due_at, created_at)"
                                           " VALUES (1, 'thank-you', 'Kirim kartu ke Bu Ani', %" G_GINT64_FORMAT
                                           ", %" G_GINT64_FORMAT ");",
                                           RELASI_APPLICATION_ID, steps[0].sql, T0, T0, T0 - 60, T0 - 3600);

    sql (db, v1);
  }
  g_assert_cmpint (sql_int (db, "SELECT count(*) FROM pragma_table_info('reminders') WHERE name = 'title_auto'"), ==, 0);

  store = relasi_store_open (dir, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (db, "PRAGMA user_version"), ==, 2);
  g_assert_cmpuint (count_backups (dir, "-before-v2.db"), ==, 1);
  g_assert_cmpint (sql_int (db, "SELECT title_auto FROM reminders"), ==, 0);
  g_assert_cmpint (sql_int (db, "SELECT count(*) FROM pragma_index_info('reminders_open')"), ==, 7);

  /* the reminder reads as it was written, and new ones are automatic */
  open = relasi_store_list_reminders (store, RELASI_REMINDER_FILTER_OPEN, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (open->len, ==, 1);
  g_assert_cmpstr (relasi_reminder_get_title (g_ptr_array_index (open, 0)), ==, "Kirim kartu ke Bu Ani");
  g_assert_false (relasi_reminder_get_title_auto (g_ptr_array_index (open, 0)));
  g_object_unref (test_log (store, 1, RELASI_INTERACTION_KIND_COMPLAINT, "Late"));
  g_assert_cmpint (sql_int (db, "SELECT title_auto FROM reminders WHERE kind = 'complaint-answer'"), ==, 1);
  g_clear_object (&store);

  {
    g_autofree char *backups = g_build_filename (dir, "backups", NULL);
    g_autoptr(GDir) d = g_dir_open (backups, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      if (g_str_has_suffix (name, "-before-v2.db"))
        {
          g_autofree char *backup = g_build_filename (backups, name, NULL);

          g_assert_cmpint (sql_int (backup, "PRAGMA user_version"), ==, 1);
          g_assert_cmpint (sql_int (backup, "SELECT count(*) FROM reminders"), ==, 1);
        }
  }
  relasi_clock_reset ();
  test_remove_dir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/open/fresh", test_fresh);
  g_test_add_func ("/open/worker-keeps-locks", test_worker_keeps_locks);
  g_test_add_func ("/open/empty-file", test_empty_file);
  g_test_add_func ("/open/not-a-database", test_not_a_database);
  g_test_add_func ("/open/foreign", test_foreign);
  g_test_add_func ("/open/too-new", test_too_new);
  g_test_add_func ("/open/permission", test_permission);
  g_test_add_func ("/open/migrate-from-v0", test_migrate_from_v0);
  g_test_add_func ("/open/migrate-v1-to-v2", test_migrate_v1_to_v2);
  g_test_add_func ("/open/migrate-to-next", test_migrate_to_next);

  return g_test_run ();
}
