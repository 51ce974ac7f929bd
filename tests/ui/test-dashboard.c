/* test-dashboard.c — the dashboard in the running application: the welcome state of an
 * empty database and its buttons, the sample data, every card's figure against the
 * store's summary and `relasi --summary --json`, live updates, a new day, the cards'
 * actions, and screenshots (light, dark, narrow; with LANGUAGE=id a layout check)
 *
 * The tests run in order on one application and one database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-clock.h"
#include "relasi-dashboard-page.h"
#include "relasi-sample.h"
#include "relasi-store-dashboard.h"
#include "relasi-summary-card.h"
#include "relasi-test-ui.h"

#define NOW_ISO "2026-11-23T09:00:00+07:00"

static RelasiApplication *app;
static RelasiWindow *window;
static RelasiDashboardPage *page;

/* Helpers */

static GtkWidget *
find_descendant (GtkWidget *root,
                 gboolean (*match) (GtkWidget *widget, gconstpointer data),
                 gconstpointer data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_page (GtkWidget *widget, gconstpointer data)
{
  return RELASI_IS_DASHBOARD_PAGE (widget);
}

/* A card by the target of its action ("awaiting-answer", …, "reminders"). */
static gboolean
is_card_for (GtkWidget *widget, gconstpointer data)
{
  GVariant *target;

  if (!RELASI_IS_SUMMARY_CARD (widget))
    return FALSE;
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));
  return target != NULL && g_variant_is_of_type (target, G_VARIANT_TYPE_STRING) &&
         g_strcmp0 (g_variant_get_string (target, NULL), data) == 0;
}

static RelasiSummaryCard *
card (const char *target)
{
  GtkWidget *found = find_descendant (GTK_WIDGET (page), is_card_for, target);

  g_assert_nonnull (found);
  return RELASI_SUMMARY_CARD (found);
}

