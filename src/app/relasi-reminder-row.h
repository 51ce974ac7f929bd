/* relasi-reminder-row.h — one line of the Reminders page, and its section headers
 *
 * A row shows a reminder (kind icon and label, title, customer, due time relative and
 * absolute) with its buttons: done, snooze (1 hour, tomorrow morning, next week, or a
 * time picked with a calendar and an hour), edit, delete. The buttons activate the
 * page's actions (reminders.done, reminders.snooze, reminders.snooze-until,
 * reminders.edit, reminders.delete) with the reminder's id, so the row itself never
 * writes. A RelasiReminderSection in the same list model becomes a section header.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "relasi-reminder.h"

G_BEGIN_DECLS

#define RELASI_TYPE_REMINDER_SECTION (relasi_reminder_section_get_type ())

G_DECLARE_FINAL_TYPE (RelasiReminderSection, relasi_reminder_section, RELASI, REMINDER_SECTION, GObject)

RelasiReminderSection *relasi_reminder_section_new       (const char            *title,
                                                          guint                  count);
const char            *relasi_reminder_section_get_title (RelasiReminderSection *self);
guint                  relasi_reminder_section_get_count (RelasiReminderSection *self);

#define RELASI_TYPE_REMINDER_ROW (relasi_reminder_row_get_type ())

G_DECLARE_FINAL_TYPE (RelasiReminderRow, relasi_reminder_row, RELASI, REMINDER_ROW, GtkWidget)

GtkWidget  *relasi_reminder_row_new          (void);
void        relasi_reminder_row_set_item     (RelasiReminderRow *self,
                                              GObject           *item,
                                              gint64             now);
const char *relasi_reminder_kind_icon_name   (RelasiReminderKind kind);

G_END_DECLS
