/* test-widgets.c — the widget kit on its own: charts, cards, badges, toasts and the
 * file dialog wrapper, with and without data, in light and dark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "relasi-band-chart.h"
#include "relasi-bar-chart.h"
#include "relasi-file-dialog.h"
#include "relasi-health-badge.h"
#include "relasi-month-chart.h"
#include "relasi-summary-card.h"
#include "relasi-test-ui.h"
#include "relasi-toast-overlay.h"

/* Helpers */

static GtkWidget *
card_with (GtkWidget *child)
{
  GtkWidget *frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_add_css_class (frame, "chart-card");
  gtk_box_append (GTK_BOX (frame), child);
  return frame;
}

/* A window around @child with the page's margins. */
static GtkWindow *
show_window (GtkWidget *child,
             int        width,
             int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_box_append (GTK_BOX (box), child);
  gtk_window_set_child (window, box);
  gtk_window_set_default_size (window, width, height);
  gtk_window_present (window);
  relasi_test_ui_settle (GTK_WIDGET (window));

  return window;
}

static void
set_dark (gboolean dark)
{
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", dark, NULL);
}

/* NAME.png in the light style and NAME-dark.png in the dark one. */
static void
screenshot_both (GtkWindow  *window,
                 const char *name)
{
  g_autofree char *dark_name = g_strconcat (name, "-dark", NULL);

  set_dark (FALSE);
  relasi_test_ui_screenshot (GTK_WIDGET (window), name);
  set_dark (TRUE);
  relasi_test_ui_screenshot (GTK_WIDGET (window), dark_name);
  set_dark (FALSE);
  relasi_test_ui_settle (GTK_WIDGET (window));
}

static void
assert_description (gpointer    widget,
                    const char *expected)
{
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (widget),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
}

static void
assert_label (gpointer    widget,
              const char *expected)
{
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (widget),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
}

/* Sample data */

static const RelasiChartItem root_causes[] = {
  { "Service", 3 },
  { "Price", 5 },
  { "Delivery", 8 },
  { "Product quality", 2 },
  { "Communication with the customer about delays", 1 },
};

static const RelasiChartItem reasons_left[] = {
  { "Price", 4 },
  { "A competitor", 2 },
  { "No longer needs it", 1 },
};

static GDateTime *
newest_month (void)
{
  return g_date_time_new_local (2025, 6, 15, 10, 0, 0);
}

static const guint opened[12]   = { 2, 4, 3, 6, 5, 1, 0, 3, 7, 4, 5, 3 };
static const guint answered[12] = { 2, 3, 3, 4, 5, 1, 0, 2, 5, 4, 4, 3 };

/* Bar chart */

static void
test_bar_chart (void)
{
  GtkWidget *chart = relasi_bar_chart_new ();
  GtkWindow *window;

  relasi_bar_chart_set_title (RELASI_BAR_CHART (chart), "Root causes of complaints and mistakes");
  relasi_bar_chart_set_empty_text (RELASI_BAR_CHART (chart), "No complaints or mistakes recorded yet");
  relasi_bar_chart_set_items (RELASI_BAR_CHART (chart), root_causes, G_N_ELEMENTS (root_causes));
  window = show_window (card_with (chart), 560, -1);

  /* Largest first, ties and all, and said out loud in that order. */
  g_assert_cmpuint (relasi_bar_chart_get_n_items (RELASI_BAR_CHART (chart)), ==, 5);
  assert_label (chart, "Root causes of complaints and mistakes");
  assert_description (chart, "Delivery: 8, Price: 5, Service: 3, Product quality: 2, "
                             "Communication with the customer about delays: 1");
  g_assert_cmpint (gtk_widget_get_height (chart), >, 100);
  screenshot_both (window, "widget-bar-chart");

  /* Right-to-left languages read it mirrored. */
  gtk_widget_set_direction (chart, GTK_TEXT_DIR_RTL);
  relasi_test_ui_screenshot (GTK_WIDGET (window), "widget-bar-chart-rtl");
  gtk_widget_set_direction (chart, GTK_TEXT_DIR_NONE);

  /* The same chart again without data: the caller's empty text, in picture and words. */
  relasi_bar_chart_set_items (RELASI_BAR_CHART (chart), NULL, 0);
  assert_description (chart, "No complaints or mistakes recorded yet");
  screenshot_both (window, "widget-bar-chart-empty");

  gtk_window_destroy (window);
}

