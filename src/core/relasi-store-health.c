/* relasi-store-health.c — gathering the facts behind the health score; the dashboard
 *
 * The score itself is a pure function (relasi-health.c, HEALTH.md). The store keeps
 * each customer's score in customers.health so lists can sort and filter on it: the
 * write path recomputes it for the customers a write touched, and
 * relasi_store_refresh_health() recomputes all of them (with a handful of grouped
 * queries) because time alone changes scores: thank-yous become overdue, customers
 * drift. The store does that through relasi_store_refresh_health_if_stale(), at most
 * once an hour when lists ask: in the application on a worker thread with its own
 * connection (relasi_store_set_health_in_background()), so neither the start nor the
 * hourly refresh holds the window up; the readers show the scores stored last and
 * read again on the ::changed that follows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "relasi-clock.h"
#include "relasi-error.h"
#include "relasi-store-private.h"

#define STALE_AFTER 3600

typedef struct {
  gint64            id;
  int               stored_health;
  RelasiHealthFacts facts;
} Entry;

/* Each query twice: for every live customer, and for one (?9), where the index hint
 * keeps the planner from reading every promise or thank-you of everyone through
 * interactions_by_kind for each customer a write touched.
 * ?1 = now, ?2 = a year ago, ?3 = 90 days ago */
#define ONE_CUSTOMER " INDEXED BY interactions_by_customer"

#define Q_COMPLAINTS(hint, filter) \
  "SELECT k.customer_id, count(*), sum(k.answer_due_at < ?1) FROM cases k" hint \
  " LEFT JOIN interactions si ON si.id = k.interaction_id" \
  " WHERE k.kind = 'complaint' AND k.answered_at = 0 AND k.resolved_at = 0" \
  " AND (si.id IS NULL OR si.deleted_at = 0)" filter " GROUP BY k.customer_id"

#define Q_PROMISES(hint, filter) \
  "SELECT i.customer_id, sum(i.outcome = 'broken' AND i.outcome_at >= ?2)," \
  " sum(i.outcome = 'late' AND i.outcome_at >= ?2)," \
  " sum(i.outcome IN ('none', 'renegotiated') AND i.due_at < ?1)," \
  " sum(i.outcome = 'kept' AND i.outcome_at >= ?2)" \
  " FROM interactions i" hint " WHERE i.kind = 'promise' AND i.deleted_at = 0 AND i.customer_deleted = 0" \
  filter " GROUP BY i.customer_id"

#define Q_THANKS_OWED(hint, filter) \
  "SELECT r.customer_id, count(*) FROM reminders r" hint \
  " LEFT JOIN interactions si ON si.id = r.interaction_id" \
  " WHERE r.kind = 'thank-you' AND r.done_at = 0 AND r.deleted_at = 0 AND r.due_at < ?1" \
  " AND (si.id IS NULL OR si.deleted_at = 0)" filter " GROUP BY r.customer_id"

#define Q_THANKS_GIVEN(hint, filter) \
  "SELECT i.customer_id, count(*) FROM interactions i" hint \
  " WHERE i.kind = 'thank-you' AND i.occurred_at >= ?3 AND i.occurred_at <= ?1" \
  " AND i.deleted_at = 0 AND i.customer_deleted = 0" filter " GROUP BY i.customer_id"


#define Q_CASES(filter) \
  "SELECT k.customer_id, sum(k.kind = 'mistake' AND k.resolved_at = 0 AND k.corrective_action = '')," \
  " sum(k.resolved_at >= ?2 AND k.corrective_action <> '') FROM cases k" \
  " LEFT JOIN interactions si ON si.id = k.interaction_id" \
  " WHERE (si.id IS NULL OR si.deleted_at = 0)" filter " GROUP BY k.customer_id"

