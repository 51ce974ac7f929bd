/* relasi-application.c — the GtkApplication: app actions, accelerators, style
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-application.h"
#include "relasi-dashboard-page.h"
#include "relasi-autostart.h"
#include "relasi-error.h"
#include "relasi-notifier.h"
#include "relasi-paths.h"
#include "relasi-preferences-window.h"
#include "relasi-status-page.h"
#include "relasi-window.h"

struct _RelasiApplication
{
  GtkApplication  parent_instance;

  GSettings      *settings;
  RelasiStore    *store;
  GError         *store_error;      /* why the store could not be opened */
  GCancellable   *cancellable;
  RelasiNotifier *notifier;         /* desktop notifications for due reminders */
  gboolean        held;             /* kept running without a window (run-in-background) */
  gboolean        start_hidden;     /* relasi --background: the first activation shows nothing */
  RelasiDashboardPrefetch *prefetch; /* the first window's dashboard figures, read early */
  guint           drop_prefetch_id;
};

G_DEFINE_FINAL_TYPE (RelasiApplication, relasi_application, GTK_TYPE_APPLICATION)

/* The one list of accelerators; the shortcuts window (ui/relasi-shortcuts-window.ui) shows
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
  { "win.new-reminder",       { "<Control>r", NULL } },
  { "win.log-interaction",    { "<Control>l", NULL } },
  { "window.close",           { "<Control>w", NULL } },
  { "win.show-help-overlay",  { "<Control>question", NULL } },
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
on_open_data_folder_clicked (GtkButton *button,
                             gpointer   user_data)
{
  const char *dir = user_data;
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri (uri, NULL, &error))
    g_warning ("Could not open %s: %s", dir, error->message);
}

/* Shown instead of the main window when the database is refused. The file is never
 * touched: the person decides what to do with it. */
static GtkWindow *
relasi_application_create_error_window (RelasiApplication *self)
{
  g_autofree char *data_dir = relasi_data_dir ();
  g_autofree char *description = NULL;
  GtkWidget *window, *page, *box, *buttons, *open_button, *quit_button;

  /* A file that is not a Relasi database: what to do with it. Anything else (the folder
   * cannot be made or written, a newer file, busy, not allowed): the message says what
   * is wrong and what to do. */
  if (g_error_matches (self->store_error, RELASI_ERROR, RELASI_ERROR_NOT_A_DATABASE) ||
      g_error_matches (self->store_error, RELASI_ERROR, RELASI_ERROR_FOREIGN))
    description = g_strdup_printf (_("%s\n\nRelasi has not changed the file. Move it somewhere else "
                                     "or put back a copy from the backups folder, then start "
                                     "Relasi again."),
                                   self->store_error->message);
  else
    description = g_strdup_printf (_("%s\n\nRelasi has not changed anything. Once this is put right, "
                                     "start Relasi again."),
                                   self->store_error->message);

  window = g_object_new (GTK_TYPE_WINDOW,
                         "application", self,
                         "title", _("Relasi"),
                         "default-width", 620,
                         "default-height", 520,
                         NULL);
  gtk_widget_add_css_class (window, "database-error");
  gtk_window_set_titlebar (GTK_WINDOW (window), gtk_header_bar_new ());

  page = relasi_status_page_new ();
  relasi_status_page_set_icon_name (RELASI_STATUS_PAGE (page), "dialog-warning-symbolic");
  relasi_status_page_set_title (RELASI_STATUS_PAGE (page), _("Your customer data could not be opened"));
  relasi_status_page_set_description (RELASI_STATUS_PAGE (page), description);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  open_button = gtk_button_new_with_mnemonic (_("_Open Data Folder"));
  g_signal_connect_data (open_button, "clicked", G_CALLBACK (on_open_data_folder_clicked),
                         g_strdup (data_dir), (GClosureNotify) (void (*) (void)) g_free, 0);
  quit_button = gtk_button_new_with_mnemonic (_("_Quit"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (quit_button), "app.quit");
  gtk_widget_add_css_class (quit_button, "suggested-action");
  /* nothing to open when the data folder is not one */
  gtk_widget_set_visible (open_button, g_file_test (data_dir, G_FILE_TEST_IS_DIR));
  gtk_box_append (GTK_BOX (buttons), open_button);
  gtk_box_append (GTK_BOX (buttons), quit_button);
  gtk_box_append (GTK_BOX (box), buttons);

  relasi_status_page_set_child (RELASI_STATUS_PAGE (page), box);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_set_default_widget (GTK_WINDOW (window), quit_button);
  gtk_window_set_focus (GTK_WINDOW (window), quit_button);

  return GTK_WINDOW (window);
}

static void
relasi_application_activate (GApplication *app)
{
  RelasiApplication *self = RELASI_APPLICATION (app);
  GtkWindow *window = relasi_application_get_main_window (self);

  if (self->start_hidden)
    {
      /* relasi --background: remind, show nothing until asked */
      self->start_hidden = FALSE;
      return;
    }

  if (window == NULL && self->store == NULL)
    {
      GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

      window = windows ? windows->data : relasi_application_create_error_window (self);
    }
  else if (window == NULL)
    window = GTK_WINDOW (relasi_window_new (self));

  gtk_window_present (window);
}

static void
relasi_application_apply_rules (RelasiApplication *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  if (!relasi_store_set_rules (self->store,
                               g_settings_get_int (self->settings, "thank-you-after-days"),
                               g_settings_get_int (self->settings, "complaint-answer-hours"),
                               g_settings_get_int (self->settings, "stay-in-touch-days"),
                               &error))
    g_warning ("Could not apply the reminder settings: %s", error->message);
}

static void
backup_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  RelasiStore *main_store = task_data;   /* only its path is read here */
  guint keep = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (task), "keep"));
  g_autoptr(RelasiStore) worker = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  worker = relasi_store_open_for_worker (main_store, &error);
  if (worker != NULL)
    path = relasi_store_daily_backup (worker, MAX (keep, 1), &error);

  if (path == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_steal_pointer (&path), g_free);
}

