/* relasi-store-open-items.c — open items per customer, a page of customers at a time
 *
 * The ids travel as one JSON array parameter (json_each), so the statement text is
 * the same for every page and stays prepared. Each part of the UNION uses an index:
 * cases_by_customer, reminders_by_customer and the partial index of open promises.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "relasi-clock.h"
#include "relasi-store-open-items.h"
#include "relasi-store-private.h"

#define OPEN_ITEMS_SQL \
  "WITH ids(id) AS (SELECT value FROM json_each(?1))" \
  " SELECT k.customer_id, 0, count(*), 0 FROM cases k" \
  "  LEFT JOIN interactions si ON si.id = k.interaction_id" \
  "  WHERE k.customer_id IN ids AND k.kind = 'complaint' AND k.answered_at = 0" \
  "  AND k.resolved_at = 0 AND (si.id IS NULL OR si.deleted_at = 0)" \
  "  GROUP BY k.customer_id" \
  " UNION ALL" \
  " SELECT i.customer_id, 1, count(*), 0 FROM interactions i" \
  "  WHERE i.customer_id IN ids AND i.kind = 'promise' AND i.outcome IN ('none', 'renegotiated')" \
  "  AND i.deleted_at = 0 AND i.due_at < ?3" \
  "  GROUP BY i.customer_id" \
  " UNION ALL" \
  " SELECT r.customer_id, 2, count(*), coalesce(sum(r.due_at < ?2), 0) FROM reminders r" \
  "  LEFT JOIN interactions si ON si.id = r.interaction_id" \
  "  WHERE r.customer_id IN ids AND r.kind = 'thank-you' AND r.done_at = 0" \
  "  AND r.deleted_at = 0 AND (si.id IS NULL OR si.deleted_at = 0)" \
  "  GROUP BY r.customer_id"

/**
 * relasi_store_count_open_items:
 * @self: a store
 * @customer_ids: (array length=n_ids): the customers, e.g. the rows of one page
 * @n_ids: how many; a page is at most a few hundred
 * @error: return location for an error
 *
 * Counts, as of now, what is still owed to each of @customer_ids.
 *
 * Returns: (transfer full) (element-type RelasiOpenItems): one entry per id, in the
 *   order of @customer_ids (zeros for an unknown id), or %NULL on error
 */
GArray *
relasi_store_count_open_items (RelasiStore   *self,
                               const gint64  *customer_ids,
                               guint          n_ids,
                               GError       **error)
{
  g_autoptr(GArray) result = NULL;
  g_autoptr(GHashTable) index = NULL;
  g_autoptr(RelasiStmt) stmt = NULL;
  gint64 now = relasi_clock_now ();
  int rc;

  g_return_val_if_fail (RELASI_IS_STORE (self), NULL);
  g_return_val_if_fail (customer_ids != NULL || n_ids == 0, NULL);

  result = g_array_sized_new (FALSE, TRUE, sizeof (RelasiOpenItems), n_ids);
  g_array_set_size (result, n_ids);
  if (n_ids == 0)
    return g_steal_pointer (&result);

  index = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < n_ids; i++)
    {
      RelasiOpenItems *items = &g_array_index (result, RelasiOpenItems, i);

      items->customer_id = customer_ids[i];
      g_hash_table_insert (index, &items->customer_id, items);
    }

  stmt = relasi_store_prepare (self, OPEN_ITEMS_SQL, error);
  if (stmt == NULL)
    return NULL;
  relasi_store_bind_id_array (stmt, 1, customer_ids, n_ids);
  sqlite3_bind_int64 (stmt, 2, now);
  sqlite3_bind_int64 (stmt, 3, now + RELASI_PROMISE_DUE_SOON_DAYS * (gint64) RELASI_DAY);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      guint count = (guint) sqlite3_column_int64 (stmt, 2);
      RelasiOpenItems *items = g_hash_table_lookup (index, &id);

      if (items == NULL)
        continue;
      switch (sqlite3_column_int (stmt, 1))
        {
        case 0:
          items->complaints_awaiting_answer = count;
          break;
        case 1:
          items->promises_due = count;
          break;
        default:
          items->thank_yous_owed = count;
          items->thank_yous_overdue = (guint) sqlite3_column_int64 (stmt, 3);
          break;
        }
    }
  if (rc != SQLITE_DONE)
    {
      relasi_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&result);
}
