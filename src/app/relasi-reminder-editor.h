/* relasi-reminder-editor.h — add or edit a reminder
 *
 * A modal window over the main window: what, an optional customer, when it is due and
 * whether it repeats. Fields are checked with relasi_reminder_validate() as they are
 * typed; a wrong field shows its message under it and Save stays disabled. Escape
 * cancels, Ctrl+Enter saves. New reminders are custom ones; editing an automatic one
 * (a thank-you, a complaint answer) keeps its kind and its customer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "relasi-store.h"

G_BEGIN_DECLS

#define RELASI_TYPE_REMINDER_EDITOR (relasi_reminder_editor_get_type ())

G_DECLARE_FINAL_TYPE (RelasiReminderEditor, relasi_reminder_editor, RELASI, REMINDER_EDITOR, GtkWindow)

RelasiReminderEditor *relasi_reminder_editor_new          (RelasiStore          *store,
                                                           RelasiReminder       *reminder,
                                                           GtkWindow            *parent);
void                  relasi_reminder_editor_set_customer (RelasiReminderEditor *self,
                                                           gint64                customer_id,
                                                           const char           *name);
gboolean              relasi_reminder_editor_save         (RelasiReminderEditor *self);

G_END_DECLS
