/* relasi-preferences-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RELASI_TYPE_PREFERENCES_WINDOW (relasi_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (RelasiPreferencesWindow, relasi_preferences_window, RELASI, PREFERENCES_WINDOW, GtkWindow)

RelasiPreferencesWindow *relasi_preferences_window_new (GSettings *settings,
                                                        GtkWindow *parent);

G_END_DECLS
