/* relasi-journal-list.h — the journal as a GListModel that pages from SQLite
 *
 * The newest entry first. Filters: one customer, a set of kinds, a time range, text
 * search (prefix matching over summary, details and the customer's name) and "open
 * items only" (open promises and entries with an open reminder or case) and a set of moods.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "relasi-store.h"

G_BEGIN_DECLS

/* A set of RelasiInteractionKind as bits; 0 means every kind. */
#define RELASI_KIND_BIT(kind) (1u << (kind))

/* A set of sentiments (-2 .. +2) as bits; 0 means every mood. */
#define RELASI_SENTIMENT_BIT(sentiment) (1u << ((sentiment) + 2))
#define RELASI_SENTIMENT_ALL            0x1fu

#define RELASI_TYPE_JOURNAL_LIST (relasi_journal_list_get_type ())

G_DECLARE_FINAL_TYPE (RelasiJournalList, relasi_journal_list, RELASI, JOURNAL_LIST, GObject)

RelasiJournalList *relasi_journal_list_new             (RelasiStore       *store);
RelasiStore       *relasi_journal_list_get_store       (RelasiJournalList *self);
gint64             relasi_journal_list_get_customer_id (RelasiJournalList *self);
void               relasi_journal_list_set_customer_id (RelasiJournalList *self,
                                                        gint64             customer_id);
guint              relasi_journal_list_get_kinds       (RelasiJournalList *self);
void               relasi_journal_list_set_kinds       (RelasiJournalList *self,
                                                        guint              kinds);
void               relasi_journal_list_set_time_range  (RelasiJournalList *self,
                                                        gint64             since,
                                                        gint64             until);
gint64             relasi_journal_list_get_since       (RelasiJournalList *self);
gint64             relasi_journal_list_get_until       (RelasiJournalList *self);
const char        *relasi_journal_list_get_search_text (RelasiJournalList *self);
void               relasi_journal_list_set_search_text (RelasiJournalList *self,
                                                        const char        *text);
gboolean           relasi_journal_list_get_open_only   (RelasiJournalList *self);
void               relasi_journal_list_set_open_only   (RelasiJournalList *self,
                                                        gboolean           open_only);
guint              relasi_journal_list_get_sentiments  (RelasiJournalList *self);
void               relasi_journal_list_set_sentiments  (RelasiJournalList *self,
                                                        guint              sentiments);
gboolean           relasi_journal_list_has_more        (RelasiJournalList *self);
void               relasi_journal_list_reload          (RelasiJournalList *self);

G_END_DECLS
