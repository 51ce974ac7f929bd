/* relasi-file-dialog.c
 *
 * The project builds with GDK_VERSION_MAX_ALLOWED = 4.8, so GtkFileDialog (4.10) is
 * "unavailable" and GtkFileChooserNative (deprecated in 4.10) is the old way: this file
 * is the only one that may use either, and says so to the compiler.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "relasi-file-dialog.h"

G_GNUC_BEGIN_IGNORE_DEPRECATIONS

static GtkFileFilter *
create_filter (const char *filter_name,
               const char *mime_or_pattern)
{
  GtkFileFilter *filter;

  if (mime_or_pattern == NULL || *mime_or_pattern == '\0')
    return NULL;

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, filter_name ? filter_name : mime_or_pattern);
  if (strchr (mime_or_pattern, '/') != NULL)
    gtk_file_filter_add_mime_type (filter, mime_or_pattern);
  else
    gtk_file_filter_add_pattern (filter, mime_or_pattern);

  return filter;
}

static void
return_cancelled (GTask *task)
{
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("No file was chosen"));
}

#if GTK_CHECK_VERSION (4, 10, 0)

static void
on_dialog_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  if (g_task_get_source_tag (task) == relasi_file_dialog_save_async)
    file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);
  else
    file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, &error);

  if (file != NULL)
    g_task_return_pointer (task, g_steal_pointer (&file), g_object_unref);
  else if (g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED) ||
           g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_CANCELLED))
    return_cancelled (task);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
run_dialog (GTask      *task,
            GtkWindow  *parent,
            const char *title,
            const char *suggested_name,
            const char *filter_name,
            const char *mime_or_pattern)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) filter = create_filter (filter_name, mime_or_pattern);
  GCancellable *cancellable = g_task_get_cancellable (task);

  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_modal (dialog, TRUE);
  if (filter != NULL)
    {
      g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

      g_list_store_append (filters, filter);
      gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
      gtk_file_dialog_set_default_filter (dialog, filter);
    }

  if (g_task_get_source_tag (task) == relasi_file_dialog_save_async)
    {
      if (suggested_name != NULL)
        gtk_file_dialog_set_initial_name (dialog, suggested_name);
      gtk_file_dialog_save (dialog, parent, cancellable, on_dialog_done, task);
    }
  else
    gtk_file_dialog_open (dialog, parent, cancellable, on_dialog_done, task);
}

#else /* GTK 4.8 */

typedef struct {
  GtkNativeDialog *dialog;
  GCancellable    *cancellable;
  gulong           cancelled_id;
} Request;

static void
request_free (gpointer data)
{
  Request *request = data;

  g_assert (request->dialog == NULL);
  g_clear_object (&request->cancellable);
  g_free (request);
}

/* Ends the request once, whichever of the answer and the cancellable comes first. */
static void
complete (GTask *task,
          int    response)
{
  Request *request = g_task_get_task_data (task);
  g_autoptr(GtkNativeDialog) dialog = g_steal_pointer (&request->dialog);
  g_autoptr(GFile) file = NULL;

  if (dialog == NULL)
    return;

  if (request->cancelled_id != 0)
    g_cancellable_disconnect (request->cancellable, request->cancelled_id);
  request->cancelled_id = 0;
  g_signal_handlers_disconnect_by_data (dialog, task);
  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  gtk_native_dialog_destroy (dialog);

  if (file != NULL)
    g_task_return_pointer (task, g_steal_pointer (&file), g_object_unref);
  else
    return_cancelled (task);

  /* The reference the dialog held. */
  g_object_unref (task);
}

static void
on_native_response (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  complete (user_data, response);
}

static gboolean
cancel_in_idle (gpointer user_data)
{
  GTask *task = user_data;

  complete (task, GTK_RESPONSE_CANCEL);
  return G_SOURCE_REMOVE;
}