static void
test_bar_chart_styles (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  static const RelasiChartStyle styles[] = {
    RELASI_CHART_STYLE_ACCENT, RELASI_CHART_STYLE_WARNING,
    RELASI_CHART_STYLE_ERROR, RELASI_CHART_STYLE_SUCCESS,
  };
  GtkWindow *window;

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      GtkWidget *chart = g_object_new (RELASI_TYPE_BAR_CHART,
                                       "title", "Why customers left",
                                       "bar-style", styles[i],
                                       NULL);

      relasi_bar_chart_set_items (RELASI_BAR_CHART (chart), reasons_left, G_N_ELEMENTS (reasons_left));
      g_assert_cmpint (relasi_bar_chart_get_bar_style (RELASI_BAR_CHART (chart)), ==, styles[i]);
      gtk_box_append (GTK_BOX (box), card_with (chart));
    }

  window = show_window (box, 480, -1);
  screenshot_both (window, "widget-bar-chart-styles");
  gtk_window_destroy (window);
}

/* Month chart */

static void
test_month_chart (void)
{
  g_autoptr(GDateTime) newest = newest_month ();
  g_autofree char *text = NULL;
  GtkWidget *chart = relasi_month_chart_new ();
  GtkWindow *window;

  g_object_set (chart,
                "title", "Complaints per month",
                "first-label", "Opened",
                "second-label", "Answered in time",
                "empty-text", "No complaints in the last 12 months",
                NULL);
  relasi_month_chart_set_data (RELASI_MONTH_CHART (chart), newest, opened, answered, 12);
  window = show_window (card_with (chart), 640, -1);

  g_assert_cmpuint (relasi_month_chart_get_n_months (RELASI_MONTH_CHART (chart)), ==, 12);
  text = relasi_month_chart_dup_text_alternative (RELASI_MONTH_CHART (chart));
  /* Each month by name, oldest (July of the year before) to newest. */
  g_assert_true (g_str_has_prefix (text, "July 2024: Opened 2, Answered in time 2; "));
  g_assert_nonnull (strstr (text, "; March 2025: Opened 7, Answered in time 5; "));
  g_assert_true (g_str_has_suffix (text, "; June 2025: Opened 3, Answered in time 3"));
  assert_description (chart, text);
  assert_label (chart, "Complaints per month");
  screenshot_both (window, "widget-month-chart");

  /* Twelve empty months. */
  {
    static const guint zeros[12] = { 0 };

    relasi_month_chart_set_data (RELASI_MONTH_CHART (chart), newest, zeros, zeros, 12);
    assert_description (chart, "No complaints in the last 12 months");
    screenshot_both (window, "widget-month-chart-empty");
  }

  /* No months at all. */
  relasi_month_chart_set_data (RELASI_MONTH_CHART (chart), NULL, NULL, NULL, 0);
  assert_description (chart, "No complaints in the last 12 months");
  relasi_test_ui_settle (GTK_WIDGET (window));

  /* Narrow: month names thin out instead of overlapping. */
  relasi_month_chart_set_data (RELASI_MONTH_CHART (chart), newest, opened, answered, 12);
  gtk_window_set_default_size (window, 330, -1);
  relasi_test_ui_screenshot (GTK_WIDGET (window), "widget-month-chart-narrow");

  gtk_window_destroy (window);
}

/* Band chart */

static void
test_band_chart (void)
{
  GtkWidget *chart = relasi_band_chart_new ();
  GtkWindow *window;
  guint good, fair, poor;

  relasi_band_chart_set_title (RELASI_BAND_CHART (chart), "Health of all customers");
  relasi_band_chart_set_empty_text (RELASI_BAND_CHART (chart), "No customers yet");
  relasi_band_chart_set_counts (RELASI_BAND_CHART (chart), 12, 5, 3);
  window = show_window (card_with (chart), 560, -1);

  relasi_band_chart_get_counts (RELASI_BAND_CHART (chart), &good, &fair, &poor);
  g_assert_cmpuint (good + fair + poor, ==, 20);
  assert_label (chart, "Health of all customers");
  assert_description (chart, "Good: 12 (60%), Fair: 5 (25%), Poor: 3 (15%)");
  screenshot_both (window, "widget-band-chart");

  relasi_band_chart_set_counts (RELASI_BAND_CHART (chart), 0, 0, 0);
  assert_description (chart, "No customers yet");
  screenshot_both (window, "widget-band-chart-empty");

  /* One band alone fills the bar. */
  relasi_band_chart_set_counts (RELASI_BAND_CHART (chart), 0, 0, 4);
  assert_description (chart, "Good: 0 (0%), Fair: 0 (0%), Poor: 4 (100%)");
  relasi_test_ui_settle (GTK_WIDGET (window));

  gtk_window_destroy (window);
}

