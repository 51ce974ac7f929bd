/* relasi-test-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "relasi-test-ui.h"
#include "relasi-test-util.h"

static char *data_dir;

static void
remove_data_dir (void)
{
  if (data_dir == NULL)
    return;

  test_remove_dir (data_dir);
  g_clear_pointer (&data_dir, g_free);
}

/**
 * relasi_test_ui_init:
 *
 * Like gtk_test_init(), plus a private data dir that is removed at exit, no animations
 * (screenshots must not catch a transition) and the cairo renderer (same pixels on every
 * machine).
 */
void
relasi_test_ui_init (int    *argc,
                     char ***argv)
{
  g_autoptr(GError) error = NULL;

  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_setenv ("GTK_A11Y", "none", FALSE);

  if (g_getenv ("RELASI_DATA_DIR") == NULL)
    {
      data_dir = g_dir_make_tmp ("relasi-ui-XXXXXX", &error);
      g_assert_no_error (error);
      g_setenv ("RELASI_DATA_DIR", data_dir, TRUE);
      atexit (remove_data_dir);
      /* The autostart entry goes to $XDG_CONFIG_HOME/autostart: never the real one. */
      {
        g_autofree char *config = g_build_filename (data_dir, "config", NULL);
        g_setenv ("XDG_CONFIG_HOME", config, TRUE);
      }
    }

  gtk_test_init (argc, argv, NULL);

  /* No desktop notifications in UI tests: a notification server started on the test
   * display (dunst is D-Bus-activatable) would cover the screenshots. The settings
   * live in memory, so this holds for every application the test starts. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);

    g_settings_set_boolean (settings, "notifications-enabled", FALSE);
  }
  /* gtk_test_init() sets LC_ALL=C; the tests that need a language set LANGUAGE. */
  setlocale (LC_ALL, "");

  g_object_set (gtk_settings_get_default (),
                "gtk-enable-animations", FALSE,
                "gtk-font-name", "Cantarell 11",
                NULL);
}

RelasiApplication *
relasi_test_ui_start (void)
{
  g_autoptr(GError) error = NULL;
  RelasiApplication *app = relasi_application_new (FALSE);

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));

  g_assert_nonnull (relasi_test_ui_get_window (app));
  relasi_test_ui_settle (GTK_WIDGET (relasi_test_ui_get_window (app)));

  return app;
}

RelasiWindow *
relasi_test_ui_get_window (RelasiApplication *app)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (RELASI_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

static gboolean
on_timeout_quit (gpointer data)
{
  *(gboolean *) data = TRUE;
  g_main_context_wakeup (NULL);
  return G_SOURCE_REMOVE;
}

void
relasi_test_ui_wait (guint msec)
{
  gboolean done = FALSE;

  g_timeout_add (msec, on_timeout_quit, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

gboolean
relasi_test_ui_wait_until (gboolean (*condition) (gpointer data),
                           gpointer   data,
                           guint      timeout_msec)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_msec * 1000;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      relasi_test_ui_wait (10);
    }

  return TRUE;
}

static gboolean
widget_is_drawn (gpointer data)
{
  GtkWidget *widget = data;

  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

/**
 * relasi_test_ui_settle:
 *
 * Waits until @widget is mapped and laid out, then lets pending work run.
 */
void
relasi_test_ui_settle (GtkWidget *widget)
{
  g_assert_true (relasi_test_ui_wait_until (widget_is_drawn, widget, 10000));
  relasi_test_ui_wait (150);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

GtkWindow *
relasi_test_ui_find_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/**
 * relasi_test_ui_screenshot:
 * @widget: a window (or any realized widget)
 * @name: file name without extension
 *
 * Renders @widget, as it looks on screen, into `$RELASI_SCREENSHOT_DIR/NAME.png`
 * (meson sets it to `screenshots/` in the build directory).
 */
void
relasi_test_ui_screenshot (GtkWidget  *widget,
                           const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;
  int width, height;

  relasi_test_ui_settle (widget);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  dir = g_strdup (g_getenv ("RELASI_SCREENSHOT_DIR") ? g_getenv ("RELASI_SCREENSHOT_DIR") : "screenshots");
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/**
 * relasi_test_ui_activate:
 *
 * Activates @action the way a key press or menu item would, then lets the UI settle.
 */
void
relasi_test_ui_activate (GtkWidget  *widget,
                         const char *action,
                         GVariant   *parameter)
{
  g_assert_true (gtk_widget_activate_action_variant (widget, action, parameter));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/**
 * relasi_test_ui_find:
 * @root: where to look
 * @type: a widget type
 *
 * Returns: (transfer none) (nullable): @root or the first widget of @type inside it
 */
GtkWidget *
relasi_test_ui_find (GtkWidget *root,
                     GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = relasi_test_ui_find (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
collect_shown_labels (GtkWidget  *widget,
                      GHashTable *texts)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_hash_table_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shown_labels (child, texts);
}

/**
 * relasi_test_ui_shown_labels:
 * @widget: a list view, a column view, a page
 *
 * Returns: (transfer full): the texts of the labels inside @widget that are shown now
 *   (mapped), as a set: what a person sees, whatever the model says
 */
GHashTable *
relasi_test_ui_shown_labels (GtkWidget *widget)
{
  GHashTable *texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  collect_shown_labels (widget, texts);
  return texts;
}