/* A button by its label ("_Explore with sample data") */
static gboolean
is_button_labelled (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_BUTTON (widget) && !RELASI_IS_SUMMARY_CARD (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

static GtkWidget *
button (const char *label)
{
  GtkWidget *found = find_descendant (GTK_WIDGET (page), is_button_labelled, label);

  g_assert_nonnull (found);
  return found;
}

static void
click (GtkWidget *widget)
{
  g_assert_true (gtk_widget_is_sensitive (widget));
  g_signal_emit_by_name (widget, "clicked");
  relasi_test_ui_settle (GTK_WIDGET (window));
}

static RelasiStore *
store (void)
{
  return relasi_application_get_store (app);
}

static gboolean
database_is_empty (void)
{
  g_autoptr(GError) error = NULL;
  gboolean empty = FALSE;

  g_assert_true (relasi_sample_is_empty (store (), &empty, &error));
  g_assert_no_error (error);
  return empty;
}

static gboolean
page_is_idle_with_data (gpointer data)
{
  return !relasi_dashboard_page_get_busy (page) && !relasi_dashboard_page_get_loading (page) &&
         !relasi_dashboard_page_get_welcome (page);
}

static gboolean
page_is_loaded (gpointer data)
{
  return !relasi_dashboard_page_get_loading (page);
}

/* The figures are read on a worker thread: wait until they are shown. */
static void
wait_loaded (void)
{
  g_assert_true (relasi_test_ui_wait_until (page_is_loaded, NULL, 30000));
}

static void
set_dark (gboolean dark)
{
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", dark, NULL);
}

/* NAME.png, or id-NAME.png in the Indonesian run */
static void
screenshot (const char *name)
{
  const char *language = g_getenv ("LANGUAGE");
  g_autofree char *file = NULL;

  file = language != NULL && g_str_has_prefix (language, "id") ? g_strconcat ("id-", name, NULL) : g_strdup (name);
  relasi_test_ui_screenshot (GTK_WIDGET (window), file);
}

static void
resize (int width, int height)
{
  gtk_window_unmaximize (GTK_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  relasi_test_ui_wait (300);
  relasi_test_ui_settle (GTK_WIDGET (window));
}

/* `relasi --summary --json` on the same database and RELASI_NOW. */
static char *
cli_summary_json (void)
{
  const char *cli = g_getenv ("RELASI_CLI");
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  if (cli == NULL || !g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    return NULL;
  {
    const char *argv[] = { cli, "--data-dir", relasi_store_get_data_dir (store ()), "--summary", "--json", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &out, &err, &status, &error));
  }
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("relasi --summary --json failed: %s", err);
  return g_steal_pointer (&out);
}

/* A number in a section of the JSON: "complaints" → "awaiting_answer". */
static gint64
json_number (const char *json,
             const char *section,
             const char *key)
{
  g_autofree char *pattern = g_strdup_printf ("\"%s\": \\{[^}]*\"%s\": (-?\\d+)", section, key);
  g_autoptr(GRegex) regex = g_regex_new (pattern, 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *number = NULL;

  if (!g_regex_match (regex, json, 0, &match))
    g_error ("No %s.%s in %s", section, key, json);
  number = g_match_info_fetch (match, 1);
  return g_ascii_strtoll (number, NULL, 10);
}

static void
get_summary (RelasiStoreSummary *summary)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (relasi_store_get_summary (store (), summary, &error));
  g_assert_no_error (error);
}

static gboolean
health_settled (gpointer data)
{
  return !relasi_store_is_refreshing_health (store ());
}

static void
assert_cards_match_summary (void)
{
  RelasiStoreSummary s;

  /* The application refreshes the health scores on a worker when they are stale (this
   * read may start that) and the dashboard reads again when they are in: compare once
   * both are done. */
  get_summary (&s);
  g_assert_true (relasi_test_ui_wait_until (health_settled, NULL, 30000));
  relasi_test_ui_settle (GTK_WIDGET (window));
  wait_loaded ();
  get_summary (&s);
  g_assert_cmpuint (relasi_summary_card_get_value (card ("awaiting-answer")), ==, s.complaints_awaiting_answer);
  g_assert_cmpuint (relasi_summary_card_get_value (card ("thank-you-overdue")), ==, s.overdue_thank_yous);
  g_assert_cmpuint (relasi_summary_card_get_value (card ("promise-due")), ==, s.promises_due_soon + s.promises_overdue);
  g_assert_cmpuint (relasi_summary_card_get_value (card ("drifting")), ==, s.drifting_customers);
  g_assert_cmpuint (relasi_summary_card_get_value (card ("needs-care")), ==, s.health_fair + s.health_poor);
  g_assert_cmpint (relasi_summary_card_get_severity (card ("awaiting-answer")), ==,
                   s.complaints_overdue > 0 ? RELASI_SEVERITY_CRITICAL
                   : s.complaints_awaiting_answer > 0 ? RELASI_SEVERITY_WARNING : RELASI_SEVERITY_NEUTRAL);
}

/* Tests */

static void
test_welcome (void)
{
  GtkWidget *add_first = button (_("_Add your first customer"));

  g_assert_true (database_is_empty ());
  g_assert_true (relasi_dashboard_page_get_welcome (page));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (add_first)), ==, "win.new-customer");
  screenshot ("dashboard-welcome");
  set_dark (TRUE);
  screenshot ("dashboard-welcome-dark");
  set_dark (FALSE);

  /* "Explore" asks first; Cancel changes nothing */
  click (button (_("_Explore with sample data")));
  g_assert_true (gtk_widget_get_mapped (button (_("_Add Sample Data"))));
  g_assert_true (gtk_widget_has_focus (button (_("_Add Sample Data"))));
  screenshot ("dashboard-welcome-confirm");
  click (button (_("_Cancel")));
  g_assert_true (gtk_widget_get_mapped (button (_("_Explore with sample data"))));
  g_assert_false (gtk_widget_get_mapped (button (_("_Add Sample Data"))));
  g_assert_true (database_is_empty ());
  g_assert_true (relasi_dashboard_page_get_welcome (page));

  /* ... and so does Escape */
  click (button (_("_Explore with sample data")));
  relasi_test_ui_activate (GTK_WIDGET (page), "dashboard.cancel-sample", NULL);
  g_assert_true (gtk_widget_get_mapped (button (_("_Explore with sample data"))));
  g_assert_true (database_is_empty ());
}

static void
test_sample_data (void)
{
  g_assert_true (relasi_dashboard_page_get_welcome (page));

  click (button (_("_Explore with sample data")));
  click (button (_("_Add Sample Data")));
  g_assert_true (relasi_test_ui_wait_until (page_is_idle_with_data, NULL, 60000));
  relasi_test_ui_settle (GTK_WIDGET (window));

  g_assert_false (database_is_empty ());
  g_assert_false (relasi_dashboard_page_get_welcome (page));
  assert_cards_match_summary ();
}

static void
test_figures_match_cli (void)
{
  g_autofree char *json = NULL;
  RelasiStoreSummary s;

  g_assert_false (relasi_dashboard_page_get_welcome (page));
  relasi_dashboard_page_refresh (page);
  g_assert_true (relasi_dashboard_page_get_loading (page));
  wait_loaded ();
  assert_cards_match_summary ();

  /* the sample data has something on every card */
  get_summary (&s);
  g_assert_cmpint (s.complaints_awaiting_answer, >, 0);
  g_assert_cmpint (s.overdue_thank_yous, >, 0);
  g_assert_cmpint (s.drifting_customers, >, 0);

  json = cli_summary_json ();
  if (json == NULL)
    {
      g_test_message ("RELASI_CLI is not set: compared with relasi_store_get_summary() only");
      return;
    }
  g_test_message ("relasi --summary --json: %s", json);
  g_assert_cmpuint (relasi_summary_card_get_value (card ("awaiting-answer")), ==,
                    json_number (json, "complaints", "awaiting_answer"));
  g_assert_cmpuint (relasi_summary_card_get_value (card ("thank-you-overdue")), ==,
                    json_number (json, "thank_yous", "overdue"));
  g_assert_cmpuint (relasi_summary_card_get_value (card ("promise-due")), ==,
                    json_number (json, "promises", "due_this_week") + json_number (json, "promises", "overdue"));
  g_assert_cmpuint (relasi_summary_card_get_value (card ("drifting")), ==,
                    json_number (json, "customers", "drifting"));
  g_assert_cmpuint (relasi_summary_card_get_value (card ("needs-care")), ==,
                    json_number (json, "health", "fair") + json_number (json, "health", "poor"));
  g_assert_cmpint (s.health_good, ==, json_number (json, "health", "good"));
  g_assert_cmpint (s.health_fair, ==, json_number (json, "health", "fair"));
  g_assert_cmpint (s.health_poor, ==, json_number (json, "health", "poor"));
}

static gboolean
complaints_card_shows (gpointer data)
{
  return relasi_summary_card_get_value (card ("awaiting-answer")) == GPOINTER_TO_UINT (data);
}

static void
add_complaint (const char *name)
{
  g_autoptr(RelasiCustomer) customer = relasi_customer_new ();
  g_autoptr(RelasiInteraction) complaint = relasi_interaction_new ();
  g_autoptr(GError) error = NULL;

  relasi_customer_set_name (customer, name);
  g_assert_true (relasi_store_add_customer (store (), customer, &error));
  relasi_interaction_set_customer_id (complaint, relasi_customer_get_id (customer));
  relasi_interaction_set_kind (complaint, RELASI_INTERACTION_KIND_COMPLAINT);
  relasi_interaction_set_summary (complaint, "The bread was stale");
  g_assert_true (relasi_store_add_interaction (store (), complaint, &error));
  g_assert_no_error (error);
}

static void
test_live_update (void)
{
  guint before = relasi_summary_card_get_value (card ("awaiting-answer"));

  /* a change in the store shows without reopening anything */
  add_complaint ("Ibu Ratna");
  g_assert_true (relasi_test_ui_wait_until (complaints_card_shows, GUINT_TO_POINTER (before + 1), 30000));
  assert_cards_match_summary ();

  /* a hidden dashboard catches up when it is shown again */
  relasi_window_set_page (window, "journal");
  relasi_test_ui_settle (GTK_WIDGET (window));
  add_complaint ("Pak Joko");
  relasi_test_ui_wait (100);
  g_assert_cmpuint (relasi_summary_card_get_value (card ("awaiting-answer")), ==, before + 1);
  relasi_window_set_page (window, "dashboard");
  g_assert_true (relasi_test_ui_wait_until (complaints_card_shows, GUINT_TO_POINTER (before + 2), 30000));
  assert_cards_match_summary ();
}

static void
test_new_day (void)
{
  g_autofree char *before = g_strdup (relasi_summary_card_get_detail (card ("awaiting-answer")));

  /* nothing changed: no new day, no jump */
  g_assert_false (relasi_dashboard_page_check_clock (page));

  /* a day later (the app left open overnight): the figures follow the clock */
  relasi_clock_advance (86400);
  g_assert_true (relasi_dashboard_page_check_clock (page));
  /* a day on, the health scores are stale: once the dashboard has shown its figures it
   * has the store refresh them (on its worker), without anyone opening the Customers
   * page */
  wait_loaded ();
  g_assert_true (relasi_test_ui_wait_until (health_settled, NULL, 30000));
  g_assert_cmpint (relasi_store_get_health_refreshed_at (store ()), >=, relasi_clock_now () - 60);
  assert_cards_match_summary ();
  g_assert_cmpstr (relasi_summary_card_get_detail (card ("awaiting-answer")), !=, before);

  /* and back */
  relasi_clock_advance (-86400);
  g_assert_true (relasi_dashboard_page_check_clock (page));
  wait_loaded ();
  assert_cards_match_summary ();
  g_assert_cmpstr (relasi_summary_card_get_detail (card ("awaiting-answer")), ==, before);
}

static GVariant *activated_with;

static void
on_action_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  g_clear_pointer (&activated_with, g_variant_unref);
  activated_with = parameter != NULL ? g_variant_ref (parameter) : NULL;
}

