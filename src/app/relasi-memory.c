/* relasi-memory.c
 *
 * Scrolling through a long list reads and frees thousands of rows and pages. The C
 * library keeps freed memory inside the process for later, scattered between what is
 * still used, so the process looks as big as its busiest moment long after it. When the
 * work has paused for a while, this hands the free pages back (glibc's malloc_trim();
 * elsewhere nothing happens).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>   /* defines __GLIBC__ with the GNU C library */
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "relasi-memory.h"

#define QUIET_SECONDS 2

static guint release_id;

static gboolean
release (gpointer data)
{
  release_id = 0;
#ifdef __GLIBC__
  malloc_trim (0);
#endif
  return G_SOURCE_REMOVE;
}

/**
 * relasi_memory_release_soon:
 *
 * Gives free memory back to the system once nothing has called this for a couple of
 * seconds (call it on every step of a burst: each call starts the wait again).
 */
void
relasi_memory_release_soon (void)
{
  g_clear_handle_id (&release_id, g_source_remove);
  release_id = g_timeout_add_seconds_full (G_PRIORITY_LOW, QUIET_SECONDS, release, NULL, NULL);
}

static void
on_scrolled (GtkAdjustment *adjustment,
             gpointer       user_data)
{
  relasi_memory_release_soon ();
}

/**
 * relasi_memory_release_on_scroll:
 * @adjustment: a long list's scroll position
 *
 * A scroll through thousands of rows frees as much as it reads: gives the memory back
 * once scrolling has paused.
 */
void
relasi_memory_release_on_scroll (GtkAdjustment *adjustment)
{
  g_return_if_fail (GTK_IS_ADJUSTMENT (adjustment));

  g_signal_connect (adjustment, "value-changed", G_CALLBACK (on_scrolled), NULL);
}
