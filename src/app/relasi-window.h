/* relasi-window.h — the main window: sidebar navigation between the four pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "relasi-application.h"
#include "relasi-toast-overlay.h"

G_BEGIN_DECLS

#define RELASI_TYPE_WINDOW (relasi_window_get_type ())

G_DECLARE_FINAL_TYPE (RelasiWindow, relasi_window, RELASI, WINDOW, GtkApplicationWindow)

RelasiWindow *relasi_window_new           (RelasiApplication *application);
const char   *relasi_window_get_page      (RelasiWindow      *self);
void          relasi_window_set_page      (RelasiWindow      *self,
                                           const char        *page_name);
RelasiToastOverlay *relasi_window_get_toast_overlay (RelasiWindow *self);

G_END_DECLS
