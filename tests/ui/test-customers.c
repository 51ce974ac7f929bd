/* test-customers.c — the Customers page as a person uses it: the list, search and
 * filters, the editor and its inline validation, a customer's page, marking lost,
 * winning back, deleting with Undo; screenshots with sample data in light and dark
 *
 * The tests run in order on one application and one database: first the empty state,
 * then the sample data (Toko Roti Sari) is filled in and everything else works on it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "relasi-clock.h"
#include "relasi-customer-editor.h"
#include "relasi-customer-list.h"
#include "relasi-customer-page.h"
#include "relasi-customers-page.h"
#include "relasi-health.h"
#include "relasi-lost-customer-window.h"
#include "relasi-sample.h"
#include "relasi-test-ui.h"
#include "relasi-toast-overlay.h"
#include "relasi-validate.h"

static RelasiApplication *app;

/* Helpers */

/* NAME.png, or id-NAME.png when the test runs in Indonesian (layout of longer strings). */
static void
shot (gpointer    widget,
      const char *name)
{
  const char *language = g_getenv ("LANGUAGE");
  g_autofree char *file = g_strdup_printf ("%s%s", language != NULL && g_str_has_prefix (language, "id") ? "id-" : "", name);

  relasi_test_ui_screenshot (GTK_WIDGET (widget), file);
}

/* A label as shown: without the mnemonic underscore. */
static char *
shown (const char *label)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = label; *p; p++)
    if (*p != '_')
      g_string_append_c (out, *p);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static RelasiWindow *
window (void)
{
  return relasi_test_ui_get_window (app);
}

static RelasiStore *
store (void)
{
  return relasi_application_get_store (app);
}

static RelasiCustomersPage *
page (void)
{
  RelasiCustomersPage *p = RELASI_CUSTOMERS_PAGE (relasi_test_ui_find (GTK_WIDGET (window ()), RELASI_TYPE_CUSTOMERS_PAGE));

  g_assert_nonnull (p);
  return p;
}

static gpointer
page_part (const char *name)
{
  gpointer part = gtk_widget_get_template_child (GTK_WIDGET (page ()), RELASI_TYPE_CUSTOMERS_PAGE, name);

  g_assert_nonnull (part);
  return part;
}

static RelasiCustomerPage *
customer_page (void)
{
  return page_part ("customer_page");
}

static gpointer
customer_part (const char *name)
{
  gpointer part = gtk_widget_get_template_child (GTK_WIDGET (customer_page ()), RELASI_TYPE_CUSTOMER_PAGE, name);

  g_assert_nonnull (part);
  return part;
}

static gpointer
editor_part (RelasiCustomerEditor *editor,
             const char           *name)
{
  gpointer part = gtk_widget_get_template_child (GTK_WIDGET (editor), RELASI_TYPE_CUSTOMER_EDITOR, name);

  g_assert_nonnull (part);
  return part;
}

static guint
n_rows (void)
{
  return g_list_model_get_n_items (G_LIST_MODEL (relasi_customers_page_get_list (page ())));
}

static const char *
content_state (void)
{
  return gtk_stack_get_visible_child_name (page_part ("content_stack"));
}

static gboolean
no_window_of_type (gpointer data)
{
  return relasi_test_ui_find_window ((GType) GPOINTER_TO_SIZE (data)) == NULL;
}

static gboolean
window_of_type (gpointer data)
{
  return relasi_test_ui_find_window ((GType) GPOINTER_TO_SIZE (data)) != NULL;
}

static void
settle (void)
{
  relasi_test_ui_settle (GTK_WIDGET (window ()));
}

static void
set_dark (gboolean dark)
{
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", dark, NULL);
}

static gint64
count_customers (void)
{
  g_autoptr(GError) error = NULL;
  RelasiStoreSummary summary;

  g_assert_true (relasi_store_get_summary (store (), &summary, &error));
  g_assert_no_error (error);
  return summary.active_customers + summary.lost_customers;
}

static RelasiStoreSummary
summary (void)
{
  g_autoptr(GError) error = NULL;
  RelasiStoreSummary s;

  g_assert_true (relasi_store_get_summary (store (), &s, &error));
  g_assert_no_error (error);
  return s;
}

