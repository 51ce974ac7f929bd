/* relasi-clock.h — the one source of "now"
 *
 * Every piece of Relasi that needs the time asks this clock. The environment variable
 * RELASI_NOW (ISO 8601, e.g. "2026-03-01T09:00:00+07:00") fixes the start time so that
 * tests and demos can travel in time; from that start the clock runs on with the real
 * monotonic time, and tests may jump it forward with relasi_clock_advance().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean   relasi_clock_init           (GError     **error);
gint64     relasi_clock_now            (void);
GDateTime *relasi_clock_now_local      (void);
void       relasi_clock_advance        (gint64       seconds);
void       relasi_clock_set_now        (gint64       utc_seconds);
void       relasi_clock_reset          (void);
void       relasi_clock_set_thread_now (gint64       utc_seconds);
void       relasi_clock_clear_thread_now (void);
gboolean   relasi_clock_parse_iso8601  (const char  *text,
                                        gint64      *utc_seconds,
                                        GError     **error);

G_END_DECLS
