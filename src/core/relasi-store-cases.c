/* relasi-store-cases.c — repair cases: complaints, mistakes, broken promises, lost
 * customers
 *
 * Answering a complaint case (or resolving it, which counts as an answer) closes its
 * complaint-answer reminder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "relasi-clock.h"
#include "relasi-error.h"
#include "relasi-store-private.h"
#include "relasi-validate.h"

#define CASE_FROM \
  " FROM cases k JOIN customers c ON c.id = k.customer_id" \
  " LEFT JOIN interactions si ON si.id = k.interaction_id"

RelasiCase *
relasi_case_from_row (RelasiStmt *stmt)
{
  RelasiCase *k = relasi_case_new ();
  RelasiCaseKind kind = RELASI_CASE_KIND_COMPLAINT;
  RelasiRootCause cause = RELASI_ROOT_CAUSE_NONE;

  g_object_freeze_notify (G_OBJECT (k));
  relasi_case_set_id (k, sqlite3_column_int64 (stmt, 0));
  relasi_case_set_customer_id (k, sqlite3_column_int64 (stmt, 1));
  relasi_case_set_customer_name (k, relasi_store_column_text (stmt, 2));
  relasi_case_set_interaction_id (k, sqlite3_column_int64 (stmt, 3));
  relasi_case_kind_from_string (relasi_store_column_text (stmt, 4), &kind);
  relasi_case_set_kind (k, kind);
  relasi_case_set_opened_at (k, sqlite3_column_int64 (stmt, 5));
  relasi_case_set_answered_at (k, sqlite3_column_int64 (stmt, 6));
  relasi_case_set_resolved_at (k, sqlite3_column_int64 (stmt, 7));
  relasi_root_cause_from_string (relasi_store_column_text (stmt, 8), &cause);
  relasi_case_set_root_cause (k, cause);
  relasi_case_set_root_cause_text (k, relasi_store_column_text (stmt, 9));
  relasi_case_set_corrective_action (k, relasi_store_column_text (stmt, 10));
  relasi_case_set_responsible (k, relasi_store_column_text (stmt, 11));
  relasi_case_set_internal_review (k, relasi_store_column_text (stmt, 12));
  relasi_case_set_customer_answer (k, relasi_store_column_text (stmt, 13));
  relasi_case_set_prevention (k, relasi_store_column_text (stmt, 14));
  relasi_case_set_shared_with (k, relasi_store_column_text (stmt, 15));
  relasi_case_set_shared_at (k, sqlite3_column_int64 (stmt, 16));
  relasi_case_set_updated_at (k, sqlite3_column_int64 (stmt, 17));
  g_object_thaw_notify (G_OBJECT (k));

  return k;
}

/**
 * relasi_store_get_case:
 * @self: a store
 * @id: the case's id
 * @error: return location for an error
 *
 * Returns: (transfer full): the case, or %NULL with %RELASI_ERROR_NOT_FOUND
 */
