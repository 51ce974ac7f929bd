/* relasi-status-page.h — an empty or welcome state: icon, title, one sentence, actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RELASI_TYPE_STATUS_PAGE (relasi_status_page_get_type ())

G_DECLARE_FINAL_TYPE (RelasiStatusPage, relasi_status_page, RELASI, STATUS_PAGE, GtkWidget)

GtkWidget  *relasi_status_page_new             (void);
const char *relasi_status_page_get_title       (RelasiStatusPage *self);
void        relasi_status_page_set_title       (RelasiStatusPage *self,
                                                const char       *title);
const char *relasi_status_page_get_description (RelasiStatusPage *self);
void        relasi_status_page_set_description (RelasiStatusPage *self,
                                                const char       *description);
const char *relasi_status_page_get_icon_name   (RelasiStatusPage *self);
void        relasi_status_page_set_icon_name   (RelasiStatusPage *self,
                                                const char       *icon_name);
GtkWidget  *relasi_status_page_get_child       (RelasiStatusPage *self);
void        relasi_status_page_set_child       (RelasiStatusPage *self,
                                                GtkWidget        *child);

G_END_DECLS
