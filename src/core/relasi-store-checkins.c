/* relasi-store-checkins.c — one check-in reminder per drifting customer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "relasi-clock.h"
#include "relasi-reminder-title.h"
#include "relasi-store-checkins.h"
#include "relasi-store-private.h"

/* Open automatic check-ins (no source entry) of customers who are no longer drifting. */
#define CHECKINS_TO_CLOSE \
  " FROM reminders r JOIN customers c ON c.id = r.customer_id" \
  " WHERE r.kind = 'check-in' AND r.done_at = 0 AND r.deleted_at = 0" \
  " AND r.interaction_id IS NULL AND c.deleted_at = 0" \
  " AND (c.status <> 'active' OR c.drift_at >= ?1)"

/* Drifting customers without a check-in made since they started drifting, and without
 * an open one. */
#define CUSTOMERS_TO_CHECK_IN \
  " FROM customers c WHERE c.deleted_at = 0 AND c.status = 'active' AND c.drift_at < ?1" \
  " AND NOT EXISTS (SELECT 1 FROM reminders r WHERE r.customer_id = c.id AND r.kind = 'check-in'" \
  "   AND r.interaction_id IS NULL AND (r.created_at >= c.drift_at OR (r.done_at = 0 AND r.deleted_at = 0)))"

typedef struct
{
  gint64  customer_id;
  gint64  due_at;
  char   *title;
} CheckIn;

static void
check_in_clear (gpointer data)
{
  CheckIn *check_in = data;

  g_free (check_in->title);
}

static gboolean
count_rows (RelasiStore  *self,
            const char   *sql,
            gint64        now,
            gint64       *count,
            GError      **error)
{
  g_autoptr(RelasiStmt) stmt = relasi_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, now);
  return relasi_store_query_int64 (self, stmt, count, error);
}

/**
 * relasi_store_sync_checkins:
 * @self: a store
 * @n_added: (out) (optional): how many check-ins were made
 * @n_closed: (out) (optional): how many were closed because contact was made
 * @error: return location for an error
 *
 * See the top of relasi-store-checkins.h. Writes (one transaction) only when there is
 * something to change, so calling it every poll costs two indexed queries.
 */
gboolean
relasi_store_sync_checkins (RelasiStore  *self,
                            guint        *n_added,
                            guint        *n_closed,
                            GError      **error)
{
  g_autoptr(RelasiStmt) close = NULL;
  g_autoptr(RelasiStmt) drifting = NULL;
  g_autoptr(RelasiStmt) add = NULL;
  g_autoptr(GArray) check_ins = NULL;
  gint64 now = relasi_clock_now ();
  gint64 to_close = 0, to_add = 0;
  int closed, added, rc;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);

  if (n_added != NULL)
    *n_added = 0;
  if (n_closed != NULL)
    *n_closed = 0;

  if (!count_rows (self, "SELECT count(*)" CHECKINS_TO_CLOSE, now, &to_close, error) ||
      !count_rows (self, "SELECT count(*)" CUSTOMERS_TO_CHECK_IN, now, &to_add, error))
    return FALSE;
  if (to_close == 0 && to_add == 0)
    return TRUE;

  if (!relasi_store_write_begin (self, error))
    return FALSE;

  close = relasi_store_prepare (self,
                                "UPDATE reminders SET done_at = ?1 WHERE id IN (SELECT r.id"
                                CHECKINS_TO_CLOSE ")",
                                error);
  if (close == NULL)
    goto fail;
  sqlite3_bind_int64 (close, 1, now);
  if (!relasi_store_step_done (self, close, error))
    goto fail;
  closed = sqlite3_changes (self->db);

  /* The titles are composed in C (relasi-reminder-title.h), so the customers are read
   * first and the check-ins written after: no insert runs under the reading query. */
  drifting = relasi_store_prepare (self, "SELECT c.id, c.name, max(c.drift_at, 1)" CUSTOMERS_TO_CHECK_IN, error);
  if (drifting == NULL)
    goto fail;
  sqlite3_bind_int64 (drifting, 1, now);
  check_ins = g_array_sized_new (FALSE, FALSE, sizeof (CheckIn), (guint) MIN (to_add, 100000));
  g_array_set_clear_func (check_ins, check_in_clear);
  while ((rc = sqlite3_step (drifting)) == SQLITE_ROW)
    {
      CheckIn check_in;

      check_in.customer_id = sqlite3_column_int64 (drifting, 0);
      check_in.title = relasi_reminder_title_compose (RELASI_REMINDER_KIND_CHECK_IN, RELASI_INTERACTION_KIND_NOTE,
                                                      relasi_store_column_text (drifting, 1), NULL);
      check_in.due_at = sqlite3_column_int64 (drifting, 2);
      g_assert (check_in.title != NULL);
      g_array_append_val (check_ins, check_in);
    }
  if (rc != SQLITE_DONE)
    {
      relasi_store_set_sqlite_error (self, rc, error);
      goto fail;
    }
  g_clear_pointer (&drifting, relasi_stmt_release);

  add = relasi_store_prepare (self,
                              "INSERT INTO reminders (customer_id, kind, title, title_auto, due_at, created_at)"
                              " VALUES (?1, 'check-in', ?2, 1, ?3, ?4)",
                              error);
  if (add == NULL)
    goto fail;
  for (guint i = 0; i < check_ins->len; i++)
    {
      const CheckIn *check_in = &g_array_index (check_ins, CheckIn, i);

      sqlite3_bind_int64 (add, 1, check_in->customer_id);
      relasi_store_bind_text (add, 2, check_in->title);
      sqlite3_bind_int64 (add, 3, check_in->due_at);
      sqlite3_bind_int64 (add, 4, now);
      if (!relasi_store_step_done (self, add, error))
        goto fail;
    }
  added = (int) check_ins->len;

  if (!relasi_store_write_commit (self, closed + added > 0 ? RELASI_STORE_CHANGE_REMINDERS
                                                           : RELASI_STORE_CHANGE_NONE, error))
    return FALSE;

  if (n_added != NULL)
    *n_added = (guint) added;
  if (n_closed != NULL)
    *n_closed = (guint) closed;
  return TRUE;

fail:
  relasi_store_write_rollback (self);
  return FALSE;
}
