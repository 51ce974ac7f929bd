/* test-database-error.c — a database Relasi must not open is refused with a clear
 * window, and the file is left exactly as it was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-paths.h"
#include "relasi-status-page.h"
#include "relasi-test-ui.h"
#include "relasi-test-util.h"

static gboolean
find_status_page (GtkWidget *widget, RelasiStatusPage **out)
{
  if (RELASI_IS_STATUS_PAGE (widget))
    {
      *out = RELASI_STATUS_PAGE (widget);
      return TRUE;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (find_status_page (child, out))
      return TRUE;
  return FALSE;
}

static void
test_garbage_file_refused (void)
{
  g_autofree char *dir = relasi_data_dir ();
  g_autofree char *path = g_build_filename (dir, "relasi.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(RelasiApplication) app = NULL;
  RelasiStatusPage *page = NULL;
  GList *windows;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "These are my customers, typed by hand.\n", -1, NULL));
  before = test_file_checksum (path);

  app = relasi_application_new (FALSE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_application_activate (G_APPLICATION (app));

  g_assert_null (relasi_application_get_store (app));
  g_assert_nonnull (relasi_application_get_store_error (app));
  g_assert_null (relasi_test_ui_get_window (app));

  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_nonnull (windows);
  relasi_test_ui_settle (windows->data);
  g_assert_true (find_status_page (windows->data, &page));
  g_assert_nonnull (strstr (relasi_status_page_get_description (page),
                            relasi_application_get_store_error (app)->message));
  relasi_test_ui_screenshot (windows->data, "database-refused");

  relasi_test_ui_activate (windows->data, "app.quit", NULL);
  g_clear_object (&app);

  after = test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static gboolean
find_button (GtkWidget *widget, const char *label, GtkWidget **out)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    {
      *out = widget;
      return TRUE;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (find_button (child, label, out))
      return TRUE;
  return FALSE;
}

/* The data folder is a file (RELASI_DATA_DIR or --data-dir mistyped): the window says
 * so, does not offer to open a folder that is not one, and changes nothing. */
static void
folder_is_a_file (void)
{
  g_autofree char *saved = g_strdup (g_getenv ("RELASI_DATA_DIR"));
  g_autofree char *file = g_build_filename (saved, "not-a-folder", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(RelasiApplication) app = NULL;
  RelasiStatusPage *page = NULL;
  GtkWidget *open_button = NULL;
  GList *windows;

  g_assert_cmpint (g_mkdir_with_parents (saved, 0700), ==, 0);
  g_assert_true (g_file_set_contents (file, "notes\n", -1, NULL));
  before = test_file_checksum (file);
  g_setenv ("RELASI_DATA_DIR", file, TRUE);

  app = relasi_application_new (FALSE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_application_activate (G_APPLICATION (app));
  g_assert_null (relasi_application_get_store (app));

  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_nonnull (windows);
  relasi_test_ui_settle (windows->data);
  g_assert_true (find_status_page (windows->data, &page));
  g_assert_nonnull (strstr (relasi_status_page_get_description (page), file));
  g_assert_nonnull (strstr (relasi_status_page_get_description (page), _("Relasi has not changed anything")));
  g_assert_null (strstr (relasi_status_page_get_description (page), _("backups folder")));
  g_assert_true (find_button (windows->data, _("_Open Data Folder"), &open_button));
  g_assert_false (gtk_widget_get_visible (open_button));
  relasi_test_ui_screenshot (windows->data, "database-folder-is-a-file");

  relasi_test_ui_activate (windows->data, "app.quit", NULL);
  g_clear_object (&app);
  g_setenv ("RELASI_DATA_DIR", saved, TRUE);

  after = test_file_checksum (file);
  g_assert_cmpstr (before, ==, after);
}

/* in a process of its own: an application stays on the bus until its process ends */
static void
test_folder_is_a_file (void)
{
  if (g_test_subprocess ())
    {
      folder_is_a_file ();
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  relasi_test_ui_init (&argc, &argv);

  /* first: its process must not meet this one's application on the bus */
  g_test_add_func ("/database-error/folder-is-a-file", test_folder_is_a_file);
  g_test_add_func ("/database-error/garbage-file-refused", test_garbage_file_refused);

  return g_test_run ();
}