#define Q_MOOD(hint, filter) \
  "SELECT i.customer_id, sum(i.sentiment) FROM interactions i" hint \
  " WHERE i.occurred_at >= ?3 AND i.occurred_at <= ?1" \
  " AND i.deleted_at = 0 AND i.customer_deleted = 0" filter " GROUP BY i.customer_id"

/* For everyone: a row per fact, added up in C (a GROUP BY would sort them all by
 * customer first); open cases and reminders from their partial indexes, cases
 * resolved within the year from cases_resolved; the moods and thank-yous of 90 days
 * from interactions_by_time and interactions_by_kind alone. */
static const char *const fact_queries_all[] = {
  "SELECT k.customer_id, 1, k.answer_due_at < ?1 FROM cases k INDEXED BY cases_open"
  " LEFT JOIN interactions si ON si.id = k.interaction_id"
  " WHERE k.kind = 'complaint' AND k.answered_at = 0 AND k.resolved_at = 0"
  " AND (si.id IS NULL OR si.deleted_at = 0)",

  "SELECT i.customer_id, i.outcome = 'broken' AND i.outcome_at >= ?2,"
  " i.outcome = 'late' AND i.outcome_at >= ?2,"
  " i.outcome IN ('none', 'renegotiated') AND i.due_at < ?1,"
  " i.outcome = 'kept' AND i.outcome_at >= ?2"
  " FROM interactions i INDEXED BY interactions_promises"
  " WHERE i.kind = 'promise' AND i.deleted_at = 0 AND i.customer_deleted = 0",

  "SELECT r.customer_id, 1 FROM reminders r INDEXED BY reminders_open"
  " LEFT JOIN interactions si ON si.id = r.interaction_id"
  " WHERE r.kind = 'thank-you' AND r.done_at = 0 AND r.deleted_at = 0 AND r.due_at < ?1"
  " AND (si.id IS NULL OR si.deleted_at = 0)",

  "SELECT i.customer_id, 1 FROM interactions i INDEXED BY interactions_by_kind"
  " WHERE i.kind = 'thank-you' AND i.occurred_at >= ?3 AND i.occurred_at <= ?1"
  " AND i.deleted_at = 0 AND i.customer_deleted = 0",

  "SELECT k.customer_id, 1, 0 FROM cases k INDEXED BY cases_open"
  " LEFT JOIN interactions si ON si.id = k.interaction_id"
  " WHERE k.resolved_at = 0 AND k.kind = 'mistake' AND k.corrective_action = ''"
  " AND (si.id IS NULL OR si.deleted_at = 0)"
  " UNION ALL"
  " SELECT k.customer_id, 0, 1 FROM cases k INDEXED BY cases_resolved"
  " LEFT JOIN interactions si ON si.id = k.interaction_id"
  " WHERE k.resolved_at > 0 AND k.resolved_at >= ?2 AND k.corrective_action <> ''"
  " AND (si.id IS NULL OR si.deleted_at = 0)",

  "SELECT i.customer_id, i.sentiment FROM interactions i INDEXED BY interactions_by_time"
  " WHERE i.occurred_at >= ?3 AND i.occurred_at <= ?1"
  " AND i.deleted_at = 0 AND i.customer_deleted = 0",
};