static RelasiCustomerEditor *
open_new_editor (void)
{
  RelasiCustomerEditor *editor;

  relasi_test_ui_activate (GTK_WIDGET (page ()), "customers.new", NULL);
  g_assert_true (relasi_test_ui_wait_until (window_of_type, GSIZE_TO_POINTER (RELASI_TYPE_CUSTOMER_EDITOR), 5000));
  editor = RELASI_CUSTOMER_EDITOR (relasi_test_ui_find_window (RELASI_TYPE_CUSTOMER_EDITOR));
  relasi_test_ui_settle (GTK_WIDGET (editor));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (editor)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == GTK_WINDOW (window ()));
  return editor;
}

static void
close_editor (RelasiCustomerEditor *editor)
{
  gtk_window_close (GTK_WINDOW (editor));
  g_assert_true (relasi_test_ui_wait_until (no_window_of_type, GSIZE_TO_POINTER (RELASI_TYPE_CUSTOMER_EDITOR), 5000));
}

static void
type_into (gpointer    editable,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
save_enabled (RelasiCustomerEditor *editor)
{
  return gtk_widget_get_sensitive (editor_part (editor, "save_button"));
}

typedef struct {
  guint expected;
} RowsWanted;

static gboolean
rows_are (gpointer data)
{
  return n_rows () == ((RowsWanted *) data)->expected;
}

static void
wait_for_rows (guint expected)
{
  RowsWanted wanted = { expected };

  if (!relasi_test_ui_wait_until (rows_are, &wanted, 5000))
    g_error ("expected %u rows, the list has %u", expected, n_rows ());
}

static gboolean
search_is (gpointer data)
{
  return g_strcmp0 (relasi_customer_list_get_search_text (relasi_customers_page_get_list (page ())), data) == 0;
}

/* The search field waits for a pause in typing; then the list searches at once. */
static void
wait_for_search (const char *text)
{
  g_assert_true (relasi_test_ui_wait_until (search_is, (gpointer) text, 5000));
}

static RelasiCustomer *
row (guint position)
{
  RelasiCustomer *customer = g_list_model_get_item (G_LIST_MODEL (relasi_customers_page_get_list (page ())), position);

  g_assert_nonnull (customer);
  return customer;
}

static gint64
find_customer_id (const char *name)
{
  g_autoptr(RelasiCustomerList) list = relasi_customer_list_new (store ());

  relasi_customer_list_set_search_text (list, name);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(RelasiCustomer) c = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (g_strcmp0 (relasi_customer_get_name (c), name) == 0)
        return relasi_customer_get_id (c);
    }
  return 0;
}

static void
show_list (void)
{
  relasi_window_set_page (window (), "customers");
  relasi_test_ui_activate (GTK_WIDGET (window ()), "win.show-customers", g_variant_new_string ("all"));
  settle ();
}

/* Tests */

static void
test_empty_state (void)
{
  show_list ();
  g_assert_cmpuint (n_rows (), ==, 0);
  g_assert_cmpstr (content_state (), ==, "empty");
  shot (GTK_WIDGET (window ()), "customers-empty");
}

static void
test_sample_data (void)
{
  g_autoptr(GError) error = NULL;
  RelasiSampleResult result;

  g_assert_true (relasi_sample_fill (store (), RELASI_SAMPLE_DEFAULT_ENTRIES, &result, &error));
  g_assert_no_error (error);
  settle ();
  g_assert_cmpuint (n_rows (), ==, result.customers - 0 /* lost ones are listed too */);
  g_assert_cmpstr (content_state (), ==, "list");
}

/* Ctrl+N on the Customers page is bound to customers.new, which opens the editor. */
static void
test_ctrl_n_opens_editor (void)
{
  GtkWidget *p = GTK_WIDGET (page ());
  gboolean bound = FALSE;
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (p);
  RelasiCustomerEditor *editor;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          g_autofree char *action = gtk_shortcut_action_to_string (gtk_shortcut_get_action (shortcut));

          if (g_strcmp0 (trigger, "<Control>n") == 0 && g_strcmp0 (action, "action(customers.new)") == 0)
            bound = TRUE;
        }
    }
  g_assert_true (bound);

  show_list ();
  editor = open_new_editor ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, _("New Customer"));
  /* A new, empty form cannot be saved, and does not scold before typing. */
  g_assert_false (save_enabled (editor));
  g_assert_null (relasi_customer_editor_get_error (editor, "name"));
  close_editor (editor);
}