static gboolean
was_activated (gpointer data)
{
  return activated_with != NULL;
}

static void
test_card_actions (void)
{
  static const struct { const char *action; const char *target; } cards[] = {
    { "win.show-customers", "awaiting-answer" },
    { "win.show-customers", "thank-you-overdue" },
    { "win.show-customers", "promise-due" },
    { "win.show-customers", "drifting" },
    { "win.show-customers", "needs-care" },
    { "win.show-page", "reminders" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    {
      RelasiSummaryCard *c = card (cards[i].target);
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (window), cards[i].action + strlen ("win."));
      gulong id;

      g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (c)), ==, cards[i].action);
      if (action == NULL)
        {
          g_test_message ("%s is not there yet: checked the action the card carries", cards[i].action);
          continue;
        }

      /* a click (or Enter: GtkButton::activate) activates the window's action */
      relasi_window_set_page (window, "dashboard");
      relasi_test_ui_settle (GTK_WIDGET (window));
      id = g_signal_connect (action, "activate", G_CALLBACK (on_action_activated), NULL);
      g_assert_true (gtk_widget_activate (GTK_WIDGET (c)));
      g_assert_true (relasi_test_ui_wait_until (was_activated, NULL, 30000));
      g_signal_handler_disconnect (action, id);
      relasi_test_ui_settle (GTK_WIDGET (window));
      g_assert_cmpstr (g_variant_get_string (activated_with, NULL), ==, cards[i].target);
      g_clear_pointer (&activated_with, g_variant_unref);
      if (g_strcmp0 (cards[i].target, "reminders") == 0)
        g_assert_cmpstr (relasi_window_get_page (window), ==, "reminders");
    }

  relasi_window_set_page (window, "dashboard");
  relasi_test_ui_settle (GTK_WIDGET (window));
}

