/* relasi-paths.h — where Relasi keeps its data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The one place that decides where the data lives: $RELASI_DATA_DIR when set,
 * otherwise $XDG_DATA_HOME/relasi (g_get_user_data_dir()). */
char     *relasi_data_dir           (void);

/* Creates @dir (and parents) with mode 0700 when it does not exist. */
gboolean  relasi_ensure_private_dir (const char  *dir,
                                     GError     **error);

G_END_DECLS
