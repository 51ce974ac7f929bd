/* test-shell.c — the application shell as a person uses it: start, pages, windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "relasi-preferences-window.h"
#include "relasi-quick-add.h"
#include "relasi-test-ui.h"

static RelasiApplication *app;

static void
test_window_maps (void)
{
  RelasiWindow *window = relasi_test_ui_get_window (app);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_cmpstr (relasi_window_get_page (window), ==, "dashboard");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >, 500);
}

static GtkStack *
find_stack (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_child_by_name (GTK_STACK (widget), "dashboard") != NULL)
    return GTK_STACK (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *stack = find_stack (child);

      if (stack != NULL)
        return stack;
    }
  return NULL;
}

/* The store a page was given, or NULL */
static RelasiStore *
page_store (RelasiWindow *window,
            const char   *name)
{
  GtkStack *stack = find_stack (GTK_WIDGET (window));
  GtkWidget *page;
  RelasiStore *store = NULL;

  g_assert_nonnull (stack);
  page = gtk_stack_get_child_by_name (stack, name);
  g_assert_nonnull (page);
  g_object_get (page, "store", &store, NULL);
  if (store != NULL)
    g_object_unref (store);   /* the page keeps its own reference */
  return store;
}

static void
test_pages_through_actions (void)
{
  RelasiWindow *window = relasi_test_ui_get_window (app);
  RelasiStore *store = relasi_application_get_store (app);
  const char *pages[] = { "customers", "journal", "reminders", "dashboard" };

  /* Starting builds and reads only what the first page shows: the other pages are made
   * (and get the store) when they are first shown. */
  g_assert_true (page_store (window, "dashboard") == store);
  g_assert_null (gtk_stack_get_child_by_name (find_stack (GTK_WIDGET (window)), "journal"));
  g_assert_null (gtk_stack_get_child_by_name (find_stack (GTK_WIDGET (window)), "reminders"));
  /* nor the quick-add popover, until it is opened */
  g_assert_null (relasi_test_ui_find (GTK_WIDGET (window), RELASI_TYPE_QUICK_ADD));

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      relasi_test_ui_activate (GTK_WIDGET (window), "win.show-page", g_variant_new_string (pages[i]));
      g_assert_cmpstr (relasi_window_get_page (window), ==, pages[i]);
      g_assert_true (page_store (window, pages[i]) == store);
      /* The window title names the page, for window lists and screen readers. */
      g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), !=, NULL);
    }
}

/* Each accelerator the application sets opens the page it promises, and the shortcuts
 * window lists exactly the actions that have accelerators. */
static void
test_accelerators (void)
{
  static const struct { const char *accel; const char *detailed; } expected[] = {
    { "<Control>1", "win.show-page::dashboard" },
    { "<Control>2", "win.show-page::customers" },
    { "<Control>3", "win.show-page::journal" },
    { "<Control>4", "win.show-page::reminders" },
    { "<Control>q", "app.quit" },
    { "<Control>comma", "app.preferences" },
    { "<Control>question", "win.show-help-overlay" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app),
                                                                      expected[i].accel);
      g_assert_nonnull (actions);
      g_assert_true (g_strv_contains ((const char * const *) actions, expected[i].detailed));
    }
}

static void
test_shortcuts_window_in_sync (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/relasi-shortcuts-window.ui");
  g_auto(GStrv) with_accels = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  g_autoptr(GPtrArray) listed = g_ptr_array_new_with_free_func (g_free);
  GSList *objects = gtk_builder_get_objects (builder);

  for (GSList *l = objects; l; l = l->next)
    if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
      {
        g_autofree char *action = NULL;
        g_object_get (l->data, "action-name", &action, NULL);
        if (action != NULL)
          g_ptr_array_add (listed, g_steal_pointer (&action));
      }
  g_slist_free (objects);

  /* Every action with an accelerator is in the shortcuts window… */
  for (guint i = 0; with_accels[i]; i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GVariant) target = NULL;
      g_autofree char *shown = NULL;

      g_assert_true (g_action_parse_detailed_name (with_accels[i], &name, &target, NULL));
      shown = target ? g_strdup_printf ("%s::%s", name, g_variant_get_string (target, NULL))
                     : g_strdup (name);
      g_assert_true (g_ptr_array_find_with_equal_func (listed, shown, g_str_equal, NULL));
    }

  /* …and everything it lists has one. */
  for (guint i = 0; i < listed->len; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                     g_ptr_array_index (listed, i));
      g_assert_nonnull (accels);
      g_assert_nonnull (accels[0]);
    }
}

static gboolean
no_window_of_type (gpointer data)
{
  return relasi_test_ui_find_window ((GType) GPOINTER_TO_SIZE (data)) == NULL;
}

static void
close_and_wait (GtkWindow *window)
{
  GType type = G_OBJECT_TYPE (window);

  gtk_window_close (window);
  g_assert_true (relasi_test_ui_wait_until (no_window_of_type, GSIZE_TO_POINTER (type), 5000));
}

