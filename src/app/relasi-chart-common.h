/* relasi-chart-common.h — what the chart widgets share: styles, colours from CSS, text
 *
 * Private to src/app: the charts draw in snapshot() with colours taken from the theme
 * through CSS, so light, dark and high-contrast styles all work.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The colour of a series; each is a CSS class on the chart's colour swatches. */
typedef enum {
  RELASI_CHART_STYLE_ACCENT,
  RELASI_CHART_STYLE_WARNING,
  RELASI_CHART_STYLE_ERROR,
  RELASI_CHART_STYLE_SUCCESS,
  RELASI_CHART_STYLE_NEUTRAL,
} RelasiChartStyle;

#define RELASI_TYPE_CHART_STYLE (relasi_chart_style_get_type ())
GType        relasi_chart_style_get_type      (void) G_GNUC_CONST;
const char  *relasi_chart_style_to_class      (RelasiChartStyle style);

/* An invisible child whose CSS colour (`swatch.accent { color: … }`) a chart paints
 * with; it is never drawn, only asked for its colour. */
GtkWidget   *relasi_chart_swatch_new          (GtkWidget        *parent,
                                               RelasiChartStyle  style);
void         relasi_chart_swatch_set_style    (GtkWidget        *swatch,
                                               RelasiChartStyle  style);

void         relasi_chart_get_color           (GtkWidget        *widget,
                                               GdkRGBA          *color);
char        *relasi_chart_format_value        (double            value);
gboolean     relasi_chart_set_str             (char            **dest,
                                               const char       *src);

PangoLayout *relasi_chart_create_layout       (GtkWidget        *widget,
                                               const char       *text,
                                               gboolean          bold,
                                               double            scale);
int          relasi_chart_fit_layout          (PangoLayout      *layout,
                                               int               max_width);
void         relasi_chart_append_layout       (GtkSnapshot      *snapshot,
                                               PangoLayout      *layout,
                                               const GdkRGBA    *color,
                                               float             x,
                                               float             y);
float        relasi_chart_flip_x              (GtkWidget        *widget,
                                               float             x,
                                               float             width);
int          relasi_chart_legend_height       (GtkWidget        *widget,
                                               const char * const *texts,
                                               guint             n,
                                               int               width);
int          relasi_chart_append_legend       (GtkSnapshot      *snapshot,
                                               GtkWidget        *widget,
                                               const char * const *texts,
                                               const GdkRGBA    *colors,
                                               guint             n,
                                               float             y,
                                               int               width);
void         relasi_chart_append_bar          (GtkSnapshot      *snapshot,
                                               const graphene_rect_t *rect,
                                               float             radius,
                                               const GdkRGBA    *color);

G_END_DECLS