static const char *const fact_queries_one[] = {
  Q_COMPLAINTS ("", " AND k.customer_id = ?9"),
  Q_PROMISES (" INDEXED BY interactions_promises", " AND i.customer_id = ?9"),
  Q_THANKS_OWED ("", " AND r.customer_id = ?9"),
  Q_THANKS_GIVEN (ONE_CUSTOMER, " AND i.customer_id = ?9"),
  Q_CASES (" AND k.customer_id = ?9"),
  Q_MOOD (ONE_CUSTOMER, " AND i.customer_id = ?9"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (fact_queries_all) == G_N_ELEMENTS (fact_queries_one));

/* Adds a row of query @query to @f (zeroed at first): a customer's totals from a
 * grouped query, or one fact of a per-row one. */
static void
apply_fact_row (guint               query,
                RelasiStmt         *stmt,
                RelasiHealthFacts  *f)
{
  switch (query)
    {
    case 0:
      f->unanswered_complaints += sqlite3_column_int (stmt, 1);
      f->overdue_complaints += sqlite3_column_int (stmt, 2);
      break;
    case 1:
      f->broken_promises += sqlite3_column_int (stmt, 1);
      f->late_promises += sqlite3_column_int (stmt, 2);
      f->overdue_promises += sqlite3_column_int (stmt, 3);
      f->kept_promises += sqlite3_column_int (stmt, 4);
      break;
    case 2:
      f->overdue_thank_yous += sqlite3_column_int (stmt, 1);
      break;
    case 3:
      f->recent_thank_yous += sqlite3_column_int (stmt, 1);
      break;
    case 4:
      f->unrepaired_mistakes += sqlite3_column_int (stmt, 1);
      f->repaired_cases += sqlite3_column_int (stmt, 2);
      break;
    case 5:
      f->recent_sentiment_sum += sqlite3_column_int (stmt, 1);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Fills @entries (id -> Entry) with the facts of one customer (@customer_id > 0) or
 * of every live customer (0). */
static gboolean
gather (RelasiStore  *self,
        gint64        customer_id,
        gint64        now,
        GHashTable   *entries,
        GError      **error)
{
  g_autoptr(RelasiStmt) base = NULL;
  int rc;

  base = relasi_store_prepare (self,
                               customer_id > 0
                               ? "SELECT id, created_at, last_contact_at, cadence_days, status, health"
                                 " FROM customers WHERE deleted_at = 0 AND id = ?1"
                               : "SELECT id, created_at, last_contact_at, cadence_days, status, health"
                                 " FROM customers WHERE deleted_at = 0",
                               error);
  if (base == NULL)
    return FALSE;
  if (customer_id > 0)
    sqlite3_bind_int64 (base, 1, customer_id);
  while ((rc = sqlite3_step (base)) == SQLITE_ROW)
    {
      Entry *e = g_new0 (Entry, 1);
      int cadence = sqlite3_column_int (base, 3);

      e->id = sqlite3_column_int64 (base, 0);
      e->facts.created_at = sqlite3_column_int64 (base, 1);
      e->facts.last_contact_at = sqlite3_column_int64 (base, 2);
      e->facts.cadence_days = cadence > 0 ? cadence : self->stay_in_touch_days;
      e->facts.lost = g_strcmp0 (relasi_store_column_text (base, 4), "lost") == 0;
      e->stored_health = sqlite3_column_int (base, 5);
      g_hash_table_insert (entries, &e->id, e);
    }
  if (rc != SQLITE_DONE)
    {
      relasi_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }

  for (guint q = 0; q < G_N_ELEMENTS (fact_queries_all); q++)
    {
      g_autoptr(RelasiStmt) stmt = NULL;

      stmt = relasi_store_prepare (self, customer_id > 0 ? fact_queries_one[q] : fact_queries_all[q], error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, now);
      sqlite3_bind_int64 (stmt, 2, now - 365 * (gint64) RELASI_DAY);
      sqlite3_bind_int64 (stmt, 3, now - 90 * (gint64) RELASI_DAY);
      if (customer_id > 0)
        sqlite3_bind_int64 (stmt, 9, customer_id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          Entry *e = g_hash_table_lookup (entries, &id);

          if (e != NULL)
            apply_fact_row (q, stmt, &e->facts);
        }
      if (rc != SQLITE_DONE)
        {
          relasi_store_set_sqlite_error (self, rc, error);
          return FALSE;
        }
    }

  return TRUE;
}

static GHashTable *
new_entries (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
}

/* Writes the scores that changed; the caller holds a write transaction. */
static gboolean
store_scores (RelasiStore  *self,
              GHashTable   *entries,
              gint64        now,
              guint        *n_changed,
              GError      **error)
{
  GHashTableIter iter;
  Entry *e;

  *n_changed = 0;
  g_hash_table_iter_init (&iter, entries);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &e))
    {
      int score = relasi_health_compute (&e->facts, now, NULL);
      g_autoptr(RelasiStmt) stmt = NULL;

      if (score == e->stored_health)
        continue;
      /* only over the score the facts were read with: a refresh on a worker gathers
       * before its write, and a write of the window's in between has already stored a
       * score from newer facts */
      stmt = relasi_store_prepare (self, "UPDATE customers SET health = ?1 WHERE id = ?2 AND health = ?3", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 1, score);
      sqlite3_bind_int64 (stmt, 2, e->id);
      sqlite3_bind_int (stmt, 3, e->stored_health);
      if (!relasi_store_step_done (self, stmt, error))
        return FALSE;
      *n_changed += (guint) sqlite3_changes (self->db);
    }
  return TRUE;
}

/* Inside a write: recomputes the health of the customers in @ids (a set of gint64). */
gboolean
relasi_store_refresh_health_for (RelasiStore  *self,
                                 GHashTable   *ids,
                                 GError      **error)
{
  g_autoptr(GHashTable) entries = new_entries ();
  gint64 now = relasi_clock_now ();
  GHashTableIter iter;
  gint64 *id;
  guint n_changed;

  /* A batch that touched many customers: the grouped queries over everyone cost less
   * than a few queries for each of them (and leave every score fresh). */
  if (g_hash_table_size (ids) > 64)
    {
      g_autoptr(RelasiStmt) count = NULL;
      gint64 n_customers = 0;

      count = relasi_store_prepare (self, "SELECT count(*) FROM customers WHERE deleted_at = 0", error);
      if (count == NULL || !relasi_store_query_int64 (self, count, &n_customers, error))
        return FALSE;
      if ((gint64) g_hash_table_size (ids) * 4 > n_customers)
        {
          if (!gather (self, 0, now, entries, error) ||
              !store_scores (self, entries, now, &n_changed, error))
            return FALSE;
          return TRUE;
        }
    }

  g_hash_table_iter_init (&iter, ids);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    if (!gather (self, *id, now, entries, error))
      return FALSE;

  return store_scores (self, entries, now, &n_changed, error);
}

/**
 * relasi_store_refresh_health:
 * @self: a store
 * @error: return location for an error
 *
 * Recomputes every customer's health score (a few grouped queries, then one
 * transaction for the scores that changed). Emits ::changed when any did.
 */
gboolean
relasi_store_refresh_health (RelasiStore  *self,
                             GError      **error)
{
  g_autoptr(GHashTable) entries = new_entries ();
  gint64 now = relasi_clock_now ();
  guint n_changed = 0;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (!self->in_write, FALSE);

  if (!gather (self, 0, now, entries, error))
    return FALSE;

  {
    GHashTableIter iter;
    Entry *e;
    gboolean any = FALSE;

    g_hash_table_iter_init (&iter, entries);
    while (!any && g_hash_table_iter_next (&iter, NULL, (gpointer *) &e))
      any = relasi_health_compute (&e->facts, now, NULL) != e->stored_health;

    if (any)
      {
        if (!relasi_store_write_begin (self, error))
          return FALSE;
        if (!store_scores (self, entries, now, &n_changed, error))
          {
            relasi_store_write_rollback (self);
            return FALSE;
          }
        if (!relasi_store_write_commit (self, RELASI_STORE_CHANGE_CUSTOMERS, error))
          return FALSE;
      }
  }

  self->health_fresh_at = now;
  return TRUE;
}

/* ---- the refresh on a worker thread ---- */

typedef struct {
  gint64   now;       /* the time the scores are as of */
  gboolean changed;   /* the worker stored new scores */
  guint    epoch;     /* the store's health_epoch when it started */
} BackgroundRefresh;

static void
on_worker_changed (RelasiStore       *worker,
                   RelasiStoreChange  changes,
                   BackgroundRefresh *refresh)
{
  refresh->changed = TRUE;
}

static void
refresh_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  RelasiStore *self = source_object;   /* only its path and settings are read here */
  BackgroundRefresh *refresh = task_data;
  g_autoptr(RelasiStore) worker = NULL;
  g_autoptr(GError) error = NULL;

  worker = relasi_store_open_for_worker (self, &error);
  if (worker != NULL)
    {
      g_signal_connect (worker, "changed", G_CALLBACK (on_worker_changed), refresh);
      if (relasi_store_refresh_health (worker, &error))
        {
          refresh->now = worker->health_fresh_at;
          g_task_return_boolean (task, TRUE);
          return;
        }
    }
  g_task_return_error (task, g_steal_pointer (&error));
}

