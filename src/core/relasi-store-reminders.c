/* relasi-store-reminders.c — what is owed, and when
 *
 * A reminder is due at max(due_at, snoozed_until). It notifies once when due, and once
 * more after each snooze ends (notified_at < snoozed_until). Completing a repeating
 * reminder schedules the next one; completing a promise reminder records the promise
 * as kept (or late); completing a complaint-answer reminder records the complaint as
 * answered.
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

#define REMINDER_FROM \
  " FROM reminders r LEFT JOIN customers c ON c.id = r.customer_id" \
  " LEFT JOIN interactions si ON si.id = r.interaction_id"

/**
 * relasi_store_column_reminder_title:
 * @stmt: a statement on a row of reminders r (with the joins c and si)
 * @title_column: the column of r.title
 * @kind_column: the column of r.kind
 * @name_column: the column of c.name
 * @auto_column: the first of RELASI_REMINDER_TITLE_COLUMNS
 *
 * The title to show: the automatic one composed now (relasi-reminder-title.h), or the
 * stored one when it is a person's or cannot be composed.
 *
 * Returns: (transfer full): the title
 */
char *
relasi_store_column_reminder_title (RelasiStmt *stmt,
                                    int         title_column,
                                    int         kind_column,
                                    int         name_column,
                                    int         auto_column)
{
  RelasiReminderKind kind = RELASI_REMINDER_KIND_CUSTOM;
  RelasiInteractionKind source_kind = RELASI_INTERACTION_KIND_NOTE;
  char *composed = NULL;

  if (sqlite3_column_int (stmt, auto_column) != 0 &&
      relasi_reminder_kind_from_string (relasi_store_column_text (stmt, kind_column), &kind) &&
      (kind == RELASI_REMINDER_KIND_CHECK_IN ||
       relasi_interaction_kind_from_string (relasi_store_column_text (stmt, auto_column + 1), &source_kind)))
    composed = relasi_reminder_title_compose (kind, source_kind,
                                              (const char *) sqlite3_column_text (stmt, name_column),
                                              relasi_store_column_text (stmt, auto_column + 2));

  return composed != NULL ? composed : g_strdup (relasi_store_column_text (stmt, title_column));
}

RelasiReminder *
relasi_reminder_from_row (RelasiStmt *stmt)
{
  g_autofree char *title = relasi_store_column_reminder_title (stmt, 5, 4, 2, 13);
  RelasiReminder *r = relasi_reminder_new ();
  RelasiReminderKind kind = RELASI_REMINDER_KIND_CUSTOM;
  RelasiRecurrence recurrence = RELASI_RECURRENCE_NONE;

  g_object_freeze_notify (G_OBJECT (r));
  relasi_reminder_set_id (r, sqlite3_column_int64 (stmt, 0));
  relasi_reminder_set_customer_id (r, sqlite3_column_int64 (stmt, 1));
  relasi_reminder_set_customer_name (r, relasi_store_column_text (stmt, 2));
  relasi_reminder_set_interaction_id (r, sqlite3_column_int64 (stmt, 3));
  relasi_reminder_kind_from_string (relasi_store_column_text (stmt, 4), &kind);
  relasi_reminder_set_kind (r, kind);
  relasi_reminder_set_title (r, title);
  relasi_reminder_set_title_auto (r, sqlite3_column_int (stmt, 13) != 0);
  relasi_reminder_set_due_at (r, sqlite3_column_int64 (stmt, 6));
  relasi_reminder_set_done_at (r, sqlite3_column_int64 (stmt, 7));
  relasi_reminder_set_snoozed_until (r, sqlite3_column_int64 (stmt, 8));
  relasi_reminder_set_notified_at (r, sqlite3_column_int64 (stmt, 9));
  relasi_recurrence_from_string (relasi_store_column_text (stmt, 10), &recurrence);
  relasi_reminder_set_recurrence (r, recurrence);
  relasi_reminder_set_created_at (r, sqlite3_column_int64 (stmt, 11));
  relasi_reminder_set_deleted_at (r, sqlite3_column_int64 (stmt, 12));
  g_object_thaw_notify (G_OBJECT (r));

  return r;
}

/**
 * relasi_store_get_reminder:
 * @self: a store
 * @id: the reminder's id
 * @error: return location for an error
 *
 * Returns: (transfer full): the reminder (also one in the trash), or %NULL
 */
