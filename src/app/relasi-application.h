/* relasi-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "relasi-dashboard-page.h"
#include "relasi-store.h"

G_BEGIN_DECLS

#define RELASI_TYPE_APPLICATION (relasi_application_get_type ())

G_DECLARE_FINAL_TYPE (RelasiApplication, relasi_application, RELASI, APPLICATION, GtkApplication)

RelasiApplication *relasi_application_new          (gboolean           is_service);
GSettings         *relasi_application_get_settings    (RelasiApplication *self);
RelasiStore       *relasi_application_get_store       (RelasiApplication *self);
const GError      *relasi_application_get_store_error (RelasiApplication *self);
RelasiDashboardPrefetch *relasi_application_take_dashboard_prefetch (RelasiApplication *self);
int                relasi_application_run_background  (RelasiApplication *self,
                                                       int                argc,
                                                       char             **argv);

G_END_DECLS