RelasiCase *
relasi_store_get_case (RelasiStore  *self,
                       gint64        id,
                       GError      **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (RELASI_IS_STORE (self), NULL);

  stmt = relasi_store_prepare (self, "SELECT " RELASI_CASE_COLUMNS CASE_FROM " WHERE k.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return relasi_case_from_row (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, RELASI_ERROR, RELASI_ERROR_NOT_FOUND, _("This case does not exist (any more)."));
  else
    relasi_store_set_sqlite_error (self, rc, error);
  return NULL;
}

/**
 * relasi_store_update_case:
 * @self: a store
 * @rcase: the case with its new root cause, corrective action, responsible and the
 *   four repair steps (internal review, customer's answer, prevention, shared with/at)
 * @error: return location for an error
 *
 * The case's state changes through relasi_store_answer_case() and
 * relasi_store_resolve_case(); its kind and customer do not change.
 */
gboolean
relasi_store_update_case (RelasiStore  *self,
                          RelasiCase   *rcase,
                          GError      **error)
{
  g_autoptr(RelasiCase) old = NULL;
  g_autoptr(RelasiStmt) stmt = NULL;
  gint64 now = relasi_clock_now ();

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (RELASI_IS_CASE (rcase), FALSE);

  if (!relasi_case_validate (rcase, error))
    return FALSE;
  old = relasi_store_get_case (self, relasi_case_get_id (rcase), error);
  if (old == NULL)
    return FALSE;

  if (!relasi_store_write_begin (self, error))
    return FALSE;
  stmt = relasi_store_prepare (self,
                               "UPDATE cases SET root_cause = ?1, root_cause_text = ?2, corrective_action = ?3,"
                               " responsible = ?4, internal_review = ?5, customer_answer = ?6, prevention = ?7,"
                               " shared_with = ?8, shared_at = ?9, updated_at = ?10 WHERE id = ?11",
                               error);
  if (stmt == NULL)
    goto fail;
  relasi_store_bind_text (stmt, 1, relasi_root_cause_to_string (relasi_case_get_root_cause (rcase)));
  relasi_store_bind_text (stmt, 2, relasi_case_get_root_cause_text (rcase));
  relasi_store_bind_text (stmt, 3, relasi_case_get_corrective_action (rcase));
  relasi_store_bind_text (stmt, 4, relasi_case_get_responsible (rcase));
  relasi_store_bind_text (stmt, 5, relasi_case_get_internal_review (rcase));
  relasi_store_bind_text (stmt, 6, relasi_case_get_customer_answer (rcase));
  relasi_store_bind_text (stmt, 7, relasi_case_get_prevention (rcase));
  relasi_store_bind_text (stmt, 8, relasi_case_get_shared_with (rcase));
  sqlite3_bind_int64 (stmt, 9, relasi_case_get_shared_at (rcase));
  sqlite3_bind_int64 (stmt, 10, now);
  sqlite3_bind_int64 (stmt, 11, relasi_case_get_id (rcase));
  if (!relasi_store_step_done (self, stmt, error))
    goto fail;

  relasi_store_mark_dirty (self, relasi_case_get_customer_id (old));
  if (!relasi_store_write_commit (self, RELASI_STORE_CHANGE_CASES, error))
    return FALSE;
  relasi_case_set_updated_at (rcase, now);
  return TRUE;

fail:
  relasi_store_write_rollback (self);
  return FALSE;
}

static gboolean
close_answer_reminders (RelasiStore  *self,
                        RelasiCase   *rcase,
                        gint64        now,
                        GError      **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;

  if (relasi_case_get_interaction_id (rcase) <= 0)
    return TRUE;

  stmt = relasi_store_prepare (self,
                               "UPDATE reminders SET done_at = ?1 WHERE interaction_id = ?2"
                               " AND kind = 'complaint-answer' AND done_at = 0",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, relasi_case_get_interaction_id (rcase));
  return relasi_store_step_done (self, stmt, error);
}

static gboolean
case_transition (RelasiStore  *self,
                 gint64        id,
                 gint64        at,
                 gboolean      resolve,
                 GError      **error)
{
  g_autoptr(RelasiCase) rcase = NULL;
  g_autoptr(RelasiStmt) stmt = NULL;
  gint64 now = relasi_clock_now ();
  const char *field = resolve ? "resolved-at" : "answered-at";

  if (at == 0)
    at = now;
  if (!relasi_validate_time (at, TRUE, field, error))
    return FALSE;

  rcase = relasi_store_get_case (self, id, error);
  if (rcase == NULL)
    return FALSE;
  if (resolve ? relasi_case_get_resolved_at (rcase) != 0 : relasi_case_get_answered_at (rcase) != 0)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_CONFLICT,
                   resolve ? _("This case is already resolved.") : _("This case is already answered."));
      return FALSE;
    }
  if (at < relasi_case_get_opened_at (rcase))
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_INVALID,
                   resolve ? _("A case cannot be resolved before it was opened.")
                           : _("A case cannot be answered before it was opened."));
      relasi_error_set_field (error != NULL ? *error : NULL, field);
      return FALSE;
    }

  if (!relasi_store_write_begin (self, error))
    return FALSE;
  stmt = relasi_store_prepare (self,
                               resolve
                               ? "UPDATE cases SET resolved_at = ?1,"
                                 " answered_at = CASE answered_at WHEN 0 THEN ?1 ELSE answered_at END,"
                                 " updated_at = ?2 WHERE id = ?3"
                               : "UPDATE cases SET answered_at = ?1, updated_at = ?2 WHERE id = ?3",
                               error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, at);
  sqlite3_bind_int64 (stmt, 2, now);
  sqlite3_bind_int64 (stmt, 3, id);
  if (!relasi_store_step_done (self, stmt, error) ||
      !close_answer_reminders (self, rcase, now, error))
    goto fail;

  relasi_store_mark_dirty (self, relasi_case_get_customer_id (rcase));
  return relasi_store_write_commit (self, RELASI_STORE_CHANGE_CASES | RELASI_STORE_CHANGE_REMINDERS, error);

fail:
  relasi_store_write_rollback (self);
  return FALSE;
}

/**
 * relasi_store_answer_case:
 * @self: a store
 * @id: a case not yet answered
 * @at: when the customer got the first answer, 0 for now
 * @error: return location for an error
 *
 * Records the first answer and closes the complaint-answer reminder.
 */
