/* relasi-file-dialog.h — the one place that asks the user for a file (DESIGN §5)
 *
 * GtkFileDialog on GTK 4.10 and later, GtkFileChooserNative before: both go through
 * the file chooser portal inside Flatpak. Choosing nothing (Cancel, Escape, or the
 * GCancellable) finishes with G_IO_ERROR_CANCELLED, which callers ignore quietly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void   relasi_file_dialog_save_async  (GtkWindow           *parent,
                                       const char          *title,
                                       const char          *suggested_name,
                                       const char          *filter_name,
                                       const char          *mime_or_pattern,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
GFile *relasi_file_dialog_save_finish (GAsyncResult        *result,
                                       GError             **error);
void   relasi_file_dialog_open_async  (GtkWindow           *parent,
                                       const char          *title,
                                       const char          *filter_name,
                                       const char          *mime_or_pattern,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
GFile *relasi_file_dialog_open_finish (GAsyncResult        *result,
                                       GError             **error);

G_END_DECLS
