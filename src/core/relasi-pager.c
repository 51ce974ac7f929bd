/* relasi-pager.c — see relasi-pager.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "relasi-pager.h"

typedef struct {
  sqlite3_value *key;   /* NULL for page 0: no lower bound */
  gint64         id;
} Anchor;

typedef struct {
  guint      index;
  GPtrArray *items;
  guint64    used;
} Page;

struct _RelasiPager
{
  RelasiStore        *store;
  RelasiPagerRowFunc  row_func;

  char               *sql_count;
  char               *sql_page_first;
  char               *sql_page_after;
  char               *sql_keys_first;
  char               *sql_keys_after;
  GArray             *args;

  guint               n_items;
  GArray             *anchors;   /* Anchor; anchors[p] = last row of page p - 1 */
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

RelasiPager *
relasi_pager_new (RelasiStore        *store,
                  RelasiPagerRowFunc  row_func)
{
  RelasiPager *pager = g_new0 (RelasiPager, 1);

  pager->store = store;   /* not a reference: the list model holds one */
  pager->row_func = row_func;
  pager->anchors = g_array_new (FALSE, TRUE, sizeof (Anchor));
  g_array_set_clear_func (pager->anchors, anchor_clear);
  pager->pages = g_ptr_array_new_with_free_func (page_free);
  return pager;
}

void
relasi_pager_free (RelasiPager *pager)
{
  if (pager == NULL)
    return;
  g_free (pager->sql_count);
  g_free (pager->sql_page_first);
  g_free (pager->sql_page_after);
  g_free (pager->sql_keys_first);
  g_free (pager->sql_keys_after);
  g_clear_pointer (&pager->args, g_array_unref);
  g_array_unref (pager->anchors);
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

  g_free (pager->sql_count);
  g_free (pager->sql_page_first);
  g_free (pager->sql_page_after);
  g_free (pager->sql_keys_first);
  g_free (pager->sql_keys_after);
  g_clear_pointer (&pager->args, g_array_unref);

  pager->sql_count = g_strdup_printf ("SELECT count(*) %s WHERE %s", query->from_keys, query->where);
  pager->sql_page_first = g_strdup_printf ("SELECT %s, %s, %s %s WHERE %s ORDER BY %s %s, %s %s LIMIT %d",
                                           query->columns, query->key, query->id, query->from_full,
                                           query->where, query->key, dir, query->id, dir,
                                           RELASI_PAGER_PAGE_SIZE);
  pager->sql_page_after = g_strdup_printf ("SELECT %s, %s, %s %s WHERE (%s) AND (%s, %s) %s (?98, ?99)"
                                           " ORDER BY %s %s, %s %s LIMIT %d",
                                           query->columns, query->key, query->id, query->from_full,
                                           query->where, query->key, query->id, cmp,
                                           query->key, dir, query->id, dir, RELASI_PAGER_PAGE_SIZE);
  pager->sql_keys_first = g_strdup_printf ("SELECT %s, %s %s WHERE %s ORDER BY %s %s, %s %s",
                                           query->key, query->id, query->from_keys, query->where,
                                           query->key, dir, query->id, dir);
  pager->sql_keys_after = g_strdup_printf ("SELECT %s, %s %s WHERE (%s) AND (%s, %s) %s (?98, ?99)"
                                           " ORDER BY %s %s, %s %s",
                                           query->key, query->id, query->from_keys, query->where,
                                           query->key, query->id, cmp, query->key, dir, query->id, dir);
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

static void
bind_anchor (RelasiStmt   *stmt,
             const Anchor *anchor)
{
  sqlite3_bind_value (stmt, 98, anchor->key);
  sqlite3_bind_int64 (stmt, 99, anchor->id);
}

static void
append_anchor (RelasiPager  *pager,
               RelasiStmt   *stmt,
               int           key_column)
{
  Anchor anchor;

  anchor.key = sqlite3_value_dup (sqlite3_column_value (stmt, key_column));
  anchor.id = sqlite3_column_int64 (stmt, key_column + 1);
  g_array_append_val (pager->anchors, anchor);
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
  g_autoptr(RelasiStmt) stmt = NULL;
  Anchor first = { NULL, 0 };
  gint64 count = 0;

  g_array_set_size (pager->anchors, 0);
  g_ptr_array_set_size (pager->pages, 0);
  pager->n_items = 0;

  if (pager->sql_count == NULL)
    return TRUE;

  stmt = relasi_store_prepare (pager->store, pager->sql_count, error);
  if (stmt == NULL)
    return FALSE;
  bind_args (pager, stmt);
  if (!relasi_store_query_int64 (pager->store, stmt, &count, error))
    return FALSE;

  pager->n_items = (guint) CLAMP (count, 0, G_MAXUINT);
  g_array_append_val (pager->anchors, first);
  return TRUE;
}

guint
relasi_pager_get_n_items (RelasiPager *pager)
{
  return pager->n_items;
}

/* Walks the keys from the last known boundary until page @index has one. */
static gboolean
find_anchor (RelasiPager  *pager,
             guint         index,
             GError      **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;
  const Anchor *from = &g_array_index (pager->anchors, Anchor, pager->anchors->len - 1);
  guint row = 0;
  int rc = SQLITE_DONE;

  stmt = relasi_store_prepare (pager->store,
                               from->key == NULL ? pager->sql_keys_first : pager->sql_keys_after,
                               error);
  if (stmt == NULL)
    return FALSE;
  bind_args (pager, stmt);
  if (from->key != NULL)
    bind_anchor (stmt, from);

  while (pager->anchors->len <= index && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      row++;
      if (row % RELASI_PAGER_PAGE_SIZE == 0)
        append_anchor (pager, stmt, 0);
    }
  if (pager->anchors->len <= index && rc != SQLITE_DONE)
    {
      relasi_store_set_sqlite_error (pager->store, rc, error);
      return FALSE;
    }
  return pager->anchors->len > index;
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

  if (index >= pager->anchors->len && !find_anchor (pager, index, error))
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
      if (items->len == RELASI_PAGER_PAGE_SIZE && pager->anchors->len == index + 1)
        append_anchor (pager, stmt, n_columns - 2);
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
