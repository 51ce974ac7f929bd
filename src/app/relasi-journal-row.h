/* relasi-journal-row.h — one journal entry in the list: kind, customer, summary, time,
 * mood and the state of what it owes (a complaint's answer, a promise), with the day
 * header above the first entry of each day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "relasi-interaction.h"
#include "relasi-store-entry.h"

G_BEGIN_DECLS

#define RELASI_TYPE_JOURNAL_ROW (relasi_journal_row_get_type ())

G_DECLARE_FINAL_TYPE (RelasiJournalRow, relasi_journal_row, RELASI, JOURNAL_ROW, GtkWidget)

GtkWidget         *relasi_journal_row_new          (void);
void               relasi_journal_row_set_entry    (RelasiJournalRow           *self,
                                                    RelasiInteraction          *entry,
                                                    const char                 *day_header,
                                                    const char * const         *tokens,
                                                    const RelasiEntryCaseState *state,
                                                    gint64                      now);
RelasiInteraction *relasi_journal_row_get_entry    (RelasiJournalRow           *self);
const char        *relasi_journal_row_get_state_text (RelasiJournalRow         *self);

const char *relasi_journal_kind_icon_name   (RelasiInteractionKind  kind);
const char *relasi_journal_kind_style_class (RelasiInteractionKind  kind);
char      **relasi_journal_search_tokens    (const char            *text);
char       *relasi_journal_highlight        (const char            *text,
                                             const char * const    *tokens);
char       *relasi_journal_format_day       (gint64                 utc,
                                             gint64                 now);

G_END_DECLS