static gboolean
is_viewport (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_VIEWPORT (widget);
}

/* The whole page, below the fold too (the screen is 1280×800). */
static void
screenshot_whole_page (const char *name)
{
  GtkWidget *viewport = find_descendant (GTK_WIDGET (page), is_viewport, NULL);
  GtkWidget *content = gtk_viewport_get_child (GTK_VIEWPORT (viewport));
  const char *language = g_getenv ("LANGUAGE");
  g_autofree char *file = NULL;

  file = language != NULL && g_str_has_prefix (language, "id") ? g_strconcat ("id-", name, NULL) : g_strdup (name);
  gtk_widget_add_css_class (content, "background");
  relasi_test_ui_screenshot (content, file);
  gtk_widget_remove_css_class (content, "background");
}

static void
test_screenshots (void)
{
  relasi_window_set_page (window, "dashboard");
  resize (1280, 900);
  screenshot ("dashboard");
  screenshot_whole_page ("dashboard-whole");
  set_dark (TRUE);
  screenshot ("dashboard-dark");
  screenshot_whole_page ("dashboard-whole-dark");
  set_dark (FALSE);
  /* the narrowest window: one column of charts */
  resize (760, 900);
  screenshot ("dashboard-narrow");
  resize (1280, 900);
}

static gboolean
other_page_loaded (gpointer data)
{
  return !relasi_dashboard_page_get_loading (data);
}

