/* relasi-memory.h — giving memory back to the system after a burst of work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void relasi_memory_release_soon       (void);
void relasi_memory_release_on_scroll  (GtkAdjustment *adjustment);

G_END_DECLS
