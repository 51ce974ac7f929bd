/* relasi-bar-chart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-bar-chart.h"

#define TITLE_GAP     12
#define ROW_SPACING    8
#define BAR_THICKNESS 16
#define BAR_RADIUS     4
#define LABEL_GAP     12
#define VALUE_GAP      8
#define EMPTY_ROWS     3

typedef struct {
  char   *label;
  double  value;
} Item;

struct _RelasiBarChart
{
  GtkWidget         parent_instance;

  GArray           *items;          /* of Item, largest first */
  char             *title;
  char             *empty_text;
  RelasiChartStyle  bar_style;
  GtkWidget        *bar_swatch;     /* holds the bar colour */
};

G_DEFINE_FINAL_TYPE (RelasiBarChart, relasi_bar_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_EMPTY_TEXT,
  PROP_BAR_STYLE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_clear_pointer (&item->label, g_free);
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const Item *ia = a, *ib = b;

  /* Largest first; g_array_sort() is stable, so ties keep the caller's order. */
  return (ia->value < ib->value) - (ia->value > ib->value);
}

/**
 * relasi_bar_chart_dup_text_alternative:
 *
 * What a screen reader says instead of the picture: every item with its value, in the
 * order shown, or the empty text.
 *
 * Returns: (transfer full): the text
 */
char *
relasi_bar_chart_dup_text_alternative (RelasiBarChart *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (RELASI_IS_BAR_CHART (self), NULL);

  if (self->items->len == 0)
    return g_strdup (self->empty_text ? self->empty_text : "");

  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);
      g_autofree char *value = relasi_chart_format_value (item->value);

      if (i > 0)
        /* Translators: between the items of a chart read by a screen reader */
        g_string_append (text, _(", "));
      /* Translators: one bar of a chart read by a screen reader: "Price: 5" */
      g_string_append_printf (text, _("%s: %s"), item->label, value);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_accessible (RelasiBarChart *self)
{
  g_autofree char *description = relasi_bar_chart_dup_text_alternative (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->title ? self->title : _("Chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static int
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static int
row_height (RelasiBarChart *self)
{
  g_autoptr(PangoLayout) layout = relasi_chart_create_layout (GTK_WIDGET (self), "Ag", FALSE, 1.0);

  return MAX (layout_height (layout), BAR_THICKNESS);
}

static int
title_block_height (RelasiBarChart *self)
{
  g_autoptr(PangoLayout) layout = NULL;

  if (self->title == NULL || *self->title == '\0')
    return 0;

  layout = relasi_chart_create_layout (GTK_WIDGET (self), self->title, TRUE, 1.0);
  return layout_height (layout) + TITLE_GAP;
}

static PangoLayout *
create_empty_layout (RelasiBarChart *self,
                     int             width)
{
  PangoLayout *layout = relasi_chart_create_layout (GTK_WIDGET (self), self->empty_text, FALSE, 1.0);

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, width * PANGO_SCALE);

  return layout;
}

static void
relasi_bar_chart_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  RelasiBarChart *self = RELASI_BAR_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 160;
      *natural = 400;
      return;
    }

  {
    int rows = row_height (self);
    int height = title_block_height (self);

    if (self->items->len > 0)
      height += self->items->len * rows + (self->items->len - 1) * ROW_SPACING;
    else
      {
        int empty = EMPTY_ROWS * rows + (EMPTY_ROWS - 1) * ROW_SPACING;

        if (self->empty_text != NULL)
          {
            g_autoptr(PangoLayout) layout = create_empty_layout (self, for_size);
            empty = MAX (empty, layout_height (layout));
          }
        height += empty;
      }

    *minimum = *natural = height;
  }
}

