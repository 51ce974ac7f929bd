/* bench-common.h — what every benchmark program uses: clocks, medians, errors, clean-up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

double bench_ms_since       (gint64        start);
double bench_thread_cpu_ms  (void);
double bench_percentile     (GArray       *values,
                             double        fraction);
double bench_median         (GArray       *values);
void   bench_check          (gboolean      ok,
                             const GError *error);

G_END_DECLS
