/* relasi-pager.c — see relasi-pager.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "relasi-pager.h"

typedef struct {
  gboolean       known;
  sqlite3_value *key;   /* NULL for page 0: no lower bound */
  gint64         id;
} Anchor;

typedef struct {
  gint64  bucket;
  guint64 before;       /* rows in the buckets before this one */
} Bucket;

typedef struct {
  guint      index;
  GPtrArray *items;
  guint64    used;
} Page;

/* Parameters of the pager's own: ?1 .. ?50 are the query's. */
#define P_LIMIT  "?90"
#define P_OFFSET "?91"
#define P_LOW    "?92"
#define P_HIGH   "?93"
#define P_KEY    "?98"
#define P_ID     "?99"

struct _RelasiPager
{
  RelasiStore        *store;
  RelasiPagerRowFunc  row_func;

  char               *sql_count;
  char               *sql_count_after;
  char               *sql_page_first;
  char               *sql_page_after;
  char               *sql_walk_first;
  char               *sql_walk_after;
  char               *sql_seek_bucket;
  char               *sql_buckets;
  gint64              bucket_width;
  guint               count_cap;
  GArray             *args;

  guint               n_items;
  gboolean            more;      /* counting stopped at the cap */
  GArray             *anchors;   /* Anchor; anchors[p] = last row of page p - 1 */
  GArray             *buckets;   /* Bucket, in list order */
  GPtrArray          *pages;     /* Page */
  guint64             clock;
};

static void
anchor_clear (gpointer data)
{
  Anchor *anchor = data;

  g_clear_pointer (&anchor->key, sqlite3_value_free);
}

static void
page_free (gpointer data)
{
  Page *page = data;

  g_ptr_array_unref (page->items);
  g_free (page);
}

static void
arg_clear (gpointer data)
{
  RelasiPagerArg *arg = data;

  g_clear_pointer (&arg->text, g_free);
}

GArray *
relasi_pager_args_new (void)
{
  GArray *args = g_array_new (FALSE, TRUE, sizeof (RelasiPagerArg));

  g_array_set_clear_func (args, arg_clear);
  return args;
}

void
relasi_pager_args_add_int (GArray *args,
                           gint64  value)
{
  RelasiPagerArg arg = { FALSE, value, NULL };

  g_array_append_val (args, arg);
}

void
relasi_pager_args_add_text (GArray     *args,
                            const char *value)
{
  RelasiPagerArg arg = { TRUE, 0, g_strdup (value) };

  g_array_append_val (args, arg);
}

static void
clear_sql (RelasiPager *pager)
{
  g_clear_pointer (&pager->sql_count, g_free);
  g_clear_pointer (&pager->sql_count_after, g_free);
  g_clear_pointer (&pager->sql_page_first, g_free);
  g_clear_pointer (&pager->sql_page_after, g_free);
  g_clear_pointer (&pager->sql_walk_first, g_free);
  g_clear_pointer (&pager->sql_walk_after, g_free);
  g_clear_pointer (&pager->sql_seek_bucket, g_free);
  g_clear_pointer (&pager->sql_buckets, g_free);
}

RelasiPager *
relasi_pager_new (RelasiStore        *store,
                  RelasiPagerRowFunc  row_func)
{
  RelasiPager *pager = g_new0 (RelasiPager, 1);

  pager->store = store;   /* not a reference: the list model holds one */
  pager->row_func = row_func;
  pager->anchors = g_array_new (FALSE, TRUE, sizeof (Anchor));
  g_array_set_clear_func (pager->anchors, anchor_clear);
  pager->buckets = g_array_new (FALSE, FALSE, sizeof (Bucket));
  pager->pages = g_ptr_array_new_with_free_func (page_free);
  return pager;
}

void
relasi_pager_free (RelasiPager *pager)
{
  if (pager == NULL)
    return;
  clear_sql (pager);
  g_clear_pointer (&pager->args, g_array_unref);
  g_array_unref (pager->anchors);
  g_array_unref (pager->buckets);
  g_ptr_array_unref (pager->pages);
  g_free (pager);
}

