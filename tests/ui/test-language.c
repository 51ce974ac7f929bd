/* test-language.c — with LANGUAGE=id Relasi speaks Indonesian
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-test-ui.h"

static void
test_indonesian (void)
{
  g_autoptr(RelasiApplication) app = NULL;
  RelasiWindow *window;

  g_assert_cmpstr (g_getenv ("LANGUAGE"), ==, "id");

  app = relasi_test_ui_start ();
  window = relasi_test_ui_get_window (app);

  relasi_window_set_page (window, "customers");
  relasi_test_ui_settle (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Pelanggan");
  relasi_window_set_page (window, "reminders");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Pengingat");

  /* A string from C code, not only from templates. */
  g_assert_cmpstr (_("Keep your customer relationships healthy"), ==,
                   "Jaga hubungan baik dengan pelanggan Anda");

  relasi_window_set_page (window, "dashboard");
  relasi_test_ui_screenshot (GTK_WIDGET (window), "id-dashboard");

  relasi_test_ui_activate (GTK_WIDGET (window), "app.quit", NULL);
}

int
main (int   argc,
      char *argv[])
{
  relasi_test_ui_init (&argc, &argv);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("RELASI_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/language/indonesian", test_indonesian);

  return g_test_run ();
}