RelasiReminder *
relasi_store_get_reminder (RelasiStore  *self,
                           gint64        id,
                           GError      **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (RELASI_IS_STORE (self), NULL);

  stmt = relasi_store_prepare (self, "SELECT " RELASI_REMINDER_COLUMNS REMINDER_FROM " WHERE r.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return relasi_reminder_from_row (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, RELASI_ERROR, RELASI_ERROR_NOT_FOUND, _("This reminder does not exist (any more)."));
  else
    relasi_store_set_sqlite_error (self, rc, error);
  return NULL;
}

/**
 * relasi_store_add_reminder:
 * @self: a store
 * @reminder: the new reminder; id and created-at are set on success
 * @error: return location for an error
 */
gboolean
relasi_store_add_reminder (RelasiStore     *self,
                           RelasiReminder  *reminder,
                           GError         **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;
  gint64 now = relasi_clock_now ();
  gint64 customer_id;
  gint64 id;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (RELASI_IS_REMINDER (reminder), FALSE);

  if (relasi_reminder_get_created_at (reminder) == 0)
    relasi_reminder_set_created_at (reminder, now);
  if (!relasi_reminder_validate (reminder, error))
    return FALSE;

  customer_id = relasi_reminder_get_customer_id (reminder);

  if (!relasi_store_write_begin (self, error))
    return FALSE;
  if (customer_id > 0 && !relasi_store_customer_exists (self, customer_id, TRUE, error))
    {
      relasi_error_set_field (error != NULL ? *error : NULL, "customer-id");
      goto fail;
    }
  if (relasi_reminder_get_interaction_id (reminder) > 0)
    {
      g_autoptr(RelasiInteraction) source = NULL;

      source = relasi_store_get_interaction (self, relasi_reminder_get_interaction_id (reminder), error);
      if (source == NULL)
        {
          relasi_error_set_field (error != NULL ? *error : NULL, "interaction-id");
          goto fail;
        }
    }

  stmt = relasi_store_prepare (self,
                               "INSERT INTO reminders (customer_id, interaction_id, kind, title, due_at,"
                               " done_at, snoozed_until, notified_at, recurrence, created_at)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                               error);
  if (stmt == NULL)
    goto fail;
  relasi_store_bind_id (stmt, 1, customer_id);
  relasi_store_bind_id (stmt, 2, relasi_reminder_get_interaction_id (reminder));
  relasi_store_bind_text (stmt, 3, relasi_reminder_kind_to_string (relasi_reminder_get_kind (reminder)));
  relasi_store_bind_text (stmt, 4, relasi_reminder_get_title (reminder));
  sqlite3_bind_int64 (stmt, 5, relasi_reminder_get_due_at (reminder));
  sqlite3_bind_int64 (stmt, 6, relasi_reminder_get_done_at (reminder));
  sqlite3_bind_int64 (stmt, 7, relasi_reminder_get_snoozed_until (reminder));
  sqlite3_bind_int64 (stmt, 8, relasi_reminder_get_notified_at (reminder));
  relasi_store_bind_text (stmt, 9, relasi_recurrence_to_string (relasi_reminder_get_recurrence (reminder)));
  sqlite3_bind_int64 (stmt, 10, relasi_reminder_get_created_at (reminder));
  if (!relasi_store_step_done (self, stmt, error))
    goto fail;
  id = sqlite3_last_insert_rowid (self->db);

  relasi_store_mark_dirty (self, customer_id);
  if (!relasi_store_write_commit (self, RELASI_STORE_CHANGE_REMINDERS, error))
    return FALSE;
  relasi_reminder_set_id (reminder, id);
  return TRUE;

fail:
  relasi_store_write_rollback (self);
  return FALSE;
}

static gint64
next_occurrence (gint64            due_at,
                 RelasiRecurrence  recurrence,
                 gint64            now)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (due_at);
  g_autoptr(GDateTime) dt = g_date_time_to_local (utc);
  guint steps = 0;

  /* the next one after now, in local time (a monthly reminder stays on its day) */
  do
    {
      GDateTime *next = NULL;

      steps++;
      switch (recurrence)
        {
        case RELASI_RECURRENCE_WEEKLY:
          next = g_date_time_add_weeks (dt, 1);
          break;
        case RELASI_RECURRENCE_MONTHLY:
          next = g_date_time_add_months (dt, 1);
          break;
        case RELASI_RECURRENCE_YEARLY:
          next = g_date_time_add_years (dt, 1);
          break;
        case RELASI_RECURRENCE_NONE:
        default:
          g_assert_not_reached ();
        }
      g_date_time_unref (dt);
      dt = next;
    }
  while (dt != NULL && g_date_time_to_unix (dt) <= now && steps < 100000);

  return dt != NULL ? g_date_time_to_unix (dt) : RELASI_TIME_LIMIT - 1;
}

static gboolean
load_open_reminder (RelasiStore      *self,
                    gint64            id,
                    RelasiReminder  **out,
                    GError          **error)
{
  g_autoptr(RelasiReminder) reminder = relasi_store_get_reminder (self, id, error);

  if (reminder == NULL)
    return FALSE;
  if (relasi_reminder_get_deleted_at (reminder) != 0)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_NOT_FOUND, _("This reminder is in the trash."));
      return FALSE;
    }
  if (relasi_reminder_get_done_at (reminder) != 0)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_CONFLICT, _("This reminder is already done."));
      return FALSE;
    }
  *out = g_steal_pointer (&reminder);
  return TRUE;
}