static void
refresh_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  RelasiStore *self = RELASI_STORE (object);
  BackgroundRefresh *refresh = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  /* the rules changed, or another connection wrote, while the worker ran: its scores
   * are not fresh for an hour */
  gboolean still_fresh = refresh->epoch == self->health_epoch;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      self->health_refreshing = FALSE;
      g_warning ("Could not refresh the health scores: %s", error->message);
      /* try again in a minute, not at every read */
      self->health_fresh_at = relasi_clock_now () - STALE_AFTER + 60;
      return;
    }
  /* still "refreshing" while the readers read again: none of them starts another */
  if (refresh->changed)
    relasi_store_notify_external_change (self, RELASI_STORE_CHANGE_CUSTOMERS);
  self->health_refreshing = FALSE;
  self->health_fresh_at = still_fresh ? refresh->now : 0;
}

static void
refresh_in_background (RelasiStore *self)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, refresh_done, NULL);
  BackgroundRefresh *refresh = g_new0 (BackgroundRefresh, 1);

  refresh->epoch = self->health_epoch;
  g_task_set_source_tag (task, refresh_in_background);
  g_task_set_task_data (task, refresh, g_free);
  self->health_refreshing = TRUE;
  g_task_run_in_thread (task, refresh_thread);
}

/**
 * relasi_store_refresh_health_if_stale:
 * @self: a store
 * @error: return location for an error
 *
 * Calls relasi_store_refresh_health() when the scores are more than an hour old (or
 * the clock went back).
 */
