/* relasi-dashboard-page.h — how every relationship stands today: cards that name what
 * needs care, charts of complaints, root causes, reasons for leaving and health; a
 * welcome state for a new, empty database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "relasi-store.h"

G_BEGIN_DECLS

#define RELASI_TYPE_DASHBOARD_PAGE (relasi_dashboard_page_get_type ())

G_DECLARE_FINAL_TYPE (RelasiDashboardPage, relasi_dashboard_page, RELASI, DASHBOARD_PAGE, GtkWidget)

typedef struct _RelasiDashboardPrefetch RelasiDashboardPrefetch;

RelasiDashboardPrefetch *relasi_dashboard_prefetch_start (RelasiStore             *store);
void                     relasi_dashboard_prefetch_free  (RelasiDashboardPrefetch *prefetch);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelasiDashboardPrefetch, relasi_dashboard_prefetch_free)

GtkWidget   *relasi_dashboard_page_new          (void);
RelasiStore *relasi_dashboard_page_get_store    (RelasiDashboardPage *self);
void         relasi_dashboard_page_set_store    (RelasiDashboardPage *self,
                                                 RelasiStore         *store);
gboolean     relasi_dashboard_page_get_welcome  (RelasiDashboardPage *self);
gboolean     relasi_dashboard_page_get_busy     (RelasiDashboardPage *self);
gboolean     relasi_dashboard_page_get_loading  (RelasiDashboardPage *self);
void         relasi_dashboard_page_refresh      (RelasiDashboardPage *self);
gboolean     relasi_dashboard_page_check_clock  (RelasiDashboardPage *self);
void         relasi_dashboard_page_take_prefetch (RelasiDashboardPage     *self,
                                                  RelasiDashboardPrefetch *prefetch);

G_END_DECLS