static void
backup_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_task_propagate_pointer (G_TASK (result), &error);

  if (path == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("The daily backup failed: %s", error->message);
  else if (path != NULL)
    g_debug ("Daily backup: %s", path);
}

/* The daily backup copies the whole database: on a worker thread with its own
 * connection, so a big database never freezes the window. */
static void
relasi_application_start_daily_backup (RelasiApplication *self)
{
  g_autoptr(GTask) task = NULL;

  task = g_task_new (self, self->cancellable, backup_done, NULL);
  g_task_set_source_tag (task, relasi_application_start_daily_backup);
  g_task_set_task_data (task, g_object_ref (self->store), g_object_unref);
  g_object_set_data (G_OBJECT (task), "keep",
                     GUINT_TO_POINTER ((guint) g_settings_get_int (self->settings, "backups-kept")));
  g_task_run_in_thread (task, backup_thread);
}

/* With run-in-background on (or started with --background) closing the last window
 * keeps Relasi running, so reminders and notification buttons keep working; Quit in
 * the main menu really quits. */
static void
relasi_application_sync_hold (RelasiApplication *self,
                              gboolean           background_start)
{
  gboolean want = self->notifier != NULL &&
                  (background_start || g_settings_get_boolean (self->settings, "run-in-background"));

  if (want && !self->held)
    g_application_hold (G_APPLICATION (self));
  else if (!want && self->held)
    g_application_release (G_APPLICATION (self));
  self->held = want;
}

static void
on_run_in_background_changed (RelasiApplication *self)
{
  g_autoptr(GError) error = NULL;
  gboolean enabled = g_settings_get_boolean (self->settings, "run-in-background");

  relasi_application_sync_hold (self, FALSE);
  /* the person asked: start (or no longer start) in the background at login */
  if (!relasi_autostart_set (enabled, &error))
    g_message ("Could not change the autostart entry: %s", error->message);
}

/* A notification's Open: the window, on the Reminders page, on that reminder. */
static void
on_open_reminder (RelasiApplication *self,
                  gint64             reminder_id)
{
  GtkWindow *window;

  g_application_activate (G_APPLICATION (self));
  window = relasi_application_get_main_window (self);
  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-reminder", "x", reminder_id);
}

static void
relasi_application_open_store (RelasiApplication *self)
{
  self->store = relasi_store_open (NULL, &self->store_error);
  if (self->store == NULL)
    {
      /* The window says it too; this is for whoever started Relasi from a terminal. */
      g_message ("%s", self->store_error->message);
      return;
    }

  /* the hourly refresh of every health score runs on a worker: neither the start nor
   * the hour holds the window up (the pages read again when it is done) */
  relasi_store_set_health_in_background (self->store, TRUE);
  relasi_application_apply_rules (self);
  g_signal_connect_object (self->settings, "changed::thank-you-after-days",
                           G_CALLBACK (relasi_application_apply_rules), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::complaint-answer-hours",
                           G_CALLBACK (relasi_application_apply_rules), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::stay-in-touch-days",
                           G_CALLBACK (relasi_application_apply_rules), self, G_CONNECT_SWAPPED);

  relasi_application_start_daily_backup (self);

  self->notifier = relasi_notifier_new (self->store, self->settings);
  g_signal_connect_object (self->notifier, "open-reminder", G_CALLBACK (on_open_reminder),
                           self, G_CONNECT_SWAPPED);
  relasi_notifier_start (self->notifier);
  g_signal_connect_object (self->settings, "changed::run-in-background",
                           G_CALLBACK (on_run_in_background_changed), self, G_CONNECT_SWAPPED);

  /* The setting is on by default, and it promises reminders after login too: make the
   * autostart entry (or the portal's permission) match it from the first start, not
   * only after the person toggles it. */
  if (g_settings_get_boolean (self->settings, "run-in-background"))
    {
      g_autoptr(GError) error = NULL;

      if (!relasi_autostart_set (TRUE, &error))
        g_message ("Could not write the autostart entry: %s", error->message);
    }
}