/**
 * relasi_pager_set_query:
 * @pager: a pager
 * @query: the query
 * @args: (transfer full): the values of ?1 .. ?N in @query->where
 *
 * Takes effect at the next relasi_pager_reload().
 */
void
relasi_pager_set_query (RelasiPager            *pager,
                        const RelasiPagerQuery *query,
                        GArray                 *args)
{
  const char *dir = query->descending ? "DESC" : "ASC";
  const char *cmp = query->descending ? "<" : ">";
  g_autofree char *order = NULL;
  g_autofree char *after = NULL;

  g_return_if_fail (query->bucket_sql == NULL || (query->descending && query->bucket_width > 0));

  clear_sql (pager);
  g_clear_pointer (&pager->args, g_array_unref);

  if (query->unique_key)
    {
      order = g_strdup_printf ("%s %s", query->key, dir);
      after = g_strdup_printf ("%s %s " P_KEY, query->key, cmp);
    }
  else
    {
      order = g_strdup_printf ("%s %s, %s %s", query->key, dir, query->id, dir);
      after = g_strdup_printf ("(%s, %s) %s (" P_KEY ", " P_ID ")", query->key, query->id, cmp);
    }

  g_return_if_fail (query->count_cap % RELASI_PAGER_PAGE_SIZE == 0);

  if (query->count_cap > 0)
    {
      pager->sql_count = g_strdup_printf ("SELECT count(*) FROM (SELECT 1 %s WHERE %s LIMIT " P_LIMIT ")",
                                          query->from_keys, query->where);
      pager->sql_count_after = g_strdup_printf ("SELECT count(*) FROM (SELECT 1 %s WHERE (%s) AND %s LIMIT " P_LIMIT ")",
                                                query->from_keys, query->where, after);
    }
  else
    pager->sql_count = g_strdup_printf ("SELECT count(*) %s WHERE %s", query->from_keys, query->where);
  pager->sql_page_first = g_strdup_printf ("SELECT %s, %s, %s %s WHERE %s ORDER BY %s LIMIT %d",
                                           query->columns, query->key, query->id, query->from_full,
                                           query->where, order, RELASI_PAGER_PAGE_SIZE);
  pager->sql_page_after = g_strdup_printf ("SELECT %s, %s, %s %s WHERE (%s) AND %s ORDER BY %s LIMIT %d",
                                           query->columns, query->key, query->id, query->from_full,
                                           query->where, after, order, RELASI_PAGER_PAGE_SIZE);
  pager->sql_walk_first = g_strdup_printf ("SELECT %s, %s %s WHERE %s ORDER BY %s",
                                           query->key, query->id, query->from_keys, query->where, order);
  pager->sql_walk_after = g_strdup_printf ("SELECT %s, %s %s WHERE (%s) AND %s ORDER BY %s",
                                           query->key, query->id, query->from_keys, query->where, after, order);
  if (query->bucket_sql != NULL)
    {
      pager->sql_buckets = g_strdup (query->bucket_sql);
      pager->sql_seek_bucket = g_strdup_printf ("SELECT %s, %s %s WHERE (%s) AND %s >= " P_LOW " AND %s < " P_HIGH
                                                " ORDER BY %s LIMIT 1 OFFSET " P_OFFSET,
                                                query->key, query->id, query->from_keys, query->where,
                                                query->key, query->key, order);
    }
  pager->bucket_width = query->bucket_width;
  pager->count_cap = query->count_cap;
  pager->args = args;
}

