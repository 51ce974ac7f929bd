/* relasi-store-entry.c — see relasi-store-entry.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "relasi-error.h"
#include "relasi-store-entry.h"
#include "relasi-store-private.h"
#include "relasi-validate.h"

/**
 * relasi_store_get_entry_case_state:
 * @self: a store
 * @interaction_id: a journal entry
 * @state: (out caller-allocates): the state of the case it opened; all zero when none
 * @error: return location for an error
 *
 * One indexed lookup, cheap enough for every row the journal shows.
 */
gboolean
relasi_store_get_entry_case_state (RelasiStore           *self,
                                   gint64                 interaction_id,
                                   RelasiEntryCaseState  *state,
                                   GError               **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (state != NULL, FALSE);

  memset (state, 0, sizeof *state);
  stmt = relasi_store_prepare (self,
                               "SELECT id, opened_at, answer_due_at, answered_at, resolved_at FROM cases"
                               " WHERE interaction_id = ?1 ORDER BY id DESC LIMIT 1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, interaction_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      state->case_id = sqlite3_column_int64 (stmt, 0);
      state->opened_at = sqlite3_column_int64 (stmt, 1);
      state->answer_due_at = sqlite3_column_int64 (stmt, 2);
      state->answered_at = sqlite3_column_int64 (stmt, 3);
      state->resolved_at = sqlite3_column_int64 (stmt, 4);
      return TRUE;
    }
  if (rc == SQLITE_DONE)
    return TRUE;
  relasi_store_set_sqlite_error (self, rc, error);
  return FALSE;
}

/**
 * relasi_store_get_case_for_interaction:
 * @self: a store
 * @interaction_id: a journal entry
 * @error: return location for an error
 *
 * Returns: (transfer full): the case the entry opened (the latest, for a promise
 *   broken more than once), or %NULL with %RELASI_ERROR_NOT_FOUND
 */
RelasiCase *
relasi_store_get_case_for_interaction (RelasiStore  *self,
                                       gint64        interaction_id,
                                       GError      **error)
{
  RelasiEntryCaseState state;

  g_return_val_if_fail (RELASI_IS_STORE (self), NULL);

  if (!relasi_store_get_entry_case_state (self, interaction_id, &state, error))
    return NULL;
  if (state.case_id == 0)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_NOT_FOUND,
                   _("This journal entry has no repair case."));
      return NULL;
    }
  return relasi_store_get_case (self, state.case_id, error);
}

/**
 * relasi_store_count_owed_thank_yous:
 * @self: a store
 * @customer_id: a customer
 * @count: (out): the thank-yous owed to them and not yet sent
 * @error: return location for an error
 *
 * What logging a thank-you would close (and whether a purchase would owe a new one).
 */
gboolean
relasi_store_count_owed_thank_yous (RelasiStore  *self,
                                    gint64        customer_id,
                                    gint64       *count,
                                    GError      **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (count != NULL, FALSE);

  stmt = relasi_store_prepare (self,
                               "SELECT count(*) FROM reminders r"
                               " LEFT JOIN customers c ON c.id = r.customer_id"
                               " LEFT JOIN interactions si ON si.id = r.interaction_id"
                               " WHERE r.customer_id = ?1 AND r.kind = 'thank-you' AND r.done_at = 0"
                               " AND " RELASI_REMINDER_VISIBLE,
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, customer_id);
  return relasi_store_query_int64 (self, stmt, count, error);
}

static gboolean
save_case (RelasiStore  *self,
           gint64        interaction_id,
           RelasiCase   *wanted,
           GError      **error)
{
  g_autoptr(RelasiCase) rcase = NULL;

  rcase = relasi_store_get_case_for_interaction (self, interaction_id, error);
  if (rcase == NULL)
    return FALSE;

  relasi_case_set_root_cause (rcase, relasi_case_get_root_cause (wanted));
  relasi_case_set_root_cause_text (rcase, relasi_case_get_root_cause_text (wanted));
  relasi_case_set_corrective_action (rcase, relasi_case_get_corrective_action (wanted));
  if (!relasi_store_update_case (self, rcase, error))
    return FALSE;

  if (relasi_case_get_answered_at (wanted) != 0 && relasi_case_get_answered_at (rcase) == 0 &&
      !relasi_store_answer_case (self, relasi_case_get_id (rcase), relasi_case_get_answered_at (wanted), error))
    return FALSE;
  if (relasi_case_get_resolved_at (wanted) != 0 && relasi_case_get_resolved_at (rcase) == 0 &&
      !relasi_store_resolve_case (self, relasi_case_get_id (rcase), relasi_case_get_resolved_at (wanted), error))
    return FALSE;
  return TRUE;
}

/**
 * relasi_store_save_entry:
 * @self: a store
 * @interaction: the entry; a new one (id 0) is logged with its rules, an existing one
 *   updated (its kind and customer stay)
 * @rcase: (nullable): for an entry that opened a case: the root cause (category and
 *   text), the corrective action, and answered-at / resolved-at when they are to be set
 *   now (times already recorded stay)
 * @outcome: for a promise: its outcome; %RELASI_PROMISE_OUTCOME_NONE or the current
 *   outcome leave it as it is; renegotiated keeps it open until the entry's due date
 * @error: return location for an error
 *
 * Saves everything in one transaction and emits ::changed once. On failure nothing is
 * saved (and a new entry keeps id 0).
 */
gboolean
relasi_store_save_entry (RelasiStore           *self,
                         RelasiInteraction     *interaction,
                         RelasiCase            *rcase,
                         RelasiPromiseOutcome   outcome,
                         GError               **error)
{
  gboolean is_new;
  gint64 id;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (RELASI_IS_INTERACTION (interaction), FALSE);
  g_return_val_if_fail (rcase == NULL || RELASI_IS_CASE (rcase), FALSE);

  if (!relasi_interaction_validate (interaction, error))
    return FALSE;

  is_new = relasi_interaction_get_id (interaction) <= 0;
  if (!relasi_store_batch_begin (self, error))
    return FALSE;

  if (is_new)
    {
      if (relasi_interaction_get_kind (interaction) == RELASI_INTERACTION_KIND_PROMISE &&
          outcome != RELASI_PROMISE_OUTCOME_NONE)
        relasi_interaction_set_outcome (interaction, outcome);
      if (!relasi_store_add_interaction (self, interaction, error))
        goto fail;
    }
  else if (!relasi_store_update_interaction (self, interaction, error))
    goto fail;

  id = relasi_interaction_get_id (interaction);

  if (rcase != NULL && !save_case (self, id, rcase, error))
    goto fail;

  if (!is_new && relasi_interaction_get_kind (interaction) == RELASI_INTERACTION_KIND_PROMISE &&
      outcome != RELASI_PROMISE_OUTCOME_NONE)
    {
      g_autoptr(RelasiInteraction) current = relasi_store_get_interaction (self, id, error);

      if (current == NULL)
        goto fail;
      if (relasi_interaction_get_outcome (current) != outcome)
        {
          if (!relasi_store_set_promise_outcome (self, id, outcome,
                                                 relasi_interaction_get_due_at (interaction), error))
            goto fail;
          relasi_interaction_set_outcome (interaction, outcome);
        }
    }

  if (!relasi_store_batch_commit (self, error))
    goto reset;
  return TRUE;

fail:
  relasi_store_batch_rollback (self);
reset:
  if (is_new)
    relasi_interaction_set_id (interaction, 0);
  return FALSE;
}