/* Summary card */

static void
on_activated (GtkWidget *card,
              gpointer   data)
{
  (*(guint *) data)++;
}

static gboolean
count_reaches (gpointer data)
{
  guint *counts = data;

  return counts[0] >= counts[1];
}

/* Runs what the card's own key binding for @keyval does, as a key press would. */
static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }

  return FALSE;
}

static void
on_open_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       data)
{
  (*(guint *) data)++;
}

static void
test_summary_card (void)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *card, *quiet, *warning;
  GtkWindow *window;
  guint activated[2] = { 0, 0 };
  guint opened_count = 0;
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) open = g_simple_action_new ("open", NULL);

  card = g_object_new (RELASI_TYPE_SUMMARY_CARD,
                       "icon-name", "mail-unread-symbolic",
                       "value", 3,
                       "title", "Complaints awaiting an answer",
                       "detail", "Oldest: Budi Santoso, waiting 30 hours",
                       "severity", RELASI_SEVERITY_CRITICAL,
                       NULL);
  warning = g_object_new (RELASI_TYPE_SUMMARY_CARD,
                          "icon-name", "emblem-favorite-symbolic",
                          "value", 2,
                          "title", "Thank-you notes overdue",
                          "detail", "Oldest: Sari Wulandari, 4 days",
                          "severity", RELASI_SEVERITY_WARNING,
                          NULL);
  quiet = g_object_new (RELASI_TYPE_SUMMARY_CARD,
                        "icon-name", "alarm-symbolic",
                        "value", 0,
                        "title", "Reminders due today",
                        NULL);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  gtk_grid_attach (GTK_GRID (grid), card, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), warning, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), quiet, 2, 0, 1, 1);
  window = show_window (grid, 720, -1);

  /* One sentence with the number, the title and the detail. */
  assert_label (card, "Complaints awaiting an answer: 3. Oldest: Budi Santoso, waiting 30 hours");
  assert_label (quiet, "Reminders due today: 0");
  g_assert_true (gtk_widget_has_css_class (card, "critical"));
  g_assert_true (gtk_widget_get_focusable (card));
  screenshot_both (window, "widget-summary-cards");

  /* Enter, Space and a click each activate it once. */
  g_signal_connect (card, "activated", G_CALLBACK (on_activated), &activated[0]);
  gtk_widget_grab_focus (card);
  g_assert_true (press_key (card, GDK_KEY_Return));
  activated[1] = 1;
  g_assert_true (relasi_test_ui_wait_until (count_reaches, activated, 5000));
  g_assert_true (press_key (card, GDK_KEY_space));
  activated[1] = 2;
  g_assert_true (relasi_test_ui_wait_until (count_reaches, activated, 5000));
  g_signal_emit_by_name (card, "clicked");
  g_assert_cmpuint (activated[0], ==, 3);

  /* An action name works too, as on any button. */
  g_signal_connect (open, "activate", G_CALLBACK (on_open_action), &opened_count);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (open));
  gtk_widget_insert_action_group (GTK_WIDGET (window), "test", G_ACTION_GROUP (group));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (card), "test.open");
  g_signal_emit_by_name (card, "clicked");
  g_assert_cmpuint (opened_count, ==, 1);
  g_assert_cmpuint (activated[0], ==, 4);

  /* Changing the data changes the words and the style. */
  relasi_summary_card_set_value (RELASI_SUMMARY_CARD (card), 0);
  relasi_summary_card_set_detail (RELASI_SUMMARY_CARD (card), NULL);
  relasi_summary_card_set_severity (RELASI_SUMMARY_CARD (card), RELASI_SEVERITY_NEUTRAL);
  assert_label (card, "Complaints awaiting an answer: 0");
  g_assert_false (gtk_widget_has_css_class (card, "critical"));
  g_assert_true (gtk_widget_has_css_class (card, "neutral"));

  gtk_window_destroy (window);
}

