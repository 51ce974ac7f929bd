/* relasi-month-chart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "relasi-chart-common.h"
#include "relasi-month-chart.h"

#define TITLE_GAP      6
#define LEGEND_GAP    16
#define PLOT_HEIGHT  150
#define AXIS_GAP       8
#define LABEL_GAP      6
#define BAR_WIDTH_MAX 14
#define BAR_GAP        2
#define BAR_RADIUS     3

typedef struct {
  GDateTime *month;
  guint      first;
  guint      second;
} Month;

struct _RelasiMonthChart
{
  GtkWidget  parent_instance;

  GArray    *months;          /* of Month, oldest first */
  char      *title;
  char      *first_label;
  char      *second_label;
  char      *empty_text;
  GtkWidget *first_swatch;
  GtkWidget *second_swatch;
};

G_DEFINE_FINAL_TYPE (RelasiMonthChart, relasi_month_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_FIRST_LABEL,
  PROP_SECOND_LABEL,
  PROP_EMPTY_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
month_clear (gpointer data)
{
  Month *month = data;

  g_clear_pointer (&month->month, g_date_time_unref);
}

static const char *
first_label (RelasiMonthChart *self)
{
  return self->first_label ? self->first_label : _("Opened");
}

static const char *
second_label (RelasiMonthChart *self)
{
  return self->second_label ? self->second_label : _("Answered in time");
}

static gboolean
is_empty (RelasiMonthChart *self)
{
  for (guint i = 0; i < self->months->len; i++)
    {
      const Month *m = &g_array_index (self->months, Month, i);

      if (m->first > 0 || m->second > 0)
        return FALSE;
    }

  return TRUE;
}

/**
 * relasi_month_chart_dup_text_alternative:
 *
 * Returns: (transfer full): every month with both values, oldest first, or the empty text
 */
char *
relasi_month_chart_dup_text_alternative (RelasiMonthChart *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (RELASI_IS_MONTH_CHART (self), NULL);

  if (is_empty (self) && self->empty_text != NULL)
    g_string_append (text, self->empty_text);

  for (guint i = 0; i < self->months->len && !is_empty (self); i++)
    {
      const Month *m = &g_array_index (self->months, Month, i);
      /* Translators: a month and year in the text alternative of a chart: "June 2025" */
      g_autofree char *name = g_date_time_format (m->month, C_("month chart", "%B %Y"));

      if (i > 0)
        /* Translators: between the months of a chart read by a screen reader */
        g_string_append (text, _("; "));
      /* Translators: one month of a chart read by a screen reader:
       * "June 2025: Opened 3, Answered in time 2" */
      g_string_append_printf (text, _("%s: %s %u, %s %u"),
                              name, first_label (self), m->first, second_label (self), m->second);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_accessible (RelasiMonthChart *self)
{
  g_autofree char *description = relasi_month_chart_dup_text_alternative (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->title ? self->title : _("Chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static int
text_height (GtkWidget *widget)
{
  g_autoptr(PangoLayout) layout = relasi_chart_create_layout (widget, "Ag", FALSE, 1.0);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static int
header_height (RelasiMonthChart *self,
               int               width)
{
  const char *legend[] = { first_label (self), second_label (self) };
  int height = 0;

  if (self->title != NULL && *self->title != '\0')
    {
      g_autoptr(PangoLayout) layout = relasi_chart_create_layout (GTK_WIDGET (self), self->title, TRUE, 1.0);
      int h;

      pango_layout_get_pixel_size (layout, NULL, &h);
      height += h + TITLE_GAP;
    }

  height += relasi_chart_legend_height (GTK_WIDGET (self), legend, 2, width);
  return height + LEGEND_GAP;
}

static void
relasi_month_chart_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  RelasiMonthChart *self = RELASI_MONTH_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 520;
      return;
    }

  *minimum = *natural = header_height (self, for_size) + PLOT_HEIGHT + LABEL_GAP + text_height (widget);
}

/* A round step for the value axis: 1, 2 or 5 times a power of ten, at least 1. */
static guint
nice_step (guint max_value,
           guint max_ticks)
{
  double raw = MAX (1.0, (double) max_value / max_ticks);
  double magnitude = pow (10, floor (log10 (raw)));
  double fraction = raw / magnitude;
  double step = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;

  return MAX (1, (guint) (step * magnitude));
}

static void
append_column (GtkSnapshot           *snapshot,
               const graphene_rect_t *rect,
               const GdkRGBA         *color)
{
  GskRoundedRect rounded;
  float radius = MIN (BAR_RADIUS, MIN (rect->size.width, rect->size.height) / 2);
  graphene_size_t round = GRAPHENE_SIZE_INIT (radius, radius);
  graphene_size_t square = GRAPHENE_SIZE_INIT (0, 0);

  if (rect->size.width <= 0 || rect->size.height <= 0)
    return;

  /* Rounded at the top only: the columns stand on the axis. */
  gsk_rounded_rect_init (&rounded, rect, &round, &round, &square, &square);
  gtk_snapshot_push_rounded_clip (snapshot, &rounded);
  gtk_snapshot_append_color (snapshot, color, rect);
  gtk_snapshot_pop (snapshot);
}

static void
relasi_month_chart_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  RelasiMonthChart *self = RELASI_MONTH_CHART (widget);
  const char *legend[] = { first_label (self), second_label (self) };
  int width = gtk_widget_get_width (widget);
  GdkRGBA fg, dim, grid, colors[2];
  guint max_value = 0, step, ticks;
  int axis_width = 0, label_h = text_height (widget);
  float y = 0, plot_top, plot_bottom, plot_x, plot_w, group_w;
  gboolean empty = is_empty (self);

  relasi_chart_get_color (widget, &fg);
  relasi_chart_get_color (self->first_swatch, &colors[0]);
  relasi_chart_get_color (self->second_swatch, &colors[1]);
  dim = fg;
  dim.alpha *= 0.6f;
  grid = fg;
  grid.alpha *= 0.12f;

  if (self->title != NULL && *self->title != '\0')
    {
      g_autoptr(PangoLayout) layout = relasi_chart_create_layout (widget, self->title, TRUE, 1.0);
      int w, h;

      w = relasi_chart_fit_layout (layout, width);
      pango_layout_get_pixel_size (layout, NULL, &h);
      relasi_chart_append_layout (snapshot, layout, &fg, relasi_chart_flip_x (widget, 0, w), y);
      y += h + TITLE_GAP;
    }

  y += relasi_chart_append_legend (snapshot, widget, legend, colors, 2, y, width) + LEGEND_GAP;

  for (guint i = 0; i < self->months->len; i++)
    {
      const Month *m = &g_array_index (self->months, Month, i);
      max_value = MAX (max_value, MAX (m->first, m->second));
    }
  step = nice_step (max_value, 4);
  ticks = MAX (1, (max_value + step - 1) / step);

  /* The value axis: round numbers with faint lines across. */
  for (guint t = 0; t <= ticks; t++)
    {
      g_autofree char *text = g_strdup_printf ("%u", t * step);
      g_autoptr(PangoLayout) layout = relasi_chart_create_layout (widget, text, FALSE, 0.85);
      int w;

      pango_layout_get_pixel_size (layout, &w, NULL);
      axis_width = MAX (axis_width, w);
    }

  plot_top = y + label_h / 2.0f;
  plot_bottom = y + PLOT_HEIGHT;
  plot_x = axis_width + AXIS_GAP;
  plot_w = MAX (1, width - plot_x);

  for (guint t = 0; t <= ticks; t++)
    {
      g_autofree char *text = g_strdup_printf ("%u", t * step);
      g_autoptr(PangoLayout) layout = relasi_chart_create_layout (widget, text, FALSE, 0.85);
      float line_y = plot_bottom - (plot_bottom - plot_top) * t / ticks;
      int w, h;

      if (empty && t > 0)
        break;

      pango_layout_get_pixel_size (layout, &w, &h);
      relasi_chart_append_layout (snapshot, layout, &dim,
                                  relasi_chart_flip_x (widget, axis_width - w, w), line_y - h / 2.0f);
      gtk_snapshot_append_color (snapshot, &grid,
                                 &GRAPHENE_RECT_INIT (relasi_chart_flip_x (widget, plot_x, plot_w),
                                                      line_y - 0.5f, plot_w, 1));
    }

  if (self->months->len == 0)
    return;

  group_w = plot_w / self->months->len;

  {
    float bar_w = MIN (BAR_WIDTH_MAX, MAX (2, (group_w - 8 - BAR_GAP) / 2));
    int widest_label = 0;
    guint label_every;

    for (guint i = 0; i < self->months->len; i++)
      {
        const Month *m = &g_array_index (self->months, Month, i);
        g_autofree char *text = g_date_time_format (m->month, "%b");
        g_autoptr(PangoLayout) layout = relasi_chart_create_layout (widget, text, FALSE, 0.85);
        int w;

        pango_layout_get_pixel_size (layout, &w, NULL);
        widest_label = MAX (widest_label, w);
      }
    /* Narrow charts label every other month rather than overlapping the names. */
    label_every = widest_label + 4 > group_w ? (guint) ceil ((widest_label + 4) / group_w) : 1;

    for (guint i = 0; i < self->months->len; i++)
      {
        const Month *m = &g_array_index (self->months, Month, i);
        float center = plot_x + group_w * (i + 0.5f);
        float h1 = max_value > 0 ? (plot_bottom - plot_top) * m->first / (ticks * step) : 0;
        float h2 = max_value > 0 ? (plot_bottom - plot_top) * m->second / (ticks * step) : 0;
        float x1 = center - BAR_GAP / 2.0f - bar_w;
        float x2 = center + BAR_GAP / 2.0f;

        append_column (snapshot,
                       &GRAPHENE_RECT_INIT (relasi_chart_flip_x (widget, x1, bar_w), plot_bottom - h1, bar_w, h1),
                       &colors[0]);
        append_column (snapshot,
                       &GRAPHENE_RECT_INIT (relasi_chart_flip_x (widget, x2, bar_w), plot_bottom - h2, bar_w, h2),
                       &colors[1]);

        if ((self->months->len - 1 - i) % label_every == 0)
          {
            g_autofree char *text = g_date_time_format (m->month, "%b");
            g_autoptr(PangoLayout) layout = relasi_chart_create_layout (widget, text, FALSE, 0.85);
            int w;

            pango_layout_get_pixel_size (layout, &w, NULL);
            relasi_chart_append_layout (snapshot, layout, &dim,
                                        relasi_chart_flip_x (widget, center - w / 2.0f, w),
                                        plot_bottom + LABEL_GAP);
          }
      }
  }

  if (empty && self->empty_text != NULL)
    {
      g_autoptr(PangoLayout) layout = relasi_chart_create_layout (widget, self->empty_text, FALSE, 1.0);
      int h;

      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_width (layout, (int) plot_w * PANGO_SCALE);
      pango_layout_get_pixel_size (layout, NULL, &h);
      relasi_chart_append_layout (snapshot, layout, &dim,
                                  relasi_chart_flip_x (widget, plot_x, plot_w),
                                  (plot_top + plot_bottom - h) / 2.0f);
    }
}

static void
relasi_month_chart_css_changed (GtkWidget         *widget,
                                GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (relasi_month_chart_parent_class)->css_changed (widget, change);
  gtk_widget_queue_resize (widget);
}

static void
relasi_month_chart_dispose (GObject *object)
{
  RelasiMonthChart *self = RELASI_MONTH_CHART (object);

  g_clear_pointer (&self->first_swatch, gtk_widget_unparent);
  g_clear_pointer (&self->second_swatch, gtk_widget_unparent);

  G_OBJECT_CLASS (relasi_month_chart_parent_class)->dispose (object);
}

static void
relasi_month_chart_finalize (GObject *object)
{
  RelasiMonthChart *self = RELASI_MONTH_CHART (object);

  g_clear_pointer (&self->months, g_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->first_label, g_free);
  g_clear_pointer (&self->second_label, g_free);
  g_clear_pointer (&self->empty_text, g_free);

  G_OBJECT_CLASS (relasi_month_chart_parent_class)->finalize (object);
}

static void
relasi_month_chart_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RelasiMonthChart *self = RELASI_MONTH_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_FIRST_LABEL:
      g_value_set_string (value, self->first_label);
      break;
    case PROP_SECOND_LABEL:
      g_value_set_string (value, self->second_label);
      break;
    case PROP_EMPTY_TEXT:
      g_value_set_string (value, self->empty_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_month_chart_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RelasiMonthChart *self = RELASI_MONTH_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      relasi_month_chart_set_title (self, g_value_get_string (value));
      break;
    case PROP_FIRST_LABEL:
      relasi_month_chart_set_first_label (self, g_value_get_string (value));
      break;
    case PROP_SECOND_LABEL:
      relasi_month_chart_set_second_label (self, g_value_get_string (value));
      break;
    case PROP_EMPTY_TEXT:
      relasi_month_chart_set_empty_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_month_chart_class_init (RelasiMonthChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relasi_month_chart_dispose;
  object_class->finalize = relasi_month_chart_finalize;
  object_class->get_property = relasi_month_chart_get_property;
  object_class->set_property = relasi_month_chart_set_property;

  widget_class->measure = relasi_month_chart_measure;
  widget_class->snapshot = relasi_month_chart_snapshot;
  widget_class->css_changed = relasi_month_chart_css_changed;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIRST_LABEL] =
    g_param_spec_string ("first-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECOND_LABEL] =
    g_param_spec_string ("second-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMPTY_TEXT] =
    g_param_spec_string ("empty-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "monthchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
relasi_month_chart_init (RelasiMonthChart *self)
{
  self->months = g_array_new (FALSE, FALSE, sizeof (Month));
  g_array_set_clear_func (self->months, month_clear);
  self->first_swatch = relasi_chart_swatch_new (GTK_WIDGET (self), RELASI_CHART_STYLE_ACCENT);
  self->second_swatch = relasi_chart_swatch_new (GTK_WIDGET (self), RELASI_CHART_STYLE_SUCCESS);
  gtk_widget_add_css_class (GTK_WIDGET (self), "chart");
  update_accessible (self);
}

GtkWidget *
relasi_month_chart_new (void)
{
  return g_object_new (RELASI_TYPE_MONTH_CHART, NULL);
}

/**
 * relasi_month_chart_set_data:
 * @newest_month: (nullable): any moment in the last month shown (local time)
 * @first: (array length=n_months) (nullable): the first series, oldest month first
 * @second: (array length=n_months) (nullable): the second series, oldest month first
 *
 * Shows @n_months months (usually 12) ending with @newest_month.
 */
void
relasi_month_chart_set_data (RelasiMonthChart *self,
                             GDateTime        *newest_month,
                             const guint      *first,
                             const guint      *second,
                             guint             n_months)
{
  g_autoptr(GDateTime) start = NULL;

  g_return_if_fail (RELASI_IS_MONTH_CHART (self));
  g_return_if_fail (n_months == 0 || (newest_month != NULL && first != NULL && second != NULL));

  g_array_set_size (self->months, 0);
  if (n_months > 0)
    {
      int year, month;

      g_date_time_get_ymd (newest_month, &year, &month, NULL);
      /* The middle of the first day, so that no time-zone change moves the month. */
      start = g_date_time_new_local (year, month, 1, 12, 0, 0);
    }

  for (guint i = 0; i < n_months; i++)
    {
      Month m = {
        g_date_time_add_months (start, -(int) (n_months - 1 - i)),
        first[i],
        second[i],
      };

      g_array_append_val (self->months, m);
    }

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
relasi_month_chart_get_n_months (RelasiMonthChart *self)
{
  g_return_val_if_fail (RELASI_IS_MONTH_CHART (self), 0);

  return self->months->len;
}

#define DEFINE_STRING_PROPERTY(name, PROP)                                 \
const char *                                                                        \
relasi_month_chart_get_##name (RelasiMonthChart *self)                             \
{                                                                                   \
  g_return_val_if_fail (RELASI_IS_MONTH_CHART (self), NULL);                        \
  return self->name;                                                                \
}                                                                                   \
                                                                                    \
void                                                                                \
relasi_month_chart_set_##name (RelasiMonthChart *self,                             \
                               const char       *value)                            \
{                                                                                   \
  g_return_if_fail (RELASI_IS_MONTH_CHART (self));                                  \
  if (!relasi_chart_set_str (&self->name, value))                                   \
    return;                                                                         \
  update_accessible (self);                                                         \
  gtk_widget_queue_resize (GTK_WIDGET (self));                                      \
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);                     \
}

DEFINE_STRING_PROPERTY (title, PROP_TITLE)
DEFINE_STRING_PROPERTY (first_label, PROP_FIRST_LABEL)
DEFINE_STRING_PROPERTY (second_label, PROP_SECOND_LABEL)
DEFINE_STRING_PROPERTY (empty_text, PROP_EMPTY_TEXT)
