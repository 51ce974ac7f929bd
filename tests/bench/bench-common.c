/* bench-common.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "bench-common.h"

/* Milliseconds since @start (g_get_monotonic_time()). */
double
bench_ms_since (gint64 start)
{
  return (double) (g_get_monotonic_time () - start) / 1000.0;
}

/* CPU time of the calling thread, in ms: what the work costs, whatever else the machine
 * is doing (wall-clock figures grow with the machine's load). */
double
bench_thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The value at @fraction (0.5: the median, 0.95: p95) of @values, nearest rank; sorts
 * @values. */
double
bench_percentile (GArray *values,
                  double  fraction)
{
  guint index;

  g_assert (values->len > 0);
  g_array_sort (values, compare_doubles);
  index = (guint) (fraction * (double) (values->len - 1) + 0.5);
  return g_array_index (values, double, MIN (index, values->len - 1));
}

double
bench_median (GArray *values)
{
  return bench_percentile (values, 0.5);
}

/* Ends the program with the error's message when @ok is FALSE. */
void
bench_check (gboolean      ok,
             const GError *error)
{
  if (!ok)
    {
      fprintf (stderr, "%s: %s\n", g_get_prgname (), error != NULL ? error->message : "failed");
      exit (1);
    }
}

