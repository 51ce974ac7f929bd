/* main.c — start Relasi: headless commands on core alone, otherwise the application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "relasi-application.h"
#include "relasi-cli.h"
#include "relasi-clock.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RelasiApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  RelasiCliOptions options = { 0 };
  const char *localedir;
  int status;

  /* Tests run the program from the build tree, where the translations are too. */
  localedir = g_getenv ("RELASI_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_prgname ("relasi");
  g_set_application_name (_("Relasi"));

  if (!relasi_cli_parse (&options, &argc, &argv, &error))
    {
      g_printerr ("relasi: %s\n", error->message);
      g_printerr (_("Run “%s --help” to see the options.\n"), "relasi");
      relasi_cli_options_clear (&options);
      return RELASI_CLI_EXIT_USAGE;
    }

  if (!relasi_clock_init (&error))
    {
      g_printerr ("relasi: %s\n", error->message);
      relasi_cli_options_clear (&options);
      return RELASI_CLI_EXIT_USAGE;
    }

  status = relasi_cli_run (&options);
  if (status < 0)
    {
      app = relasi_application_new (options.service);
      if (options.background)
        status = relasi_application_run_background (app, argc, argv);
      else
        status = g_application_run (G_APPLICATION (app), argc, argv);
    }

  relasi_cli_options_clear (&options);
  return status;
}
