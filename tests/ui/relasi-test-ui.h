/* relasi-test-ui.h — what the UI tests share: start the app, wait, look, screenshot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "relasi-application.h"
#include "relasi-window.h"

G_BEGIN_DECLS

void               relasi_test_ui_init        (int          *argc,
                                               char       ***argv);
RelasiApplication *relasi_test_ui_start       (void);
RelasiWindow      *relasi_test_ui_get_window  (RelasiApplication *app);
void               relasi_test_ui_wait        (guint         msec);
gboolean           relasi_test_ui_wait_until  (gboolean    (*condition) (gpointer data),
                                               gpointer      data,
                                               guint         timeout_msec);
void               relasi_test_ui_settle      (GtkWidget    *widget);
GtkWindow         *relasi_test_ui_find_window (GType         type);
void               relasi_test_ui_screenshot  (GtkWidget    *widget,
                                               const char   *name);
GtkWidget         *relasi_test_ui_find        (GtkWidget    *root,
                                               GType         type);
GHashTable        *relasi_test_ui_shown_labels (GtkWidget   *widget);
void               relasi_test_ui_activate    (GtkWidget    *widget,
                                               const char   *action,
                                               GVariant     *parameter);

G_END_DECLS
