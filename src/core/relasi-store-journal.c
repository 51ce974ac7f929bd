/* relasi-store-journal.c — the journal, and the rules logging an entry sets off
 *
 * The rules (DESIGN §3), each in the same transaction as the entry:
 *   purchase, meeting  owe a thank-you after thank-you-after-days (one open per customer)
 *   thank-you          closes the customer's owed thank-yous (reopened if it is deleted)
 *   complaint          opens a complaint case and owes an answer within
 *                      complaint-answer-hours (a complaint-answer reminder)
 *   promise            owes its delivery by its due date (a promise reminder); it ends
 *                      kept, late, broken (which opens a broken-promise case) or is
 *                      renegotiated to a new date
 *   mistake            opens a mistake case, to be repaired with a corrective action
 * Reminders and cases made by an entry are hidden while the entry is in the trash and
 * go with it when it is purged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "relasi-clock.h"
#include "relasi-error.h"
#include "relasi-reminder-title.h"
#include "relasi-store-private.h"
#include "relasi-validate.h"

RelasiInteraction *
relasi_interaction_from_row (RelasiStmt *stmt)
{
  RelasiInteraction *i = relasi_interaction_new ();
  RelasiInteractionKind kind = RELASI_INTERACTION_KIND_NOTE;
  RelasiPromiseOutcome outcome = RELASI_PROMISE_OUTCOME_NONE;

  g_object_freeze_notify (G_OBJECT (i));
  relasi_interaction_set_id (i, sqlite3_column_int64 (stmt, 0));
  relasi_interaction_set_customer_id (i, sqlite3_column_int64 (stmt, 1));
  relasi_interaction_set_customer_name (i, relasi_store_column_text (stmt, 2));
  relasi_interaction_kind_from_string (relasi_store_column_text (stmt, 3), &kind);
  relasi_interaction_set_kind (i, kind);
  relasi_interaction_set_occurred_at (i, sqlite3_column_int64 (stmt, 4));
  relasi_interaction_set_summary (i, relasi_store_column_text (stmt, 5));
  relasi_interaction_set_details (i, relasi_store_column_text (stmt, 6));
  relasi_interaction_set_sentiment (i, sqlite3_column_int (stmt, 7));
  relasi_interaction_set_amount (i, sqlite3_column_double (stmt, 8));
  relasi_interaction_set_due_at (i, sqlite3_column_int64 (stmt, 9));
  relasi_promise_outcome_from_string (relasi_store_column_text (stmt, 10), &outcome);
  relasi_interaction_set_outcome (i, outcome);
  relasi_interaction_set_outcome_at (i, sqlite3_column_int64 (stmt, 11));
  relasi_interaction_set_created_at (i, sqlite3_column_int64 (stmt, 12));
  relasi_interaction_set_updated_at (i, sqlite3_column_int64 (stmt, 13));
  relasi_interaction_set_deleted_at (i, sqlite3_column_int64 (stmt, 14));
  g_object_thaw_notify (G_OBJECT (i));

  return i;
}

static void
set_not_found (GError **error)
{
  g_set_error (error, RELASI_ERROR, RELASI_ERROR_NOT_FOUND,
               _("This journal entry does not exist (any more)."));
}

/**
 * relasi_store_get_interaction:
 * @self: a store
 * @id: the entry's id
 * @error: return location for an error
 *
 * Returns: (transfer full): the entry (also one in the trash), or %NULL with
 *   %RELASI_ERROR_NOT_FOUND
 */
