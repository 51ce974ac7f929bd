/* relasi-application.c — the GtkApplication: app actions, accelerators, style
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-application.h"
#include "relasi-preferences-window.h"
#include "relasi-window.h"

struct _RelasiApplication
{
  GtkApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (RelasiApplication, relasi_application, GTK_TYPE_APPLICATION)

/* The one list of accelerators; the shortcuts window (ui/gtk/help-overlay.ui) shows
 * the same keys and tests/ui checks that the two agree. */
static const struct {
  const char *action;
  const char *accels[3];
} app_accels[] = {
  { "app.quit",               { "<Control>q", NULL } },
  { "app.preferences",        { "<Control>comma", NULL } },
  { "win.show-page::dashboard", { "<Control>1", NULL } },
  { "win.show-page::customers", { "<Control>2", NULL } },
  { "win.show-page::journal",   { "<Control>3", NULL } },
  { "win.show-page::reminders", { "<Control>4", NULL } },
  { "window.close",           { "<Control>w", NULL } },
};

static GtkWindow *
relasi_application_get_main_window (RelasiApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    if (RELASI_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

static void
relasi_application_activate (GApplication *app)
{
  RelasiApplication *self = RELASI_APPLICATION (app);
  GtkWindow *window = relasi_application_get_main_window (self);

  if (window == NULL)
    window = GTK_WINDOW (relasi_window_new (self));

  gtk_window_present (window);
}

static void
relasi_application_startup (GApplication *app)
{
  RelasiApplication *self = RELASI_APPLICATION (app);
  g_autoptr(GtkCssProvider) css = NULL;

  G_APPLICATION_CLASS (relasi_application_parent_class)->startup (app);

  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  for (guint i = 0; i < G_N_ELEMENTS (app_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           app_accels[i].action,
                                           app_accels[i].accels);

  gtk_window_set_default_icon_name (APP_ID);
}

static void
relasi_application_quit_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  RelasiApplication *self = user_data;

  /* Closing each window lets it save its state first. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; )
    {
      GtkWindow *window = l->data;
      l = l->next;
      gtk_window_close (window);
    }

  g_application_quit (G_APPLICATION (self));
}

static void
relasi_application_preferences_action (GSimpleAction *action,
                                       GVariant      *parameter,
                                       gpointer       user_data)
{
  RelasiApplication *self = user_data;
  GtkWindow *parent = relasi_application_get_main_window (self);
  RelasiPreferencesWindow *prefs;

  prefs = relasi_preferences_window_new (self->settings, parent);
  gtk_window_present (GTK_WINDOW (prefs));
}

static void
relasi_application_about_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  RelasiApplication *self = user_data;
  GtkWindow *parent = relasi_application_get_main_window (self);
  const char *developers[] = { _("The Relasi developers"), NULL };
  GtkWidget *about;

  about = g_object_new (GTK_TYPE_ABOUT_DIALOG,
                        "transient-for", parent,
                        "modal", TRUE,
                        "program-name", _("Relasi"),
                        "logo-icon-name", APP_ID,
                        "version", PACKAGE_VERSION,
                        "comments", _("Keep your customer relationships healthy"),
                        "website", PACKAGE_WEBSITE,
                        "website-label", _("Website"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", _("© 2026 The Relasi developers"),
                        "authors", developers,
                        /* Translators: your name(s) and e-mail address(es), one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { .name = "quit", .activate = relasi_application_quit_action },
  { .name = "preferences", .activate = relasi_application_preferences_action },
  { .name = "about", .activate = relasi_application_about_action },
};

static void
relasi_application_dispose (GObject *object)
{
  RelasiApplication *self = RELASI_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (relasi_application_parent_class)->dispose (object);
}

static void
relasi_application_class_init (RelasiApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = relasi_application_dispose;

  app_class->activate = relasi_application_activate;
  app_class->startup = relasi_application_startup;
}

static void
relasi_application_init (RelasiApplication *self)
{
  self->settings = g_settings_new (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   self);
}

RelasiApplication *
relasi_application_new (gboolean is_service)
{
  GApplicationFlags flags = G_APPLICATION_DEFAULT_FLAGS;

  if (is_service)
    flags |= G_APPLICATION_IS_SERVICE;

  return g_object_new (RELASI_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", flags,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

/**
 * relasi_application_get_settings:
 *
 * Returns: (transfer none): the application's settings
 */
GSettings *
relasi_application_get_settings (RelasiApplication *self)
{
  g_return_val_if_fail (RELASI_IS_APPLICATION (self), NULL);

  return self->settings;
}