/* Health badge */

static void
test_health_badge (void)
{
  static const struct { int value; const char *css_class; const char *label; } cases[] = {
    { 82, "good", "Health 82 of 100, good" },
    { 70, "good", "Health 70 of 100, good" },
    { 69, "fair", "Health 69 of 100, fair" },
    { 40, "fair", "Health 40 of 100, fair" },
    { 39, "poor", "Health 39 of 100, poor" },
    { 0, "poor", "Health 0 of 100, poor" },
    { -1, "unknown", "Health not known yet" },
  };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWindow *window;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GtkWidget *badge = relasi_health_badge_new (cases[i].value);

      g_assert_cmpint (relasi_health_badge_get_value (RELASI_HEALTH_BADGE (badge)), ==, cases[i].value);
      g_assert_true (gtk_widget_has_css_class (badge, cases[i].css_class));
      assert_label (badge, cases[i].label);
      gtk_box_append (GTK_BOX (box), badge);
    }
  window = show_window (box, -1, -1);
  screenshot_both (window, "widget-health-badges");

  /* A new value moves it to the new band and nothing else. */
  {
    GtkWidget *badge = gtk_widget_get_first_child (box);

    relasi_health_badge_set_value (RELASI_HEALTH_BADGE (badge), 45);
    g_assert_true (gtk_widget_has_css_class (badge, "fair"));
    g_assert_false (gtk_widget_has_css_class (badge, "good"));
    assert_label (badge, "Health 45 of 100, fair");
  }

  gtk_window_destroy (window);
}

/* Toast overlay */

typedef struct {
  guint                button_runs;
  guint                dismissed_runs;
  RelasiToastDismissal reason;
  guint                destroyed;
} ToastLog;

static void
on_toast_button (gpointer data)
{
  ToastLog *log = data;

  /* The button runs before the toast ends. */
  g_assert_cmpuint (log->dismissed_runs, ==, 0);
  log->button_runs++;
}

static void
on_toast_dismissed (RelasiToastDismissal reason,
                    gpointer             data)
{
  ToastLog *log = data;

  log->dismissed_runs++;
  log->reason = reason;
}

static void
on_toast_destroy (gpointer data)
{
  ToastLog *log = data;

  log->destroyed++;
}

static gboolean
toast_dismissed (gpointer data)
{
  ToastLog *log = data;

  return log->dismissed_runs > 0;
}

static RelasiToastOverlay *
toast_window (GtkWindow **window)
{
  GtkWidget *overlay = relasi_toast_overlay_new ();
  GtkWidget *page = gtk_label_new ("Customers");

  gtk_widget_set_size_request (page, -1, 300);
  relasi_toast_overlay_set_child (RELASI_TOAST_OVERLAY (overlay), page);
  g_assert_true (relasi_toast_overlay_get_child (RELASI_TOAST_OVERLAY (overlay)) == page);

  *window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (*window, overlay);
  gtk_window_set_default_size (*window, 640, 360);
  gtk_window_present (*window);
  relasi_test_ui_settle (GTK_WIDGET (*window));

  return RELASI_TOAST_OVERLAY (overlay);
}

static GtkWidget *
toast_part (RelasiToastOverlay *overlay,
            const char         *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (overlay), RELASI_TYPE_TOAST_OVERLAY, name));
}