static void
bind_args (RelasiPager *pager,
           RelasiStmt  *stmt)
{
  for (guint i = 0; pager->args != NULL && i < pager->args->len; i++)
    {
      RelasiPagerArg *arg = &g_array_index (pager->args, RelasiPagerArg, i);

      if (arg->is_text)
        sqlite3_bind_text (stmt, (int) i + 1, arg->text, -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_int64 (stmt, (int) i + 1, arg->number);
    }
}

static gboolean find_anchor (RelasiPager  *pager,
                             guint         index,
                             GError      **error);

/* Binds what a statement uses of the anchor (the unique-key form has no ?99). */
static void
bind_anchor (RelasiStmt   *stmt,
             const Anchor *anchor)
{
  sqlite3_bind_value (stmt, 98, anchor->key);
  if (sqlite3_bind_parameter_count (stmt) >= 99)
    sqlite3_bind_int64 (stmt, 99, anchor->id);
}

static Anchor *
anchor_at (RelasiPager *pager,
           guint        index)
{
  if (index >= pager->anchors->len)
    g_array_set_size (pager->anchors, index + 1);
  return &g_array_index (pager->anchors, Anchor, index);
}

static void
set_anchor (RelasiPager  *pager,
            guint         index,
            RelasiStmt   *stmt,
            int           key_column)
{
  Anchor *anchor = anchor_at (pager, index);

  if (anchor->known)
    return;
  anchor->known = TRUE;
  anchor->key = sqlite3_value_dup (sqlite3_column_value (stmt, key_column));
  anchor->id = sqlite3_column_int64 (stmt, key_column + 1);
}

/* Counts up to @limit rows (all when 0). */
static gboolean
count_rows (RelasiPager  *pager,
            gint64        limit,
            gint64       *count,
            GError      **error)
{
  g_autoptr(RelasiStmt) stmt = relasi_store_prepare (pager->store, pager->sql_count, error);

  if (stmt == NULL)
    return FALSE;
  bind_args (pager, stmt);
  if (limit > 0)
    sqlite3_bind_int64 (stmt, 90, limit);
  return relasi_store_query_int64 (pager->store, stmt, count, error);
}

static gboolean
load_buckets (RelasiPager  *pager,
              GError      **error)
{
  g_autoptr(RelasiStmt) stmt = relasi_store_prepare (pager->store, pager->sql_buckets, error);
  guint64 total = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Bucket bucket = { sqlite3_column_int64 (stmt, 0), total };
      gint64 n = sqlite3_column_int64 (stmt, 1);

      if (n <= 0)
        continue;
      g_array_append_val (pager->buckets, bucket);
      total += (guint64) n;
    }
  if (rc != SQLITE_DONE)
    {
      relasi_store_set_sqlite_error (pager->store, rc, error);
      return FALSE;
    }
  pager->n_items = (guint) MIN (total, G_MAXUINT);
  return TRUE;
}

/**
 * relasi_pager_reload:
 * @pager: a pager
 * @error: return location for an error
 *
 * Forgets every page and boundary and counts the rows again.
 */
gboolean
relasi_pager_reload (RelasiPager  *pager,
                     GError      **error)
{
  Anchor *first;
  gint64 count = 0;

  g_array_set_size (pager->anchors, 0);
  g_array_set_size (pager->buckets, 0);
  g_ptr_array_set_size (pager->pages, 0);
  pager->n_items = 0;
  pager->more = FALSE;

  if (pager->sql_count == NULL)
    return TRUE;

  if (pager->sql_buckets != NULL)
    {
      if (!load_buckets (pager, error))
        return FALSE;
    }
  else if (pager->count_cap > 0)
    {
      if (!count_rows (pager, (gint64) pager->count_cap + 1, &count, error))
        return FALSE;
      pager->more = count > pager->count_cap;
      pager->n_items = (guint) MIN (count, (gint64) pager->count_cap);
    }
  else
    {
      if (!count_rows (pager, 0, &count, error))
        return FALSE;
      pager->n_items = (guint) CLAMP (count, 0, G_MAXUINT);
    }

  first = anchor_at (pager, 0);
  first->known = TRUE;
  return TRUE;
}

guint
relasi_pager_get_n_items (RelasiPager *pager)
{
  return pager->n_items;
}

/**
 * relasi_pager_has_more:
 * @pager: a pager
 *
 * Returns: whether counting stopped at the cap: there may be rows after the last one
 *   the pager has so far (see relasi_pager_grow())
 */
gboolean
relasi_pager_has_more (RelasiPager *pager)
{
  return pager->more;
}

