/* relasi-bar-chart.h — a horizontal bar chart, largest first, with a text alternative
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "relasi-chart-common.h"

G_BEGIN_DECLS

typedef struct {
  const char *label;
  double      value;
} RelasiChartItem;

#define RELASI_TYPE_BAR_CHART (relasi_bar_chart_get_type ())

G_DECLARE_FINAL_TYPE (RelasiBarChart, relasi_bar_chart, RELASI, BAR_CHART, GtkWidget)

GtkWidget        *relasi_bar_chart_new            (void);
void              relasi_bar_chart_set_items      (RelasiBarChart        *self,
                                                   const RelasiChartItem *items,
                                                   guint                  n_items);
guint             relasi_bar_chart_get_n_items    (RelasiBarChart        *self);
const char       *relasi_bar_chart_get_title      (RelasiBarChart        *self);
void              relasi_bar_chart_set_title      (RelasiBarChart        *self,
                                                   const char            *title);
const char       *relasi_bar_chart_get_empty_text (RelasiBarChart        *self);
void              relasi_bar_chart_set_empty_text (RelasiBarChart        *self,
                                                   const char            *empty_text);
RelasiChartStyle  relasi_bar_chart_get_bar_style  (RelasiBarChart        *self);
void              relasi_bar_chart_set_bar_style  (RelasiBarChart        *self,
                                                   RelasiChartStyle       style);
char             *relasi_bar_chart_dup_text_alternative (RelasiBarChart  *self);

G_END_DECLS
