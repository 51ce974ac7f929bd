/* relasi-store-private.h — what the store's files and its list models share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "relasi-store.h"

G_BEGIN_DECLS

#define RELASI_DAY 86400

/* The page cache of every connection. The queries walk indexes and the system keeps the
 * file's pages cached, so a bigger one only costs memory, once per connection (the
 * window has two or three): at a million entries 2 MiB reads as fast as 8 (measured
 * with bench-journal and bench-dashboard; 32 MiB had made the journal hold 74 MB more
 * than an empty window after scrolling it through). Bulk writes set their own. */
#define RELASI_STORE_CACHE_PRAGMA "PRAGMA cache_size = -2048;"

struct _RelasiStore
{
  GObject parent_instance;

  char              *data_dir;
  char              *path;
  sqlite3           *db;
  GHashTable        *stmts;            /* SQL text -> sqlite3_stmt, prepared once */
  GMainContext      *context;          /* where ::changed is emitted */
  GThread           *owner_thread;     /* the thread that opened the store */

  int                thank_you_after_days;
  int                complaint_answer_hours;
  int                stay_in_touch_days;

  guint              batch_depth;      /* >0 inside relasi_store_batch_begin() */
  gboolean           in_write;         /* a write transaction or savepoint is open */
  RelasiStoreChange  pending_changes;  /* collected during a batch */
  GHashTable        *dirty_customers;  /* ids whose health must be recomputed */
  gint64             health_fresh_at;  /* when health was last refreshed for all */
  gboolean           is_worker;
  gboolean           health_in_background; /* refresh_health_if_stale() on a worker */
  gboolean           health_refreshing;    /* such a refresh is running */
  guint              health_epoch;         /* bumped whenever the scores go stale */
};

/* A cached statement, reset (not finalized) when it goes out of scope. */
typedef sqlite3_stmt RelasiStmt;
void relasi_stmt_release (RelasiStmt *stmt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelasiStmt, relasi_stmt_release)

RelasiStmt *relasi_store_prepare          (RelasiStore       *self,
                                           const char        *sql,
                                           GError           **error);
void        relasi_store_set_sqlite_error (RelasiStore       *self,
                                           int                rc,
                                           GError           **error);
gboolean    relasi_store_step_done        (RelasiStore       *self,
                                           RelasiStmt        *stmt,
                                           GError           **error);
gboolean    relasi_store_exec             (RelasiStore       *self,
                                           const char        *sql,
                                           GError           **error);
gboolean    relasi_store_query_int64      (RelasiStore       *self,
                                           RelasiStmt        *stmt,
                                           gint64            *value,
                                           GError           **error);

gboolean    relasi_store_write_begin      (RelasiStore       *self,
                                           GError           **error);
gboolean    relasi_store_write_commit     (RelasiStore       *self,
                                           RelasiStoreChange  changes,
                                           GError           **error);
void        relasi_store_write_rollback   (RelasiStore       *self);
void        relasi_store_mark_dirty       (RelasiStore       *self,
                                           gint64             customer_id);

void        relasi_store_bind_text        (RelasiStmt        *stmt,
                                           int                index,
                                           const char        *text);
void        relasi_store_bind_id          (RelasiStmt        *stmt,
                                           int                index,
                                           gint64             id);
void        relasi_store_bind_id_array    (RelasiStmt        *stmt,
                                           int                index,
                                           const gint64      *ids,
                                           guint              n_ids);
const char *relasi_store_column_text      (RelasiStmt        *stmt,
                                           int                column);

gboolean    relasi_store_customer_exists  (RelasiStore       *self,
                                           gint64             id,
                                           gboolean           live_only,
                                           GError           **error);
gboolean    relasi_store_customer_exists_named (RelasiStore  *self,
                                                gint64        id,
                                                gboolean      live_only,
                                                char        **name,
                                                GError      **error);
gboolean    relasi_store_promise_outcome_locked (RelasiStore          *self,
                                                 RelasiInteraction    *promise,
                                                 RelasiPromiseOutcome  outcome,
                                                 gint64                due_at,
                                                 RelasiStoreChange    *changes,
                                                 GError              **error);