static void
on_cancelled (GCancellable *cancellable,
              gpointer      user_data)
{
  /* Not from inside the cancellable's own signal: disconnecting there would wait for
   * itself. */
  g_idle_add_full (G_PRIORITY_DEFAULT, cancel_in_idle, g_object_ref (user_data), g_object_unref);
}

static void
run_dialog (GTask      *task,
            GtkWindow  *parent,
            const char *title,
            const char *suggested_name,
            const char *filter_name,
            const char *mime_or_pattern)
{
  gboolean save = g_task_get_source_tag (task) == relasi_file_dialog_save_async;
  g_autoptr(GtkFileFilter) filter = create_filter (filter_name, mime_or_pattern);
  Request *request = g_new0 (Request, 1);
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (title, parent,
                                        save ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
                                        NULL, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  if (filter != NULL)
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  if (save && suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), suggested_name);

  request->dialog = GTK_NATIVE_DIALOG (native);
  g_task_set_task_data (task, request, request_free);

  /* @task is the dialog's reference now, dropped in complete(). */
  g_signal_connect (native, "response", G_CALLBACK (on_native_response), task);
  if (g_task_get_cancellable (task) != NULL)
    {
      request->cancellable = g_object_ref (g_task_get_cancellable (task));
      request->cancelled_id = g_cancellable_connect (request->cancellable,
                                                     G_CALLBACK (on_cancelled), task, NULL);
    }

  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

#endif

static GFile *
dialog_finish (GAsyncResult *result,
               gpointer      source_tag,
               GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

G_GNUC_END_IGNORE_DEPRECATIONS

/**
 * relasi_file_dialog_save_async:
 * @parent: (nullable): the window the dialog belongs to
 * @title: the dialog's title, "Export Journal"
 * @suggested_name: (nullable): a file name to start with, "journal.csv"
 * @filter_name: (nullable): what the files are, "CSV files"
 * @mime_or_pattern: (nullable): "text/csv" or "*.csv"
 *
 * Asks where to save. The file chooser confirms before overwriting.
 */
void
relasi_file_dialog_save_async (GtkWindow           *parent,
                               const char          *title,
                               const char          *suggested_name,
                               const char          *filter_name,
                               const char          *mime_or_pattern,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (title != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, relasi_file_dialog_save_async);
  if (g_task_return_error_if_cancelled (task))
    return;

  run_dialog (g_steal_pointer (&task), parent, title, suggested_name, filter_name, mime_or_pattern);
}

/**
 * relasi_file_dialog_save_finish:
 *
 * Returns: (transfer full): the file to write, or %NULL with @error set
 *   (%G_IO_ERROR_CANCELLED when none was chosen)
 */
GFile *
relasi_file_dialog_save_finish (GAsyncResult  *result,
                                GError       **error)
{
  return dialog_finish (result, relasi_file_dialog_save_async, error);
}

/**
 * relasi_file_dialog_open_async:
 * @parent: (nullable): the window the dialog belongs to
 * @title: the dialog's title, "Import Customers"
 * @filter_name: (nullable): what the files are, "CSV files"
 * @mime_or_pattern: (nullable): "text/csv" or "*.csv"
 *
 * Asks for one existing file.
 */
void
relasi_file_dialog_open_async (GtkWindow           *parent,
                               const char          *title,
                               const char          *filter_name,
                               const char          *mime_or_pattern,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (title != NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, relasi_file_dialog_open_async);
  if (g_task_return_error_if_cancelled (task))
    return;

  run_dialog (g_steal_pointer (&task), parent, title, NULL, filter_name, mime_or_pattern);
}

/**
 * relasi_file_dialog_open_finish:
 *
 * Returns: (transfer full): the chosen file, or %NULL with @error set
 *   (%G_IO_ERROR_CANCELLED when none was chosen)
 */
GFile *
relasi_file_dialog_open_finish (GAsyncResult  *result,
                                GError       **error)
{
  return dialog_finish (result, relasi_file_dialog_open_async, error);
}
