/* relasi-chart-common.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "relasi-chart-common.h"

GType
relasi_chart_style_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { RELASI_CHART_STYLE_ACCENT, "RELASI_CHART_STYLE_ACCENT", "accent" },
        { RELASI_CHART_STYLE_WARNING, "RELASI_CHART_STYLE_WARNING", "warning" },
        { RELASI_CHART_STYLE_ERROR, "RELASI_CHART_STYLE_ERROR", "error" },
        { RELASI_CHART_STYLE_SUCCESS, "RELASI_CHART_STYLE_SUCCESS", "success" },
        { RELASI_CHART_STYLE_NEUTRAL, "RELASI_CHART_STYLE_NEUTRAL", "neutral" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("RelasiChartStyle"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

const char *
relasi_chart_style_to_class (RelasiChartStyle style)
{
  switch (style)
    {
    case RELASI_CHART_STYLE_ACCENT:  return "accent";
    case RELASI_CHART_STYLE_WARNING: return "warning";
    case RELASI_CHART_STYLE_ERROR:   return "error";
    case RELASI_CHART_STYLE_SUCCESS: return "success";
    case RELASI_CHART_STYLE_NEUTRAL: return "neutral";
    default:                         g_return_val_if_reached ("accent");
    }
}

/* The swatch: a CSS node that holds a series colour. */

#define RELASI_TYPE_CHART_SWATCH (relasi_chart_swatch_get_type ())
G_DECLARE_FINAL_TYPE (RelasiChartSwatch, relasi_chart_swatch, RELASI, CHART_SWATCH, GtkWidget)

struct _RelasiChartSwatch
{
  GtkWidget        parent_instance;
  RelasiChartStyle style;
};

G_DEFINE_FINAL_TYPE (RelasiChartSwatch, relasi_chart_swatch, GTK_TYPE_WIDGET)

static void
relasi_chart_swatch_class_init (RelasiChartSwatchClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_css_name (widget_class, "swatch");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
relasi_chart_swatch_init (RelasiChartSwatch *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

/**
 * relasi_chart_swatch_new:
 * @parent: the chart; the swatch becomes its (invisible) child and goes with it
 *
 * Returns: (transfer none): the swatch
 */
GtkWidget *
relasi_chart_swatch_new (GtkWidget        *parent,
                         RelasiChartStyle  style)
{
  RelasiChartSwatch *self = g_object_new (RELASI_TYPE_CHART_SWATCH, NULL);

  self->style = style;
  gtk_widget_add_css_class (GTK_WIDGET (self), relasi_chart_style_to_class (style));
  gtk_widget_set_parent (GTK_WIDGET (self), parent);

  return GTK_WIDGET (self);
}

void
relasi_chart_swatch_set_style (GtkWidget        *swatch,
                               RelasiChartStyle  style)
{
  RelasiChartSwatch *self = RELASI_CHART_SWATCH (swatch);

  if (self->style == style)
    return;

  gtk_widget_remove_css_class (swatch, relasi_chart_style_to_class (self->style));
  self->style = style;
  gtk_widget_add_css_class (swatch, relasi_chart_style_to_class (style));
}

/**
 * relasi_chart_get_color:
 *
 * The CSS `color` of @widget. The one place that knows GTK 4.10 moved this from
 * GtkStyleContext to GtkWidget.
 */
void
relasi_chart_get_color (GtkWidget *widget,
                        GdkRGBA   *color)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (color != NULL);

#if GTK_CHECK_VERSION (4, 10, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_widget_get_color (widget, color);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
#endif
}

/**
 * relasi_chart_format_value:
 *
 * A value as people read it: whole numbers without decimals, grouped the locale's way.
 */
char *
relasi_chart_format_value (double value)
{
  if (fabs (value - round (value)) < 0.005)
    return g_strdup_printf ("%'.0f", value);

  return g_strdup_printf ("%'.1f", value);
}

/* g_set_str() is GLib 2.76. */
gboolean
relasi_chart_set_str (char       **dest,
                      const char  *src)
{
  if (g_strcmp0 (*dest, src) == 0)
    return FALSE;

  g_free (*dest);
  *dest = g_strdup (src);
  return TRUE;
}

PangoLayout *
relasi_chart_create_layout (GtkWidget  *widget,
                            const char *text,
                            gboolean    bold,
                            double      scale)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);

  if (bold || scale != 1.0)
    {
      g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

      if (bold)
        pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      if (scale != 1.0)
        pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
      pango_layout_set_attributes (layout, attrs);
    }

  return layout;
}