static void
test_editor_creates (void)
{
  gint64 before = count_customers ();
  RelasiCustomerEditor *editor;
  gint64 id;

  show_list ();
  editor = open_new_editor ();
  type_into (editor_part (editor, "name_entry"), "Budi Santoso");
  type_into (editor_part (editor, "company_entry"), "Warung Kopi Budi");
  type_into (editor_part (editor, "email_entry"), "budi@warungkopi.id");
  type_into (editor_part (editor, "phone_entry"), "+62 812 1111 2222");
  type_into (editor_part (editor, "tags_entry"), "kopi, grosir");
  gtk_check_button_set_active (editor_part (editor, "cadence_default_check"), FALSE);
  gtk_spin_button_set_value (editor_part (editor, "cadence_spin"), 21);
  g_assert_true (save_enabled (editor));

  /* Ctrl+Enter runs editor.save */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_true (relasi_test_ui_wait_until (no_window_of_type, GSIZE_TO_POINTER (RELASI_TYPE_CUSTOMER_EDITOR), 5000));
  settle ();

  g_assert_cmpint (count_customers (), ==, before + 1);
  id = find_customer_id ("Budi Santoso");
  g_assert_cmpint (id, >, 0);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(RelasiCustomer) c = relasi_store_get_customer (store (), id, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (relasi_customer_get_company (c), ==, "Warung Kopi Budi");
    g_assert_cmpstr (relasi_customer_get_email (c), ==, "budi@warungkopi.id");
    g_assert_cmpstr (relasi_customer_get_tags (c), ==, "kopi, grosir");
    g_assert_cmpint (relasi_customer_get_cadence_days (c), ==, 21);
  }
  /* The new customer's page opens. */
  g_assert_cmpint (relasi_customers_page_get_customer_id (page ()), ==, id);
}

static void
test_editor_invalid_name (void)
{
  gint64 before = count_customers ();
  RelasiCustomerEditor *editor;

  show_list ();
  editor = open_new_editor ();
  type_into (editor_part (editor, "company_entry"), "Toko Sumber Rejeki");
  type_into (editor_part (editor, "name_entry"), "   ");
  g_assert_false (save_enabled (editor));
  g_assert_nonnull (relasi_customer_editor_get_error (editor, "name"));
  {
    /* the very message core's validator gives */
    g_autoptr(RelasiCustomer) blank = relasi_customer_new ();
    g_autoptr(GError) error = NULL;

    relasi_customer_set_name (blank, "   ");
    g_assert_false (relasi_customer_validate (blank, &error));
    g_assert_cmpstr (relasi_customer_editor_get_error (editor, "name"), ==, error->message);
  }

  /* Ctrl+Enter does nothing while Save is disabled, and nothing is stored. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_false (relasi_customer_editor_save (editor));
  settle ();
  g_assert_nonnull (relasi_test_ui_find_window (RELASI_TYPE_CUSTOMER_EDITOR));
  g_assert_cmpint (count_customers (), ==, before);

  /* Escape (window.close) cancels: still nothing stored. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "window.close", NULL));
  g_assert_true (relasi_test_ui_wait_until (no_window_of_type, GSIZE_TO_POINTER (RELASI_TYPE_CUSTOMER_EDITOR), 5000));
  g_assert_cmpint (count_customers (), ==, before);
}

static void
test_editor_invalid_email (void)
{
  RelasiCustomerEditor *editor;
  GtkWidget *email_error;

  show_list ();
  editor = open_new_editor ();
  type_into (editor_part (editor, "name_entry"), "Citra Lestari");
  type_into (editor_part (editor, "email_entry"), "citra@");
  g_assert_false (save_enabled (editor));
  g_assert_null (relasi_customer_editor_get_error (editor, "name"));
  g_assert_nonnull (relasi_customer_editor_get_error (editor, "email"));

  /* The message sits right under the e-mail field. */
  email_error = editor_part (editor, "email_error");
  g_assert_true (gtk_widget_get_visible (email_error));
  g_assert_true (gtk_widget_get_prev_sibling (email_error) == editor_part (editor, "email_entry"));

  /* Two wrong fields at once: both say so. */
  type_into (editor_part (editor, "phone_entry"), "12");
  g_assert_nonnull (relasi_customer_editor_get_error (editor, "phone"));
  g_assert_nonnull (relasi_customer_editor_get_error (editor, "email"));
  shot (GTK_WIDGET (editor), "customer-editor-error");

  /* Fixing them enables Save. */
  type_into (editor_part (editor, "email_entry"), "citra@example.com");
  type_into (editor_part (editor, "phone_entry"), "0812 3333 4444");
  g_assert_null (relasi_customer_editor_get_error (editor, "email"));
  g_assert_true (save_enabled (editor));
  close_editor (editor);
}