RelasiInteraction *
relasi_store_get_interaction (RelasiStore  *self,
                              gint64        id,
                              GError      **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (RELASI_IS_STORE (self), NULL);

  stmt = relasi_store_prepare (self,
                               "SELECT " RELASI_INTERACTION_COLUMNS " FROM interactions i"
                               " JOIN customers c ON c.id = i.customer_id WHERE i.id = ?1",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return relasi_interaction_from_row (stmt);
  if (rc == SQLITE_DONE)
    set_not_found (error);
  else
    relasi_store_set_sqlite_error (self, rc, error);
  return NULL;
}

/* A reminder the rules make, with an automatic title (relasi-reminder-title.h): the one
 * composed now is stored too, for whatever reads the table itself. */
static gboolean
insert_reminder (RelasiStore            *self,
                 gint64                  customer_id,
                 gint64                  interaction_id,
                 RelasiReminderKind      kind,
                 RelasiInteractionKind   source_kind,
                 const char             *name,
                 const char             *summary,
                 gint64                  due_at,
                 GError                **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;
  g_autofree char *title = relasi_reminder_title_compose (kind, source_kind, name, summary);

  g_assert (title != NULL);
  stmt = relasi_store_prepare (self,
                               "INSERT INTO reminders (customer_id, interaction_id, kind, title, title_auto,"
                               " due_at, created_at) VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6)",
                               error);
  if (stmt == NULL)
    return FALSE;
  relasi_store_bind_id (stmt, 1, customer_id);
  relasi_store_bind_id (stmt, 2, interaction_id);
  relasi_store_bind_text (stmt, 3, relasi_reminder_kind_to_string (kind));
  relasi_store_bind_text (stmt, 4, title);
  sqlite3_bind_int64 (stmt, 5, CLAMP (due_at, 1, RELASI_TIME_LIMIT - 1));
  sqlite3_bind_int64 (stmt, 6, relasi_clock_now ());
  return relasi_store_step_done (self, stmt, error);
}

static gboolean
insert_case (RelasiStore     *self,
             gint64           customer_id,
             gint64           interaction_id,
             RelasiCaseKind   kind,
             gint64           opened_at,
             gint64           answer_due_at,
             GError         **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;

  stmt = relasi_store_prepare (self,
                               "INSERT INTO cases (customer_id, interaction_id, kind, opened_at,"
                               " answer_due_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, customer_id);
  relasi_store_bind_id (stmt, 2, interaction_id);
  relasi_store_bind_text (stmt, 3, relasi_case_kind_to_string (kind));
  sqlite3_bind_int64 (stmt, 4, opened_at);
  sqlite3_bind_int64 (stmt, 5, CLAMP (answer_due_at, 0, RELASI_TIME_LIMIT - 1));
  sqlite3_bind_int64 (stmt, 6, relasi_clock_now ());
  return relasi_store_step_done (self, stmt, error);
}

/* The rules for a new entry; runs inside the entry's transaction. */
static gboolean
apply_rules (RelasiStore         *self,
             RelasiInteraction   *interaction,
             gint64               id,
             const char          *name,
             RelasiStoreChange   *changes,
             GError             **error)
{
  gint64 customer_id = relasi_interaction_get_customer_id (interaction);
  gint64 occurred = relasi_interaction_get_occurred_at (interaction);
  RelasiInteractionKind kind = relasi_interaction_get_kind (interaction);
  const char *summary = relasi_interaction_get_summary (interaction);

  switch (kind)
    {
    case RELASI_INTERACTION_KIND_PURCHASE:
    case RELASI_INTERACTION_KIND_MEETING:
      {
        g_autoptr(RelasiStmt) owed = NULL;
        gint64 n_owed;

        owed = relasi_store_prepare (self,
                                     "SELECT count(*) FROM reminders r"
                                     " LEFT JOIN customers c ON c.id = r.customer_id"
                                     " LEFT JOIN interactions si ON si.id = r.interaction_id"
                                     " WHERE r.customer_id = ?1 AND r.kind = 'thank-you' AND r.done_at = 0"
                                     " AND " RELASI_REMINDER_VISIBLE,
                                     error);
        if (owed == NULL)
          return FALSE;
        sqlite3_bind_int64 (owed, 1, customer_id);
        if (!relasi_store_query_int64 (self, owed, &n_owed, error))
          return FALSE;
        if (n_owed > 0)
          break;

        if (!insert_reminder (self, customer_id, id, RELASI_REMINDER_KIND_THANK_YOU, kind, name, summary,
                              occurred + (gint64) self->thank_you_after_days * RELASI_DAY,
                              error))
          return FALSE;
        *changes |= RELASI_STORE_CHANGE_REMINDERS;
      }
      break;

    case RELASI_INTERACTION_KIND_THANK_YOU:
      {
        g_autoptr(RelasiStmt) close = NULL;

        close = relasi_store_prepare (self,
                                      "UPDATE reminders SET done_at = ?1, closed_by_interaction_id = ?2"
                                      " WHERE customer_id = ?3 AND kind = 'thank-you' AND done_at = 0"
                                      " AND deleted_at = 0",
                                      error);
        if (close == NULL)
          return FALSE;
        sqlite3_bind_int64 (close, 1, relasi_clock_now ());
        sqlite3_bind_int64 (close, 2, id);
        sqlite3_bind_int64 (close, 3, customer_id);
        if (!relasi_store_step_done (self, close, error))
          return FALSE;
        *changes |= RELASI_STORE_CHANGE_REMINDERS;
      }
      break;

    case RELASI_INTERACTION_KIND_COMPLAINT:
      {
        gint64 answer_due = occurred + (gint64) self->complaint_answer_hours * 3600;

        if (!insert_case (self, customer_id, id, RELASI_CASE_KIND_COMPLAINT, occurred, answer_due, error) ||
            !insert_reminder (self, customer_id, id, RELASI_REMINDER_KIND_COMPLAINT_ANSWER, kind, name,
                              summary, answer_due, error))
          return FALSE;
        *changes |= RELASI_STORE_CHANGE_REMINDERS | RELASI_STORE_CHANGE_CASES;
      }
      break;

    case RELASI_INTERACTION_KIND_PROMISE:
      switch (relasi_interaction_get_outcome (interaction))
        {
        case RELASI_PROMISE_OUTCOME_NONE:
        case RELASI_PROMISE_OUTCOME_RENEGOTIATED:
          if (!insert_reminder (self, customer_id, id, RELASI_REMINDER_KIND_PROMISE, kind, name, summary,
                                relasi_interaction_get_due_at (interaction), error))
            return FALSE;
          *changes |= RELASI_STORE_CHANGE_REMINDERS;
          break;
        case RELASI_PROMISE_OUTCOME_BROKEN:
          if (!insert_case (self, customer_id, id, RELASI_CASE_KIND_BROKEN_PROMISE, occurred, 0, error))
            return FALSE;
          *changes |= RELASI_STORE_CHANGE_CASES;
          break;
        case RELASI_PROMISE_OUTCOME_KEPT:
        case RELASI_PROMISE_OUTCOME_LATE:
        default:
          break;
        }
      break;

    case RELASI_INTERACTION_KIND_MISTAKE:
      if (!insert_case (self, customer_id, id, RELASI_CASE_KIND_MISTAKE, occurred, 0, error))
        return FALSE;
      *changes |= RELASI_STORE_CHANGE_CASES;
      break;

    case RELASI_INTERACTION_KIND_NOTE:
    case RELASI_INTERACTION_KIND_CALL:
    case RELASI_INTERACTION_KIND_EMAIL:
    case RELASI_INTERACTION_KIND_MESSAGE:
    case RELASI_INTERACTION_KIND_FEEDBACK:
    case RELASI_INTERACTION_KIND_IDEA:
    default:
      break;
    }

  return TRUE;
}

/**
 * relasi_store_add_interaction:
 * @self: a store
 * @interaction: the new entry; id, occurred-at (when 0), created-at and updated-at are
 *   set on success
 * @error: return location for an error
 *
 * Logs an entry and applies the rules it sets off (see the top of this file).
 */
gboolean
relasi_store_add_interaction (RelasiStore        *self,
                              RelasiInteraction  *interaction,
                              GError            **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;
  RelasiStoreChange changes = RELASI_STORE_CHANGE_INTERACTIONS | RELASI_STORE_CHANGE_CUSTOMERS;
  gint64 now = relasi_clock_now ();
  gint64 occurred, outcome_at;
  gint64 customer_id;
  gint64 id;
  g_autofree char *name = NULL;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (RELASI_IS_INTERACTION (interaction), FALSE);

  if (!relasi_interaction_validate (interaction, error))
    return FALSE;

  customer_id = relasi_interaction_get_customer_id (interaction);
  occurred = relasi_interaction_get_occurred_at (interaction);
  if (occurred == 0)
    occurred = now;
  outcome_at = relasi_interaction_get_outcome_at (interaction);
  if (relasi_interaction_get_outcome (interaction) != RELASI_PROMISE_OUTCOME_NONE && outcome_at == 0)
    outcome_at = now;

  if (!relasi_store_write_begin (self, error))
    return FALSE;
  if (!relasi_store_customer_exists_named (self, customer_id, TRUE, &name, error))
    {
      relasi_error_set_field (error != NULL ? *error : NULL, "customer-id");
      goto fail;
    }

  stmt = relasi_store_prepare (self,
                               "INSERT INTO interactions (customer_id, kind, occurred_at, summary, details,"
                               " sentiment, amount, due_at, outcome, outcome_at, created_at, updated_at)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
                               error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, customer_id);
  relasi_store_bind_text (stmt, 2, relasi_interaction_kind_to_string (relasi_interaction_get_kind (interaction)));
  sqlite3_bind_int64 (stmt, 3, occurred);
  relasi_store_bind_text (stmt, 4, relasi_interaction_get_summary (interaction));
  relasi_store_bind_text (stmt, 5, relasi_interaction_get_details (interaction));
  sqlite3_bind_int (stmt, 6, relasi_interaction_get_sentiment (interaction));
  sqlite3_bind_double (stmt, 7, relasi_interaction_get_amount (interaction));
  sqlite3_bind_int64 (stmt, 8, relasi_interaction_get_due_at (interaction));
  relasi_store_bind_text (stmt, 9, relasi_promise_outcome_to_string (relasi_interaction_get_outcome (interaction)));
  sqlite3_bind_int64 (stmt, 10, outcome_at);
  sqlite3_bind_int64 (stmt, 11, now);
  if (!relasi_store_step_done (self, stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (self->db);

  g_object_freeze_notify (G_OBJECT (interaction));
  relasi_interaction_set_occurred_at (interaction, occurred);
  if (!apply_rules (self, interaction, id, name, &changes, error))
    {
      g_object_thaw_notify (G_OBJECT (interaction));
      goto fail;
    }

  relasi_store_mark_dirty (self, customer_id);
  if (!relasi_store_write_commit (self, changes, error))
    {
      g_object_thaw_notify (G_OBJECT (interaction));
      return FALSE;
    }

  relasi_interaction_set_id (interaction, id);
  relasi_interaction_set_outcome_at (interaction, outcome_at);
  relasi_interaction_set_created_at (interaction, now);
  relasi_interaction_set_updated_at (interaction, now);
  g_object_thaw_notify (G_OBJECT (interaction));
  return TRUE;

fail:
  relasi_store_write_rollback (self);
  return FALSE;
}

/**
 * relasi_store_update_interaction:
 * @self: a store
 * @interaction: the entry with its new text, time, mood, amount or due date
 * @error: return location for an error
 *
 * The kind and the customer of an entry cannot change (delete it and log a new one);
 * a promise's outcome changes through relasi_store_set_promise_outcome(). Moving an
 * open promise's due date moves its reminder.
 */
gboolean
relasi_store_update_interaction (RelasiStore        *self,
                                 RelasiInteraction  *interaction,
                                 GError            **error)
{
  g_autoptr(RelasiInteraction) old = NULL;
  g_autoptr(RelasiStmt) stmt = NULL;
  g_autoptr(RelasiStmt) remind = NULL;
  gint64 now = relasi_clock_now ();
  gint64 id, occurred;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (RELASI_IS_INTERACTION (interaction), FALSE);

  if (!relasi_interaction_validate (interaction, error))
    return FALSE;

  id = relasi_interaction_get_id (interaction);
  old = relasi_store_get_interaction (self, id, error);
  if (old == NULL)
    return FALSE;
  if (relasi_interaction_get_kind (old) != relasi_interaction_get_kind (interaction))
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_CONFLICT,
                   _("The kind of a journal entry cannot be changed. Delete it and log a new one."));
      relasi_error_set_field (error != NULL ? *error : NULL, "kind");
      return FALSE;
    }
  if (relasi_interaction_get_customer_id (old) != relasi_interaction_get_customer_id (interaction))
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_CONFLICT,
                   _("A journal entry cannot be moved to another customer. Delete it and log a new one."));
      relasi_error_set_field (error != NULL ? *error : NULL, "customer-id");
      return FALSE;
    }

  occurred = relasi_interaction_get_occurred_at (interaction);
  if (occurred == 0)
    occurred = relasi_interaction_get_occurred_at (old);

  if (!relasi_store_write_begin (self, error))
    return FALSE;

  stmt = relasi_store_prepare (self,
                               "UPDATE interactions SET occurred_at = ?1, summary = ?2, details = ?3,"
                               " sentiment = ?4, amount = ?5, due_at = ?6, updated_at = ?7 WHERE id = ?8",
                               error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, occurred);
  relasi_store_bind_text (stmt, 2, relasi_interaction_get_summary (interaction));
  relasi_store_bind_text (stmt, 3, relasi_interaction_get_details (interaction));
  sqlite3_bind_int (stmt, 4, relasi_interaction_get_sentiment (interaction));
  sqlite3_bind_double (stmt, 5, relasi_interaction_get_amount (interaction));
  sqlite3_bind_int64 (stmt, 6, relasi_interaction_get_due_at (interaction));
  sqlite3_bind_int64 (stmt, 7, now);
  sqlite3_bind_int64 (stmt, 8, id);
  if (!relasi_store_step_done (self, stmt, error))
    goto fail;

  if (relasi_interaction_get_kind (interaction) == RELASI_INTERACTION_KIND_PROMISE &&
      relasi_interaction_get_due_at (interaction) != relasi_interaction_get_due_at (old))
    {
      remind = relasi_store_prepare (self,
                                     "UPDATE reminders SET due_at = ?1, snoozed_until = 0, notified_at = 0"
                                     " WHERE interaction_id = ?2 AND kind = 'promise' AND done_at = 0",
                                     error);
      if (remind == NULL)
        goto fail;
      sqlite3_bind_int64 (remind, 1, relasi_interaction_get_due_at (interaction));
      sqlite3_bind_int64 (remind, 2, id);
      if (!relasi_store_step_done (self, remind, error))
        goto fail;
    }

  relasi_store_mark_dirty (self, relasi_interaction_get_customer_id (interaction));
  if (!relasi_store_write_commit (self, RELASI_STORE_CHANGE_INTERACTIONS | RELASI_STORE_CHANGE_CUSTOMERS |
                                        RELASI_STORE_CHANGE_REMINDERS, error))
    return FALSE;

  relasi_interaction_set_occurred_at (interaction, occurred);
  relasi_interaction_set_updated_at (interaction, now);
  return TRUE;

fail:
  relasi_store_write_rollback (self);
  return FALSE;
}