/* Figures read before the page existed (the application starts that before GTK): the
 * page shows them when given the store, and reads its own only when they are for
 * another store. */
static void
test_prefetch (void)
{
  g_autoptr(GtkWidget) other = g_object_ref_sink (relasi_dashboard_page_new ());
  RelasiDashboardPage *page_b = RELASI_DASHBOARD_PAGE (other);
  RelasiStoreSummary s;
  GtkWidget *found;

  relasi_dashboard_page_take_prefetch (page_b, relasi_dashboard_prefetch_start (store ()));
  relasi_dashboard_page_set_store (page_b, store ());
  g_assert_true (relasi_test_ui_wait_until (other_page_loaded, page_b, 30000));
  g_assert_false (relasi_dashboard_page_get_welcome (page_b));
  get_summary (&s);
  found = find_descendant (other, is_card_for, "awaiting-answer");
  g_assert_nonnull (found);
  g_assert_cmpuint (relasi_summary_card_get_value (RELASI_SUMMARY_CARD (found)), ==, s.complaints_awaiting_answer);
  relasi_dashboard_page_set_store (page_b, NULL);
}

static gboolean
health_refreshed_since (gpointer data)
{
  return relasi_store_get_health_refreshed_at (store ()) >= *(gint64 *) data &&
         !relasi_store_is_refreshing_health (store ());
}

/* A page's first figures do not start the refresh of every stale score with them (at
 * start it would share the processor with the window's first frame): it follows a
 * second later, without anything else asking. */
static void
test_first_figures_before_health (void)
{
  g_autoptr(GtkWidget) other = g_object_ref_sink (relasi_dashboard_page_new ());
  RelasiDashboardPage *page_b = RELASI_DASHBOARD_PAGE (other);
  gint64 now;

  g_assert_true (relasi_test_ui_wait_until (health_settled, NULL, 30000));
  relasi_clock_advance (2 * 3600);   /* the scores are now stale */
  now = relasi_clock_now ();
  g_assert_cmpint (relasi_store_get_health_refreshed_at (store ()), <, now - 3600);

  relasi_dashboard_page_set_store (page_b, store ());
  g_assert_true (relasi_test_ui_wait_until (other_page_loaded, page_b, 30000));
  g_assert_false (relasi_store_is_refreshing_health (store ()));
  g_assert_cmpint (relasi_store_get_health_refreshed_at (store ()), <, now - 3600);

  g_assert_true (relasi_test_ui_wait_until (health_refreshed_since, &now, 30000));
  relasi_dashboard_page_set_store (page_b, NULL);

  relasi_clock_advance (-2 * 3600);
  relasi_dashboard_page_check_clock (page);
  wait_loaded ();
  assert_cards_match_summary ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* before anything reads the clock: the sample data and the figures are for this
   * moment, in the bakery's time zone */
  g_setenv ("TZ", "Asia/Jakarta", TRUE);
  g_setenv ("RELASI_NOW", NOW_ISO, TRUE);
  relasi_clock_reset ();
  relasi_test_ui_init (&argc, &argv);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("RELASI_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = relasi_application_new (FALSE);
  {
    g_autoptr(GError) error = NULL;

    g_application_register (G_APPLICATION (app), NULL, &error);
    g_assert_no_error (error);
  }
  g_application_activate (G_APPLICATION (app));
  window = relasi_test_ui_get_window (app);
  g_assert_nonnull (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  relasi_test_ui_settle (GTK_WIDGET (window));
  page = RELASI_DASHBOARD_PAGE (find_descendant (GTK_WIDGET (window), is_page, NULL));
  g_assert_nonnull (page);

  g_test_add_func ("/dashboard/welcome", test_welcome);
  g_test_add_func ("/dashboard/sample-data", test_sample_data);
  g_test_add_func ("/dashboard/figures-match-cli", test_figures_match_cli);
  g_test_add_func ("/dashboard/prefetch", test_prefetch);
  g_test_add_func ("/dashboard/first-figures-before-health", test_first_figures_before_health);
  g_test_add_func ("/dashboard/screenshots", test_screenshots);
  g_test_add_func ("/dashboard/live-update", test_live_update);
  g_test_add_func ("/dashboard/new-day", test_new_day);
  g_test_add_func ("/dashboard/card-actions", test_card_actions);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