/**
 * relasi_pager_grow:
 * @pager: a pager whose count stopped at the cap
 * @error: return location for an error
 *
 * Counts up to count_cap rows further. The rows and pages read so far stay as they
 * are; the new ones come after them.
 *
 * Returns: how many rows were added (0 on an error, with @error set)
 */
guint
relasi_pager_grow (RelasiPager  *pager,
                   GError      **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;
  guint index = pager->n_items / RELASI_PAGER_PAGE_SIZE;
  gint64 count = 0;
  guint added;

  if (!pager->more || pager->sql_count_after == NULL)
    return 0;

  /* count on from the last row counted so far (capped counts are whole pages) */
  g_assert (pager->n_items % RELASI_PAGER_PAGE_SIZE == 0 && index > 0);
  if ((index >= pager->anchors->len || !g_array_index (pager->anchors, Anchor, index).known) &&
      !find_anchor (pager, index, error))
    {
      /* the rows went away under us: stop growing until the next reload */
      pager->more = FALSE;
      return 0;
    }

  stmt = relasi_store_prepare (pager->store, pager->sql_count_after, error);
  if (stmt == NULL)
    return 0;
  bind_args (pager, stmt);
  bind_anchor (stmt, &g_array_index (pager->anchors, Anchor, index));
  sqlite3_bind_int64 (stmt, 90, (gint64) pager->count_cap + 1);
  if (!relasi_store_query_int64 (pager->store, stmt, &count, error))
    return 0;

  pager->more = count > pager->count_cap;
  added = (guint) MIN (count, (gint64) MIN (pager->count_cap, G_MAXUINT - pager->n_items));
  pager->n_items += added;
  return added;
}

/* The bucket holding row @row: the last one that starts at or before it. */
static const Bucket *
find_bucket (RelasiPager *pager,
             guint64      row)
{
  guint lo = 0, hi = pager->buckets->len;

  if (hi == 0)
    return NULL;
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (pager->buckets, Bucket, mid).before <= row)
        lo = mid;
      else
        hi = mid;
    }
  return &g_array_index (pager->buckets, Bucket, lo);
}

/* Reads the key of one row into anchors[@index] with an OFFSET query; FALSE without an
 * error when there is no such row. */
static gboolean
seek_anchor (RelasiPager   *pager,
             guint          index,
             const char    *sql,
             const Anchor  *from,
             gint64         offset,
             const Bucket  *bucket,
             GError       **error)
{
  g_autoptr(RelasiStmt) stmt = relasi_store_prepare (pager->store, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  bind_args (pager, stmt);
  if (from != NULL)
    bind_anchor (stmt, from);
  if (bucket != NULL)
    {
      sqlite3_bind_int64 (stmt, 92, bucket->bucket * pager->bucket_width);
      sqlite3_bind_int64 (stmt, 93, (bucket->bucket + 1) * pager->bucket_width);
    }
  sqlite3_bind_int64 (stmt, 91, offset);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      set_anchor (pager, index, stmt, 0);
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    relasi_store_set_sqlite_error (pager->store, rc, error);
  return FALSE;
}

/* Finds the boundary of page @index (> 0): the last row of page @index - 1. */
static gboolean
find_anchor (RelasiPager  *pager,
             guint         index,
             GError      **error)
{
  guint64 row = (guint64) index * RELASI_PAGER_PAGE_SIZE - 1;
  guint known;
  const Anchor *from;

  g_assert (index > 0);

  if (pager->buckets->len > 0)
    {
      const Bucket *bucket = find_bucket (pager, row);

      if (seek_anchor (pager, index, pager->sql_seek_bucket, NULL, (gint64) (row - bucket->before), bucket, error))
        return TRUE;
      if (error != NULL && *error != NULL)
        return FALSE;
      /* the buckets did not match the rows (they always should): walk instead */
      g_warning ("The row counts of a list do not match its rows; reading it the slow way.");
      g_array_set_size (pager->buckets, 0);
    }

  for (known = MIN (index, pager->anchors->len - 1); known > 0; known--)
    if (g_array_index (pager->anchors, Anchor, known).known)
      break;
  from = &g_array_index (pager->anchors, Anchor, known);
  if (known == index)
    return TRUE;

  /* walk the keys from there, remembering the boundary of every page on the way (a
   * list read backwards after a jump then finds each one known) */
  {
    g_autoptr(RelasiStmt) stmt = NULL;
    Anchor copy = *from;   /* anchors may move when the array grows */
    guint64 walked = 0;
    int rc = SQLITE_DONE;

    stmt = relasi_store_prepare (pager->store, copy.key == NULL ? pager->sql_walk_first : pager->sql_walk_after,
                                 error);
    if (stmt == NULL)
      return FALSE;
    bind_args (pager, stmt);
    if (copy.key != NULL)
      bind_anchor (stmt, &copy);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        walked++;
        if (walked % RELASI_PAGER_PAGE_SIZE == 0)
          {
            guint page = known + (guint) (walked / RELASI_PAGER_PAGE_SIZE);

            set_anchor (pager, page, stmt, 0);
            if (page == index)
              return TRUE;
          }
      }
    if (rc != SQLITE_DONE)
      relasi_store_set_sqlite_error (pager->store, rc, error);
    return FALSE;
  }
}

