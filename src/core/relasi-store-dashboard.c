/* relasi-store-dashboard.c — the dashboard's queries besides the summary
 *
 * Each query is shaped for an index of schema v1:
 *   oldest complaint      cases_open (opened_at) WHERE resolved_at = 0
 *   oldest thank-you      reminders_open (max(due_at, snoozed_until)), in order, LIMIT 1
 *   first promise         interactions_open_promises (due_at), in order, LIMIT 1
 *   longest drifting      customers_by_drift (drift_at), in order, LIMIT 1
 *   lowest health         customers_by_health (health, id), in order, LIMIT 1
 *   reminders due today   reminders_open, a range up to the end of today
 *   complaints by month   cases_by_kind (kind, opened_at, answered_at, answer_due_at): a
 *                         covered range count per month
 *   causes by kind        cases_by_cause (kind, root_cause, opened_at): a covered range
 *                         count per kind and cause (no sorting for a GROUP BY)
 * The counts leave out cases of customers or entries in the trash by subtracting those
 * (found from the few ids in the trash) rather than testing every case.
 *   reasons for leaving   customers_lost (lost_at) WHERE status = 'lost'
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "relasi-store-dashboard.h"
#include "relasi-clock.h"
#include "relasi-store-private.h"

#define CASE_FROM \
  " FROM cases k JOIN customers c ON c.id = k.customer_id" \
  " LEFT JOIN interactions si ON si.id = k.interaction_id"

#define REMINDER_FROM \
  " FROM reminders r LEFT JOIN customers c ON c.id = r.customer_id" \
  " LEFT JOIN interactions si ON si.id = r.interaction_id"

void
relasi_dashboard_item_clear (RelasiDashboardItem *item)
{
  g_return_if_fail (item != NULL);

  g_clear_pointer (&item->customer_name, g_free);
  g_clear_pointer (&item->text, g_free);
  memset (item, 0, sizeof *item);
}

void
relasi_dashboard_urgent_clear (RelasiDashboardUrgent *urgent)
{
  g_return_if_fail (urgent != NULL);

  relasi_dashboard_item_clear (&urgent->oldest_complaint);
  relasi_dashboard_item_clear (&urgent->oldest_thank_you);
  relasi_dashboard_item_clear (&urgent->first_promise);
  relasi_dashboard_item_clear (&urgent->longest_drifting);
  relasi_dashboard_item_clear (&urgent->lowest_health);
  relasi_dashboard_item_clear (&urgent->first_reminder);
  memset (urgent, 0, sizeof *urgent);
}

/**
 * relasi_dashboard_end_of_day:
 * @now_local: now, in the time zone that decides what "today" is
 *
 * Returns: the start of tomorrow in that time zone (UTC seconds)
 */
gint64
relasi_dashboard_end_of_day (GDateTime *now_local)
{
  g_autoptr(GDateTime) noon = NULL;
  g_autoptr(GDateTime) tomorrow = NULL;
  g_autoptr(GDateTime) midnight = NULL;
  int year, month, day;

  g_return_val_if_fail (now_local != NULL, 0);

  /* noon never falls into a daylight-saving gap, midnight might */
  g_date_time_get_ymd (now_local, &year, &month, &day);
  noon = g_date_time_new (g_date_time_get_timezone (now_local), year, month, day, 12, 0, 0);
  tomorrow = g_date_time_add_days (noon, 1);
  g_date_time_get_ymd (tomorrow, &year, &month, &day);
  midnight = g_date_time_new (g_date_time_get_timezone (now_local), year, month, day, 0, 0, 0);
  return g_date_time_to_unix (midnight);
}

/**
 * relasi_dashboard_month_starts:
 * @now_local: now, in the time zone that decides where months begin
 * @n_months: how many months, the current one the last
 * @starts: (out caller-allocates) (array fixed-size=n_months+1): the start of each
 *   month, oldest first, and then the start of next month
 */