/**
 * relasi_store_complete_reminder:
 * @self: a store
 * @id: an open reminder
 * @error: return location for an error
 *
 * Marks it done; see the top of this file for what else that does.
 */
gboolean
relasi_store_complete_reminder (RelasiStore  *self,
                                gint64        id,
                                GError      **error)
{
  g_autoptr(RelasiReminder) reminder = NULL;
  g_autoptr(RelasiStmt) done = NULL;
  RelasiStoreChange changes = RELASI_STORE_CHANGE_REMINDERS;
  gint64 now = relasi_clock_now ();
  gint64 source_id;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);

  if (!load_open_reminder (self, id, &reminder, error))
    return FALSE;
  source_id = relasi_reminder_get_interaction_id (reminder);

  if (!relasi_store_write_begin (self, error))
    return FALSE;

  done = relasi_store_prepare (self, "UPDATE reminders SET done_at = ?1 WHERE id = ?2", error);
  if (done == NULL)
    goto fail;
  sqlite3_bind_int64 (done, 1, now);
  sqlite3_bind_int64 (done, 2, id);
  if (!relasi_store_step_done (self, done, error))
    goto fail;

  if (relasi_reminder_get_recurrence (reminder) != RELASI_RECURRENCE_NONE)
    {
      g_autoptr(RelasiStmt) next = NULL;

      next = relasi_store_prepare (self,
                                   "INSERT INTO reminders (customer_id, interaction_id, kind, title, title_auto,"
                                   " due_at, recurrence, created_at)"
                                   " SELECT customer_id, interaction_id, kind, title, title_auto, ?1, recurrence, ?2"
                                   " FROM reminders WHERE id = ?3",
                                   error);
      if (next == NULL)
        goto fail;
      sqlite3_bind_int64 (next, 1, next_occurrence (relasi_reminder_get_due_at (reminder),
                                                    relasi_reminder_get_recurrence (reminder), now));
      sqlite3_bind_int64 (next, 2, now);
      sqlite3_bind_int64 (next, 3, id);
      if (!relasi_store_step_done (self, next, error))
        goto fail;
    }

  if (source_id > 0 && relasi_reminder_get_kind (reminder) == RELASI_REMINDER_KIND_PROMISE)
    {
      g_autoptr(RelasiInteraction) promise = relasi_store_get_interaction (self, source_id, error);

      if (promise == NULL)
        goto fail;
      if (relasi_interaction_get_kind (promise) == RELASI_INTERACTION_KIND_PROMISE &&
          (relasi_interaction_get_outcome (promise) == RELASI_PROMISE_OUTCOME_NONE ||
           relasi_interaction_get_outcome (promise) == RELASI_PROMISE_OUTCOME_RENEGOTIATED) &&
          !relasi_store_promise_outcome_locked (self, promise,
                                                now <= relasi_interaction_get_due_at (promise)
                                                ? RELASI_PROMISE_OUTCOME_KEPT : RELASI_PROMISE_OUTCOME_LATE,
                                                relasi_interaction_get_due_at (promise), &changes, error))
        goto fail;
    }

  if (source_id > 0 && relasi_reminder_get_kind (reminder) == RELASI_REMINDER_KIND_COMPLAINT_ANSWER)
    {
      g_autoptr(RelasiStmt) answer = NULL;

      answer = relasi_store_prepare (self,
                                     "UPDATE cases SET answered_at = max(?1, opened_at), updated_at = ?1"
                                     " WHERE interaction_id = ?2 AND kind = 'complaint' AND answered_at = 0",
                                     error);
      if (answer == NULL)
        goto fail;
      sqlite3_bind_int64 (answer, 1, now);
      sqlite3_bind_int64 (answer, 2, source_id);
      if (!relasi_store_step_done (self, answer, error))
        goto fail;
      changes |= RELASI_STORE_CHANGE_CASES;
    }

  relasi_store_mark_dirty (self, relasi_reminder_get_customer_id (reminder));
  return relasi_store_write_commit (self, changes, error);

