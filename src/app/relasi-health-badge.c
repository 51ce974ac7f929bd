/* relasi-health-badge.c
 *
 * The bands are those of core's relasi-health.h: good from 70, fair from 40, poor below.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-health-badge.h"

#define GOOD_MIN 70
#define FAIR_MIN 40

struct _RelasiHealthBadge
{
  GtkWidget  parent_instance;

  GtkWidget *label;
  int        value;      /* 0..100, or -1: not known */
};

G_DEFINE_FINAL_TYPE (RelasiHealthBadge, relasi_health_badge, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VALUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const band_classes[] = { "good", "fair", "poor", "unknown" };

static const char *
band_class (int value)
{
  if (value < 0)
    return "unknown";
  if (value >= GOOD_MIN)
    return "good";
  if (value >= FAIR_MIN)
    return "fair";
  return "poor";
}

/* "Health 82 of 100, good": the accessible name and the tooltip */
static char *
describe (int value)
{
  const char *band;

  if (value < 0)
    return g_strdup (_("Health not known yet"));
  if (value >= GOOD_MIN)
    /* Translators: health band, as in "Health 82 of 100, good" */
    band = C_("health", "good");
  else if (value >= FAIR_MIN)
    /* Translators: health band, as in "Health 55 of 100, fair" */
    band = C_("health", "fair");
  else
    /* Translators: health band, as in "Health 20 of 100, poor" */
    band = C_("health", "poor");
  /* Translators: the accessible name of a health badge: "Health 82 of 100, good" */
  return g_strdup_printf (_("Health %d of 100, %s"), value, band);
}

static void
update (RelasiHealthBadge *self)
{
  g_autofree char *accessible = describe (self->value);
  const char *css_class = band_class (self->value);
  char text[16];

  if (self->value < 0)
    g_strlcpy (text, "–", sizeof text);
  else
    g_snprintf (text, sizeof text, "%d", self->value);

  for (guint i = 0; i < G_N_ELEMENTS (band_classes); i++)
    if (g_strcmp0 (band_classes[i], css_class) != 0)
      gtk_widget_remove_css_class (GTK_WIDGET (self), band_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self), css_class);

  gtk_label_set_label (GTK_LABEL (self->label), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

/* The tooltip is made when it is shown: setting a tooltip text asks the X server where
 * the pointer is, and a list binds a badge per row. */
static gboolean
relasi_health_badge_query_tooltip (GtkWidget  *widget,
                                   int         x,
                                   int         y,
                                   gboolean    keyboard_tooltip,
                                   GtkTooltip *tooltip)
{
  g_autofree char *text = describe (RELASI_HEALTH_BADGE (widget)->value);

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
relasi_health_badge_dispose (GObject *object)
{
  RelasiHealthBadge *self = RELASI_HEALTH_BADGE (object);

  g_clear_pointer (&self->label, gtk_widget_unparent);

  G_OBJECT_CLASS (relasi_health_badge_parent_class)->dispose (object);
}

static void
relasi_health_badge_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RelasiHealthBadge *self = RELASI_HEALTH_BADGE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_int (value, self->value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_health_badge_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RelasiHealthBadge *self = RELASI_HEALTH_BADGE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      relasi_health_badge_set_value (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_health_badge_class_init (RelasiHealthBadgeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relasi_health_badge_dispose;
  object_class->get_property = relasi_health_badge_get_property;
  object_class->set_property = relasi_health_badge_set_property;

  widget_class->query_tooltip = relasi_health_badge_query_tooltip;

  /**
   * RelasiHealthBadge:value:
   *
   * The health score, 0 to 100; -1 when there is none yet.
   */
  properties[PROP_VALUE] =
    g_param_spec_int ("value", NULL, NULL, -1, 100, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "healthbadge");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
relasi_health_badge_init (RelasiHealthBadge *self)
{
  self->value = -1;
  self->label = g_object_new (GTK_TYPE_LABEL,
                              "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                              "width-chars", 2,
                              "xalign", 0.5f,
                              NULL);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  update (self);
}

GtkWidget *
relasi_health_badge_new (int value)
{
  return g_object_new (RELASI_TYPE_HEALTH_BADGE, "value", value, NULL);
}

int
relasi_health_badge_get_value (RelasiHealthBadge *self)
{
  g_return_val_if_fail (RELASI_IS_HEALTH_BADGE (self), -1);

  return self->value;
}

void
relasi_health_badge_set_value (RelasiHealthBadge *self,
                               int                value)
{
  g_return_if_fail (RELASI_IS_HEALTH_BADGE (self));

  value = CLAMP (value, -1, 100);
  if (self->value == value)
    return;

  self->value = value;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}
