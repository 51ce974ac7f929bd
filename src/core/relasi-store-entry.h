/* relasi-store-entry.h — a journal entry with what it set off, read and saved as one
 *
 * The journal page shows a complaint's or promise's state next to it, and the entry
 * editor saves the entry, its case (answered, resolved, root cause, corrective action)
 * and a promise's outcome together: all of it in one transaction, or nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "relasi-store.h"

G_BEGIN_DECLS

/* The repair case an entry opened (a complaint, a mistake, a broken promise). */
typedef struct {
  gint64 case_id;         /* 0 when the entry opened no case */
  gint64 opened_at;
  gint64 answer_due_at;   /* complaints: the answer deadline */
  gint64 answered_at;
  gint64 resolved_at;
} RelasiEntryCaseState;

gboolean    relasi_store_get_entry_case_state     (RelasiStore           *self,
                                                   gint64                 interaction_id,
                                                   RelasiEntryCaseState  *state,
                                                   GError               **error);
RelasiCase *relasi_store_get_case_for_interaction (RelasiStore           *self,
                                                   gint64                 interaction_id,
                                                   GError               **error);
gboolean    relasi_store_count_owed_thank_yous    (RelasiStore           *self,
                                                   gint64                 customer_id,
                                                   gint64                *count,
                                                   GError               **error);
gboolean    relasi_store_save_entry               (RelasiStore           *self,
                                                   RelasiInteraction     *interaction,
                                                   RelasiCase            *rcase,
                                                   RelasiPromiseOutcome   outcome,
                                                   GError               **error);

G_END_DECLS