static gboolean
run_id_statement (RelasiStore  *self,
                  const char   *sql,
                  gint64        now,
                  gint64        id,
                  GError      **error)
{
  g_autoptr(RelasiStmt) stmt = relasi_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, id);
  return relasi_store_step_done (self, stmt, error);
}

/**
 * relasi_store_delete_interaction:
 * @self: a store
 * @id: the entry
 * @error: return location for an error
 *
 * Moves the entry to the trash. What it caused is hidden with it; thank-yous it had
 * closed are owed again. relasi_store_undelete_interaction() undoes all of it.
 */
gboolean
relasi_store_delete_interaction (RelasiStore  *self,
                                 gint64        id,
                                 GError      **error)
{
  g_autoptr(RelasiInteraction) old = NULL;
  gint64 now = relasi_clock_now ();

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);

  old = relasi_store_get_interaction (self, id, error);
  if (old == NULL)
    return FALSE;
  if (relasi_interaction_get_deleted_at (old) != 0)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_CONFLICT,
                   _("This journal entry is already in the trash."));
      return FALSE;
    }

  if (!relasi_store_write_begin (self, error))
    return FALSE;
  if (!run_id_statement (self, "UPDATE interactions SET deleted_at = ?1 WHERE id = ?2", now, id, error) ||
      !run_id_statement (self, "UPDATE reminders SET done_at = 0"
                               " WHERE closed_by_interaction_id = ?2 AND done_at > 0", now, id, error))
    {
      relasi_store_write_rollback (self);
      return FALSE;
    }
  relasi_store_mark_dirty (self, relasi_interaction_get_customer_id (old));
  return relasi_store_write_commit (self, RELASI_STORE_CHANGE_ALL, error);
}

