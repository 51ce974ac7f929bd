/* relasi-cli.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "relasi-cli.h"
#include "relasi-error.h"

/**
 * relasi_cli_parse:
 * @options: where the parsed options go
 * @argc: (inout): the argument count; what is left for GApplication on return
 * @argv: (inout): the arguments
 * @error: set with a message for the person at the terminal
 *
 * Parses every option Relasi knows. Unknown options, stray arguments and bad values
 * are errors: the caller prints the message and exits with %RELASI_CLI_EXIT_USAGE.
 */
gboolean
relasi_cli_parse (RelasiCliOptions  *options,
                  int               *argc,
                  char            ***argv,
                  GError           **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *data_dir = NULL;
  gboolean version = FALSE;
  gboolean service = FALSE;
  const GOptionEntry entries[] = {
    { "version", 'v', 0, G_OPTION_ARG_NONE, &version,
      N_("Show the version and exit"), NULL },
    { "data-dir", 'd', 0, G_OPTION_ARG_FILENAME, &data_dir,
      N_("Keep the data in DIR instead of the usual place"), N_("DIR") },
    { "gapplication-service", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &service,
      NULL, NULL },
    { NULL }
  };

  g_return_val_if_fail (options != NULL, FALSE);

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Keep your customer relationships healthy: thank customers, "
                                  "answer complaints in time and keep your promises."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, error))
    return FALSE;

  if (*argc > 1)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_INVALID,
                   _("Unexpected argument “%s”"), (*argv)[1]);
      return FALSE;
    }

  if (data_dir != NULL && (*data_dir == '\0' || g_str_has_prefix (data_dir, "-")))
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_INVALID,
                   _("--data-dir needs the path of a folder"));
      return FALSE;
    }

  options->data_dir = g_steal_pointer (&data_dir);
  options->version = version;
  options->service = service;
  return TRUE;
}

/**
 * relasi_cli_run:
 * @options: parsed options
 *
 * Runs a headless command if one was asked for.
 *
 * Returns: the exit status, or -1 when the application window should start
 */
int
relasi_cli_run (RelasiCliOptions *options)
{
  if (options->data_dir != NULL)
    {
      /* One place decides where the data lives; it reads RELASI_DATA_DIR. */
      g_autofree char *absolute = g_canonicalize_filename (options->data_dir, NULL);
      g_setenv ("RELASI_DATA_DIR", absolute, TRUE);
    }

  if (options->version)
    {
      g_print ("relasi %s\n", PACKAGE_VERSION);
      return 0;
    }

  return -1;
}

void
relasi_cli_options_clear (RelasiCliOptions *options)
{
  g_clear_pointer (&options->data_dir, g_free);
}
