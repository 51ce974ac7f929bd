/* relasi-store-dashboard.h — what the dashboard shows besides relasi_store_get_summary()
 *
 * The most urgent item behind each dashboard card, the reminders due today, and the
 * figures of its charts. Every query walks an index (the open cases, the open
 * reminders, the open promises, the drift times, the lost customers, root causes by
 * time), so a refresh stays cheap at 10 000 customers and a million journal entries.
 *
 * Times are UTC seconds. Day and month boundaries are local: the caller passes them
 * in (relasi_dashboard_month_starts(), relasi_dashboard_end_of_day()), so tests can
 * choose the time zone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "relasi-store.h"

G_BEGIN_DECLS

#define RELASI_DASHBOARD_MONTHS 12

/* One row named on a card; id = 0 when there is none. */
typedef struct {
  gint64  id;              /* the case, reminder, promise (interaction) or customer */
  gint64  customer_id;     /* 0 for a reminder without a customer */
  char   *customer_name;   /* NULL for a reminder without a customer */
  char   *text;            /* a reminder's title, a promise's summary; else NULL */
  gint64  at;              /* see RelasiDashboardUrgent */
  gint64  due_at;          /* see RelasiDashboardUrgent */
} RelasiDashboardItem;

typedef struct {
  /* the complaint that has waited longest for a first answer:
   * at = when it was opened, due_at = its answer deadline */
  RelasiDashboardItem oldest_complaint;
  /* the overdue thank-you that was due first (snoozes counted): at = due_at = its due time */
  RelasiDashboardItem oldest_thank_you;
  /* the open promise due first, overdue or not: at = due_at = its due time */
  RelasiDashboardItem first_promise;
  /* the active customer who started drifting first: at = when they started drifting,
   * due_at = their last contact (0 = never) */
  RelasiDashboardItem longest_drifting;
  /* the active customer in the poorest health below "good" (the Customers page's
   * "needs care"): at = 0, due_at = 0, health = their score */
  RelasiDashboardItem lowest_health;
  int                 lowest_health_score;
  /* open reminders due before the end of today (overdue ones included) */
  gint64              reminders_due_today;
  gint64              reminders_overdue;      /* ... of which already due now */
  /* the first of them: at = when it is due (snooze counted), due_at = its due time */
  RelasiDashboardItem first_reminder;
} RelasiDashboardUrgent;

/* Everything a dashboard refresh shows, read in one go (on any connection: the
 * application reads it on a worker, relasi_store_open_for_worker()). */
typedef struct {
  gboolean              has_customers;      /* FALSE: the rest is empty (the welcome) */
  gint64                month_starts[RELASI_DASHBOARD_MONTHS + 1];
  RelasiStoreSummary    summary;
  RelasiDashboardUrgent urgent;
  guint                 opened[RELASI_DASHBOARD_MONTHS];
  guint                 answered_in_time[RELASI_DASHBOARD_MONTHS];
  gint64                causes[RELASI_N_ROOT_CAUSES];   /* of complaints and mistakes, 12 months */
  gint64                reasons[RELASI_N_ROOT_CAUSES];  /* why customers left */
} RelasiDashboardData;

void     relasi_dashboard_item_clear       (RelasiDashboardItem   *item);
void     relasi_dashboard_urgent_clear     (RelasiDashboardUrgent *urgent);

gint64   relasi_dashboard_end_of_day       (GDateTime             *now_local);
void     relasi_dashboard_month_starts     (GDateTime             *now_local,
                                            guint                  n_months,
                                            gint64                *starts);

gboolean relasi_store_has_customers        (RelasiStore           *self,
                                            gboolean              *has_customers,
                                            GError               **error);
gboolean relasi_store_get_dashboard_urgent (RelasiStore           *self,
                                            gint64                 end_of_today,
                                            RelasiDashboardUrgent *urgent,
                                            GError               **error);
gboolean relasi_store_count_complaints_by_month (RelasiStore      *self,
                                                 const gint64     *month_starts,
                                                 guint             n_months,
                                                 guint            *opened,
                                                 guint            *answered_in_time,
                                                 GError          **error);
gboolean relasi_store_count_complaint_causes (RelasiStore         *self,
                                              gint64               since,
                                              gint64               counts[RELASI_N_ROOT_CAUSES],
                                              GError             **error);
gboolean relasi_store_count_lost_reasons   (RelasiStore           *self,
                                            gint64                 counts[RELASI_N_ROOT_CAUSES],
                                            GError               **error);
gboolean relasi_store_load_dashboard       (RelasiStore           *self,
                                            GDateTime             *now_local,
                                            RelasiDashboardData   *data,
                                            GError               **error);
void     relasi_dashboard_data_clear       (RelasiDashboardData   *data);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RelasiDashboardUrgent, relasi_dashboard_urgent_clear)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RelasiDashboardData, relasi_dashboard_data_clear)

G_END_DECLS