static gboolean
row_matches (RelasiCustomer *c,
             const char     *text)
{
  const char *fields[] = { relasi_customer_get_name (c), relasi_customer_get_company (c),
                           relasi_customer_get_email (c), relasi_customer_get_phone (c),
                           relasi_customer_get_tags (c), relasi_customer_get_notes (c) };
  g_autofree char *needle = g_utf8_casefold (text, -1);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *hay = g_utf8_casefold (fields[i], -1);

      if (strstr (hay, needle) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Types @text into the search field; the list then holds only matches, @expected among them. */
static void
search_and_check (const char *text,
                  const char *expected)
{
  gboolean found = FALSE;

  type_into (page_part ("search_entry"), text);
  wait_for_search (text);
  g_assert_cmpuint (n_rows (), >=, 1);
  for (guint i = 0; i < n_rows (); i++)
    {
      g_autoptr(RelasiCustomer) c = row (i);

      g_assert_true (row_matches (c, text));
      if (g_strcmp0 (relasi_customer_get_name (c), expected) == 0)
        found = TRUE;
    }
  g_assert_true (found);
}

static void
test_search (void)
{
  guint all;

  show_list ();
  all = n_rows ();
  g_assert_cmpuint (all, >, 10);

  /* by company, e-mail, phone and tag: every row matches, and Budi is found each time */
  search_and_check ("warung", "Budi Santoso");
  search_and_check ("budi@warungkopi", "Budi Santoso");
  search_and_check ("1111", "Budi Santoso");
  search_and_check ("grosir", "Budi Santoso");
  g_assert_cmpuint (n_rows (), <, all);

  /* no matches: a different empty state, with a way out */
  type_into (page_part ("search_entry"), "zzzqqq");
  wait_for_rows (0);
  g_assert_cmpstr (content_state (), ==, "no-matches");
  relasi_test_ui_activate (GTK_WIDGET (page ()), "customers.clear-search", NULL);
  wait_for_rows (all);
  g_assert_cmpstr (content_state (), ==, "list");
  g_assert_cmpstr (gtk_editable_get_text (page_part ("search_entry")), ==, "");
}

static GHashTable *
shown_labels (void)
{
  settle ();
  return relasi_test_ui_shown_labels (GTK_WIDGET (page_part ("column_view")));
}

/* A reload reuses the row widgets (relasi-reset-model.c): what is drawn must still be
 * the new rows, from the first one, wherever the list was scrolled to. */
static void
test_search_shows_new_rows (void)
{
  GtkAdjustment *adjustment;
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(RelasiCustomer) last = NULL;
  guint all;

  show_list ();
  all = n_rows ();
  g_assert_cmpuint (all, >, 20);
  adjustment = gtk_scrolled_window_get_vadjustment (page_part ("scrolled_window"));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  settle ();
  last = row (all - 1);
  before = shown_labels ();
  g_assert_true (g_hash_table_contains (before, relasi_customer_get_name (last)));

  type_into (page_part ("search_entry"), "warung");
  wait_for_search ("warung");
  g_assert_cmpuint (n_rows (), >=, 1);
  g_assert_cmpuint (n_rows (), <, 10);
  after = shown_labels ();
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0.0);
  /* every match is drawn; every name drawn is a match */
  for (guint i = 0; i < n_rows (); i++)
    {
      g_autoptr(RelasiCustomer) c = row (i);

      g_assert_true (g_hash_table_contains (after, relasi_customer_get_name (c)));
    }
  g_assert_false (g_hash_table_contains (after, relasi_customer_get_name (last)));

  relasi_test_ui_activate (GTK_WIDGET (page ()), "customers.clear-search", NULL);
  wait_for_rows (all);
  g_clear_pointer (&after, g_hash_table_unref);
  after = shown_labels ();
  {
    g_autoptr(RelasiCustomer) first = row (0);

    g_assert_true (g_hash_table_contains (after, relasi_customer_get_name (first)));
  }
  g_assert_false (g_hash_table_contains (after, relasi_customer_get_name (last)));
}

static void
test_filters (void)
{
  RelasiStoreSummary s = summary ();
  GtkDropDown *dropdown;

  show_list ();
  dropdown = page_part ("filter_dropdown");

  /* the drop-down: lost */
  gtk_drop_down_set_selected (dropdown, 3);
  wait_for_rows ((guint) s.lost_customers);
  for (guint i = 0; i < n_rows (); i++)
    {
      g_autoptr(RelasiCustomer) c = row (i);
      g_assert_cmpint (relasi_customer_get_status (c), ==, RELASI_CUSTOMER_STATUS_LOST);
    }

  /* drifting: as many as the dashboard counts */
  gtk_drop_down_set_selected (dropdown, 2);
  wait_for_rows ((guint) s.drifting_customers);

  /* the window actions the dashboard cards use */
  relasi_test_ui_activate (GTK_WIDGET (window ()), "win.show-customers", g_variant_new_string ("awaiting-answer"));
  g_assert_cmpstr (relasi_window_get_page (window ()), ==, "customers");
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 4);
  g_assert_cmpuint (n_rows (), >=, 1);
  g_assert_cmpuint (n_rows (), <=, (guint) s.complaints_awaiting_answer);

  relasi_test_ui_activate (GTK_WIDGET (window ()), "win.show-customers", g_variant_new_string ("thank-you-overdue"));
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 5);
  g_assert_cmpuint (n_rows (), >=, 1);
  g_assert_cmpuint (n_rows (), <=, (guint) s.overdue_thank_yous);

  relasi_test_ui_activate (GTK_WIDGET (window ()), "win.show-customers", g_variant_new_string ("promise-due"));
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 6);
  g_assert_cmpuint (n_rows (), >=, 1);
  g_assert_cmpuint (n_rows (), <=, (guint) (s.promises_due_soon + s.promises_overdue));

  relasi_test_ui_activate (GTK_WIDGET (window ()), "win.show-customers", g_variant_new_string ("needs-care"));
  g_assert_cmpuint (n_rows (), ==, (guint) (s.health_fair + s.health_poor));
  {
    g_autoptr(RelasiCustomer) c = row (0);
    g_assert_cmpint (relasi_customer_get_health (c), <, 70);
  }

  /* sorting by a column header: health, the worst first */
  relasi_test_ui_activate (GTK_WIDGET (window ()), "win.show-customers", g_variant_new_string ("all"));
  gtk_column_view_sort_by_column (page_part ("column_view"), page_part ("health_column"), GTK_SORT_ASCENDING);
  g_assert_cmpint (relasi_customer_list_get_sort (relasi_customers_page_get_list (page ())), ==, RELASI_CUSTOMER_SORT_HEALTH);
  {
    g_autoptr(RelasiCustomer) first = row (0);
    g_autoptr(RelasiCustomer) last = row (n_rows () - 1);
    g_assert_cmpint (relasi_customer_get_health (first), <=, relasi_customer_get_health (last));
  }
  gtk_column_view_sort_by_column (page_part ("column_view"), page_part ("last_contact_column"), GTK_SORT_DESCENDING);
  g_assert_cmpint (relasi_customer_list_get_sort (relasi_customers_page_get_list (page ())), ==,
                   RELASI_CUSTOMER_SORT_LAST_CONTACT_OLDEST);
  gtk_column_view_sort_by_column (page_part ("column_view"), page_part ("name_column"), GTK_SORT_ASCENDING);
  g_assert_cmpint (relasi_customer_list_get_sort (relasi_customers_page_get_list (page ())), ==, RELASI_CUSTOMER_SORT_NAME);
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