/**
 * relasi_chart_fit_layout:
 *
 * Ellipsizes @layout to @max_width, only when it is wider (a layout with a width is
 * aligned within it, which would move the text in right-to-left languages).
 *
 * Returns: the width of the text
 */
int
relasi_chart_fit_layout (PangoLayout *layout,
                         int          max_width)
{
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  if (width > max_width)
    {
      pango_layout_set_width (layout, MAX (1, max_width) * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (layout, &width, NULL);
    }

  return width;
}

void
relasi_chart_append_layout (GtkSnapshot   *snapshot,
                            PangoLayout   *layout,
                            const GdkRGBA *color,
                            float          x,
                            float          y)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

void
relasi_chart_append_bar (GtkSnapshot           *snapshot,
                         const graphene_rect_t *rect,
                         float                  radius,
                         const GdkRGBA         *color)
{
  GskRoundedRect rounded;

  if (rect->size.width <= 0 || rect->size.height <= 0)
    return;

  radius = MIN (radius, MIN (rect->size.width, rect->size.height) / 2);
  gsk_rounded_rect_init_from_rect (&rounded, rect, radius);
  gtk_snapshot_push_rounded_clip (snapshot, &rounded);
  gtk_snapshot_append_color (snapshot, color, rect);
  gtk_snapshot_pop (snapshot);
}

/* Mirrors an x position for right-to-left languages. */
float
relasi_chart_flip_x (GtkWidget *widget,
                     float      x,
                     float      width)
{
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    return gtk_widget_get_width (widget) - x - width;

  return x;
}

#define SWATCH_SIZE   10
#define SWATCH_GAP     6
#define ENTRY_GAP     18
#define LINE_GAP       4

/* Lays out legend entries (a colour swatch and a text each) in lines no wider than
 * @width; draws them when @snapshot is given. Returns the height used. */
static int
legend_layout (GtkSnapshot        *snapshot,
               GtkWidget          *widget,
               const char * const *texts,
               const GdkRGBA      *colors,
               guint               n,
               float               y0,
               int                 width)
{
  GdkRGBA fg;
  float x = 0, y = y0;
  int line_height = 0;

  if (n == 0)
    return 0;

  if (snapshot != NULL)
    relasi_chart_get_color (widget, &fg);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PangoLayout) layout = relasi_chart_create_layout (widget, texts[i], FALSE, 1.0);
      int w, h, entry;

      pango_layout_get_pixel_size (layout, &w, &h);
      entry = SWATCH_SIZE + SWATCH_GAP + w;

      if (x > 0 && width > 0 && x + entry > width)
        {
          x = 0;
          y += line_height + LINE_GAP;
          line_height = 0;
        }
      line_height = MAX (line_height, h);

      if (snapshot != NULL)
        {
          relasi_chart_append_bar (snapshot,
                                   &GRAPHENE_RECT_INIT (relasi_chart_flip_x (widget, x, SWATCH_SIZE),
                                                        y + (h - SWATCH_SIZE) / 2.0f,
                                                        SWATCH_SIZE, SWATCH_SIZE),
                                   3, &colors[i]);
          relasi_chart_append_layout (snapshot, layout, &fg,
                                      relasi_chart_flip_x (widget, x + SWATCH_SIZE + SWATCH_GAP, w), y);
        }
      x += entry + ENTRY_GAP;
    }

  return (int) (y - y0) + line_height;
}

int
relasi_chart_legend_height (GtkWidget          *widget,
                            const char * const *texts,
                            guint               n,
                            int                 width)
{
  return legend_layout (NULL, widget, texts, NULL, n, 0, width);
}

int
relasi_chart_append_legend (GtkSnapshot        *snapshot,
                            GtkWidget          *widget,
                            const char * const *texts,
                            const GdkRGBA      *colors,
                            guint               n,
                            float               y,
                            int                 width)
{
  return legend_layout (snapshot, widget, texts, colors, n, y, width);
}
