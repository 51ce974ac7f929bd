/* relasi-summary-card.c
 *
 * A GtkButton underneath: focus, Enter and Space, clicks, action-name and the button
 * role come with it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-summary-card.h"

struct _RelasiSummaryCard
{
  GtkButton       parent_instance;

  GtkLabel       *detail_label;
  GtkImage       *icon;
  GtkLabel       *title_label;
  GtkLabel       *value_label;

  guint           value;
  RelasiSeverity  severity;
};

G_DEFINE_FINAL_TYPE (RelasiSummaryCard, relasi_summary_card, GTK_TYPE_BUTTON)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_TITLE,
  PROP_DETAIL,
  PROP_ICON_NAME,
  PROP_SEVERITY,
  N_PROPS
};

enum {
  ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char * const severity_classes[] = { "neutral", "warning", "critical" };

GType
relasi_severity_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { RELASI_SEVERITY_NEUTRAL, "RELASI_SEVERITY_NEUTRAL", "neutral" },
        { RELASI_SEVERITY_WARNING, "RELASI_SEVERITY_WARNING", "warning" },
        { RELASI_SEVERITY_CRITICAL, "RELASI_SEVERITY_CRITICAL", "critical" },
        { 0, NULL, NULL }
      };
      GType type = g_enum_register_static (g_intern_static_string ("RelasiSeverity"), values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

/* One sentence for screen readers: "Complaints awaiting an answer: 3. Oldest: …" */
static void
update_accessible (RelasiSummaryCard *self)
{
  g_autofree char *label = NULL;
  const char *title = gtk_label_get_label (self->title_label);
  const char *detail = gtk_label_get_label (self->detail_label);
  g_autofree char *value = g_strdup_printf ("%u", self->value);

  if (detail != NULL && *detail != '\0')
    /* Translators: a dashboard card read by a screen reader: title, number, detail:
     * "Complaints awaiting an answer: 3. Oldest: Budi Santoso, waiting 30 hours" */
    label = g_strdup_printf (_("%s: %s. %s"), title, value, detail);
  else
    /* Translators: a dashboard card read by a screen reader: title and number:
     * "Reminders due today: 2" */
    label = g_strdup_printf (_("%s: %s"), title, value);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* A title or detail cut short ("…") shows whole in a tooltip (a long customer name can
 * push "waiting 31 hours" out of sight); one that fits shows none. */
static gboolean
on_label_query_tooltip (GtkLabel   *label,
                        int         x,
                        int         y,
                        gboolean    keyboard,
                        GtkTooltip *tooltip)
{
  if (!pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    return FALSE;
  gtk_tooltip_set_text (tooltip, gtk_label_get_text (label));
  return TRUE;
}

static void
relasi_summary_card_clicked (GtkButton *button)
{
  g_signal_emit (button, signals[ACTIVATED], 0);
}

static void
relasi_summary_card_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RELASI_TYPE_SUMMARY_CARD);

  G_OBJECT_CLASS (relasi_summary_card_parent_class)->dispose (object);
}