static gboolean
label_in_tree_contains (GtkWidget  *root,
                        const char *text)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (label_in_tree_contains (child, text))
      return TRUE;
  return FALSE;
}

/* The first customer with a complaint awaiting an answer. */
static gint64
customer_awaiting_answer (void)
{
  g_autoptr(RelasiCustomerList) list = relasi_customer_list_new (store ());
  g_autoptr(RelasiCustomer) c = NULL;

  relasi_customer_list_set_filter (list, RELASI_CUSTOMER_FILTER_AWAITING_ANSWER);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >, 0);
  c = g_list_model_get_item (G_LIST_MODEL (list), 0);
  return relasi_customer_get_id (c);
}

static void
test_customer_page (void)
{
  gint64 id = customer_awaiting_answer ();
  g_autofree char *mark_answered = shown (_("Mark _Answered"));
  GtkWidget *reasons;
  guint obligations_before;

  relasi_test_ui_activate (GTK_WIDGET (window ()), "win.show-customer", g_variant_new_int64 (id));
  settle ();
  g_assert_cmpstr (relasi_window_get_page (window ()), ==, "customers");
  g_assert_cmpint (relasi_customers_page_get_customer_id (page ()), ==, id);

  /* health with its reasons in words, and which advice each reflects */
  reasons = customer_part ("reasons_box");
  g_assert_cmpuint (count_children (reasons), >=, 1);
  {
    g_autofree char *care = g_strdup_printf ("%s:", relasi_damage_get_label (RELASI_DAMAGE_CARE));
    g_assert_true (label_in_tree_contains (reasons, care));
  }
  g_assert_cmpstr (gtk_label_get_text (customer_part ("score_label")), !=, "");

  /* what is owed, each with its button; the journal, paged */
  obligations_before = count_children (customer_part ("obligations_list"));
  g_assert_cmpuint (obligations_before, >=, 1);
  g_assert_true (label_in_tree_contains (customer_part ("obligations_list"), mark_answered));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (customer_part ("journal_stack")), ==, "list");

  set_dark (FALSE);
  shot (GTK_WIDGET (window ()), "customer-page");
  set_dark (TRUE);
  shot (GTK_WIDGET (window ()), "customer-page-dark");
  set_dark (FALSE);

  /* Mark answered: the complaint no longer awaits an answer. */
  {
    RelasiStoreSummary before = summary ();
    GtkWidget *button = NULL;

    for (GtkWidget *r = gtk_widget_get_first_child (customer_part ("obligations_list")); r && !button;
         r = gtk_widget_get_next_sibling (r))
      if (label_in_tree_contains (r, mark_answered))
        {
          GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (r));
          button = gtk_widget_get_last_child (box);
        }
    g_assert_nonnull (button);
    g_signal_emit_by_name (button, "clicked");
    settle ();
    g_assert_cmpint (summary ().complaints_awaiting_answer, ==, before.complaints_awaiting_answer - 1);
  }

  /* Ask for feedback: a feedback-request reminder */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) reminders = NULL;
    gboolean found = FALSE;

    relasi_test_ui_activate (GTK_WIDGET (customer_page ()), "customer.ask-feedback", NULL);
    settle ();
    reminders = relasi_store_list_reminders (store (), RELASI_REMINDER_FILTER_OPEN, id, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < reminders->len; i++)
      if (relasi_reminder_get_kind (g_ptr_array_index (reminders, i)) == RELASI_REMINDER_KIND_FEEDBACK_REQUEST)
        found = TRUE;
    g_assert_true (found);
  }

  /* Escape / Alt+Left: customer.back */
  relasi_test_ui_activate (GTK_WIDGET (customer_page ()), "customer.back", NULL);
  g_assert_cmpint (relasi_customers_page_get_customer_id (page ()), ==, 0);

  /* a customer owed nothing: the page says so (after another customer was shown) */
  {
    g_autoptr(RelasiCustomer) quiet = relasi_customer_new ();
    g_autoptr(GError) error = NULL;
    g_autofree char *nothing = shown (_("Nothing is owed to this customer right now."));
    GtkWidget *list;

    relasi_customer_set_name (quiet, "Pelanggan Tenang");
    g_assert_true (relasi_store_add_customer (store (), quiet, &error));
    g_assert_no_error (error);
    relasi_test_ui_activate (GTK_WIDGET (window ()), "win.show-customer",
                             g_variant_new_int64 (relasi_customer_get_id (quiet)));
    settle ();
    list = customer_part ("obligations_list");
    g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
    g_assert_true (label_in_tree_contains (list, nothing));
    relasi_test_ui_activate (GTK_WIDGET (customer_page ()), "customer.back", NULL);
  }
}

