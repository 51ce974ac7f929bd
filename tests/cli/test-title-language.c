/* test-title-language.c — reminders Relasi made while it ran in English read in
 * Indonesian when Relasi runs in Indonesian
 *
 * The real relasi program (RELASI_CLI) makes the data in child processes without
 * LANGUAGE, so in English: `--sample-data` (thank-yous, complaint answers, promises),
 * then `--check-reminders` (check-ins for the drifting customers; no D-Bus session, so
 * nothing is shown). This process runs with LANGUAGE=id (tests/cli/meson.build) and
 * reads the reminders through the store, as the program does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sqlite3.h>
#include <string.h>

#include "relasi-clock.h"
#include "relasi-store.h"
#include "relasi-store-dashboard.h"
#include "relasi-test-util.h"

#define NOW "2026-03-01T09:00:00+07:00"

/* Runs the relasi program in English on @data_dir. */
static void
run_in_english (const char *data_dir,
                const char *tmp,
                const char *option)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  g_autofree char *no_bus = g_strdup_printf ("unix:path=%s/no-bus", tmp);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *relasi = g_getenv ("RELASI_CLI");
  const char *argv[] = { relasi, "--data-dir", data_dir, option, NULL };
  int status = 0;

  g_assert_nonnull (relasi);
  env = g_environ_unsetenv (env, "LANGUAGE");
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", TRUE);
  env = g_environ_setenv (env, "RELASI_NOW", NOW, TRUE);
  env = g_environ_setenv (env, "RELASI_DATA_DIR", data_dir, TRUE);
  /* never the desktop's notification server */
  env = g_environ_setenv (env, "DBUS_SESSION_BUS_ADDRESS", no_bus, TRUE);

  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("relasi %s failed: %s\n%s%s", option, error->message, out, err);
}

/* The titles as stored, which the child composed in English. */
static GHashTable *
stored_titles (const char *path)
{
  GHashTable *titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT id, title FROM reminders WHERE title_auto = 1", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_insert (titles, id, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return titles;
}

static void
test_made_in_english_read_in_indonesian (void)
{
  g_autofree char *tmp = test_make_data_dir ();
  g_autofree char *data_dir = g_build_filename (tmp, "data", NULL);
  g_autofree char *db_path = g_build_filename (data_dir, "relasi.db", NULL);
  g_autoptr(RelasiStore) store = NULL;
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GHashTable) stored = NULL;
  g_autoptr(GError) error = NULL;
  RelasiDashboardUrgent urgent;
  guint seen[RELASI_REMINDER_KIND_CUSTOM + 1] = { 0 };

  /* this process speaks Indonesian */
  g_assert_cmpstr (_("Thank %s for the purchase"), ==, "Ucapkan terima kasih kepada %s atas pembeliannya");

  run_in_english (data_dir, tmp, "--sample-data");
  run_in_english (data_dir, tmp, "--check-reminders");
  stored = stored_titles (db_path);

  store = relasi_store_open (data_dir, &error);
  g_assert_no_error (error);
  open = relasi_store_list_reminders (store, RELASI_REMINDER_FILTER_OPEN, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < open->len; i++)
    {
      RelasiReminder *r = g_ptr_array_index (open, i);
      gint64 id = relasi_reminder_get_id (r);
      const char *english = g_hash_table_lookup (stored, &id);
      const char *title = relasi_reminder_get_title (r);
      const char *name = relasi_reminder_get_customer_name (r);
      const char *english_start, *indonesian_start;

      switch (relasi_reminder_get_kind (r))
        {
        case RELASI_REMINDER_KIND_THANK_YOU:
          english_start = "Thank ";
          indonesian_start = "Ucapkan terima kasih kepada ";
          break;
        case RELASI_REMINDER_KIND_COMPLAINT_ANSWER:
          english_start = "Answer the complaint of ";
          indonesian_start = "Jawab keluhan ";
          break;
        case RELASI_REMINDER_KIND_PROMISE:
          english_start = "Keep the promise to ";
          indonesian_start = "Tepati janji kepada ";
          break;
        case RELASI_REMINDER_KIND_CHECK_IN:
          english_start = "Get in touch with ";
          indonesian_start = "Hubungi ";
          break;
        case RELASI_REMINDER_KIND_FEEDBACK_REQUEST:
        case RELASI_REMINDER_KIND_CUSTOM:
        default:
          continue;
        }
      g_assert_nonnull (english);
      g_test_message ("%s → %s", english, title);
      g_assert_true (g_str_has_prefix (english, english_start));
      g_assert_true (g_str_has_prefix (title, indonesian_start));
      g_assert_nonnull (strstr (title, name));
      seen[relasi_reminder_get_kind (r)]++;
    }
  g_assert_cmpuint (seen[RELASI_REMINDER_KIND_THANK_YOU], >, 0);
  g_assert_cmpuint (seen[RELASI_REMINDER_KIND_COMPLAINT_ANSWER], >, 0);
  g_assert_cmpuint (seen[RELASI_REMINDER_KIND_PROMISE], >, 0);
  g_assert_cmpuint (seen[RELASI_REMINDER_KIND_CHECK_IN], >, 0);

  /* the dashboard names the oldest owed thank-you in Indonesian too */
  g_assert_true (relasi_store_get_dashboard_urgent (store, relasi_clock_now () + 86400, &urgent, &error));
  g_assert_no_error (error);
  g_assert_nonnull (urgent.oldest_thank_you.text);
  g_assert_true (g_str_has_prefix (urgent.oldest_thank_you.text, "Ucapkan terima kasih kepada "));
  relasi_dashboard_urgent_clear (&urgent);

  g_clear_object (&store);
  test_remove_dir (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("RELASI_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_setenv ("RELASI_NOW", NOW, TRUE);
  if (!relasi_clock_init (&error))
    g_error ("%s", error->message);

  g_test_add_func ("/title-language/made-in-english-read-in-indonesian",
                   test_made_in_english_read_in_indonesian);

  return g_test_run ();
}