static void
test_preferences_window (void)
{
  RelasiWindow *window = relasi_test_ui_get_window (app);
  GSettings *settings = relasi_application_get_settings (app);
  GtkWindow *prefs;
  GtkSpinButton *spin;
  GtkSwitch *background;

  relasi_test_ui_activate (GTK_WIDGET (window), "app.preferences", NULL);
  prefs = relasi_test_ui_find_window (RELASI_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (prefs);
  relasi_test_ui_settle (GTK_WIDGET (prefs));
  g_assert_true (gtk_window_get_transient_for (prefs) == GTK_WINDOW (window));

  /* Changing a control changes the setting; the range comes from the schema. */
  spin = GTK_SPIN_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (prefs),
                                                          RELASI_TYPE_PREFERENCES_WINDOW,
                                                          "thank_you_spin"));
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, g_settings_get_int (settings, "thank-you-after-days"));
  gtk_spin_button_set_value (spin, 5);
  g_assert_cmpint (g_settings_get_int (settings, "thank-you-after-days"), ==, 5);
  gtk_spin_button_set_value (spin, 100000);
  g_assert_cmpint (g_settings_get_int (settings, "thank-you-after-days"), <=, 60);

  background = GTK_SWITCH (gtk_widget_get_template_child (GTK_WIDGET (prefs),
                                                           RELASI_TYPE_PREFERENCES_WINDOW,
                                                           "background_switch"));
  gtk_switch_set_active (background, !gtk_switch_get_active (background));
  g_assert_cmpint (g_settings_get_boolean (settings, "run-in-background"), ==, gtk_switch_get_active (background));

  relasi_test_ui_screenshot (GTK_WIDGET (prefs), "preferences");

  /* Escape closes it, as every secondary window. */
  gtk_widget_activate_action (GTK_WIDGET (prefs), "window.close", NULL);
  g_assert_true (relasi_test_ui_wait_until (no_window_of_type,
                                            GSIZE_TO_POINTER (RELASI_TYPE_PREFERENCES_WINDOW), 5000));

  g_settings_reset (settings, "thank-you-after-days");
  g_settings_reset (settings, "run-in-background");
}

static void
test_shortcuts_window (void)
{
  RelasiWindow *window = relasi_test_ui_get_window (app);
  GtkWindow *shortcuts;

  /* made when first asked for (not with the window: that cost the start 5 ms) */
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  relasi_test_ui_activate (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  shortcuts = relasi_test_ui_find_window (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));
  relasi_test_ui_settle (GTK_WIDGET (shortcuts));
  close_and_wait (shortcuts);

  /* and again, the same window */
  relasi_test_ui_activate (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  g_assert_true (relasi_test_ui_find_window (GTK_TYPE_SHORTCUTS_WINDOW) == shortcuts);
  close_and_wait (shortcuts);
}

static void
test_about_window (void)
{
  RelasiWindow *window = relasi_test_ui_get_window (app);
  GtkWindow *about;

  relasi_test_ui_activate (GTK_WIDGET (window), "app.about", NULL);
  about = relasi_test_ui_find_window (GTK_TYPE_ABOUT_DIALOG);
  g_assert_nonnull (about);
  relasi_test_ui_settle (GTK_WIDGET (about));
  g_assert_cmpstr (gtk_about_dialog_get_version (GTK_ABOUT_DIALOG (about)), ==, PACKAGE_VERSION);
  g_assert_true (gtk_about_dialog_get_license_type (GTK_ABOUT_DIALOG (about)) == GTK_LICENSE_GPL_3_0);
  close_and_wait (about);
}

/* The window remembers its size across runs. */
static void
test_window_size_remembered (void)
{
  RelasiWindow *window = relasi_test_ui_get_window (app);
  GSettings *settings = relasi_application_get_settings (app);
  gboolean stop = TRUE;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 640);
  relasi_test_ui_settle (GTK_WIDGET (window));
  /* What closing the window does first, without closing it. */
  g_signal_emit_by_name (window, "close-request", &stop);
  g_assert_false (stop);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

static void
test_screenshots (void)
{
  RelasiWindow *window = relasi_test_ui_get_window (app);
  const char *pages[] = { "dashboard", "customers", "journal", "reminders" };

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strdup_printf ("empty-%s", pages[i]);

      relasi_window_set_page (window, pages[i]);
      relasi_test_ui_screenshot (GTK_WIDGET (window), name);
    }
}

static void
test_quit (void)
{
  relasi_test_ui_activate (GTK_WIDGET (relasi_test_ui_get_window (app)), "app.quit", NULL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  relasi_test_ui_init (&argc, &argv);
  app = relasi_test_ui_start ();

  g_test_add_func ("/shell/window-maps", test_window_maps);
  g_test_add_func ("/shell/pages-through-actions", test_pages_through_actions);
  g_test_add_func ("/shell/accelerators", test_accelerators);
  g_test_add_func ("/shell/shortcuts-window-in-sync", test_shortcuts_window_in_sync);
  g_test_add_func ("/shell/preferences", test_preferences_window);
  g_test_add_func ("/shell/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/shell/about", test_about_window);
  g_test_add_func ("/shell/window-size-remembered", test_window_size_remembered);
  g_test_add_func ("/shell/screenshots", test_screenshots);
  g_test_add_func ("/shell/quit", test_quit);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
