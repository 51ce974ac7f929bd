/* relasi-preferences-window.c — every setting, bound to GSettings
 *
 * Ranges come from the schema, so the schema is the one place that knows them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-preferences-window.h"

struct _RelasiPreferencesWindow
{
  GtkWindow       parent_instance;

  GtkSwitch      *background_switch;
  GtkSpinButton  *backups_spin;
  GtkSpinButton  *complaint_spin;
  GtkSwitch      *notifications_switch;
  GtkSpinButton  *quiet_end_spin;
  GtkSwitch      *quiet_hours_switch;
  GtkSpinButton  *quiet_start_spin;
  GtkSpinButton  *stay_in_touch_spin;
  GtkSpinButton  *thank_you_spin;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (RelasiPreferencesWindow, relasi_preferences_window, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bind_spin (RelasiPreferencesWindow *self,
           const char              *key,
           GtkSpinButton           *spin)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) schema_key = NULL;
  g_autoptr(GVariant) range = NULL;
  g_autoptr(GVariant) limits = NULL;
  const char *type;

  g_object_get (self->settings, "settings-schema", &schema, NULL);
  schema_key = g_settings_schema_get_key (schema, key);
  range = g_settings_schema_key_get_range (schema_key);
  g_variant_get (range, "(&sv)", &type, &limits);

  if (g_str_equal (type, "range"))
    {
      gint32 lower, upper;

      g_variant_get (limits, "(ii)", &lower, &upper);
      gtk_spin_button_set_range (spin, lower, upper);
    }
  else
    g_warn_if_reached ();

  g_settings_bind (self->settings, key, spin, "value", G_SETTINGS_BIND_DEFAULT);
}

static void
relasi_preferences_window_constructed (GObject *object)
{
  RelasiPreferencesWindow *self = RELASI_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (relasi_preferences_window_parent_class)->constructed (object);

  g_assert (G_IS_SETTINGS (self->settings));

  bind_spin (self, "thank-you-after-days", self->thank_you_spin);
  bind_spin (self, "complaint-answer-hours", self->complaint_spin);
  bind_spin (self, "stay-in-touch-days", self->stay_in_touch_spin);
  bind_spin (self, "quiet-hours-start", self->quiet_start_spin);
  bind_spin (self, "quiet-hours-end", self->quiet_end_spin);
  bind_spin (self, "backups-kept", self->backups_spin);

  g_settings_bind (self->settings, "notifications-enabled",
                   self->notifications_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "quiet-hours-enabled",
                   self->quiet_hours_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "run-in-background",
                   self->background_switch, "active", G_SETTINGS_BIND_DEFAULT);

  /* Quiet hours mean nothing without notifications, and their hours nothing without
   * quiet hours. */
  g_settings_bind (self->settings, "notifications-enabled",
                   self->quiet_hours_switch, "sensitive", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "quiet-hours-enabled",
                   self->quiet_start_spin, "sensitive", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "quiet-hours-enabled",
                   self->quiet_end_spin, "sensitive", G_SETTINGS_BIND_GET);
}

static void
relasi_preferences_window_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  RelasiPreferencesWindow *self = RELASI_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_preferences_window_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  RelasiPreferencesWindow *self = RELASI_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_preferences_window_dispose (GObject *object)
{
  RelasiPreferencesWindow *self = RELASI_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELASI_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (relasi_preferences_window_parent_class)->dispose (object);
}

static void
relasi_preferences_window_class_init (RelasiPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = relasi_preferences_window_constructed;
  object_class->dispose = relasi_preferences_window_dispose;
  object_class->get_property = relasi_preferences_window_get_property;
  object_class->set_property = relasi_preferences_window_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/relasi-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RelasiPreferencesWindow, background_switch);
  gtk_widget_class_bind_template_child (widget_class, RelasiPreferencesWindow, backups_spin);
  gtk_widget_class_bind_template_child (widget_class, RelasiPreferencesWindow, complaint_spin);
  gtk_widget_class_bind_template_child (widget_class, RelasiPreferencesWindow, notifications_switch);
  gtk_widget_class_bind_template_child (widget_class, RelasiPreferencesWindow, quiet_end_spin);
  gtk_widget_class_bind_template_child (widget_class, RelasiPreferencesWindow, quiet_hours_switch);
  gtk_widget_class_bind_template_child (widget_class, RelasiPreferencesWindow, quiet_start_spin);
  gtk_widget_class_bind_template_child (widget_class, RelasiPreferencesWindow, stay_in_touch_spin);
  gtk_widget_class_bind_template_child (widget_class, RelasiPreferencesWindow, thank_you_spin);
}

static void
relasi_preferences_window_init (RelasiPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

RelasiPreferencesWindow *
relasi_preferences_window_new (GSettings *settings,
                               GtkWindow *parent)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (RELASI_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       "transient-for", parent,
                       NULL);
}