gboolean    relasi_store_refresh_health_for (RelasiStore     *self,
                                             GHashTable      *ids,
                                             GError         **error);

/* Column lists and row readers, shared with the list models. */
#define RELASI_CUSTOMER_COLUMNS \
  "c.id, c.name, c.company, c.email, c.phone, c.address, c.notes, c.tags, c.preferences," \
  " c.status, c.lost_at, c.lost_reason_category, c.lost_reason, c.cadence_days, c.created_at," \
  " c.updated_at, c.deleted_at, c.last_contact_at, c.health"
RelasiCustomer    *relasi_customer_from_row    (RelasiStmt *stmt);

#define RELASI_INTERACTION_COLUMNS \
  "i.id, i.customer_id, c.name, i.kind, i.occurred_at, i.summary, i.details, i.sentiment," \
  " i.amount, i.due_at, i.outcome, i.outcome_at, i.created_at, i.updated_at, i.deleted_at"
RelasiInteraction *relasi_interaction_from_row (RelasiStmt *stmt);

/* What composing an automatic title needs besides the kind, the stored title and the
 * customer's name (see relasi-reminder-title.h); with the joins c and si. */
#define RELASI_REMINDER_TITLE_COLUMNS "r.title_auto, si.kind, si.summary"
#define RELASI_REMINDER_COLUMNS \
  "r.id, r.customer_id, c.name, r.interaction_id, r.kind, r.title, r.due_at, r.done_at," \
  " r.snoozed_until, r.notified_at, r.recurrence, r.created_at, r.deleted_at, " \
  RELASI_REMINDER_TITLE_COLUMNS
RelasiReminder    *relasi_reminder_from_row    (RelasiStmt *stmt);
char              *relasi_store_column_reminder_title (RelasiStmt *stmt,
                                                       int         title_column,
                                                       int         kind_column,
                                                       int         name_column,
                                                       int         auto_column);

#define RELASI_CASE_COLUMNS \
  "k.id, k.customer_id, c.name, k.interaction_id, k.kind, k.opened_at, k.answered_at," \
  " k.resolved_at, k.root_cause, k.root_cause_text, k.corrective_action, k.responsible," \
  " k.internal_review, k.customer_answer, k.prevention, k.shared_with, k.shared_at, k.updated_at"
RelasiCase        *relasi_case_from_row        (RelasiStmt *stmt);

/* Visibility: a reminder or case whose customer or source entry is in the trash is
 * hidden with it. Use with "LEFT JOIN customers c ... LEFT JOIN interactions si ...". */
#define RELASI_REMINDER_VISIBLE \
  "r.deleted_at = 0 AND (c.id IS NULL OR c.deleted_at = 0) AND (si.id IS NULL OR si.deleted_at = 0)"
#define RELASI_CASE_VISIBLE \
  "c.deleted_at = 0 AND (si.id IS NULL OR si.deleted_at = 0)"

/* The same as RELASI_CASE_VISIBLE and RELASI_REMINDER_VISIBLE for queries that count
 * many rows: instead of reading each row's customer and journal entry (random reads
 * in the two biggest tables), the ids in the trash are listed once, from the partial
 * indexes customers_deleted and interactions_deleted. */
#define RELASI_TRASHED_CUSTOMERS "(SELECT id FROM customers WHERE deleted_at > 0)"
#define RELASI_TRASHED_ENTRIES   "(SELECT id FROM interactions WHERE deleted_at > 0)"
#define RELASI_TRASHED_CASES \
  "(SELECT id FROM cases WHERE customer_id IN " RELASI_TRASHED_CUSTOMERS \
  " UNION SELECT id FROM cases WHERE interaction_id IN " RELASI_TRASHED_ENTRIES ")"
#define RELASI_REMINDER_NOT_TRASHED \
  "r.deleted_at = 0 AND (r.customer_id IS NULL OR r.customer_id NOT IN " RELASI_TRASHED_CUSTOMERS ")" \
  " AND (r.interaction_id IS NULL OR r.interaction_id NOT IN " RELASI_TRASHED_ENTRIES ")"

G_END_DECLS