gboolean
relasi_store_refresh_health_if_stale (RelasiStore  *self,
                                      GError      **error)
{
  gint64 now = relasi_clock_now ();

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);

  /* a worker (a reader kept open, an export) leaves this to the main store, whose
   * refresh it sees; so does a read transaction */
  if (self->in_write || self->batch_depth > 0 || self->health_refreshing || self->is_worker ||
      !sqlite3_get_autocommit (self->db))
    return TRUE;
  if (self->health_fresh_at != 0 && now >= self->health_fresh_at && now - self->health_fresh_at < STALE_AFTER)
    return TRUE;
  if (self->health_in_background)
    {
      refresh_in_background (self);
      return TRUE;
    }
  return relasi_store_refresh_health (self, error);
}

/**
 * relasi_store_set_health_in_background:
 * @self: a store (not a worker's)
 * @in_background: whether relasi_store_refresh_health_if_stale() refreshes on a
 *   worker thread and returns at once
 *
 * When the worker has stored new scores, @self emits ::changed with
 * %RELASI_STORE_CHANGE_CUSTOMERS.
 */
void
relasi_store_set_health_in_background (RelasiStore *self,
                                       gboolean     in_background)
{
  g_return_if_fail (RELASI_IS_STORE (self));
  g_return_if_fail (!self->is_worker);

  self->health_in_background = !!in_background;
}

/**
 * relasi_store_is_refreshing_health:
 * @self: a store
 *
 * Returns: whether a refresh of the health scores is running on a worker
 */