static void
test_mark_lost_and_win_back (void)
{
  gint64 id = find_customer_id ("Budi Santoso");
  gint64 lost_before = summary ().lost_customers;
  RelasiLostCustomerWindow *lost;
  g_autoptr(RelasiCustomer) c = NULL;
  g_autoptr(GError) error = NULL;

  relasi_test_ui_activate (GTK_WIDGET (window ()), "win.show-customer", g_variant_new_int64 (id));
  settle ();
  relasi_test_ui_activate (GTK_WIDGET (customer_page ()), "customer.mark-lost", NULL);
  g_assert_true (relasi_test_ui_wait_until (window_of_type, GSIZE_TO_POINTER (RELASI_TYPE_LOST_CUSTOMER_WINDOW), 5000));
  lost = RELASI_LOST_CUSTOMER_WINDOW (relasi_test_ui_find_window (RELASI_TYPE_LOST_CUSTOMER_WINDOW));
  relasi_test_ui_settle (GTK_WIDGET (lost));

  /* It asks why: nothing is stored before the answer. */
  g_assert_cmpint (summary ().lost_customers, ==, lost_before);
  relasi_lost_customer_window_set_reason (lost, RELASI_LOST_REASON_COMPETITOR);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (gtk_widget_get_template_child (GTK_WIDGET (lost),
                                                                                     RELASI_TYPE_LOST_CUSTOMER_WINDOW,
                                                                                     "reason_view"))),
                            "Pindah ke kedai kopi baru di seberang jalan.", -1);
  shot (GTK_WIDGET (lost), "customer-lost");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (lost), "lost.confirm", NULL));
  g_assert_true (relasi_test_ui_wait_until (no_window_of_type, GSIZE_TO_POINTER (RELASI_TYPE_LOST_CUSTOMER_WINDOW), 5000));
  settle ();

  g_assert_cmpint (summary ().lost_customers, ==, lost_before + 1);
  c = relasi_store_get_customer (store (), id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (relasi_customer_get_status (c), ==, RELASI_CUSTOMER_STATUS_LOST);
  g_assert_cmpint (relasi_customer_get_lost_reason_category (c), ==, RELASI_ROOT_CAUSE_COMPETITOR);
  g_assert_cmpstr (relasi_customer_get_lost_reason (c), ==, "Pindah ke kedai kopi baru di seberang jalan.");
  g_assert_true (gtk_widget_get_visible (customer_part ("lost_label")));

  /* Win back: active again, history kept. */
  relasi_test_ui_activate (GTK_WIDGET (customer_page ()), "customer.win-back", NULL);
  settle ();
  g_assert_cmpint (summary ().lost_customers, ==, lost_before);
  g_clear_object (&c);
  c = relasi_store_get_customer (store (), id, &error);
  g_assert_cmpint (relasi_customer_get_status (c), ==, RELASI_CUSTOMER_STATUS_ACTIVE);
  g_assert_false (gtk_widget_get_visible (customer_part ("lost_label")));
}

