/* relasi-band-chart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-band-chart.h"
#include "relasi-chart-common.h"

#define TITLE_GAP    12
#define BAR_HEIGHT   20
#define BAR_RADIUS    6
#define SEGMENT_GAP   2
#define LEGEND_GAP   10

enum { BAND_GOOD, BAND_FAIR, BAND_POOR, N_BANDS };

struct _RelasiBandChart
{
  GtkWidget  parent_instance;

  guint      counts[N_BANDS];
  char      *title;
  char      *empty_text;
  GtkWidget *swatches[N_BANDS];
};

G_DEFINE_FINAL_TYPE (RelasiBandChart, relasi_band_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_EMPTY_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
band_label (guint band)
{
  switch (band)
    {
    /* Translators: health of a customer relationship, score 70 to 100 */
    case BAND_GOOD: return C_("health band", "Good");
    /* Translators: health of a customer relationship, score 40 to 69 */
    case BAND_FAIR: return C_("health band", "Fair");
    /* Translators: health of a customer relationship, score 0 to 39 */
    case BAND_POOR: return C_("health band", "Poor");
    default:        g_return_val_if_reached ("");
    }
}

static guint
total (RelasiBandChart *self)
{
  return self->counts[BAND_GOOD] + self->counts[BAND_FAIR] + self->counts[BAND_POOR];
}

static guint
percent (RelasiBandChart *self,
         guint            band)
{
  guint sum = total (self);

  return sum > 0 ? (guint) ((self->counts[band] * 100.0 / sum) + 0.5) : 0;
}

/**
 * relasi_band_chart_dup_text_alternative:
 *
 * Returns: (transfer full): each band with its count and share, or the empty text
 */
char *
relasi_band_chart_dup_text_alternative (RelasiBandChart *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (RELASI_IS_BAND_CHART (self), NULL);

  if (total (self) == 0)
    return g_strdup (self->empty_text ? self->empty_text : "");

  for (guint band = 0; band < N_BANDS; band++)
    {
      if (band > 0)
        /* Translators: between the items of a chart read by a screen reader */
        g_string_append (text, _(", "));
      /* Translators: one band of the health chart: "Good: 12 (60%)" */
      g_string_append_printf (text, _("%s: %u (%u%%)"),
                              band_label (band), self->counts[band], percent (self, band));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_accessible (RelasiBandChart *self)
{
  g_autofree char *description = relasi_band_chart_dup_text_alternative (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->title ? self->title : _("Chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static char **
legend_texts (RelasiBandChart *self)
{
  char **texts = g_new0 (char *, N_BANDS + 1);

  for (guint band = 0; band < N_BANDS; band++)
    texts[band] = g_strdup_printf (_("%s: %u (%u%%)"),
                                   band_label (band), self->counts[band], percent (self, band));

  return texts;
}

static int
title_height (RelasiBandChart *self)
{
  g_autoptr(PangoLayout) layout = NULL;
  int h;

  if (self->title == NULL || *self->title == '\0')
    return 0;

  layout = relasi_chart_create_layout (GTK_WIDGET (self), self->title, TRUE, 1.0);
  pango_layout_get_pixel_size (layout, NULL, &h);
  return h + TITLE_GAP;
}

static PangoLayout *
create_empty_layout (RelasiBandChart *self,
                     int              width)
{
  PangoLayout *layout = relasi_chart_create_layout (GTK_WIDGET (self), self->empty_text, FALSE, 1.0);

  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, width * PANGO_SCALE);

  return layout;
}

static void
relasi_band_chart_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  RelasiBandChart *self = RELASI_BAND_CHART (widget);
  g_auto(GStrv) texts = NULL;
  int body;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 160;
      *natural = 400;
      return;
    }

  texts = legend_texts (self);
  body = BAR_HEIGHT + LEGEND_GAP +
         relasi_chart_legend_height (widget, (const char * const *) texts, N_BANDS, for_size);
  if (total (self) == 0 && self->empty_text != NULL)
    {
      g_autoptr(PangoLayout) layout = create_empty_layout (self, for_size);
      int h;

      pango_layout_get_pixel_size (layout, NULL, &h);
      body = MAX (body, h);
    }

  *minimum = *natural = title_height (self) + body;
}

static void
relasi_band_chart_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  RelasiBandChart *self = RELASI_BAND_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guint sum = total (self);
  GdkRGBA fg, dim, colors[N_BANDS];
  g_auto(GStrv) texts = NULL;
  GskRoundedRect outline;
  float y = 0, x = 0;
  guint shown = 0, drawn = 0;

  relasi_chart_get_color (widget, &fg);
  dim = fg;
  dim.alpha *= 0.6f;
  for (guint band = 0; band < N_BANDS; band++)
    relasi_chart_get_color (self->swatches[band], &colors[band]);

  if (self->title != NULL && *self->title != '\0')
    {
      g_autoptr(PangoLayout) layout = relasi_chart_create_layout (widget, self->title, TRUE, 1.0);
      int w, h;

      w = relasi_chart_fit_layout (layout, width);
      pango_layout_get_pixel_size (layout, NULL, &h);
      relasi_chart_append_layout (snapshot, layout, &fg, relasi_chart_flip_x (widget, 0, w), y);
      y += h + TITLE_GAP;
    }

  if (sum == 0)
    {
      g_autoptr(PangoLayout) layout = NULL;
      int h;

      if (self->empty_text == NULL)
        return;

      layout = create_empty_layout (self, width);
      pango_layout_get_pixel_size (layout, NULL, &h);
      relasi_chart_append_layout (snapshot, layout, &dim, 0, y + MAX (0, (height - y - h) / 2));
      return;
    }

  for (guint band = 0; band < N_BANDS; band++)
    shown += self->counts[band] > 0;

  /* One bar, rounded at its ends, cut into the bands with thin gaps. */
  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (0, y, width, BAR_HEIGHT), BAR_RADIUS);
  gtk_snapshot_push_rounded_clip (snapshot, &outline);
  for (guint band = 0; band < N_BANDS; band++)
    {
      float available = width - SEGMENT_GAP * (shown - 1);
      float w;

      if (self->counts[band] == 0)
        continue;

      drawn++;
      w = drawn == shown ? width - x : MAX (2, available * self->counts[band] / sum);
      gtk_snapshot_append_color (snapshot, &colors[band],
                                 &GRAPHENE_RECT_INIT (relasi_chart_flip_x (widget, x, w), y, w, BAR_HEIGHT));
      x += w + SEGMENT_GAP;
    }
  gtk_snapshot_pop (snapshot);
  y += BAR_HEIGHT + LEGEND_GAP;

  texts = legend_texts (self);
  relasi_chart_append_legend (snapshot, widget, (const char * const *) texts, colors, N_BANDS, y, width);
}