static void
relasi_summary_card_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RelasiSummaryCard *self = RELASI_SUMMARY_CARD (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_uint (value, self->value);
      break;
    case PROP_TITLE:
      g_value_set_string (value, relasi_summary_card_get_title (self));
      break;
    case PROP_DETAIL:
      g_value_set_string (value, relasi_summary_card_get_detail (self));
      break;
    case PROP_ICON_NAME:
      g_value_set_string (value, relasi_summary_card_get_icon_name (self));
      break;
    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_summary_card_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RelasiSummaryCard *self = RELASI_SUMMARY_CARD (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      relasi_summary_card_set_value (self, g_value_get_uint (value));
      break;
    case PROP_TITLE:
      relasi_summary_card_set_title (self, g_value_get_string (value));
      break;
    case PROP_DETAIL:
      relasi_summary_card_set_detail (self, g_value_get_string (value));
      break;
    case PROP_ICON_NAME:
      relasi_summary_card_set_icon_name (self, g_value_get_string (value));
      break;
    case PROP_SEVERITY:
      relasi_summary_card_set_severity (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_summary_card_class_init (RelasiSummaryCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkButtonClass *button_class = GTK_BUTTON_CLASS (klass);

  object_class->dispose = relasi_summary_card_dispose;
  object_class->get_property = relasi_summary_card_get_property;
  object_class->set_property = relasi_summary_card_set_property;

  button_class->clicked = relasi_summary_card_clicked;

  properties[PROP_VALUE] =
    g_param_spec_uint ("value", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DETAIL] =
    g_param_spec_string ("detail", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL,
                       RELASI_TYPE_SEVERITY, RELASI_SEVERITY_NEUTRAL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RelasiSummaryCard::activated:
   *
   * The card was clicked, or activated with Enter or Space. (Its action-name, when it
   * has one, is activated too.)
   */
  signals[ACTIVATED] =
    g_signal_new ("activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/relasi-summary-card.ui");
  gtk_widget_class_bind_template_child (widget_class, RelasiSummaryCard, detail_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiSummaryCard, icon);
  gtk_widget_class_bind_template_child (widget_class, RelasiSummaryCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiSummaryCard, value_label);
  gtk_widget_class_bind_template_callback (widget_class, on_label_query_tooltip);
}

static void
relasi_summary_card_init (RelasiSummaryCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), severity_classes[self->severity]);
  update_accessible (self);
}

GtkWidget *
relasi_summary_card_new (void)
{
  return g_object_new (RELASI_TYPE_SUMMARY_CARD, NULL);
}

guint
relasi_summary_card_get_value (RelasiSummaryCard *self)
{
  g_return_val_if_fail (RELASI_IS_SUMMARY_CARD (self), 0);

  return self->value;
}

void
relasi_summary_card_set_value (RelasiSummaryCard *self,
                               guint              value)
{
  g_autofree char *text = NULL;

  g_return_if_fail (RELASI_IS_SUMMARY_CARD (self));

  if (self->value == value)
    return;

  self->value = value;
  text = g_strdup_printf ("%u", value);
  gtk_label_set_label (self->value_label, text);
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

const char *
relasi_summary_card_get_title (RelasiSummaryCard *self)
{
  g_return_val_if_fail (RELASI_IS_SUMMARY_CARD (self), NULL);

  return gtk_label_get_label (self->title_label);
}

void
relasi_summary_card_set_title (RelasiSummaryCard *self,
                               const char        *title)
{
  g_return_if_fail (RELASI_IS_SUMMARY_CARD (self));

  if (g_strcmp0 (title, gtk_label_get_label (self->title_label)) == 0)
    return;

  gtk_label_set_label (self->title_label, title ? title : "");
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
relasi_summary_card_get_detail (RelasiSummaryCard *self)
{
  g_return_val_if_fail (RELASI_IS_SUMMARY_CARD (self), NULL);

  return gtk_label_get_label (self->detail_label);
}

/**
 * relasi_summary_card_set_detail:
 * @detail: (nullable): the most urgent item, "Oldest: Budi Santoso, waiting 30 hours"
 */
void
relasi_summary_card_set_detail (RelasiSummaryCard *self,
                                const char        *detail)
{
  g_return_if_fail (RELASI_IS_SUMMARY_CARD (self));

  if (g_strcmp0 (detail, gtk_label_get_label (self->detail_label)) == 0)
    return;

  gtk_label_set_label (self->detail_label, detail ? detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), detail != NULL && *detail != '\0');
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAIL]);
}

const char *
relasi_summary_card_get_icon_name (RelasiSummaryCard *self)
{
  g_return_val_if_fail (RELASI_IS_SUMMARY_CARD (self), NULL);

  return gtk_image_get_icon_name (self->icon);
}

void
relasi_summary_card_set_icon_name (RelasiSummaryCard *self,
                                   const char        *icon_name)
{
  g_return_if_fail (RELASI_IS_SUMMARY_CARD (self));

  if (g_strcmp0 (icon_name, gtk_image_get_icon_name (self->icon)) == 0)
    return;

  gtk_image_set_from_icon_name (self->icon, icon_name);
  gtk_widget_set_visible (GTK_WIDGET (self->icon), icon_name != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ICON_NAME]);
}

RelasiSeverity
relasi_summary_card_get_severity (RelasiSummaryCard *self)
{
  g_return_val_if_fail (RELASI_IS_SUMMARY_CARD (self), RELASI_SEVERITY_NEUTRAL);

  return self->severity;
}

/**
 * relasi_summary_card_set_severity:
 *
 * How urgent the card is; it sets the colour of the icon and the number (the CSS
 * classes `neutral`, `warning`, `critical`).
 */
void
relasi_summary_card_set_severity (RelasiSummaryCard *self,
                                  RelasiSeverity     severity)
{
  g_return_if_fail (RELASI_IS_SUMMARY_CARD (self));
  g_return_if_fail (severity <= RELASI_SEVERITY_CRITICAL);

  if (self->severity == severity)
    return;

  gtk_widget_remove_css_class (GTK_WIDGET (self), severity_classes[self->severity]);
  self->severity = severity;
  gtk_widget_add_css_class (GTK_WIDGET (self), severity_classes[severity]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEVERITY]);
}
