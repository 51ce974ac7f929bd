/* relasi-memory.h — giving memory back to the system after a burst of work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void relasi_memory_release_soon (void);

G_END_DECLS
