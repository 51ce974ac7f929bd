/* relasi-autostart.h — starting Relasi in the background at login
 *
 * Outside a sandbox: writes or removes ~/.config/autostart/io.github.relasi.Relasi.desktop,
 * a copy of the installed $datadir/relasi/io.github.relasi.Relasi.autostart.desktop
 * (Exec=relasi --background). Inside Flatpak (/.flatpak-info exists): asks the
 * Background portal (org.freedesktop.portal.Background.RequestBackground) for autostart
 * with the command line relasi --background, or for no autostart. Called when the
 * person switches "Keep running in the background" on or off.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char     *relasi_autostart_get_path (void);
gboolean  relasi_autostart_set      (gboolean   enabled,
                                     GError   **error);

G_END_DECLS
