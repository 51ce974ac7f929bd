/* relasi-month-chart.h — two series per month as grouped vertical bars, with a legend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RELASI_TYPE_MONTH_CHART (relasi_month_chart_get_type ())

G_DECLARE_FINAL_TYPE (RelasiMonthChart, relasi_month_chart, RELASI, MONTH_CHART, GtkWidget)

GtkWidget  *relasi_month_chart_new                   (void);
void        relasi_month_chart_set_data              (RelasiMonthChart *self,
                                                      GDateTime        *newest_month,
                                                      const guint      *first,
                                                      const guint      *second,
                                                      guint             n_months);
guint       relasi_month_chart_get_n_months          (RelasiMonthChart *self);
const char *relasi_month_chart_get_title             (RelasiMonthChart *self);
void        relasi_month_chart_set_title             (RelasiMonthChart *self,
                                                      const char       *title);
const char *relasi_month_chart_get_first_label       (RelasiMonthChart *self);
void        relasi_month_chart_set_first_label       (RelasiMonthChart *self,
                                                      const char       *label);
const char *relasi_month_chart_get_second_label      (RelasiMonthChart *self);
void        relasi_month_chart_set_second_label      (RelasiMonthChart *self,
                                                      const char       *label);
const char *relasi_month_chart_get_empty_text        (RelasiMonthChart *self);
void        relasi_month_chart_set_empty_text        (RelasiMonthChart *self,
                                                      const char       *empty_text);
char       *relasi_month_chart_dup_text_alternative  (RelasiMonthChart *self);

G_END_DECLS
