/* relasi-health-badge.h — a small pill with a health score, coloured by its band
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RELASI_TYPE_HEALTH_BADGE (relasi_health_badge_get_type ())

G_DECLARE_FINAL_TYPE (RelasiHealthBadge, relasi_health_badge, RELASI, HEALTH_BADGE, GtkWidget)

GtkWidget *relasi_health_badge_new       (int                value);
int        relasi_health_badge_get_value (RelasiHealthBadge *self);
void       relasi_health_badge_set_value (RelasiHealthBadge *self,
                                          int                value);

G_END_DECLS
