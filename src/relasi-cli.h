/* relasi-cli.h — the command line: options and the headless commands
 *
 * The headless commands use core alone and never open a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RELASI_CLI_EXIT_USAGE 2

typedef struct
{
  char     *data_dir;
  gboolean  version;
  gboolean  service;      /* --gapplication-service: started by D-Bus activation */
} RelasiCliOptions;

gboolean relasi_cli_parse         (RelasiCliOptions  *options,
                                   int               *argc,
                                   char            ***argv,
                                   GError           **error);
int      relasi_cli_run           (RelasiCliOptions  *options);
void     relasi_cli_options_clear (RelasiCliOptions  *options);

G_END_DECLS
