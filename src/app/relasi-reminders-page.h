/* relasi-reminders-page.h — the Reminders page: Overdue, Today, Upcoming, Done (recent)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "relasi-store.h"

G_BEGIN_DECLS

/* How far back and how many of the done reminders the page shows. */
#define RELASI_REMINDERS_DONE_DAYS  7
#define RELASI_REMINDERS_DONE_LIMIT 50

#define RELASI_TYPE_REMINDERS_PAGE (relasi_reminders_page_get_type ())

G_DECLARE_FINAL_TYPE (RelasiRemindersPage, relasi_reminders_page, RELASI, REMINDERS_PAGE, GtkWidget)

RelasiStore *relasi_reminders_page_get_store     (RelasiRemindersPage *self);
void         relasi_reminders_page_set_store     (RelasiRemindersPage *self,
                                                  RelasiStore         *store);
void         relasi_reminders_page_refresh       (RelasiRemindersPage *self);
void         relasi_reminders_page_new_reminder  (RelasiRemindersPage *self);
gboolean     relasi_reminders_page_show_reminder (RelasiRemindersPage *self,
                                                  gint64               reminder_id);
GListModel  *relasi_reminders_page_get_model     (RelasiRemindersPage *self);

G_END_DECLS