gboolean
relasi_store_undelete_interaction (RelasiStore  *self,
                                   gint64        id,
                                   GError      **error)
{
  g_autoptr(RelasiInteraction) old = NULL;
  gint64 now = relasi_clock_now ();

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);

  old = relasi_store_get_interaction (self, id, error);
  if (old == NULL)
    return FALSE;
  if (relasi_interaction_get_deleted_at (old) == 0)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_CONFLICT,
                   _("This journal entry is not in the trash."));
      return FALSE;
    }

  if (!relasi_store_write_begin (self, error))
    return FALSE;
  if (!run_id_statement (self, "UPDATE interactions SET deleted_at = 0, updated_at = ?1 WHERE id = ?2",
                         now, id, error) ||
      !run_id_statement (self, "UPDATE reminders SET done_at = ?1"
                               " WHERE closed_by_interaction_id = ?2 AND done_at = 0", now, id, error))
    {
      relasi_store_write_rollback (self);
      return FALSE;
    }
  relasi_store_mark_dirty (self, relasi_interaction_get_customer_id (old));
  return relasi_store_write_commit (self, RELASI_STORE_CHANGE_ALL, error);
}

/**
 * relasi_store_purge_interaction:
 * @self: a store
 * @id: the entry
 * @error: return location for an error
 *
 * Deletes the entry for good, with the reminders and cases it caused.
 */