static void
test_toast_undo (void)
{
  ToastLog log = { 0 };
  GtkWindow *window;
  RelasiToastOverlay *overlay = toast_window (&window);
  GtkWidget *revealer = toast_part (overlay, "revealer");
  GtkWidget *button = toast_part (overlay, "button");
  guint id;

  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  relasi_test_ui_screenshot (GTK_WIDGET (window), "widget-toast-none");

  id = relasi_toast_overlay_show (overlay, "Customer deleted", "_Undo", 10,
                                  on_toast_button, on_toast_dismissed, &log, on_toast_destroy);
  g_assert_cmpuint (id, >, 0);
  g_assert_cmpuint (relasi_toast_overlay_get_current (overlay), ==, id);
  g_assert_cmpstr (relasi_toast_overlay_get_title (overlay), ==, "Customer deleted");
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_true (gtk_widget_get_visible (button));
  /* Screen readers hear it: an alert named by its text. */
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (toast_part (overlay, "toast"))),
                   ==, GTK_ACCESSIBLE_ROLE_ALERT);
  assert_label (toast_part (overlay, "toast"), "Customer deleted");
  assert_label (toast_part (overlay, "close_button"), "Close notification");
  screenshot_both (window, "widget-toast");

  /* Undo: the button's function, then the end, once each. */
  gtk_widget_activate (button);
  g_assert_true (relasi_test_ui_wait_until (toast_dismissed, &log, 5000));
  g_assert_cmpuint (log.button_runs, ==, 1);
  g_assert_cmpuint (log.dismissed_runs, ==, 1);
  g_assert_cmpint (log.reason, ==, RELASI_TOAST_DISMISSED_BUTTON);
  g_assert_cmpuint (log.destroyed, ==, 1);
  g_assert_cmpuint (relasi_toast_overlay_get_current (overlay), ==, 0);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  /* Dismissing a toast that is gone does nothing. */
  relasi_toast_overlay_dismiss (overlay, id);
  g_assert_cmpuint (log.dismissed_runs, ==, 1);

  gtk_window_destroy (window);
}

static void
test_toast_timeout (void)
{
  ToastLog log = { 0 };
  GtkWindow *window;
  RelasiToastOverlay *overlay = toast_window (&window);

  relasi_toast_overlay_show (overlay, "Interaction deleted", "_Undo", 1,
                             on_toast_button, on_toast_dismissed, &log, NULL);
  g_assert_true (relasi_test_ui_wait_until (toast_dismissed, &log, 10000));
  g_assert_cmpint (log.reason, ==, RELASI_TOAST_DISMISSED_TIMEOUT);
  g_assert_cmpuint (log.button_runs, ==, 0);
  g_assert_cmpuint (relasi_toast_overlay_get_current (overlay), ==, 0);

  /* Nothing runs twice afterwards. */
  relasi_test_ui_wait (200);
  g_assert_cmpuint (log.dismissed_runs, ==, 1);

  gtk_window_destroy (window);
}

static void
test_toast_replaced (void)
{
  ToastLog first = { 0 }, second = { 0 };
  GtkWindow *window;
  RelasiToastOverlay *overlay = toast_window (&window);
  guint first_id, second_id;

  first_id = relasi_toast_overlay_show (overlay, "Customer deleted", "_Undo", 10,
                                        on_toast_button, on_toast_dismissed, &first, on_toast_destroy);
  second_id = relasi_toast_overlay_show (overlay, "Reminder deleted", "_Undo", 10,
                                         on_toast_button, on_toast_dismissed, &second, on_toast_destroy);
  g_assert_cmpuint (first_id, !=, second_id);

  /* The first ended, so its pending delete can be finished; the second shows. */
  g_assert_cmpuint (first.dismissed_runs, ==, 1);
  g_assert_cmpint (first.reason, ==, RELASI_TOAST_DISMISSED_REPLACED);
  g_assert_cmpuint (first.destroyed, ==, 1);
  g_assert_cmpuint (second.dismissed_runs, ==, 0);
  g_assert_cmpuint (relasi_toast_overlay_get_current (overlay), ==, second_id);
  g_assert_cmpstr (relasi_toast_overlay_get_title (overlay), ==, "Reminder deleted");

  /* Dismissing the first by its id does not touch the second. */
  relasi_toast_overlay_dismiss (overlay, first_id);
  g_assert_cmpuint (second.dismissed_runs, ==, 0);

  /* The close button ends the second; the first stays ended once. */
  gtk_widget_activate (toast_part (overlay, "close_button"));
  g_assert_true (relasi_test_ui_wait_until (toast_dismissed, &second, 5000));
  g_assert_cmpint (second.reason, ==, RELASI_TOAST_DISMISSED_CLOSED);
  g_assert_cmpuint (second.button_runs, ==, 0);
  g_assert_cmpuint (first.dismissed_runs, ==, 1);
  g_assert_cmpuint (first.button_runs, ==, 0);

  gtk_window_destroy (window);
}

