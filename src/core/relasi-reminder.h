/* relasi-reminder.h — something owed to a customer, with a due time
 *
 * A plain value object: setting properties does not touch the database; pass it to
 * the RelasiStore functions to store it. Timestamps are UTC seconds, 0 = unset.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "relasi-enums.h"

G_BEGIN_DECLS

#define RELASI_TYPE_REMINDER (relasi_reminder_get_type ())

G_DECLARE_FINAL_TYPE (RelasiReminder, relasi_reminder, RELASI, REMINDER, GObject)

RelasiReminder *relasi_reminder_new (void);
RelasiReminder *relasi_reminder_copy (RelasiReminder *self);

gint64 relasi_reminder_get_id (RelasiReminder *self);
void relasi_reminder_set_id (RelasiReminder *self, gint64 id);
gint64 relasi_reminder_get_customer_id (RelasiReminder *self);
void relasi_reminder_set_customer_id (RelasiReminder *self, gint64 customer_id);
const char *relasi_reminder_get_customer_name (RelasiReminder *self);
void relasi_reminder_set_customer_name (RelasiReminder *self, const char *customer_name);
gint64 relasi_reminder_get_interaction_id (RelasiReminder *self);
void relasi_reminder_set_interaction_id (RelasiReminder *self, gint64 interaction_id);
RelasiReminderKind relasi_reminder_get_kind (RelasiReminder *self);
void relasi_reminder_set_kind (RelasiReminder *self, RelasiReminderKind kind);
const char *relasi_reminder_get_title (RelasiReminder *self);
void relasi_reminder_set_title (RelasiReminder *self, const char *title);
gboolean relasi_reminder_get_title_auto (RelasiReminder *self);
void relasi_reminder_set_title_auto (RelasiReminder *self, gboolean title_auto);
gint64 relasi_reminder_get_due_at (RelasiReminder *self);
void relasi_reminder_set_due_at (RelasiReminder *self, gint64 due_at);
gint64 relasi_reminder_get_done_at (RelasiReminder *self);
void relasi_reminder_set_done_at (RelasiReminder *self, gint64 done_at);
gint64 relasi_reminder_get_snoozed_until (RelasiReminder *self);
void relasi_reminder_set_snoozed_until (RelasiReminder *self, gint64 snoozed_until);
gint64 relasi_reminder_get_notified_at (RelasiReminder *self);
void relasi_reminder_set_notified_at (RelasiReminder *self, gint64 notified_at);
RelasiRecurrence relasi_reminder_get_recurrence (RelasiReminder *self);
void relasi_reminder_set_recurrence (RelasiReminder *self, RelasiRecurrence recurrence);
gint64 relasi_reminder_get_created_at (RelasiReminder *self);
void relasi_reminder_set_created_at (RelasiReminder *self, gint64 created_at);
gint64 relasi_reminder_get_deleted_at (RelasiReminder *self);
void relasi_reminder_set_deleted_at (RelasiReminder *self, gint64 deleted_at);

G_END_DECLS