void
relasi_dashboard_month_starts (GDateTime *now_local,
                               guint      n_months,
                               gint64    *starts)
{
  GTimeZone *tz;
  int year, month;

  g_return_if_fail (now_local != NULL);
  g_return_if_fail (n_months > 0);
  g_return_if_fail (starts != NULL);

  tz = g_date_time_get_timezone (now_local);
  g_date_time_get_ymd (now_local, &year, &month, NULL);
  for (guint i = 0; i <= n_months; i++)
    {
      /* month index relative to now: -(n_months - 1) .. +1 */
      int offset = (int) i - (int) n_months + 1;
      int m0 = (year * 12 + (month - 1)) + offset;
      g_autoptr(GDateTime) start = g_date_time_new (tz, m0 / 12, m0 % 12 + 1, 1, 0, 0, 0);

      starts[i] = g_date_time_to_unix (start);
    }
}

/**
 * relasi_store_has_customers:
 * @self: a store
 * @has_customers: (out): whether any customer exists, in the trash or not
 * @error: return location for an error
 *
 * The dashboard welcomes a new user when there is none.
 */
gboolean
relasi_store_has_customers (RelasiStore  *self,
                            gboolean     *has_customers,
                            GError      **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;
  gint64 value = 0;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (has_customers != NULL, FALSE);

  stmt = relasi_store_prepare (self, "SELECT EXISTS (SELECT 1 FROM customers)", error);
  if (stmt == NULL || !relasi_store_query_int64 (self, stmt, &value, error))
    return FALSE;
  *has_customers = value != 0;
  return TRUE;
}

/* Reads the row of a "first item" query: id, customer id, customer name, text, at,
 * due_at. Returns FALSE with @error set on an SQLite error; no row leaves @item empty. */
static gboolean
read_item (RelasiStore          *self,
           RelasiStmt           *stmt,
           RelasiDashboardItem  *item,
           GError              **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE)
    return TRUE;
  if (rc != SQLITE_ROW)
    {
      relasi_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }

  item->id = sqlite3_column_int64 (stmt, 0);
  item->customer_id = sqlite3_column_int64 (stmt, 1);
  if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
    item->customer_name = g_strdup (relasi_store_column_text (stmt, 2));
  if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
    item->text = g_strdup (relasi_store_column_text (stmt, 3));
  item->at = sqlite3_column_int64 (stmt, 4);
  item->due_at = sqlite3_column_int64 (stmt, 5);
  return TRUE;
}

/* Reads the first row of @sql (?1 bound to @bound when it has it) into @item. For a
 * reminder (@reminder) the text is its title as shown, an automatic one composed now:
 * the query selects r.title as the text, then REMINDER_ITEM_TITLE. */
#define REMINDER_ITEM_TITLE ", r.kind, " RELASI_REMINDER_TITLE_COLUMNS

static gboolean
query_item (RelasiStore          *self,
            const char           *sql,
            gint64                bound,
            gboolean              reminder,
            RelasiDashboardItem  *item,
            GError              **error)
{
  g_autoptr(RelasiStmt) stmt = relasi_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_bind_parameter_count (stmt) >= 1)
    sqlite3_bind_int64 (stmt, 1, bound);
  if (!read_item (self, stmt, item, error))
    return FALSE;
  if (reminder && item->id != 0)
    {
      g_free (item->text);
      item->text = relasi_store_column_reminder_title (stmt, 3, 6, 2, 7);
    }
  return TRUE;
}

/**
 * relasi_store_get_dashboard_urgent:
 * @self: a store
 * @end_of_today: the start of tomorrow (relasi_dashboard_end_of_day())
 * @urgent: (out caller-allocates): the most urgent items as of now; clear it with
 *   relasi_dashboard_urgent_clear()
 * @error: return location for an error
 *
 * What each dashboard card names, as of relasi_clock_now(). The counts on the cards
 * come from relasi_store_get_summary(); only the reminders due today are counted here.
 */