gboolean
relasi_store_is_refreshing_health (RelasiStore *self)
{
  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  return self->health_refreshing;
}

/**
 * relasi_store_get_health_facts:
 * @self: a store
 * @customer_id: a customer (not in the trash)
 * @facts: (out caller-allocates): the facts as of now
 * @error: return location for an error
 */
gboolean
relasi_store_get_health_facts (RelasiStore        *self,
                               gint64              customer_id,
                               RelasiHealthFacts  *facts,
                               GError            **error)
{
  g_autoptr(GHashTable) entries = new_entries ();
  Entry *e;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (facts != NULL, FALSE);

  if (customer_id <= 0 || !gather (self, customer_id, relasi_clock_now (), entries, error))
    {
      if (customer_id <= 0)
        g_set_error (error, RELASI_ERROR, RELASI_ERROR_NOT_FOUND, _("This customer does not exist (any more)."));
      return FALSE;
    }
  e = g_hash_table_lookup (entries, &customer_id);
  if (e == NULL)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_NOT_FOUND, _("This customer does not exist (any more)."));
      return FALSE;
    }
  *facts = e->facts;
  return TRUE;
}

/**
 * relasi_store_get_customer_health:
 * @self: a store
 * @customer_id: a customer (not in the trash)
 * @reasons: (out) (optional) (transfer full) (element-type RelasiHealthReason): the
 *   reasons behind the score
 * @error: return location for an error
 *
 * Returns: the score as of now, 0 .. 100, or -1 with @error set
 */
int
relasi_store_get_customer_health (RelasiStore  *self,
                                  gint64        customer_id,
                                  GPtrArray   **reasons,
                                  GError      **error)
{
  RelasiHealthFacts facts;

  g_return_val_if_fail (RELASI_IS_STORE (self), -1);

  if (!relasi_store_get_health_facts (self, customer_id, &facts, error))
    return -1;
  return relasi_health_compute (&facts, relasi_clock_now (), reasons);
}

/**
 * relasi_store_get_summary:
 * @self: a store
 * @summary: (out caller-allocates): the dashboard figures as of now
 * @error: return location for an error
 *
 * Health bands count active customers only.
 */