static void
relasi_bar_chart_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  RelasiBarChart *self = RELASI_BAR_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int rows = row_height (self);
  GdkRGBA fg, dim, track, bar;
  float y = 0;

  relasi_chart_get_color (widget, &fg);
  relasi_chart_get_color (self->bar_swatch, &bar);
  dim = fg;
  dim.alpha *= 0.6f;
  track = fg;
  track.alpha *= 0.08f;

  if (self->title != NULL && *self->title != '\0')
    {
      g_autoptr(PangoLayout) layout = relasi_chart_create_layout (widget, self->title, TRUE, 1.0);
      int w, h;

      w = relasi_chart_fit_layout (layout, width);
      pango_layout_get_pixel_size (layout, NULL, &h);
      relasi_chart_append_layout (snapshot, layout, &fg, relasi_chart_flip_x (widget, 0, w), y);
      y += h + TITLE_GAP;
    }

  if (self->items->len == 0)
    {
      g_autoptr(PangoLayout) layout = NULL;
      float empty_height = height - y;
      int h;

      if (self->empty_text == NULL)
        return;

      layout = create_empty_layout (self, width);
      h = layout_height (layout);
      relasi_chart_append_layout (snapshot, layout, &dim, 0, y + MAX (0, (empty_height - h) / 2));
      return;
    }

  {
    g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_object_unref);
    g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_object_unref);
    double max_value = 0;
    int label_width = 0, value_width = 0;
    float bar_space;

    for (guint i = 0; i < self->items->len; i++)
      {
        const Item *item = &g_array_index (self->items, Item, i);
        g_autofree char *text = relasi_chart_format_value (item->value);
        PangoLayout *label = relasi_chart_create_layout (widget, item->label, FALSE, 1.0);
        PangoLayout *value = relasi_chart_create_layout (widget, text, TRUE, 1.0);
        int w;

        pango_layout_get_pixel_size (label, &w, NULL);
        label_width = MAX (label_width, w);
        pango_layout_get_pixel_size (value, &w, NULL);
        value_width = MAX (value_width, w);
        max_value = MAX (max_value, item->value);
        g_ptr_array_add (labels, label);
        g_ptr_array_add (values, value);
      }

    /* Long labels are ellipsized rather than squeezing the bars to nothing. */
    label_width = MIN (label_width, (int) (width * 0.4));
    bar_space = MAX (0, width - label_width - LABEL_GAP - VALUE_GAP - value_width);

    for (guint i = 0; i < self->items->len; i++)
      {
        const Item *item = &g_array_index (self->items, Item, i);
        PangoLayout *label = g_ptr_array_index (labels, i);
        PangoLayout *value = g_ptr_array_index (values, i);
        float bar_x = label_width + LABEL_GAP;
        float bar_y = y + (rows - BAR_THICKNESS) / 2.0f;
        float bar_w = max_value > 0 ? (float) (bar_space * MAX (0, item->value) / max_value) : 0;
        int lw, lh, vw, vh;

        lw = relasi_chart_fit_layout (label, label_width);
        pango_layout_get_pixel_size (label, NULL, &lh);
        pango_layout_get_pixel_size (value, &vw, &vh);

        /* Labels line up against the bars. */
        relasi_chart_append_layout (snapshot, label, &fg,
                                    relasi_chart_flip_x (widget, label_width - lw, lw), y + (rows - lh) / 2.0f);
        relasi_chart_append_bar (snapshot,
                                 &GRAPHENE_RECT_INIT (relasi_chart_flip_x (widget, bar_x, bar_space), bar_y,
                                                      bar_space, BAR_THICKNESS),
                                 BAR_RADIUS, &track);
        /* A value above zero always shows a sliver of a bar. */
        if (item->value > 0)
          bar_w = MAX (bar_w, BAR_RADIUS * 2);
        relasi_chart_append_bar (snapshot,
                                 &GRAPHENE_RECT_INIT (relasi_chart_flip_x (widget, bar_x, bar_w), bar_y,
                                                      bar_w, BAR_THICKNESS),
                                 BAR_RADIUS, &bar);
        relasi_chart_append_layout (snapshot, value, &fg,
                                    relasi_chart_flip_x (widget, bar_x + bar_space + VALUE_GAP, vw),
                                    y + (rows - vh) / 2.0f);
        y += rows + ROW_SPACING;
      }
  }
}

static void
relasi_bar_chart_css_changed (GtkWidget         *widget,
                              GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (relasi_bar_chart_parent_class)->css_changed (widget, change);
  gtk_widget_queue_resize (widget);
}

static void
relasi_bar_chart_dispose (GObject *object)
{
  RelasiBarChart *self = RELASI_BAR_CHART (object);

  g_clear_pointer (&self->bar_swatch, gtk_widget_unparent);

  G_OBJECT_CLASS (relasi_bar_chart_parent_class)->dispose (object);
}

static void
relasi_bar_chart_finalize (GObject *object)
{
  RelasiBarChart *self = RELASI_BAR_CHART (object);

  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->empty_text, g_free);

  G_OBJECT_CLASS (relasi_bar_chart_parent_class)->finalize (object);
}

