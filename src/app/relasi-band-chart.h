/* relasi-band-chart.h — how many customers are in good, fair and poor health: one
 * stacked bar with a legend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RELASI_TYPE_BAND_CHART (relasi_band_chart_get_type ())

G_DECLARE_FINAL_TYPE (RelasiBandChart, relasi_band_chart, RELASI, BAND_CHART, GtkWidget)

GtkWidget  *relasi_band_chart_new                  (void);
void        relasi_band_chart_set_counts           (RelasiBandChart *self,
                                                    guint            good,
                                                    guint            fair,
                                                    guint            poor);
void        relasi_band_chart_get_counts           (RelasiBandChart *self,
                                                    guint           *good,
                                                    guint           *fair,
                                                    guint           *poor);
const char *relasi_band_chart_get_title            (RelasiBandChart *self);
void        relasi_band_chart_set_title            (RelasiBandChart *self,
                                                    const char      *title);
const char *relasi_band_chart_get_empty_text       (RelasiBandChart *self);
void        relasi_band_chart_set_empty_text       (RelasiBandChart *self,
                                                    const char      *empty_text);
char       *relasi_band_chart_dup_text_alternative (RelasiBandChart *self);

G_END_DECLS
