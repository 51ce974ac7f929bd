/* relasi-pager.h — random access into a big, sorted SQL result, a window at a time
 * (private to the list models)
 *
 * Rows are ordered by (key, id). Pages hold PAGE_SIZE rows; page p is read with a
 * keyset seek "(key, id) > (last key, last id of page p-1)" on an index, so reading a
 * page costs the same at row 0 and at row 1 000 000. The boundary of every page is
 * remembered once seen (16 bytes a page); a jump far beyond what was seen walks the
 * index once, reading only the keys. A few pages are cached (LRU).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "relasi-store-private.h"

G_BEGIN_DECLS

#define RELASI_PAGER_PAGE_SIZE 100
#define RELASI_PAGER_CACHED_PAGES 8

typedef struct _RelasiPager RelasiPager;
typedef gpointer (*RelasiPagerRowFunc) (RelasiStmt *stmt);

typedef struct {
  const char *columns;     /* "SELECT <columns>" for the items */
  const char *from_full;   /* FROM ... for the items (may join) */
  const char *from_keys;   /* FROM ... for counting and walking keys (no needless joins) */
  const char *where;       /* conditions, "1" for none; parameters ?1 .. ?50 */
  const char *key;         /* the sort expression, e.g. "i.occurred_at" */
  const char *id;          /* the tie-breaker, e.g. "i.id" */
  gboolean    descending;
} RelasiPagerQuery;

/* A parameter: an int64 or a string. */
typedef struct {
  gboolean  is_text;
  gint64    number;
  char     *text;
} RelasiPagerArg;

RelasiPager *relasi_pager_new         (RelasiStore            *store,
                                       RelasiPagerRowFunc      row_func);
void         relasi_pager_free        (RelasiPager            *pager);
void         relasi_pager_set_query   (RelasiPager            *pager,
                                       const RelasiPagerQuery *query,
                                       GArray                 *args);
gboolean     relasi_pager_reload      (RelasiPager            *pager,
                                       GError                **error);
guint        relasi_pager_get_n_items (RelasiPager            *pager);
gpointer     relasi_pager_get_item    (RelasiPager            *pager,
                                       guint                   position);

GArray      *relasi_pager_args_new    (void);
void         relasi_pager_args_add_int  (GArray *args, gint64 value);
void         relasi_pager_args_add_text (GArray *args, const char *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelasiPager, relasi_pager_free)

G_END_DECLS