gboolean
relasi_store_get_dashboard_urgent (RelasiStore            *self,
                                   gint64                  end_of_today,
                                   RelasiDashboardUrgent  *urgent,
                                   GError                **error)
{
  g_autoptr(RelasiStmt) count = NULL;
  gint64 now;
  int rc;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (urgent != NULL, FALSE);

  memset (urgent, 0, sizeof *urgent);
  now = relasi_clock_now ();

  if (!query_item (self,
                   "SELECT k.id, k.customer_id, c.name, NULL, k.opened_at, k.answer_due_at" CASE_FROM
                   " WHERE k.resolved_at = 0 AND k.kind = 'complaint' AND k.answered_at = 0"
                   " AND " RELASI_CASE_VISIBLE " AND ?1 = ?1"
                   " ORDER BY k.opened_at, k.id LIMIT 1",
                   now, FALSE, &urgent->oldest_complaint, error))
    goto fail;

  if (!query_item (self,
                   "SELECT r.id, r.customer_id, c.name, r.title, r.due_at, r.due_at"
                   REMINDER_ITEM_TITLE REMINDER_FROM
                   " WHERE r.done_at = 0 AND r.deleted_at = 0 AND r.kind = 'thank-you' AND r.due_at < ?1"
                   " AND " RELASI_REMINDER_VISIBLE
                   " ORDER BY max(r.due_at, r.snoozed_until), r.id LIMIT 1",
                   now, TRUE, &urgent->oldest_thank_you, error))
    goto fail;

  if (!query_item (self,
                   "SELECT i.id, i.customer_id, c.name, i.summary, i.due_at, i.due_at"
                   " FROM interactions i INDEXED BY interactions_open_promises"
                   " JOIN customers c ON c.id = i.customer_id"
                   " WHERE i.kind = 'promise' AND i.outcome IN ('none', 'renegotiated')"
                   " AND i.deleted_at = 0 AND i.customer_deleted = 0 AND ?1 = ?1"
                   " ORDER BY i.due_at, i.id LIMIT 1",
                   now, FALSE, &urgent->first_promise, error))
    goto fail;

  if (!query_item (self,
                   "SELECT id, id, name, NULL, drift_at, last_contact_at FROM customers"
                   " WHERE deleted_at = 0 AND status = 'active' AND drift_at < ?1"
                   " ORDER BY drift_at, id LIMIT 1",
                   now, FALSE, &urgent->longest_drifting, error))
    goto fail;

  if (!query_item (self,
                   "SELECT id, id, name, NULL, 0, health FROM customers INDEXED BY customers_by_health"
                   " WHERE deleted_at = 0 AND status = 'active' AND health < ?1"
                   " ORDER BY health, id LIMIT 1",
                   RELASI_HEALTH_GOOD_MIN, FALSE, &urgent->lowest_health, error))
    goto fail;
  urgent->lowest_health_score = (int) urgent->lowest_health.due_at;
  urgent->lowest_health.due_at = 0;

  if (!query_item (self,
                   "SELECT r.id, coalesce(r.customer_id, 0), c.name, r.title,"
                   " max(r.due_at, r.snoozed_until), r.due_at" REMINDER_ITEM_TITLE REMINDER_FROM
                   " WHERE r.done_at = 0 AND r.deleted_at = 0 AND max(r.due_at, r.snoozed_until) < ?1"
                   " AND " RELASI_REMINDER_VISIBLE
                   " ORDER BY max(r.due_at, r.snoozed_until), r.id LIMIT 1",
                   end_of_today, TRUE, &urgent->first_reminder, error))
    goto fail;

  count = relasi_store_prepare (self,
                                "SELECT count(*), coalesce(sum(max(r.due_at, r.snoozed_until) <= ?2), 0)"
                                " FROM reminders r WHERE r.done_at = 0 AND r.deleted_at = 0"
                                " AND max(r.due_at, r.snoozed_until) < ?1 AND " RELASI_REMINDER_NOT_TRASHED,
                                error);
  if (count == NULL)
    goto fail;
  sqlite3_bind_int64 (count, 1, end_of_today);
  sqlite3_bind_int64 (count, 2, now);
  if ((rc = sqlite3_step (count)) != SQLITE_ROW)
    {
      relasi_store_set_sqlite_error (self, rc, error);
      goto fail;
    }
  urgent->reminders_due_today = sqlite3_column_int64 (count, 0);
  urgent->reminders_overdue = sqlite3_column_int64 (count, 1);

  return TRUE;

fail:
  relasi_dashboard_urgent_clear (urgent);
  return FALSE;
}