static void
relasi_bar_chart_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RelasiBarChart *self = RELASI_BAR_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_EMPTY_TEXT:
      g_value_set_string (value, self->empty_text);
      break;
    case PROP_BAR_STYLE:
      g_value_set_enum (value, self->bar_style);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_bar_chart_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RelasiBarChart *self = RELASI_BAR_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      relasi_bar_chart_set_title (self, g_value_get_string (value));
      break;
    case PROP_EMPTY_TEXT:
      relasi_bar_chart_set_empty_text (self, g_value_get_string (value));
      break;
    case PROP_BAR_STYLE:
      relasi_bar_chart_set_bar_style (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_bar_chart_class_init (RelasiBarChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relasi_bar_chart_dispose;
  object_class->finalize = relasi_bar_chart_finalize;
  object_class->get_property = relasi_bar_chart_get_property;
  object_class->set_property = relasi_bar_chart_set_property;

  widget_class->measure = relasi_bar_chart_measure;
  widget_class->snapshot = relasi_bar_chart_snapshot;
  widget_class->css_changed = relasi_bar_chart_css_changed;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMPTY_TEXT] =
    g_param_spec_string ("empty-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BAR_STYLE] =
    g_param_spec_enum ("bar-style", NULL, NULL,
                       RELASI_TYPE_CHART_STYLE, RELASI_CHART_STYLE_ACCENT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "barchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
relasi_bar_chart_init (RelasiBarChart *self)
{
  self->items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_array_set_clear_func (self->items, item_clear);
  self->bar_style = RELASI_CHART_STYLE_ACCENT;
  self->bar_swatch = relasi_chart_swatch_new (GTK_WIDGET (self), self->bar_style);
  gtk_widget_add_css_class (GTK_WIDGET (self), "chart");
  update_accessible (self);
}

GtkWidget *
relasi_bar_chart_new (void)
{
  return g_object_new (RELASI_TYPE_BAR_CHART, NULL);
}

/**
 * relasi_bar_chart_set_items:
 * @items: (array length=n_items) (nullable): the bars, in any order; copied
 *
 * Shows @items largest first. No items shows the empty text.
 */
void
relasi_bar_chart_set_items (RelasiBarChart        *self,
                            const RelasiChartItem *items,
                            guint                  n_items)
{
  g_return_if_fail (RELASI_IS_BAR_CHART (self));
  g_return_if_fail (items != NULL || n_items == 0);

  g_array_set_size (self->items, 0);
  for (guint i = 0; i < n_items; i++)
    {
      Item item = { g_strdup (items[i].label ? items[i].label : ""), items[i].value };

      g_array_append_val (self->items, item);
    }
  g_array_sort (self->items, compare_items);

  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

guint
relasi_bar_chart_get_n_items (RelasiBarChart *self)
{
  g_return_val_if_fail (RELASI_IS_BAR_CHART (self), 0);

  return self->items->len;
}

const char *
relasi_bar_chart_get_title (RelasiBarChart *self)
{
  g_return_val_if_fail (RELASI_IS_BAR_CHART (self), NULL);

  return self->title;
}

void
relasi_bar_chart_set_title (RelasiBarChart *self,
                            const char     *title)
{
  g_return_if_fail (RELASI_IS_BAR_CHART (self));

  if (relasi_chart_set_str (&self->title, title))
    {
      update_accessible (self);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
}

const char *
relasi_bar_chart_get_empty_text (RelasiBarChart *self)
{
  g_return_val_if_fail (RELASI_IS_BAR_CHART (self), NULL);

  return self->empty_text;
}

void
relasi_bar_chart_set_empty_text (RelasiBarChart *self,
                                 const char     *empty_text)
{
  g_return_if_fail (RELASI_IS_BAR_CHART (self));

  if (relasi_chart_set_str (&self->empty_text, empty_text))
    {
      update_accessible (self);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPTY_TEXT]);
    }
}

RelasiChartStyle
relasi_bar_chart_get_bar_style (RelasiBarChart *self)
{
  g_return_val_if_fail (RELASI_IS_BAR_CHART (self), RELASI_CHART_STYLE_ACCENT);

  return self->bar_style;
}

void
relasi_bar_chart_set_bar_style (RelasiBarChart   *self,
                                RelasiChartStyle  style)
{
  g_return_if_fail (RELASI_IS_BAR_CHART (self));

  if (self->bar_style == style)
    return;

  self->bar_style = style;
  relasi_chart_swatch_set_style (self->bar_swatch, style);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BAR_STYLE]);
}