gboolean
relasi_store_purge_interaction (RelasiStore  *self,
                                gint64        id,
                                GError      **error)
{
  g_autoptr(RelasiInteraction) old = NULL;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);

  old = relasi_store_get_interaction (self, id, error);
  if (old == NULL)
    return FALSE;

  if (!relasi_store_write_begin (self, error))
    return FALSE;
  if ((relasi_interaction_get_deleted_at (old) == 0 &&
       !run_id_statement (self, "UPDATE reminders SET done_at = 0"
                                " WHERE closed_by_interaction_id = ?2 AND done_at > 0", 0, id, error)) ||
      !run_id_statement (self, "DELETE FROM interactions WHERE id = ?2", 0, id, error))
    {
      relasi_store_write_rollback (self);
      return FALSE;
    }
  relasi_store_mark_dirty (self, relasi_interaction_get_customer_id (old));
  return relasi_store_write_commit (self, RELASI_STORE_CHANGE_ALL, error);
}

/* Inside a write: ends (or renegotiates) @promise. */
gboolean
relasi_store_promise_outcome_locked (RelasiStore           *self,
                                     RelasiInteraction     *promise,
                                     RelasiPromiseOutcome   outcome,
                                     gint64                 due_at,
                                     RelasiStoreChange     *changes,
                                     GError               **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;
  gint64 now = relasi_clock_now ();
  gint64 id = relasi_interaction_get_id (promise);

  stmt = relasi_store_prepare (self,
                               "UPDATE interactions SET outcome = ?1, outcome_at = ?2, due_at = ?3,"
                               " updated_at = ?2 WHERE id = ?4",
                               error);
  if (stmt == NULL)
    return FALSE;
  relasi_store_bind_text (stmt, 1, relasi_promise_outcome_to_string (outcome));
  sqlite3_bind_int64 (stmt, 2, now);
  sqlite3_bind_int64 (stmt, 3, due_at);
  sqlite3_bind_int64 (stmt, 4, id);
  if (!relasi_store_step_done (self, stmt, error))
    return FALSE;

  if (outcome == RELASI_PROMISE_OUTCOME_RENEGOTIATED)
    {
      g_autoptr(RelasiStmt) move = NULL;

      move = relasi_store_prepare (self,
                                   "UPDATE reminders SET due_at = ?1, snoozed_until = 0, notified_at = 0"
                                   " WHERE interaction_id = ?2 AND kind = 'promise' AND done_at = 0",
                                   error);
      if (move == NULL)
        return FALSE;
      sqlite3_bind_int64 (move, 1, due_at);
      sqlite3_bind_int64 (move, 2, id);
      if (!relasi_store_step_done (self, move, error))
        return FALSE;
      if (sqlite3_changes (self->db) == 0 &&
          !insert_reminder (self, relasi_interaction_get_customer_id (promise), id,
                            RELASI_REMINDER_KIND_PROMISE, RELASI_INTERACTION_KIND_PROMISE,
                            relasi_interaction_get_customer_name (promise),
                            relasi_interaction_get_summary (promise), due_at, error))
        return FALSE;
    }
  else
    {
      if (!run_id_statement (self, "UPDATE reminders SET done_at = ?1"
                                   " WHERE interaction_id = ?2 AND kind = 'promise' AND done_at = 0",
                             now, id, error))
        return FALSE;
      if (outcome == RELASI_PROMISE_OUTCOME_BROKEN)
        {
          if (!insert_case (self, relasi_interaction_get_customer_id (promise), id,
                            RELASI_CASE_KIND_BROKEN_PROMISE, now, 0, error))
            return FALSE;
          *changes |= RELASI_STORE_CHANGE_CASES;
        }
    }

  *changes |= RELASI_STORE_CHANGE_INTERACTIONS | RELASI_STORE_CHANGE_REMINDERS;
  relasi_store_mark_dirty (self, relasi_interaction_get_customer_id (promise));
  return TRUE;
}