gboolean
relasi_store_answer_case (RelasiStore  *self,
                          gint64        id,
                          gint64        at,
                          GError      **error)
{
  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  return case_transition (self, id, at, FALSE, error);
}

/**
 * relasi_store_resolve_case:
 * @self: a store
 * @id: an open case
 * @at: when it was resolved, 0 for now
 * @error: return location for an error
 *
 * Resolves the case; an unanswered one counts as answered at the same time.
 */
gboolean
relasi_store_resolve_case (RelasiStore  *self,
                           gint64        id,
                           gint64        at,
                           GError      **error)
{
  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  return case_transition (self, id, at, TRUE, error);
}

/**
 * relasi_store_list_cases:
 * @self: a store
 * @filter: which cases
 * @customer_id: only this customer's, or 0 for all
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type RelasiCase): the cases, the oldest open first
 *   (resolved ones: the latest resolved first)
 */
GPtrArray *
relasi_store_list_cases (RelasiStore       *self,
                         RelasiCaseFilter   filter,
                         gint64             customer_id,
                         GError           **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  const char *sql;
  int rc;

  /* Two texts of each query: for one customer the planner then reads only that
   * customer's cases (cases_by_customer); "?2 = 0 OR k.customer_id = ?2" made it read
   * every open case of everyone (30-60 ms at a million entries, on opening a customer). */
#define CASES(cond, order) \
  { "SELECT " RELASI_CASE_COLUMNS CASE_FROM " WHERE " RELASI_CASE_VISIBLE " AND ?2 = 0" cond order, \
    "SELECT " RELASI_CASE_COLUMNS CASE_FROM " WHERE " RELASI_CASE_VISIBLE " AND k.customer_id = ?2" cond order }
  static const char * const queries[][2] = {
    [RELASI_CASE_FILTER_ALL] = CASES (" AND ?1 = ?1", " ORDER BY k.opened_at DESC, k.id DESC"),
    [RELASI_CASE_FILTER_OPEN] = CASES (" AND k.resolved_at = 0 AND ?1 = ?1", " ORDER BY k.opened_at, k.id"),
    [RELASI_CASE_FILTER_UNANSWERED] = CASES (" AND k.kind = 'complaint' AND k.answered_at = 0"
                                             " AND k.resolved_at = 0 AND ?1 = ?1",
                                             " ORDER BY k.opened_at, k.id"),
    [RELASI_CASE_FILTER_OVERDUE_ANSWER] = CASES (" AND k.kind = 'complaint' AND k.answered_at = 0"
                                                 " AND k.resolved_at = 0 AND k.answer_due_at < ?1",
                                                 " ORDER BY k.opened_at, k.id"),
    [RELASI_CASE_FILTER_RESOLVED] = CASES (" AND k.resolved_at > 0 AND ?1 = ?1",
                                           " ORDER BY k.resolved_at DESC, k.id DESC"),
  };
#undef CASES

  g_return_val_if_fail (RELASI_IS_STORE (self), NULL);

  if ((guint) filter >= G_N_ELEMENTS (queries) || queries[filter][0] == NULL)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_INVALID, _("Unknown case filter."));
      return NULL;
    }
  sql = queries[filter][customer_id > 0 ? 1 : 0];

  stmt = relasi_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, relasi_clock_now ());
  sqlite3_bind_int64 (stmt, 2, customer_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (result, relasi_case_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      relasi_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&result);
}

/**
 * relasi_store_count_root_causes:
 * @self: a store
 * @since: only cases opened at or after this time (0 for all)
 * @counts: (out caller-allocates): the number of cases per #RelasiRootCause
 * @error: return location for an error
 *
 * The root-cause breakdown of the dashboard.
 */
gboolean
relasi_store_count_root_causes (RelasiStore  *self,
                                gint64        since,
                                gint64        counts[RELASI_N_ROOT_CAUSES],
                                GError      **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  memset (counts, 0, sizeof (gint64) * RELASI_N_ROOT_CAUSES);
  stmt = relasi_store_prepare (self,
                               "SELECT k.root_cause, count(*)" CASE_FROM
                               " WHERE " RELASI_CASE_VISIBLE " AND k.opened_at >= ?1 GROUP BY k.root_cause",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, since);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      RelasiRootCause cause;

      if (relasi_root_cause_from_string (relasi_store_column_text (stmt, 0), &cause))
        counts[cause] += sqlite3_column_int64 (stmt, 1);
    }
  if (rc != SQLITE_DONE)
    {
      relasi_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}