/**
 * relasi_store_count_complaints_by_month:
 * @self: a store
 * @month_starts: (array length=n_months+1): month boundaries, oldest first
 *   (relasi_dashboard_month_starts())
 * @n_months: how many months
 * @opened: (out caller-allocates) (array length=n_months): complaints opened in each month
 * @answered_in_time: (out caller-allocates) (array length=n_months): ... of which the
 *   first answer came before the deadline
 * @error: return location for an error
 *
 * Complaints of customers in the trash (or whose journal entry is) are not counted.
 */
gboolean
relasi_store_count_complaints_by_month (RelasiStore   *self,
                                        const gint64  *month_starts,
                                        guint          n_months,
                                        guint         *opened,
                                        guint         *answered_in_time,
                                        GError       **error)
{
  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (n_months == 0 || (month_starts != NULL && opened != NULL && answered_in_time != NULL), FALSE);

  for (guint i = 0; i < n_months; i++)
    {
      g_autoptr(RelasiStmt) stmt = NULL;
      int rc;

      stmt = relasi_store_prepare (self,
                                   "SELECT count(*),"
                                   " coalesce(sum(answered_at > 0 AND answered_at <= answer_due_at), 0)"
                                   " FROM cases INDEXED BY cases_by_kind WHERE kind = 'complaint'"
                                   " AND opened_at >= ?1 AND opened_at < ?2",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, month_starts[i]);
      sqlite3_bind_int64 (stmt, 2, month_starts[i + 1]);
      if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
        {
          relasi_store_set_sqlite_error (self, rc, error);
          return FALSE;
        }
      opened[i] = (guint) sqlite3_column_int64 (stmt, 0);
      answered_in_time[i] = (guint) sqlite3_column_int64 (stmt, 1);
    }

  /* less those in the trash */
  if (n_months > 0)
    {
      g_autoptr(RelasiStmt) stmt = NULL;
      int rc;

      stmt = relasi_store_prepare (self,
                                   "SELECT opened_at, answered_at > 0 AND answered_at <= answer_due_at"
                                   " FROM cases WHERE id IN " RELASI_TRASHED_CASES
                                   " AND kind = 'complaint' AND opened_at >= ?1 AND opened_at < ?2",
                                   error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, month_starts[0]);
      sqlite3_bind_int64 (stmt, 2, month_starts[n_months]);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 at = sqlite3_column_int64 (stmt, 0);

          for (guint i = 0; i < n_months; i++)
            if (at >= month_starts[i] && at < month_starts[i + 1])
              {
                opened[i]--;
                if (sqlite3_column_int (stmt, 1))
                  answered_in_time[i]--;
                break;
              }
        }
      if (rc != SQLITE_DONE)
        {
          relasi_store_set_sqlite_error (self, rc, error);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
count_by_cause (RelasiStore  *self,
                RelasiStmt   *stmt,
                gint64        counts[RELASI_N_ROOT_CAUSES],
                GError      **error)
{
  int rc;

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

/**
 * relasi_store_count_complaint_causes:
 * @self: a store
 * @since: only cases opened at or after this time (0 for all)
 * @counts: (out caller-allocates): complaint and mistake cases per #RelasiRootCause
 * @error: return location for an error
 *
 * Like relasi_store_count_root_causes(), for complaints and mistakes only (broken
 * promises and lost customers have charts of their own).
 */
gboolean
relasi_store_count_complaint_causes (RelasiStore  *self,
                                     gint64        since,
                                     gint64        counts[RELASI_N_ROOT_CAUSES],
                                     GError      **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  static const char * const kinds[] = { "complaint", "mistake" };
  gint64 trashed[RELASI_N_ROOT_CAUSES] = { 0 };

  memset (counts, 0, sizeof (gint64) * RELASI_N_ROOT_CAUSES);
  stmt = relasi_store_prepare (self,
                               "SELECT count(*) FROM cases INDEXED BY cases_by_cause"
                               " WHERE kind = ?1 AND root_cause = ?2 AND opened_at >= ?3",
                               error);
  if (stmt == NULL)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (RelasiRootCause cause = 0; cause < RELASI_N_ROOT_CAUSES; cause++)
      {
        gint64 n = 0;

        relasi_store_bind_text (stmt, 1, kinds[k]);
        relasi_store_bind_text (stmt, 2, relasi_root_cause_to_string (cause));
        sqlite3_bind_int64 (stmt, 3, since);
        if (!relasi_store_query_int64 (self, stmt, &n, error))
          return FALSE;
        counts[cause] += n;
      }
  g_clear_pointer (&stmt, relasi_stmt_release);

  /* less those in the trash */
  stmt = relasi_store_prepare (self,
                               "SELECT root_cause, count(*) FROM cases WHERE id IN " RELASI_TRASHED_CASES
                               " AND kind IN ('complaint', 'mistake') AND opened_at >= ?1"
                               " GROUP BY root_cause",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, since);
  if (!count_by_cause (self, stmt, trashed, error))
    return FALSE;
  for (guint i = 0; i < RELASI_N_ROOT_CAUSES; i++)
    counts[i] -= trashed[i];
  return TRUE;
}

/**
 * relasi_store_count_lost_reasons:
 * @self: a store
 * @counts: (out caller-allocates): lost customers (not in the trash, not won back)
 *   per reason category
 * @error: return location for an error
 */
gboolean
relasi_store_count_lost_reasons (RelasiStore  *self,
                                 gint64        counts[RELASI_N_ROOT_CAUSES],
                                 GError      **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  memset (counts, 0, sizeof (gint64) * RELASI_N_ROOT_CAUSES);
  stmt = relasi_store_prepare (self,
                               "SELECT lost_reason_category, count(*) FROM customers INDEXED BY customers_lost"
                               " WHERE deleted_at = 0 AND status = 'lost'"
                               " GROUP BY lost_reason_category",
                               error);
  if (stmt == NULL)
    return FALSE;
  return count_by_cause (self, stmt, counts, error);
}

/**
 * relasi_store_load_dashboard:
 * @self: a store
 * @now_local: now, in the time zone whose days and months the dashboard shows
 * @data: (out caller-allocates): clear it with relasi_dashboard_data_clear()
 * @error: return location for an error
 *
 * Reads every figure of a dashboard refresh: whether there is any customer, and if so
 * the summary, the most urgent items and the charts of the last
 * %RELASI_DASHBOARD_MONTHS months.
 */
gboolean
relasi_store_load_dashboard (RelasiStore          *self,
                             GDateTime            *now_local,
                             RelasiDashboardData  *data,
                             GError              **error)
{
  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (now_local != NULL, FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  memset (data, 0, sizeof *data);
  relasi_dashboard_month_starts (now_local, RELASI_DASHBOARD_MONTHS, data->month_starts);
  if (!relasi_store_has_customers (self, &data->has_customers, error))
    return FALSE;
  if (!data->has_customers)
    return TRUE;
  if (!relasi_store_get_summary (self, &data->summary, error) ||
      !relasi_store_get_dashboard_urgent (self, relasi_dashboard_end_of_day (now_local), &data->urgent, error) ||
      !relasi_store_count_complaints_by_month (self, data->month_starts, RELASI_DASHBOARD_MONTHS,
                                               data->opened, data->answered_in_time, error) ||
      !relasi_store_count_complaint_causes (self, data->month_starts[0], data->causes, error) ||
      !relasi_store_count_lost_reasons (self, data->reasons, error))
    {
      relasi_dashboard_data_clear (data);
      return FALSE;
    }
  return TRUE;
}

void
relasi_dashboard_data_clear (RelasiDashboardData *data)
{
  g_return_if_fail (data != NULL);

  relasi_dashboard_urgent_clear (&data->urgent);
  memset (data, 0, sizeof *data);
}
