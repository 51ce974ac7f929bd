/* relasi-quick-add.h — "Log Interaction": a popover to log an entry in seconds
 *
 * Customer (type-ahead over the names), kind (the last one used), summary, optional
 * details, and for a promise its due date. Before logging it says what the rules will
 * create ("A thank-you will be due on Thursday"). Enter logs it. In the window it is
 * the popover of the header bar's "Log Interaction" button and provides the window
 * action win.log-interaction (Ctrl+L) that opens it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "relasi-store.h"

G_BEGIN_DECLS

#define RELASI_TYPE_QUICK_ADD (relasi_quick_add_get_type ())

G_DECLARE_FINAL_TYPE (RelasiQuickAdd, relasi_quick_add, RELASI, QUICK_ADD, GtkPopover)

GtkWidget  *relasi_quick_add_get_customer_entry   (RelasiQuickAdd        *self);
GListModel *relasi_quick_add_get_suggestions      (RelasiQuickAdd        *self);
gboolean    relasi_quick_add_choose_suggestion    (RelasiQuickAdd        *self,
                                                   guint                  position);
gint64      relasi_quick_add_get_customer_id      (RelasiQuickAdd        *self);
void        relasi_quick_add_set_kind             (RelasiQuickAdd        *self,
                                                   RelasiInteractionKind  kind);
RelasiInteractionKind relasi_quick_add_get_kind   (RelasiQuickAdd        *self);
void        relasi_quick_add_set_summary          (RelasiQuickAdd        *self,
                                                   const char            *summary);
void        relasi_quick_add_set_due_date         (RelasiQuickAdd        *self,
                                                   GDateTime             *date);
const char *relasi_quick_add_get_preview          (RelasiQuickAdd        *self);
const char *relasi_quick_add_get_error            (RelasiQuickAdd        *self);
gboolean    relasi_quick_add_log                  (RelasiQuickAdd        *self);

G_END_DECLS