static gboolean
customer_is_back (gpointer data)
{
  g_autoptr(RelasiCustomer) c = relasi_store_get_customer (store (), *(gint64 *) data, NULL);

  return c != NULL && relasi_customer_get_deleted_at (c) == 0;
}

static void
test_delete_undo (void)
{
  gint64 id = find_customer_id ("Budi Santoso");
  gint64 before = count_customers ();
  RelasiToastOverlay *overlay = relasi_window_get_toast_overlay (window ());
  GtkWidget *undo;
  g_autoptr(RelasiCustomer) c = NULL;
  g_autoptr(GError) error = NULL;

  relasi_test_ui_activate (GTK_WIDGET (window ()), "win.show-customer", g_variant_new_int64 (id));
  settle ();
  /* activated without running the main loop afterwards: the toast lasts 10 s, and a
   * slow sanitizer build must not make it look missing */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (customer_page ()), "customer.delete", NULL));

  /* A toast that offers Undo (checked at once: it lasts 10 s, a slow sanitizer build
   * must not make it look missing); gone from the list; back on the list. */
  g_assert_cmpstr (relasi_toast_overlay_get_title (overlay), ==, _("Customer deleted"));
  g_assert_cmpint (count_customers (), ==, before - 1);
  g_assert_cmpint (relasi_customers_page_get_customer_id (page ()), ==, 0);
  undo = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (overlay), RELASI_TYPE_TOAST_OVERLAY, "button"));
  g_assert_true (gtk_widget_get_visible (undo));
  g_assert_cmpint (find_customer_id ("Budi Santoso"), ==, 0);

  /* what a click does, at once */
  g_signal_emit_by_name (undo, "clicked");
  g_assert_true (relasi_test_ui_wait_until (customer_is_back, &id, 5000));
  settle ();
  g_assert_cmpint (count_customers (), ==, before);
  g_assert_cmpint (find_customer_id ("Budi Santoso"), ==, id);
  c = relasi_store_get_customer (store (), id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (relasi_customer_get_deleted_at (c), ==, 0);
}

