/* relasi-due-format.h — when something is due, in words a person reads
 *
 * Both forms are shown in local time and translated:
 *   relative  "in 3 hours", "2 days ago", "now"
 *   absolute  "today, 14:00", "tomorrow, 09:00", "Mon 2 Mar, 09:00", "2 Mar 2027, 09:00"
 * @now is passed in (relasi_clock_now() in the program) so tests can fix it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char   *relasi_due_format_relative (gint64 when,
                                    gint64 now);
char   *relasi_due_format_absolute (gint64 when,
                                    gint64 now);
gint64  relasi_due_local_day_start (gint64 when,
                                    int    days_later);
gint64  relasi_due_local_time      (gint64 day,
                                    int    days_later,
                                    int    hour,
                                    int    minute);
gint64  relasi_local_day_number    (gint64 utc);

G_END_DECLS