fail:
  relasi_store_write_rollback (self);
  return FALSE;
}

static gboolean
reminder_update (RelasiStore  *self,
                 gint64        id,
                 const char   *sql,
                 gint64        value,
                 gint64        customer_id,
                 GError      **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;

  if (!relasi_store_write_begin (self, error))
    return FALSE;
  stmt = relasi_store_prepare (self, sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, value);
  sqlite3_bind_int64 (stmt, 2, id);
  if (!relasi_store_step_done (self, stmt, error))
    goto fail;
  relasi_store_mark_dirty (self, customer_id);
  return relasi_store_write_commit (self, RELASI_STORE_CHANGE_REMINDERS, error);

fail:
  relasi_store_write_rollback (self);
  return FALSE;
}

/**
 * relasi_store_snooze_reminder:
 * @self: a store
 * @id: an open reminder
 * @until: when it should come back; must lie in the future
 * @error: return location for an error
 */
gboolean
relasi_store_snooze_reminder (RelasiStore  *self,
                              gint64        id,
                              gint64        until,
                              GError      **error)
{
  g_autoptr(RelasiReminder) reminder = NULL;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);

  if (!relasi_validate_time (until, TRUE, "snoozed-until", error))
    return FALSE;
  if (until <= relasi_clock_now ())
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_INVALID, _("A reminder can only be snoozed until a later time."));
      relasi_error_set_field (error != NULL ? *error : NULL, "snoozed-until");
      return FALSE;
    }
  if (!load_open_reminder (self, id, &reminder, error))
    return FALSE;

  return reminder_update (self, id, "UPDATE reminders SET snoozed_until = ?1 WHERE id = ?2", until,
                          relasi_reminder_get_customer_id (reminder), error);
}

/**
 * relasi_store_set_reminder_notified:
 * @self: a store
 * @id: a reminder
 * @at: when the notification was shown, 0 for now
 * @error: return location for an error
 */
gboolean
relasi_store_set_reminder_notified (RelasiStore  *self,
                                    gint64        id,
                                    gint64        at,
                                    GError      **error)
{
  g_autoptr(RelasiReminder) reminder = NULL;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);

  if (at == 0)
    at = relasi_clock_now ();
  if (!relasi_validate_time (at, TRUE, "notified-at", error))
    return FALSE;
  reminder = relasi_store_get_reminder (self, id, error);
  if (reminder == NULL)
    return FALSE;

  return reminder_update (self, id, "UPDATE reminders SET notified_at = ?1 WHERE id = ?2", at, 0, error);
}

/**
 * relasi_store_set_reminders_notified:
 * @self: a store
 * @ids: (array length=n_ids): reminders shown together (one summary notification)
 * @n_ids: how many
 * @at: when the notification was shown, 0 for now
 * @error: return location for an error
 *
 * relasi_store_set_reminder_notified() for many reminders in one write: a catch-up
 * after a night shows thousands in one notification. Reminders deleted meanwhile are
 * passed over.
 */
gboolean
relasi_store_set_reminders_notified (RelasiStore   *self,
                                     const gint64  *ids,
                                     guint          n_ids,
                                     gint64         at,
                                     GError       **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (ids != NULL || n_ids == 0, FALSE);

  if (at == 0)
    at = relasi_clock_now ();
  if (!relasi_validate_time (at, TRUE, "notified-at", error))
    return FALSE;
  if (n_ids == 0)
    return TRUE;

  if (!relasi_store_write_begin (self, error))
    return FALSE;
  stmt = relasi_store_prepare (self,
                               "UPDATE reminders SET notified_at = ?1"
                               " WHERE id IN (SELECT value FROM json_each(?2))",
                               error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, at);
  relasi_store_bind_id_array (stmt, 2, ids, n_ids);
  if (!relasi_store_step_done (self, stmt, error))
    goto fail;
  return relasi_store_write_commit (self, RELASI_STORE_CHANGE_REMINDERS, error);

fail:
  relasi_store_write_rollback (self);
  return FALSE;
}

gboolean
relasi_store_delete_reminder (RelasiStore  *self,
                              gint64        id,
                              GError      **error)
{
  g_autoptr(RelasiReminder) reminder = NULL;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);

  reminder = relasi_store_get_reminder (self, id, error);
  if (reminder == NULL)
    return FALSE;
  if (relasi_reminder_get_deleted_at (reminder) != 0)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_CONFLICT, _("This reminder is already in the trash."));
      return FALSE;
    }
  return reminder_update (self, id, "UPDATE reminders SET deleted_at = ?1 WHERE id = ?2",
                          relasi_clock_now (), relasi_reminder_get_customer_id (reminder), error);
}

