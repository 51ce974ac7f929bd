/* relasi-cli.h — the command line: options and the headless commands
 *
 * The headless commands use core alone and never open a display:
 *   relasi --version
 *   relasi [--data-dir DIR] --sample-data [--scale N]
 *   relasi [--data-dir DIR] --summary [--json]
 *   relasi [--data-dir DIR] --check-reminders
 * and one way to start the application: relasi --background (no window; reminders and
 * notifications keep working).
 * Exit status: 0 done, 1 the command failed (its message is on stderr), 2 bad
 * arguments.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RELASI_CLI_EXIT_FAILURE 1
#define RELASI_CLI_EXIT_USAGE   2

typedef struct
{
  char     *data_dir;
  gboolean  version;
  gboolean  service;      /* --gapplication-service: started by D-Bus activation */
  gboolean  sample_data;  /* --sample-data */
  guint64   scale;        /* --scale N: about N journal entries; 0 = the usual sample */
  gboolean  summary;      /* --summary */
  gboolean  json;         /* --json, with --summary */
  gboolean  check_reminders; /* --check-reminders */
  gboolean  background;   /* --background: start the application without a window */
} RelasiCliOptions;

gboolean relasi_cli_parse         (RelasiCliOptions  *options,
                                   int               *argc,
                                   char            ***argv,
                                   GError           **error);
int      relasi_cli_run           (RelasiCliOptions  *options);
void     relasi_cli_options_clear (RelasiCliOptions  *options);

G_END_DECLS
