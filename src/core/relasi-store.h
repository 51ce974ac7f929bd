/* relasi-store.h — the one object that owns Relasi's database
 *
 * A RelasiStore owns one SQLite connection and must be used from the thread that
 * opened it (the main thread, for the app). Background work opens its own store with
 * relasi_store_open_for_worker() and, when done, tells the main store with
 * relasi_store_notify_external_change().
 *
 * Every write is one transaction: it either happens completely, with its rules (owed
 * thank-yous, cases, reminders, health), or not at all. After each commit the store
 * emits ::changed with the tables that changed.
 *
 * The database: <data dir>/relasi.db, PRAGMA application_id = 0x52656c61 ("Rela"),
 * user_version = schema version, WAL, synchronous=FULL, foreign_keys=ON. Backups go to
 * <data dir>/backups/. Files are created 0600, folders 0700.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "relasi-case.h"
#include "relasi-customer.h"
#include "relasi-enums.h"
#include "relasi-health.h"
#include "relasi-interaction.h"
#include "relasi-reminder.h"

G_BEGIN_DECLS

#define RELASI_TYPE_STORE (relasi_store_get_type ())

G_DECLARE_FINAL_TYPE (RelasiStore, relasi_store, RELASI, STORE, GObject)

#define RELASI_DEFAULT_THANK_YOU_AFTER_DAYS   2
#define RELASI_DEFAULT_COMPLAINT_ANSWER_HOURS 24
#define RELASI_DEFAULT_STAY_IN_TOUCH_DAYS     60

typedef enum {
  RELASI_REMINDER_FILTER_OPEN,      /* not done, by when they are due (snooze counted) */
  RELASI_REMINDER_FILTER_DUE,       /* not done and due now (not snoozed past now) */
  RELASI_REMINDER_FILTER_OVERDUE,   /* not done and the due time has passed (snooze or not) */
  RELASI_REMINDER_FILTER_UPCOMING,  /* not done, due later */
  RELASI_REMINDER_FILTER_DONE,      /* done, the newest first */
} RelasiReminderFilter;

typedef enum {
  RELASI_CASE_FILTER_ALL,
  RELASI_CASE_FILTER_OPEN,             /* not resolved */
  RELASI_CASE_FILTER_UNANSWERED,       /* complaints without a first answer */
  RELASI_CASE_FILTER_OVERDUE_ANSWER,   /* ... past their answer deadline */
  RELASI_CASE_FILTER_RESOLVED,
} RelasiCaseFilter;

/* Row counts, soft-deleted rows included. */
typedef struct {
  gint64 customers;
  gint64 interactions;
  gint64 reminders;
  gint64 cases;
} RelasiStoreCounts;

/* The dashboard figures (relasi --summary). */
typedef struct {
  gint64 active_customers;
  gint64 lost_customers;
  gint64 complaints_awaiting_answer;
  gint64 complaints_overdue;
  gint64 oldest_complaint_opened_at;  /* 0 when none await an answer */
  gint64 overdue_thank_yous;
  gint64 promises_due_soon;           /* open, due within the next 7 days */
  gint64 promises_overdue;
  gint64 drifting_customers;
  gint64 health_good;
  gint64 health_fair;
  gint64 health_poor;
  gint64 open_cases;
} RelasiStoreSummary;

/* opening, settings, transactions */
RelasiStore *relasi_store_open                    (const char          *data_dir,
                                                   GError             **error);
RelasiStore *relasi_store_open_for_worker         (RelasiStore         *self,
                                                   GError             **error);
const char  *relasi_store_get_data_dir            (RelasiStore         *self);
const char  *relasi_store_get_path                (RelasiStore         *self);
gboolean     relasi_store_set_rules               (RelasiStore         *self,
                                                   int                  thank_you_after_days,
                                                   int                  complaint_answer_hours,
                                                   int                  stay_in_touch_days,
                                                   GError             **error);
int          relasi_store_get_thank_you_after_days   (RelasiStore *self);
int          relasi_store_get_complaint_answer_hours (RelasiStore *self);
int          relasi_store_get_stay_in_touch_days     (RelasiStore *self);
gboolean     relasi_store_begin_read              (RelasiStore         *self,
                                                  GError             **error);
void         relasi_store_end_read                (RelasiStore         *self);
void         relasi_store_notify_external_change  (RelasiStore         *self,
                                                   RelasiStoreChange    changes);
gboolean     relasi_store_batch_begin             (RelasiStore         *self,
                                                   GError             **error);
gboolean     relasi_store_batch_commit            (RelasiStore         *self,
                                                   GError             **error);
void         relasi_store_batch_rollback          (RelasiStore         *self);
gboolean     relasi_store_backup                  (RelasiStore         *self,
                                                   const char          *dest_path,
                                                   GError             **error);
char        *relasi_store_daily_backup            (RelasiStore         *self,
                                                   guint                keep,
                                                   GError             **error);
gboolean     relasi_store_check_integrity         (RelasiStore         *self,
                                                   GError             **error);
gboolean     relasi_store_get_counts              (RelasiStore         *self,
                                                   RelasiStoreCounts   *counts,
                                                   GError             **error);
gboolean     relasi_store_get_summary             (RelasiStore         *self,
                                                   RelasiStoreSummary  *summary,
                                                   GError             **error);

/* customers */
gboolean        relasi_store_add_customer         (RelasiStore        *self,
                                                   RelasiCustomer     *customer,
                                                   GError            **error);
gboolean        relasi_store_update_customer      (RelasiStore        *self,
                                                   RelasiCustomer     *customer,
                                                   GError            **error);
gboolean        relasi_store_delete_customer      (RelasiStore        *self,
                                                   gint64              id,
                                                   GError            **error);