gboolean
relasi_store_undelete_reminder (RelasiStore  *self,
                                gint64        id,
                                GError      **error)
{
  g_autoptr(RelasiReminder) reminder = NULL;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);

  reminder = relasi_store_get_reminder (self, id, error);
  if (reminder == NULL)
    return FALSE;
  if (relasi_reminder_get_deleted_at (reminder) == 0)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_CONFLICT, _("This reminder is not in the trash."));
      return FALSE;
    }
  return reminder_update (self, id, "UPDATE reminders SET deleted_at = ?1 WHERE id = ?2",
                          0, relasi_reminder_get_customer_id (reminder), error);
}

static GPtrArray *
list_reminders (RelasiStore  *self,
                const char   *sql,
                gint64        now,
                gint64        customer_id,
                GError      **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  stmt = relasi_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, customer_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (result, relasi_reminder_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      relasi_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&result);
}

#define OPEN_WHERE " WHERE r.done_at = 0 AND " RELASI_REMINDER_VISIBLE

/**
 * relasi_store_list_reminders:
 * @self: a store
 * @filter: which reminders
 * @customer_id: only this customer's, or 0 for all
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type RelasiReminder): the reminders
 */
GPtrArray *
relasi_store_list_reminders (RelasiStore           *self,
                             RelasiReminderFilter   filter,
                             gint64                 customer_id,
                             GError               **error)
{
  /* Two texts of each query: for one customer the planner then reads only that
   * customer's reminders (reminders_by_customer) instead of every open or done
   * reminder of everyone, as "?2 = 0 OR r.customer_id = ?2" made it. */
#define REMINDERS(where, cond, order) \
  { "SELECT " RELASI_REMINDER_COLUMNS REMINDER_FROM where " AND ?2 = 0" cond order, \
    "SELECT " RELASI_REMINDER_COLUMNS REMINDER_FROM where " AND r.customer_id = ?2" cond order }
  static const char * const queries[][2] = {
    [RELASI_REMINDER_FILTER_OPEN] = REMINDERS (OPEN_WHERE, " AND ?1 = ?1",
                                               " ORDER BY max(r.due_at, r.snoozed_until), r.id"),
    [RELASI_REMINDER_FILTER_DUE] = REMINDERS (OPEN_WHERE, " AND max(r.due_at, r.snoozed_until) <= ?1",
                                              " ORDER BY max(r.due_at, r.snoozed_until), r.id"),
    [RELASI_REMINDER_FILTER_OVERDUE] = REMINDERS (OPEN_WHERE, " AND r.due_at < ?1", " ORDER BY r.due_at, r.id"),
    [RELASI_REMINDER_FILTER_UPCOMING] = REMINDERS (OPEN_WHERE, " AND max(r.due_at, r.snoozed_until) > ?1",
                                                   " ORDER BY max(r.due_at, r.snoozed_until), r.id"),
    [RELASI_REMINDER_FILTER_DONE] = REMINDERS (" WHERE r.done_at > 0 AND " RELASI_REMINDER_VISIBLE, " AND ?1 = ?1",
                                               " ORDER BY r.done_at DESC, r.id DESC"),
  };
#undef REMINDERS

  g_return_val_if_fail (RELASI_IS_STORE (self), NULL);

  if ((guint) filter >= G_N_ELEMENTS (queries) || queries[filter][0] == NULL)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_INVALID, _("Unknown reminder filter."));
      return NULL;
    }
  return list_reminders (self, queries[filter][customer_id > 0 ? 1 : 0], relasi_clock_now (), customer_id,
                         error);
}

/**
 * relasi_store_list_reminders_to_notify:
 * @self: a store
 * @error: return location for an error
 *
 * The due reminders that have not been notified yet (or whose snooze has ended since).
 * Call relasi_store_set_reminder_notified() for each one shown.
 *
 * Returns: (transfer full) (element-type RelasiReminder): the reminders
 */
GPtrArray *
relasi_store_list_reminders_to_notify (RelasiStore  *self,
                                       GError      **error)
{
  g_return_val_if_fail (RELASI_IS_STORE (self), NULL);

  return list_reminders (self,
                         "SELECT " RELASI_REMINDER_COLUMNS REMINDER_FROM OPEN_WHERE " AND ?2 = 0"
                         " AND max(r.due_at, r.snoozed_until) <= ?1"
                         " AND (r.notified_at = 0 OR r.notified_at < r.snoozed_until)"
                         " ORDER BY max(r.due_at, r.snoozed_until), r.id",
                         relasi_clock_now (), 0, error);
}