static void
test_toast_escape (void)
{
  ToastLog log = { 0 };
  GtkWindow *window;
  RelasiToastOverlay *overlay = toast_window (&window);

  /* With no toast, Escape is left to others. */
  g_assert_false (press_key (GTK_WIDGET (overlay), GDK_KEY_Escape));

  relasi_toast_overlay_show (overlay, "Customer deleted", "_Undo", 0,
                             on_toast_button, on_toast_dismissed, &log, NULL);
  g_assert_true (press_key (GTK_WIDGET (overlay), GDK_KEY_Escape));
  g_assert_cmpuint (log.dismissed_runs, ==, 1);
  g_assert_cmpint (log.reason, ==, RELASI_TOAST_DISMISSED_CLOSED);

  gtk_window_destroy (window);
}

static void
test_toast_action (void)
{
  GtkWindow *window;
  RelasiToastOverlay *overlay = toast_window (&window);
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) undo = g_simple_action_new ("undo", G_VARIANT_TYPE_INT64);
  guint runs = 0;
  GtkWidget *button = toast_part (overlay, "button");

  g_signal_connect (undo, "activate", G_CALLBACK (on_open_action), &runs);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (undo));
  gtk_widget_insert_action_group (GTK_WIDGET (window), "test", G_ACTION_GROUP (group));

  relasi_toast_overlay_show_with_action (overlay, "Customer deleted", "_Undo", 10,
                                         "test.undo", g_variant_new_int64 (42));
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (runs, ==, 1);
  g_assert_cmpuint (relasi_toast_overlay_get_current (overlay), ==, 0);

  /* A toast without a button has none. */
  relasi_toast_overlay_show (overlay, "Backup saved", NULL, 10, NULL, NULL, NULL, NULL);
  g_assert_false (gtk_widget_get_visible (button));
  relasi_toast_overlay_dismiss (overlay, 0);

  gtk_window_destroy (window);
}

static void
test_toast_destroyed (void)
{
  ToastLog log = { 0 };
  GtkWindow *window;
  RelasiToastOverlay *overlay = toast_window (&window);

  relasi_toast_overlay_show (overlay, "Customer deleted", "_Undo", 10,
                             on_toast_button, on_toast_dismissed, &log, on_toast_destroy);
  /* Closing the window finishes the pending delete rather than dropping it. */
  gtk_window_destroy (window);
  g_assert_cmpuint (log.dismissed_runs, ==, 1);
  g_assert_cmpint (log.reason, ==, RELASI_TOAST_DISMISSED_DESTROYED);
  g_assert_cmpuint (log.destroyed, ==, 1);
}

/* File dialog */

typedef struct {
  gboolean  done;
  GFile    *file;
  GError   *error;
} DialogResult;

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  DialogResult *res = data;

  res->file = relasi_file_dialog_save_finish (result, &res->error);
  res->done = TRUE;
}

static gboolean
dialog_done (gpointer data)
{
  return ((DialogResult *) data)->done;
}

static gboolean
dialog_shown (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  /* The parent and the chooser (or, inside Flatpak, the portal outside). */
  return g_list_model_get_n_items (toplevels) > 1;
}

static void
test_file_dialog_cancel (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  DialogResult res = { 0 };
  GtkWindow *parent = show_window (gtk_label_new ("Journal"), 400, 300);

  /* Cancelled before it starts: no dialog at all. */
  g_cancellable_cancel (cancellable);
  relasi_file_dialog_save_async (parent, "Export Journal", "journal.csv", "CSV files", "*.csv",
                                 cancellable, on_saved, &res);
  g_assert_true (relasi_test_ui_wait_until (dialog_done, &res, 5000));
  g_assert_null (res.file);
  g_assert_error (res.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&res.error);

  /* Cancelled while it is open: it closes and says so. */
  res.done = FALSE;
  g_cancellable_reset (cancellable);
  relasi_file_dialog_save_async (parent, "Export Journal", "journal.csv", "CSV files", "text/csv",
                                 cancellable, on_saved, &res);
  g_assert_true (relasi_test_ui_wait_until (dialog_shown, NULL, 10000));
  relasi_test_ui_wait (200);
  g_cancellable_cancel (cancellable);
  g_assert_true (relasi_test_ui_wait_until (dialog_done, &res, 10000));
  g_assert_null (res.file);
  g_assert_error (res.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&res.error);
  relasi_test_ui_wait (200);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_window_get_toplevels ()), ==, 1);

  gtk_window_destroy (parent);
}