/**
 * relasi_store_set_promise_outcome:
 * @self: a store
 * @id: a promise in the journal
 * @outcome: kept, late, broken or renegotiated
 * @new_due_at: for renegotiated: the new due date (otherwise ignored)
 * @error: return location for an error
 *
 * Kept, late and broken end the promise and close its reminder; broken opens a
 * broken-promise case. Renegotiated keeps it open with the new date.
 */
gboolean
relasi_store_set_promise_outcome (RelasiStore           *self,
                                  gint64                 id,
                                  RelasiPromiseOutcome   outcome,
                                  gint64                 new_due_at,
                                  GError               **error)
{
  g_autoptr(RelasiInteraction) promise = NULL;
  RelasiPromiseOutcome current;
  RelasiStoreChange changes = RELASI_STORE_CHANGE_CUSTOMERS;
  gint64 due_at;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);

  if (relasi_promise_outcome_to_string (outcome) == NULL || outcome == RELASI_PROMISE_OUTCOME_NONE)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_INVALID, _("Unknown outcome of a promise."));
      relasi_error_set_field (error != NULL ? *error : NULL, "outcome");
      return FALSE;
    }

  promise = relasi_store_get_interaction (self, id, error);
  if (promise == NULL)
    return FALSE;
  if (relasi_interaction_get_kind (promise) != RELASI_INTERACTION_KIND_PROMISE)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_INVALID, _("Only a promise can be kept or broken."));
      relasi_error_set_field (error != NULL ? *error : NULL, "outcome");
      return FALSE;
    }
  if (relasi_interaction_get_deleted_at (promise) != 0)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_NOT_FOUND, _("This journal entry is in the trash."));
      return FALSE;
    }
  current = relasi_interaction_get_outcome (promise);
  if (current != RELASI_PROMISE_OUTCOME_NONE && current != RELASI_PROMISE_OUTCOME_RENEGOTIATED)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_CONFLICT, _("This promise has already ended."));
      return FALSE;
    }

  due_at = relasi_interaction_get_due_at (promise);
  if (outcome == RELASI_PROMISE_OUTCOME_RENEGOTIATED)
    {
      if (!relasi_validate_time (new_due_at, TRUE, "due-at", error))
        return FALSE;
      due_at = new_due_at;
    }

  if (!relasi_store_write_begin (self, error))
    return FALSE;

  if (!relasi_store_promise_outcome_locked (self, promise, outcome, due_at, &changes, error))
    goto fail;

  relasi_store_mark_dirty (self, relasi_interaction_get_customer_id (promise));
  return relasi_store_write_commit (self, changes, error);

