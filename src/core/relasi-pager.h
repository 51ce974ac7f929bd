/* relasi-pager.h — random access into a big, sorted SQL result, a window at a time
 * (private to the list models)
 *
 * Rows are ordered by (key, id). Pages hold PAGE_SIZE rows; page p is read with a
 * keyset seek "(key, id) > (last key, last id of page p-1)" on an index, so reading a
 * page costs the same at row 0 and at row 1 000 000. The boundary of every page is
 * remembered once seen (16 bytes a page). A few pages are cached (LRU).
 *
 * Finding the boundary of a page never seen:
 *  - with buckets (a table kept by triggers that counts the rows per range of the key,
 *    e.g. journal_hours: live entries per hour), the bucket holding the row is found
 *    in memory and the row by an OFFSET inside that bucket only: any position costs
 *    about the same;
 *  - otherwise, a walk through the keys from the nearest known boundary before it,
 *    remembering every boundary on the way.
 *
 * Counting: exact (from the buckets when there are some), or, with count_cap, at most
 * count_cap rows at first: relasi_pager_has_more() tells that there may be more, and
 * relasi_pager_grow() counts count_cap further (a list grows as it is scrolled, and a
 * reload after a write never counts a million rows).
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
  gboolean    unique_key;  /* the key alone orders the rows: seek on the key only */
  guint       count_cap;   /* 0: count every row; else count this many at a time */
  /* Buckets (descending lists only): SQL giving (bucket, rows) with rows > 0, the
   * newest bucket first; the key of every row of bucket b lies in
   * [b * bucket_width, (b + 1) * bucket_width). They must count exactly the rows of
   * this query. */
  const char *bucket_sql;
  gint64      bucket_width;
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
gboolean     relasi_pager_has_more    (RelasiPager            *pager);
guint        relasi_pager_grow        (RelasiPager            *pager,
                                       GError                **error);
gpointer     relasi_pager_get_item    (RelasiPager            *pager,
                                       guint                   position);

GArray      *relasi_pager_args_new    (void);
void         relasi_pager_args_add_int  (GArray *args, gint64 value);
void         relasi_pager_args_add_text (GArray *args, const char *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelasiPager, relasi_pager_free)

G_END_DECLS