/* Everything together, as the dashboard will show it. */
static void
test_dashboard_preview (void)
{
  g_autoptr(GDateTime) newest = newest_month ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *widget;
  GtkWindow *window;

  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);

  gtk_grid_attach (GTK_GRID (grid),
                   g_object_new (RELASI_TYPE_SUMMARY_CARD, "icon-name", "mail-unread-symbolic",
                                 "value", 3, "title", "Complaints awaiting an answer",
                                 "detail", "Oldest: Budi Santoso, waiting 30 hours",
                                 "severity", RELASI_SEVERITY_CRITICAL, NULL), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid),
                   g_object_new (RELASI_TYPE_SUMMARY_CARD, "icon-name", "emblem-favorite-symbolic",
                                 "value", 2, "title", "Thank-you notes overdue",
                                 "detail", "Oldest: Sari Wulandari, 4 days",
                                 "severity", RELASI_SEVERITY_WARNING, NULL), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid),
                   g_object_new (RELASI_TYPE_SUMMARY_CARD, "icon-name", "x-office-calendar-symbolic",
                                 "value", 5, "title", "Promises due this week",
                                 "detail", "Next: Toko Makmur, Thursday", NULL), 2, 0, 1, 1);

  widget = g_object_new (RELASI_TYPE_MONTH_CHART, "title", "Complaints opened and answered in time",
                         "first-label", "Opened", "second-label", "Answered in time", NULL);
  relasi_month_chart_set_data (RELASI_MONTH_CHART (widget), newest, opened, answered, 12);
  gtk_grid_attach (GTK_GRID (grid), card_with (widget), 0, 1, 2, 1);

  widget = g_object_new (RELASI_TYPE_BAND_CHART, "title", "Health of all customers", NULL);
  relasi_band_chart_set_counts (RELASI_BAND_CHART (widget), 24, 9, 4);
  gtk_widget_set_valign (widget, GTK_ALIGN_START);
  gtk_grid_attach (GTK_GRID (grid), card_with (widget), 2, 1, 1, 1);

  widget = g_object_new (RELASI_TYPE_BAR_CHART, "title", "Root causes of complaints and mistakes",
                         "bar-style", RELASI_CHART_STYLE_WARNING, NULL);
  relasi_bar_chart_set_items (RELASI_BAR_CHART (widget), root_causes, G_N_ELEMENTS (root_causes));
  gtk_grid_attach (GTK_GRID (grid), card_with (widget), 0, 2, 2, 1);

  widget = g_object_new (RELASI_TYPE_BAR_CHART, "title", "Why customers left",
                         "bar-style", RELASI_CHART_STYLE_ERROR,
                         "empty-text", "No customers lost", NULL);
  gtk_grid_attach (GTK_GRID (grid), card_with (widget), 2, 2, 1, 1);

  window = show_window (grid, 1000, -1);
  screenshot_both (window, "widget-dashboard-preview");
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css = NULL;

  /* The test accessibility backend, so the tests can read what a screen reader gets. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  relasi_test_ui_init (&argc, &argv);

  /* What RelasiApplication loads at startup, without starting it. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add_func ("/widgets/bar-chart", test_bar_chart);
  g_test_add_func ("/widgets/bar-chart-styles", test_bar_chart_styles);
  g_test_add_func ("/widgets/month-chart", test_month_chart);
  g_test_add_func ("/widgets/band-chart", test_band_chart);
  g_test_add_func ("/widgets/summary-card", test_summary_card);
  g_test_add_func ("/widgets/health-badge", test_health_badge);
  g_test_add_func ("/widgets/toast/undo", test_toast_undo);
  g_test_add_func ("/widgets/toast/timeout", test_toast_timeout);
  g_test_add_func ("/widgets/toast/replaced", test_toast_replaced);
  g_test_add_func ("/widgets/toast/escape", test_toast_escape);
  g_test_add_func ("/widgets/toast/action", test_toast_action);
  g_test_add_func ("/widgets/toast/destroyed", test_toast_destroyed);
  g_test_add_func ("/widgets/file-dialog/cancel", test_file_dialog_cancel);
  g_test_add_func ("/widgets/dashboard-preview", test_dashboard_preview);

  return g_test_run ();
}