static Page *
lookup_page (RelasiPager *pager,
             guint        index)
{
  for (guint i = 0; i < pager->pages->len; i++)
    {
      Page *page = g_ptr_array_index (pager->pages, i);

      if (page->index == index)
        return page;
    }
  return NULL;
}

static Page *
load_page (RelasiPager  *pager,
           guint         index,
           GError      **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  const Anchor *anchor;
  Page *page;
  int n_columns;
  int rc;

  if ((index >= pager->anchors->len || !g_array_index (pager->anchors, Anchor, index).known) &&
      !find_anchor (pager, index, error))
    return NULL;

  anchor = &g_array_index (pager->anchors, Anchor, index);
  stmt = relasi_store_prepare (pager->store, anchor->key == NULL ? pager->sql_page_first : pager->sql_page_after,
                               error);
  if (stmt == NULL)
    return NULL;
  bind_args (pager, stmt);
  if (anchor->key != NULL)
    bind_anchor (stmt, anchor);

  n_columns = sqlite3_column_count (stmt);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (items, pager->row_func (stmt));
      if (items->len == RELASI_PAGER_PAGE_SIZE)
        set_anchor (pager, index + 1, stmt, n_columns - 2);
    }
  if (rc != SQLITE_DONE)
    {
      relasi_store_set_sqlite_error (pager->store, rc, error);
      return NULL;
    }

  if (pager->pages->len >= RELASI_PAGER_CACHED_PAGES)
    {
      guint oldest = 0;

      for (guint i = 1; i < pager->pages->len; i++)
        if (((Page *) g_ptr_array_index (pager->pages, i))->used <
            ((Page *) g_ptr_array_index (pager->pages, oldest))->used)
          oldest = i;
      g_ptr_array_remove_index_fast (pager->pages, oldest);
    }

  page = g_new0 (Page, 1);
  page->index = index;
  page->items = g_steal_pointer (&items);
  g_ptr_array_add (pager->pages, page);
  return page;
}

/**
 * relasi_pager_get_item:
 * @pager: a pager
 * @position: a row
 *
 * Returns: (transfer full) (nullable): the item, %NULL past the end (or on an error,
 *   which is logged)
 */
gpointer
relasi_pager_get_item (RelasiPager *pager,
                       guint        position)
{
  g_autoptr(GError) error = NULL;
  guint index = position / RELASI_PAGER_PAGE_SIZE;
  Page *page;

  if (position >= pager->n_items)
    return NULL;

  page = lookup_page (pager, index);
  if (page == NULL)
    page = load_page (pager, index, &error);
  if (page == NULL)
    {
      if (error != NULL)
        g_warning ("Could not read row %u of a list: %s", position, error->message);
      return NULL;
    }

  page->used = ++pager->clock;
  if (position % RELASI_PAGER_PAGE_SIZE >= page->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (page->items, position % RELASI_PAGER_PAGE_SIZE));
}
