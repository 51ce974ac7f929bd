/* relasi-date-button.h — a button that shows a date and picks one on a GtkCalendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RELASI_TYPE_DATE_BUTTON (relasi_date_button_get_type ())

G_DECLARE_FINAL_TYPE (RelasiDateButton, relasi_date_button, RELASI, DATE_BUTTON, GtkWidget)

GtkWidget *relasi_date_button_new      (void);
GDateTime *relasi_date_button_get_date (RelasiDateButton *self);
void       relasi_date_button_set_date (RelasiDateButton *self,
                                        GDateTime        *date);
gint64     relasi_date_button_get_end_of_day (RelasiDateButton *self);
gint64     relasi_date_button_get_start_of_day (RelasiDateButton *self);
char      *relasi_date_format_day      (GDateTime        *date);

G_END_DECLS