gboolean
relasi_store_get_summary (RelasiStore         *self,
                          RelasiStoreSummary  *summary,
                          GError             **error)
{
  g_autoptr(RelasiStmt) customers = NULL;
  g_autoptr(RelasiStmt) complaints = NULL;
  g_autoptr(RelasiStmt) thanks = NULL;
  g_autoptr(RelasiStmt) promises = NULL;
  g_autoptr(RelasiStmt) cases = NULL;
  gint64 now;
  int rc;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);

  memset (summary, 0, sizeof *summary);
  if (!relasi_store_refresh_health_if_stale (self, error))
    return FALSE;
  now = relasi_clock_now ();

  customers = relasi_store_prepare (self,
                                    "SELECT coalesce(sum(status = 'active'), 0), coalesce(sum(status = 'lost'), 0),"
                                    " coalesce(sum(status = 'active' AND drift_at < ?1), 0),"
                                    " coalesce(sum(status = 'active' AND health >= 70), 0),"
                                    " coalesce(sum(status = 'active' AND health >= 40 AND health < 70), 0),"
                                    " coalesce(sum(status = 'active' AND health < 40), 0)"
                                    " FROM customers INDEXED BY customers_by_health WHERE deleted_at = 0",
                                    error);
  if (customers == NULL)
    return FALSE;
  sqlite3_bind_int64 (customers, 1, now);
  if ((rc = sqlite3_step (customers)) != SQLITE_ROW)
    goto sql_error;
  summary->active_customers = sqlite3_column_int64 (customers, 0);
  summary->lost_customers = sqlite3_column_int64 (customers, 1);
  summary->drifting_customers = sqlite3_column_int64 (customers, 2);
  summary->health_good = sqlite3_column_int64 (customers, 3);
  summary->health_fair = sqlite3_column_int64 (customers, 4);
  summary->health_poor = sqlite3_column_int64 (customers, 5);

  complaints = relasi_store_prepare (self,
                                     "SELECT count(*), coalesce(sum(k.answer_due_at < ?1), 0),"
                                     " coalesce(min(k.opened_at), 0) FROM cases k INDEXED BY cases_open"
                                     " WHERE k.kind = 'complaint' AND k.answered_at = 0 AND k.resolved_at = 0"
                                     " AND k.id NOT IN " RELASI_TRASHED_CASES,
                                     error);
  if (complaints == NULL)
    return FALSE;
  sqlite3_bind_int64 (complaints, 1, now);
  if ((rc = sqlite3_step (complaints)) != SQLITE_ROW)
    goto sql_error;
  summary->complaints_awaiting_answer = sqlite3_column_int64 (complaints, 0);
  summary->complaints_overdue = sqlite3_column_int64 (complaints, 1);
  summary->oldest_complaint_opened_at = sqlite3_column_int64 (complaints, 2);

  thanks = relasi_store_prepare (self,
                                 /* reminders_open alone (it holds these columns) */
                                 "SELECT count(*) FROM reminders r"
                                 " WHERE r.kind = 'thank-you' AND r.done_at = 0 AND r.due_at < ?1"
                                 " AND " RELASI_REMINDER_NOT_TRASHED,
                                 error);
  if (thanks == NULL)
    return FALSE;
  sqlite3_bind_int64 (thanks, 1, now);
  if ((rc = sqlite3_step (thanks)) != SQLITE_ROW)
    goto sql_error;
  summary->overdue_thank_yous = sqlite3_column_int64 (thanks, 0);

  promises = relasi_store_prepare (self,
                                   /* the partial index holds only open promises; without the
                                    * hint the planner reads every promise through
                                    * interactions_by_kind */
                                   "SELECT coalesce(sum(due_at < ?1), 0), coalesce(sum(due_at >= ?1), 0)"
                                   " FROM interactions INDEXED BY interactions_open_promises"
                                   " WHERE kind = 'promise' AND outcome IN ('none', 'renegotiated')"
                                   " AND deleted_at = 0 AND customer_deleted = 0 AND due_at < ?2",
                                   error);
  if (promises == NULL)
    return FALSE;
  sqlite3_bind_int64 (promises, 1, now);
  sqlite3_bind_int64 (promises, 2, now + 7 * (gint64) RELASI_DAY);
  if ((rc = sqlite3_step (promises)) != SQLITE_ROW)
    goto sql_error;
  summary->promises_overdue = sqlite3_column_int64 (promises, 0);
  summary->promises_due_soon = sqlite3_column_int64 (promises, 1);

  cases = relasi_store_prepare (self,
                                "SELECT count(*) FROM cases k INDEXED BY cases_open"
                                " WHERE k.resolved_at = 0 AND k.id NOT IN " RELASI_TRASHED_CASES,
                                error);
  if (cases == NULL)
    return FALSE;
  if ((rc = sqlite3_step (cases)) != SQLITE_ROW)
    goto sql_error;
  summary->open_cases = sqlite3_column_int64 (cases, 0);

  return TRUE;

sql_error:
  relasi_store_set_sqlite_error (self, rc, error);
  return FALSE;
}

/**
 * relasi_store_get_health_refreshed_at:
 * @self: a store
 *
 * Returns: the time (relasi_clock_now()) the stored health scores are as of, after the
 *   last refresh of every score through this store; 0 when they are not known to be
 *   fresh (none yet, or something changed them since)
 */
gint64
relasi_store_get_health_refreshed_at (RelasiStore *self)
{
  g_return_val_if_fail (RELASI_IS_STORE (self), 0);
  return self->health_fresh_at;
}