gboolean        relasi_store_undelete_customer    (RelasiStore        *self,
                                                   gint64              id,
                                                   GError            **error);
gboolean        relasi_store_purge_customer       (RelasiStore        *self,
                                                   gint64              id,
                                                   GError            **error);
RelasiCustomer *relasi_store_get_customer         (RelasiStore        *self,
                                                   gint64              id,
                                                   GError            **error);
gboolean        relasi_store_mark_customer_lost   (RelasiStore        *self,
                                                   gint64              id,
                                                   RelasiRootCause     reason_category,
                                                   const char         *reason_text,
                                                   gint64              lost_at,
                                                   GError            **error);
gboolean        relasi_store_win_back_customer    (RelasiStore        *self,
                                                   gint64              id,
                                                   GError            **error);
GPtrArray      *relasi_store_list_drifting_customers (RelasiStore     *self,
                                                      GError         **error);
GPtrArray      *relasi_store_list_deleted_customers  (RelasiStore     *self,
                                                      GError         **error);

/* the journal */
gboolean           relasi_store_add_interaction      (RelasiStore        *self,
                                                      RelasiInteraction  *interaction,
                                                      GError            **error);
gboolean           relasi_store_update_interaction   (RelasiStore        *self,
                                                      RelasiInteraction  *interaction,
                                                      GError            **error);
gboolean           relasi_store_delete_interaction   (RelasiStore        *self,
                                                      gint64              id,
                                                      GError            **error);
gboolean           relasi_store_undelete_interaction (RelasiStore        *self,
                                                      gint64              id,
                                                      GError            **error);
gboolean           relasi_store_purge_interaction    (RelasiStore        *self,
                                                      gint64              id,
                                                      GError            **error);
RelasiInteraction *relasi_store_get_interaction      (RelasiStore        *self,
                                                      gint64              id,
                                                      GError            **error);
gboolean           relasi_store_set_promise_outcome  (RelasiStore        *self,
                                                      gint64              id,
                                                      RelasiPromiseOutcome outcome,
                                                      gint64              new_due_at,
                                                      GError            **error);
gboolean           relasi_store_keep_promise         (RelasiStore        *self,
                                                      gint64              id,
                                                      GError            **error);
GPtrArray         *relasi_store_list_open_promises   (RelasiStore        *self,
                                                      gboolean            overdue_only,
                                                      GError            **error);

/* reminders */
gboolean        relasi_store_add_reminder          (RelasiStore         *self,
                                                    RelasiReminder      *reminder,
                                                    GError             **error);
gboolean        relasi_store_complete_reminder     (RelasiStore         *self,
                                                    gint64               id,
                                                    GError             **error);
gboolean        relasi_store_snooze_reminder       (RelasiStore         *self,
                                                    gint64               id,
                                                    gint64               until,
                                                    GError             **error);
gboolean        relasi_store_set_reminder_notified (RelasiStore         *self,
                                                    gint64               id,
                                                    gint64               at,
                                                    GError             **error);
gboolean        relasi_store_set_reminders_notified (RelasiStore        *self,
                                                    const gint64        *ids,
                                                    guint                n_ids,
                                                    gint64               at,
                                                    GError             **error);
gboolean        relasi_store_delete_reminder       (RelasiStore         *self,
                                                    gint64               id,
                                                    GError             **error);
gboolean        relasi_store_undelete_reminder     (RelasiStore         *self,
                                                    gint64               id,
                                                    GError             **error);
RelasiReminder *relasi_store_get_reminder          (RelasiStore         *self,
                                                    gint64               id,
                                                    GError             **error);
GPtrArray      *relasi_store_list_reminders        (RelasiStore         *self,
                                                    RelasiReminderFilter filter,
                                                    gint64               customer_id,
                                                    GError             **error);
GPtrArray      *relasi_store_list_reminders_to_notify (RelasiStore      *self,
                                                       GError          **error);

/* repair cases */
RelasiCase *relasi_store_get_case         (RelasiStore       *self,
                                           gint64             id,
                                           GError           **error);
gboolean    relasi_store_update_case      (RelasiStore       *self,
                                           RelasiCase        *rcase,
                                           GError           **error);
gboolean    relasi_store_answer_case      (RelasiStore       *self,
                                           gint64             id,
                                           gint64             at,
                                           GError           **error);
gboolean    relasi_store_resolve_case     (RelasiStore       *self,
                                           gint64             id,
                                           gint64             at,
                                           GError           **error);
GPtrArray  *relasi_store_list_cases       (RelasiStore       *self,
                                           RelasiCaseFilter   filter,
                                           gint64             customer_id,
                                           GError           **error);
gboolean    relasi_store_count_root_causes (RelasiStore      *self,
                                            gint64            since,
                                            gint64            counts[RELASI_N_ROOT_CAUSES],
                                            GError          **error);

/* health */
gboolean    relasi_store_get_health_facts     (RelasiStore        *self,
                                               gint64              customer_id,
                                               RelasiHealthFacts  *facts,
                                               GError            **error);
int         relasi_store_get_customer_health  (RelasiStore        *self,
                                               gint64              customer_id,
                                               GPtrArray         **reasons,
                                               GError            **error);
gboolean    relasi_store_refresh_health       (RelasiStore        *self,
                                               GError            **error);
gboolean    relasi_store_refresh_health_if_stale (RelasiStore     *self,
                                                  GError         **error);
void        relasi_store_set_health_in_background (RelasiStore    *self,
                                                   gboolean        in_background);
gboolean    relasi_store_is_refreshing_health (RelasiStore        *self);
gint64      relasi_store_get_health_refreshed_at (RelasiStore     *self);

G_END_DECLS
