/* relasi-sample.h — realistic sample data for demos, screenshots and trying Relasi at size
 *
 * A small Indonesian bakery and caterer, "Toko Roti Sari" in Bandung, with its customers
 * and 18 months of journal before now (relasi_clock_now()). Everything goes through the
 * store API, in the order it happened with the clock set to each moment, so the rules
 * (owed thank-yous, cases, reminders, health) run exactly as for real entries. The
 * random numbers come from a fixed seed: the same RELASI_NOW gives the same data.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "relasi-store.h"

G_BEGIN_DECLS

#define RELASI_SAMPLE_DEFAULT_ENTRIES   600
#define RELASI_SAMPLE_DEFAULT_CUSTOMERS 40
#define RELASI_SAMPLE_MAX_ENTRIES       10000000
#define RELASI_SAMPLE_ENTRIES_PER_CUSTOMER 100

typedef struct {
  guint   customers;      /* customers added */
  guint64 interactions;   /* journal entries logged */
} RelasiSampleResult;

gboolean relasi_sample_is_empty (RelasiStore        *store,
                                 gboolean           *empty,
                                 GError            **error);
gboolean relasi_sample_fill     (RelasiStore        *store,
                                 guint64             n_entries,
                                 RelasiSampleResult *result,
                                 GError            **error);

G_END_DECLS