static void
relasi_band_chart_css_changed (GtkWidget         *widget,
                               GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (relasi_band_chart_parent_class)->css_changed (widget, change);
  gtk_widget_queue_resize (widget);
}

static void
relasi_band_chart_dispose (GObject *object)
{
  RelasiBandChart *self = RELASI_BAND_CHART (object);

  for (guint band = 0; band < N_BANDS; band++)
    g_clear_pointer (&self->swatches[band], gtk_widget_unparent);

  G_OBJECT_CLASS (relasi_band_chart_parent_class)->dispose (object);
}

static void
relasi_band_chart_finalize (GObject *object)
{
  RelasiBandChart *self = RELASI_BAND_CHART (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->empty_text, g_free);

  G_OBJECT_CLASS (relasi_band_chart_parent_class)->finalize (object);
}

static void
relasi_band_chart_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RelasiBandChart *self = RELASI_BAND_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_EMPTY_TEXT:
      g_value_set_string (value, self->empty_text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_band_chart_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RelasiBandChart *self = RELASI_BAND_CHART (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      relasi_band_chart_set_title (self, g_value_get_string (value));
      break;
    case PROP_EMPTY_TEXT:
      relasi_band_chart_set_empty_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_band_chart_class_init (RelasiBandChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relasi_band_chart_dispose;
  object_class->finalize = relasi_band_chart_finalize;
  object_class->get_property = relasi_band_chart_get_property;
  object_class->set_property = relasi_band_chart_set_property;

  widget_class->measure = relasi_band_chart_measure;
  widget_class->snapshot = relasi_band_chart_snapshot;
  widget_class->css_changed = relasi_band_chart_css_changed;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMPTY_TEXT] =
    g_param_spec_string ("empty-text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "bandchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
relasi_band_chart_init (RelasiBandChart *self)
{
  self->swatches[BAND_GOOD] = relasi_chart_swatch_new (GTK_WIDGET (self), RELASI_CHART_STYLE_SUCCESS);
  self->swatches[BAND_FAIR] = relasi_chart_swatch_new (GTK_WIDGET (self), RELASI_CHART_STYLE_WARNING);
  self->swatches[BAND_POOR] = relasi_chart_swatch_new (GTK_WIDGET (self), RELASI_CHART_STYLE_ERROR);
  gtk_widget_add_css_class (GTK_WIDGET (self), "chart");
  update_accessible (self);
}

GtkWidget *
relasi_band_chart_new (void)
{
  return g_object_new (RELASI_TYPE_BAND_CHART, NULL);
}

void
relasi_band_chart_set_counts (RelasiBandChart *self,
                              guint            good,
                              guint            fair,
                              guint            poor)
{
  g_return_if_fail (RELASI_IS_BAND_CHART (self));

  self->counts[BAND_GOOD] = good;
  self->counts[BAND_FAIR] = fair;
  self->counts[BAND_POOR] = poor;

  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
relasi_band_chart_get_counts (RelasiBandChart *self,
                              guint           *good,
                              guint           *fair,
                              guint           *poor)
{
  g_return_if_fail (RELASI_IS_BAND_CHART (self));

  if (good != NULL)
    *good = self->counts[BAND_GOOD];
  if (fair != NULL)
    *fair = self->counts[BAND_FAIR];
  if (poor != NULL)
    *poor = self->counts[BAND_POOR];
}

const char *
relasi_band_chart_get_title (RelasiBandChart *self)
{
  g_return_val_if_fail (RELASI_IS_BAND_CHART (self), NULL);

  return self->title;
}

void
relasi_band_chart_set_title (RelasiBandChart *self,
                             const char      *title)
{
  g_return_if_fail (RELASI_IS_BAND_CHART (self));

  if (relasi_chart_set_str (&self->title, title))
    {
      update_accessible (self);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
}

const char *
relasi_band_chart_get_empty_text (RelasiBandChart *self)
{
  g_return_val_if_fail (RELASI_IS_BAND_CHART (self), NULL);

  return self->empty_text;
}

void
relasi_band_chart_set_empty_text (RelasiBandChart *self,
                                  const char      *empty_text)
{
  g_return_if_fail (RELASI_IS_BAND_CHART (self));

  if (relasi_chart_set_str (&self->empty_text, empty_text))
    {
      update_accessible (self);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPTY_TEXT]);
    }
}
