/* relasi-journal-page.h — the journal: every touchpoint, newest first, grouped by day,
 * with search, filters, editing and CSV export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "relasi-journal-filters.h"
#include "relasi-store.h"

G_BEGIN_DECLS

#define RELASI_TYPE_JOURNAL_PAGE (relasi_journal_page_get_type ())

G_DECLARE_FINAL_TYPE (RelasiJournalPage, relasi_journal_page, RELASI, JOURNAL_PAGE, GtkWidget)

RelasiStore          *relasi_journal_page_get_store       (RelasiJournalPage    *self);
void                  relasi_journal_page_set_store       (RelasiJournalPage    *self,
                                                           RelasiStore          *store);
GListModel           *relasi_journal_page_get_model       (RelasiJournalPage    *self);
RelasiJournalFilters *relasi_journal_page_get_filters     (RelasiJournalPage    *self);
void                  relasi_journal_page_set_search_text (RelasiJournalPage    *self,
                                                           const char           *text);
const char           *relasi_journal_page_get_state       (RelasiJournalPage    *self);
void                  relasi_journal_page_export_async    (RelasiJournalPage    *self,
                                                           GFile                *file,
                                                           GCancellable         *cancellable,
                                                           GAsyncReadyCallback   callback,
                                                           gpointer              user_data);
gboolean              relasi_journal_page_export_finish   (RelasiJournalPage    *self,
                                                           GAsyncResult         *result,
                                                           guint64              *n_rows,
                                                           GError              **error);

G_END_DECLS