static void
test_screenshots (void)
{
  show_list ();
  shot (GTK_WIDGET (window ()), "customers");
  set_dark (TRUE);
  shot (GTK_WIDGET (window ()), "customers-dark");
  set_dark (FALSE);

  type_into (page_part ("search_entry"), "zzzqqq");
  wait_for_rows (0);
  shot (GTK_WIDGET (window ()), "customers-no-matches");
  relasi_test_ui_activate (GTK_WIDGET (page ()), "customers.clear-search", NULL);
  settle ();

  /* the toast after a delete; put back afterwards */
  {
    gint64 id = find_customer_id ("Budi Santoso");
    g_autoptr(GError) error = NULL;

    relasi_test_ui_activate (GTK_WIDGET (window ()), "win.show-customer", g_variant_new_int64 (id));
    relasi_test_ui_activate (GTK_WIDGET (customer_page ()), "customer.delete", NULL);
    shot (GTK_WIDGET (window ()), "customers-deleted-toast");
    relasi_toast_overlay_dismiss (relasi_window_get_toast_overlay (window ()),
                                  relasi_toast_overlay_get_current (relasi_window_get_toast_overlay (window ())));
    g_assert_true (relasi_store_undelete_customer (store (), id, &error));
    g_assert_no_error (error);
    settle ();
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_setenv ("RELASI_NOW", "2026-03-01T09:00:00+07:00", TRUE);
  g_setenv ("TZ", "WIB-7", TRUE);
  relasi_test_ui_init (&argc, &argv);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("RELASI_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/customers/empty-state", test_empty_state);
  g_test_add_func ("/customers/sample-data", test_sample_data);
  g_test_add_func ("/customers/ctrl-n-opens-editor", test_ctrl_n_opens_editor);
  g_test_add_func ("/customers/editor-creates", test_editor_creates);
  g_test_add_func ("/customers/editor-invalid-name", test_editor_invalid_name);
  g_test_add_func ("/customers/editor-invalid-email", test_editor_invalid_email);
  g_test_add_func ("/customers/search", test_search);
  g_test_add_func ("/customers/search-shows-new-rows", test_search_shows_new_rows);
  g_test_add_func ("/customers/filters", test_filters);
  g_test_add_func ("/customers/customer-page", test_customer_page);
  g_test_add_func ("/customers/mark-lost-win-back", test_mark_lost_and_win_back);
  g_test_add_func ("/customers/delete-undo", test_delete_undo);
  g_test_add_func ("/customers/screenshots", test_screenshots);

  app = relasi_test_ui_start ();
  status = g_test_run ();
  relasi_test_ui_activate (GTK_WIDGET (window ()), "app.quit", NULL);
  g_clear_object (&app);
  return status;
}