static gboolean
drop_prefetch (gpointer data)
{
  RelasiApplication *self = data;

  self->drop_prefetch_id = 0;
  g_clear_pointer (&self->prefetch, relasi_dashboard_prefetch_free);
  return G_SOURCE_REMOVE;
}

static void
relasi_application_startup (GApplication *app)
{
  RelasiApplication *self = RELASI_APPLICATION (app);
  g_autoptr(GtkCssProvider) css = NULL;

  /* The database first (core only, no display needed), and the dashboard's figures read
   * on a worker while GTK starts: the window's first frame has them. */
  relasi_application_open_store (self);
  if (self->store != NULL && !self->start_hidden)
    {
      self->prefetch = relasi_dashboard_prefetch_start (self->store);
      /* started for a notification's button, say, and no window came: let it go */
      self->drop_prefetch_id = g_timeout_add_seconds_full (G_PRIORITY_LOW, 5, drop_prefetch, self, NULL);
    }

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

  relasi_application_sync_hold (self, self->start_hidden);
}

static void
relasi_application_shutdown (GApplication *app)
{
  RelasiApplication *self = RELASI_APPLICATION (app);

  g_cancellable_cancel (self->cancellable);
  if (self->notifier != NULL)
    relasi_notifier_stop (self->notifier);

  G_APPLICATION_CLASS (relasi_application_parent_class)->shutdown (app);
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

  g_clear_handle_id (&self->drop_prefetch_id, g_source_remove);
  g_clear_pointer (&self->prefetch, relasi_dashboard_prefetch_free);
  g_clear_object (&self->settings);
  g_clear_object (&self->notifier);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (relasi_application_parent_class)->dispose (object);
}

static void
relasi_application_finalize (GObject *object)
{
  RelasiApplication *self = RELASI_APPLICATION (object);

  g_clear_error (&self->store_error);

  G_OBJECT_CLASS (relasi_application_parent_class)->finalize (object);
}

static void
relasi_application_class_init (RelasiApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = relasi_application_dispose;
  object_class->finalize = relasi_application_finalize;

  app_class->activate = relasi_application_activate;
  app_class->startup = relasi_application_startup;
  app_class->shutdown = relasi_application_shutdown;
}

static void
relasi_application_init (RelasiApplication *self)
{
  self->settings = g_settings_new (APP_ID);
  self->cancellable = g_cancellable_new ();

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

/**
 * relasi_application_get_store:
 *
 * Returns: (transfer none) (nullable): the open store, or %NULL when the database was
 *   refused (then only the error window is shown)
 */
RelasiStore *
relasi_application_get_store (RelasiApplication *self)
{
  g_return_val_if_fail (RELASI_IS_APPLICATION (self), NULL);

  return self->store;
}

/**
 * relasi_application_get_store_error:
 *
 * Returns: (transfer none) (nullable): why the database could not be opened
 */
const GError *
relasi_application_get_store_error (RelasiApplication *self)
{
  g_return_val_if_fail (RELASI_IS_APPLICATION (self), NULL);

  return self->store_error;
}

/**
 * relasi_application_run_background:
 * @argc: the arguments left after relasi_cli_parse()
 * @argv: the arguments
 *
 * relasi --background: starts the application without a window, kept running for
 * the reminders. When Relasi already runs, it is left as it is (no window either).
 *
 * Returns: the exit status
 */
int
relasi_application_run_background (RelasiApplication  *self,
                                   int                 argc,
                                   char              **argv)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (RELASI_IS_APPLICATION (self), 1);

  if (!g_application_register (G_APPLICATION (self), NULL, &error))
    {
      g_printerr ("relasi: %s\n", error->message);
      return 1;
    }
  if (g_application_get_is_remote (G_APPLICATION (self)))
    return 0;

  self->start_hidden = TRUE;
  relasi_application_sync_hold (self, TRUE);
  return g_application_run (G_APPLICATION (self), argc, argv);
}

/**
 * relasi_application_take_dashboard_prefetch:
 *
 * Returns: (transfer full) (nullable): the dashboard figures started at start-up, for
 *   the first window (relasi_dashboard_page_take_prefetch()); %NULL after the first call
 */
RelasiDashboardPrefetch *
relasi_application_take_dashboard_prefetch (RelasiApplication *self)
{
  g_return_val_if_fail (RELASI_IS_APPLICATION (self), NULL);

  return g_steal_pointer (&self->prefetch);
}