fail:
  relasi_store_write_rollback (self);
  return FALSE;
}

/**
 * relasi_store_keep_promise:
 * @self: a store
 * @id: a promise in the journal
 * @error: return location for an error
 *
 * Records the promise as kept: on time when now is not past its due time, else late.
 * (A form that asks for a due *date* should store the end of that day.)
 */
gboolean
relasi_store_keep_promise (RelasiStore  *self,
                           gint64        id,
                           GError      **error)
{
  g_autoptr(RelasiInteraction) promise = NULL;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);

  promise = relasi_store_get_interaction (self, id, error);
  if (promise == NULL)
    return FALSE;

  return relasi_store_set_promise_outcome (self, id,
                                           relasi_clock_now () <= relasi_interaction_get_due_at (promise)
                                           ? RELASI_PROMISE_OUTCOME_KEPT : RELASI_PROMISE_OUTCOME_LATE,
                                           0, error);
}

/**
 * relasi_store_list_open_promises:
 * @self: a store
 * @overdue_only: only those past their due time
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type RelasiInteraction): open promises, the
 *   earliest due first
 */
GPtrArray *
relasi_store_list_open_promises (RelasiStore  *self,
                                 gboolean      overdue_only,
                                 GError      **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  g_return_val_if_fail (RELASI_IS_STORE (self), NULL);

  stmt = relasi_store_prepare (self,
                               "SELECT " RELASI_INTERACTION_COLUMNS " FROM interactions i"
                               " JOIN customers c ON c.id = i.customer_id"
                               " WHERE i.kind = 'promise' AND i.outcome IN ('none', 'renegotiated')"
                               " AND i.deleted_at = 0 AND i.customer_deleted = 0 AND i.due_at < ?1"
                               " ORDER BY i.due_at",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, overdue_only ? relasi_clock_now () : RELASI_TIME_LIMIT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (result, relasi_interaction_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      relasi_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&result);
}
