/* relasi-journal-filters.h — the journal's filter bar: kind, customer, date range,
 * mood and "open items only", with the active filters as removable chips
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "relasi-store.h"

G_BEGIN_DECLS

typedef enum {
  RELASI_DATE_RANGE_ANY,
  RELASI_DATE_RANGE_THIS_WEEK,
  RELASI_DATE_RANGE_THIS_MONTH,
  RELASI_DATE_RANGE_LAST_90_DAYS,
  RELASI_DATE_RANGE_CUSTOM,
} RelasiDateRange;

#define RELASI_TYPE_JOURNAL_FILTERS (relasi_journal_filters_get_type ())

G_DECLARE_FINAL_TYPE (RelasiJournalFilters, relasi_journal_filters, RELASI, JOURNAL_FILTERS, GtkWidget)

void            relasi_journal_filters_set_store       (RelasiJournalFilters *self,
                                                        RelasiStore          *store);
guint           relasi_journal_filters_get_kinds       (RelasiJournalFilters *self);
void            relasi_journal_filters_set_kinds       (RelasiJournalFilters *self,
                                                        guint                 kinds);
gint64          relasi_journal_filters_get_customer_id (RelasiJournalFilters *self);
void            relasi_journal_filters_set_customer    (RelasiJournalFilters *self,
                                                        gint64                id,
                                                        const char           *name);
RelasiDateRange relasi_journal_filters_get_date_range  (RelasiJournalFilters *self);
void            relasi_journal_filters_set_date_range  (RelasiJournalFilters *self,
                                                        RelasiDateRange       range,
                                                        gint64                custom_since,
                                                        gint64                custom_until);
void            relasi_journal_filters_get_time_range  (RelasiJournalFilters *self,
                                                        gint64               *since,
                                                        gint64               *until);
guint           relasi_journal_filters_get_sentiments  (RelasiJournalFilters *self);
void            relasi_journal_filters_set_sentiments  (RelasiJournalFilters *self,
                                                        guint                 sentiments);
gboolean        relasi_journal_filters_get_open_only   (RelasiJournalFilters *self);
void            relasi_journal_filters_set_open_only   (RelasiJournalFilters *self,
                                                        gboolean              open_only);
gboolean        relasi_journal_filters_is_active       (RelasiJournalFilters *self);
char           *relasi_journal_filters_describe        (RelasiJournalFilters *self);
void            relasi_journal_filters_clear           (RelasiJournalFilters *self);

G_END_DECLS
