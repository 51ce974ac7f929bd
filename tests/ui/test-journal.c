/* test-journal.c — the Journal as a person uses it: quick add and the rules it sets
 * off, a complaint's state in its row and on the dashboard's figures, search with
 * hostile text, filters with search, the editor (inline validation, edit, delete,
 * Undo), the CSV export read back by Python, and screenshots with sample data
 *
 * The tests run in order on one application and one database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <glib/gi18n.h>

#include "relasi-clock.h"
#include "relasi-csv.h"
#include "relasi-due-format.h"
#include "relasi-interaction-editor.h"
#include "relasi-journal-filters.h"
#include "relasi-journal-list.h"
#include "relasi-journal-page.h"
#include "relasi-journal-row.h"
#include "relasi-quick-add.h"
#include "relasi-sample.h"
#include "relasi-test-ui.h"
#include "relasi-test-util.h"
#include "relasi-toast-overlay.h"

static RelasiApplication *app;
static gint64 ani_id;

/* ---- helpers -------------------------------------------------------------------- */

static GtkWidget *
find_with_class (GtkWidget  *root,
                 const char *css_class)
{
  if (gtk_widget_has_css_class (root, css_class))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_with_class (child, css_class);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
collect_rows (GtkWidget *root,
              GPtrArray *rows)
{
  if (RELASI_IS_JOURNAL_ROW (root))
    {
      if (gtk_widget_get_mapped (root) && relasi_journal_row_get_entry (RELASI_JOURNAL_ROW (root)) != NULL)
        g_ptr_array_add (rows, root);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
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

static RelasiJournalPage *
page (void)
{
  return RELASI_JOURNAL_PAGE (relasi_test_ui_find (GTK_WIDGET (window ()), RELASI_TYPE_JOURNAL_PAGE));
}

static RelasiQuickAdd *
quick_add (void)
{
  return RELASI_QUICK_ADD (relasi_test_ui_find (GTK_WIDGET (window ()), RELASI_TYPE_QUICK_ADD));
}

static void
select_row (guint position)
{
  GtkListView *list = GTK_LIST_VIEW (find_with_class (GTK_WIDGET (page ()), "journal-list"));

  g_assert_true (gtk_selection_model_select_item (gtk_list_view_get_model (list), position, TRUE));
}

static void
settle (void)
{
  relasi_test_ui_settle (GTK_WIDGET (window ()));
}

static guint
n_shown (void)
{
  return g_list_model_get_n_items (relasi_journal_page_get_model (page ()));
}

static RelasiJournalRow *
row_for (gint64 id)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_rows (GTK_WIDGET (page ()), rows);
  for (guint i = 0; i < rows->len; i++)
    if (relasi_interaction_get_id (relasi_journal_row_get_entry (rows->pdata[i])) == id)
      return rows->pdata[i];
  return NULL;
}

static gint64
add_customer (const char *name)
{
  g_autoptr(RelasiCustomer) customer = relasi_customer_new ();
  g_autoptr(GError) error = NULL;

  relasi_customer_set_name (customer, name);
  g_assert_true (relasi_store_add_customer (store (), customer, &error));
  g_assert_no_error (error);
  return relasi_customer_get_id (customer);
}

static gint64
log_entry (gint64                 customer_id,
           RelasiInteractionKind  kind,
           const char            *summary,
           int                    sentiment)
{
  g_autoptr(RelasiInteraction) entry = relasi_interaction_new ();
  g_autoptr(GError) error = NULL;

  relasi_interaction_set_customer_id (entry, customer_id);
  relasi_interaction_set_kind (entry, kind);
  relasi_interaction_set_summary (entry, summary);
  relasi_interaction_set_sentiment (entry, sentiment);
  if (kind == RELASI_INTERACTION_KIND_PROMISE)
    relasi_interaction_set_due_at (entry, relasi_clock_now () + 3 * 86400);
  g_assert_true (relasi_store_add_interaction (store (), entry, &error));
  g_assert_no_error (error);
  return relasi_interaction_get_id (entry);
}

static void
show_journal (void)
{
  relasi_test_ui_activate (GTK_WIDGET (window ()), "win.show-page", g_variant_new_string ("journal"));
  settle ();
}

static void
clear_all (void)
{
  gtk_widget_activate_action (GTK_WIDGET (page ()), "journal.clear-filters", NULL);
}

/* ---- tests ---------------------------------------------------------------------- */

static void
test_empty_state (void)
{
  show_journal ();
  g_assert_cmpstr (relasi_journal_page_get_state (page ()), ==, "empty");
  g_assert_cmpuint (n_shown (), ==, 0);
}

static gboolean
popover_shown (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static void
test_quick_add (void)
{
  RelasiQuickAdd *qa;
  g_autoptr(GPtrArray) reminders = NULL;
  g_autoptr(GError) error = NULL;
  gboolean found = FALSE;

  ani_id = add_customer ("Bu Ani Wijaya");
  add_customer ("Pak Budi Santoso");

  /* Ctrl+L: the action opens the popover from anywhere */
  relasi_test_ui_activate (GTK_WIDGET (window ()), "win.show-page", g_variant_new_string ("dashboard"));
  relasi_test_ui_activate (GTK_WIDGET (window ()), "win.log-interaction", NULL);
  qa = quick_add ();
  g_assert_nonnull (qa);
  g_assert_true (relasi_test_ui_wait_until (popover_shown, qa, 5000));

  /* the kind offered is the last one used (the default, a note) */
  g_assert_cmpint (relasi_quick_add_get_kind (qa), ==, RELASI_INTERACTION_KIND_NOTE);

  /* type-ahead: "an" finds Bu Ani; nothing is chosen until a suggestion is taken */
  gtk_editable_set_text (GTK_EDITABLE (relasi_quick_add_get_customer_entry (qa)), "ani");
  g_assert_cmpuint (g_list_model_get_n_items (relasi_quick_add_get_suggestions (qa)), ==, 1);
  g_assert_cmpint (relasi_quick_add_get_customer_id (qa), ==, 0);

  /* without a customer: an inline message, nothing logged */
  relasi_quick_add_set_summary (qa, "Bought 3 kg of bread");
  g_assert_false (relasi_quick_add_log (qa));
  g_assert_cmpstr (relasi_quick_add_get_error (qa), !=, "");

  g_assert_true (relasi_quick_add_choose_suggestion (qa, 0));
  g_assert_cmpint (relasi_quick_add_get_customer_id (qa), ==, ani_id);
  relasi_quick_add_set_kind (qa, RELASI_INTERACTION_KIND_PURCHASE);
  /* what the rules will create, before saving (thank-you after 2 days: Tuesday) */
  g_assert_nonnull (strstr (relasi_quick_add_get_preview (qa), "thank-you will be due"));
  g_assert_cmpstr (relasi_quick_add_get_error (qa), ==, "");
  relasi_test_ui_screenshot (GTK_WIDGET (qa), "journal-quick-add");

  g_assert_true (relasi_quick_add_log (qa));
  settle ();

  /* the owed thank-you is there */
  reminders = relasi_store_list_reminders (store (), RELASI_REMINDER_FILTER_OPEN, ani_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < reminders->len; i++)
    if (relasi_reminder_get_kind (reminders->pdata[i]) == RELASI_REMINDER_KIND_THANK_YOU)
      found = TRUE;
  g_assert_true (found);

  /* the kind is remembered for next time */
  {
    g_autofree char *last = g_settings_get_string (relasi_application_get_settings (app), "last-interaction-kind");
    g_assert_cmpstr (last, ==, "purchase");
  }

  /* a thank-you now says it closes the owed one */
  relasi_test_ui_activate (GTK_WIDGET (window ()), "win.log-interaction", NULL);
  g_assert_true (relasi_test_ui_wait_until (popover_shown, qa, 5000));
  g_assert_cmpint (relasi_quick_add_get_kind (qa), ==, RELASI_INTERACTION_KIND_PURCHASE);
  gtk_editable_set_text (GTK_EDITABLE (relasi_quick_add_get_customer_entry (qa)), "Bu Ani");
  g_assert_true (relasi_quick_add_choose_suggestion (qa, 0));
  relasi_quick_add_set_kind (qa, RELASI_INTERACTION_KIND_THANK_YOU);
  g_assert_cmpstr (relasi_quick_add_get_preview (qa), ==, "Closes 1 owed thank-you.");
  /* a promise needs its date */
  relasi_quick_add_set_kind (qa, RELASI_INTERACTION_KIND_PROMISE);
  relasi_quick_add_set_summary (qa, "Deliver the wedding cake");
  g_assert_false (relasi_quick_add_log (qa));
  g_assert_nonnull (strstr (relasi_quick_add_get_error (qa), "promise"));
  gtk_popover_popdown (GTK_POPOVER (qa));
  settle ();

  show_journal ();
  g_assert_cmpstr (relasi_journal_page_get_state (page ()), ==, "list");
  g_assert_cmpuint (n_shown (), ==, 1);
}

static void
test_complaint_state (void)
{
  RelasiStoreSummary summary;
  g_autoptr(GError) error = NULL;
  RelasiJournalRow *row;
  gint64 id;

  id = log_entry (ani_id, RELASI_INTERACTION_KIND_COMPLAINT, "The bread was stale", -2);
  relasi_clock_advance (30 * 3600);
  /* the row and the dashboard figure come from the store at once */
  g_assert_true (relasi_store_get_summary (store (), &summary, &error));
  g_assert_cmpint (summary.complaints_awaiting_answer, ==, 1);
  /* the hours shown: read again, as the store tells of a change */
  relasi_store_notify_external_change (store (), RELASI_STORE_CHANGE_INTERACTIONS);
  settle ();

  row = row_for (id);
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (relasi_journal_row_get_state_text (row), "Awaiting answer"));
  g_assert_nonnull (strstr (relasi_journal_row_get_state_text (row), "30 h"));
}

static void
test_hostile_search (void)
{
  g_autofree char *long_text = NULL;
  const char *hostile[] = {
    "\"", "*", "NEAR(", "-", "🍰", "\"bread", "bread\" OR 1=1 --", "AND OR NOT",
    "col:summary", "^", "((((", "<b>bold</b>", "&amp;", "%s%n", "' ; DROP TABLE interactions; --", NULL, NULL,
  };

  long_text = g_strnfill (10000, 'a');
  hostile[G_N_ELEMENTS (hostile) - 2] = long_text;
  show_journal ();

  for (guint i = 0; hostile[i] != NULL; i++)
    {
      const char *state;
      g_autofree char *markup = NULL;
      g_auto(GStrv) tokens = NULL;

      relasi_journal_page_set_search_text (page (), hostile[i]);
      settle ();
      state = relasi_journal_page_get_state (page ());
      g_assert_true (g_str_equal (state, "list") || g_str_equal (state, "no-results"));

      /* the highlighting of any text is valid markup */
      tokens = relasi_journal_search_tokens (hostile[i]);
      markup = relasi_journal_highlight (hostile[i], (const char * const *) tokens);
      g_assert_true (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, NULL));
    }

  /* a search that finds something highlights it, case-insensitively at word starts */
  {
    g_auto(GStrv) tokens = relasi_journal_search_tokens ("BREA");
    g_autofree char *markup = relasi_journal_highlight ("Stale bread & <jam>", (const char * const *) tokens);

    g_assert_nonnull (strstr (markup, ">brea</span>d"));
    g_assert_nonnull (strstr (markup, "&amp; &lt;jam&gt;"));
  }
  relasi_journal_page_set_search_text (page (), "stale");
  settle ();
  g_assert_cmpstr (relasi_journal_page_get_state (page ()), ==, "list");
  g_assert_cmpuint (n_shown (), ==, 1);
  /* the row marks the word in its summary, and leaves the name (no match) plain text;
   * without a search every label is plain text again */
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();
    GtkLabel *summary, *customer;

    collect_rows (GTK_WIDGET (page ()), rows);
    g_assert_cmpuint (rows->len, ==, 1);
    summary = GTK_LABEL (gtk_widget_get_template_child (rows->pdata[0], RELASI_TYPE_JOURNAL_ROW, "summary_label"));
    customer = GTK_LABEL (gtk_widget_get_template_child (rows->pdata[0], RELASI_TYPE_JOURNAL_ROW, "customer_label"));
    g_assert_true (gtk_label_get_use_markup (summary));
    g_assert_nonnull (strstr (gtk_label_get_label (summary), "</span>"));
    g_assert_false (gtk_label_get_use_markup (customer));

    relasi_journal_page_set_search_text (page (), "");
    settle ();
    g_ptr_array_set_size (rows, 0);
    collect_rows (GTK_WIDGET (page ()), rows);
    g_assert_cmpuint (rows->len, >, 1);
    for (guint i = 0; i < rows->len; i++)
      {
        summary = GTK_LABEL (gtk_widget_get_template_child (rows->pdata[i], RELASI_TYPE_JOURNAL_ROW, "summary_label"));
        g_assert_false (gtk_label_get_use_markup (summary));
        g_assert_null (strstr (gtk_label_get_label (summary), "</span>"));
      }
  }
  relasi_journal_page_set_search_text (page (), "zzzznothing");
  settle ();
  g_assert_cmpstr (relasi_journal_page_get_state (page ()), ==, "no-results");
  relasi_test_ui_screenshot (GTK_WIDGET (window ()), "journal-no-results");
  clear_all ();
  settle ();
  g_assert_cmpstr (relasi_journal_page_get_state (page ()), ==, "list");
}

static const char *
count_text (void)
{
  GtkLabel *label = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (page ()), RELASI_TYPE_JOURNAL_PAGE,
                                                              "count_label"));

  return gtk_label_get_label (label);
}

static void
test_filters_and_search (void)
{
  RelasiJournalFilters *filters = relasi_journal_page_get_filters (page ());
  gint64 budi = add_customer ("Pak Budi Hartono");
  g_autofree char *described = NULL;

  log_entry (budi, RELASI_INTERACTION_KIND_COMPLAINT, "Stale cake for the party", -1);
  log_entry (budi, RELASI_INTERACTION_KIND_CALL, "Asked about stale prices", 1);
  log_entry (budi, RELASI_INTERACTION_KIND_IDEA, "Sell smaller cakes", 2);
  show_journal ();
  g_assert_cmpuint (n_shown (), ==, 5);
  g_assert_cmpstr (count_text (), ==, "5 entries");

  /* kind + search */
  relasi_journal_filters_set_kinds (filters, RELASI_KIND_BIT (RELASI_INTERACTION_KIND_COMPLAINT));
  g_assert_cmpuint (n_shown (), ==, 2);
  relasi_journal_page_set_search_text (page (), "stale");
  g_assert_cmpuint (n_shown (), ==, 2);
  relasi_journal_page_set_search_text (page (), "cake");
  g_assert_cmpuint (n_shown (), ==, 1);
  g_assert_cmpstr (count_text (), ==, "1 entry");

  /* + customer, + mood */
  relasi_journal_page_set_search_text (page (), "stale");
  relasi_journal_filters_set_kinds (filters, 0);
  relasi_journal_filters_set_customer (filters, budi, "Pak Budi Hartono");
  g_assert_cmpuint (n_shown (), ==, 2);
  relasi_journal_filters_set_sentiments (filters, RELASI_SENTIMENT_BIT (-1) | RELASI_SENTIMENT_BIT (-2));
  g_assert_cmpuint (n_shown (), ==, 1);
  relasi_journal_filters_set_sentiments (filters, RELASI_SENTIMENT_BIT (2));
  g_assert_cmpuint (n_shown (), ==, 0);

  /* date range: this week holds them all; a custom range in the past none */
  relasi_journal_filters_set_sentiments (filters, 0);
  relasi_journal_filters_set_date_range (filters, RELASI_DATE_RANGE_THIS_WEEK, 0, 0);
  g_assert_cmpuint (n_shown (), ==, 2);
  relasi_journal_filters_set_date_range (filters, RELASI_DATE_RANGE_CUSTOM,
                                         relasi_clock_now () - 40 * 86400, relasi_clock_now () - 30 * 86400);
  settle ();
  g_assert_cmpuint (n_shown (), ==, 0);
  g_assert_cmpstr (relasi_journal_page_get_state (page ()), ==, "no-results");
  described = relasi_journal_filters_describe (filters);
  g_assert_nonnull (strstr (described, "Pak Budi Hartono"));

  /* open items only */
  relasi_journal_filters_set_date_range (filters, RELASI_DATE_RANGE_ANY, 0, 0);
  relasi_journal_filters_set_customer (filters, 0, NULL);
  relasi_journal_page_set_search_text (page (), "");
  relasi_journal_filters_set_open_only (filters, TRUE);
  settle ();
  g_assert_cmpuint (n_shown (), ==, 3);   /* two complaints awaiting an answer, the purchase owing thanks */

  /* one button clears it all */
  clear_all ();
  settle ();
  g_assert_false (relasi_journal_filters_is_active (filters));
  g_assert_cmpuint (n_shown (), ==, 5);
}

static gboolean
no_editor (gpointer data)
{
  return relasi_test_ui_find_window (RELASI_TYPE_INTERACTION_EDITOR) == NULL;
}

static gboolean
toast_gone (gpointer data)
{
  return relasi_toast_overlay_get_current (data) == 0;
}

static void
test_edit_delete_undo (void)
{
  g_autoptr(RelasiInteraction) entry = NULL;
  g_autoptr(RelasiInteraction) saved = NULL;
  g_autoptr(GError) error = NULL;
  RelasiInteractionEditor *editor;
  RelasiToastOverlay *overlay;
  GtkEntry *summary;
  GtkWidget *button;
  guint before;

  show_journal ();
  before = n_shown ();
  entry = g_list_model_get_item (relasi_journal_page_get_model (page ()), 0);

  /* Enter on a row opens the editor */
  select_row (0);
  gtk_widget_activate_action (GTK_WIDGET (page ()), "journal.edit", NULL);
  editor = RELASI_INTERACTION_EDITOR (relasi_test_ui_find_window (RELASI_TYPE_INTERACTION_EDITOR));
  g_assert_nonnull (editor);
  relasi_test_ui_settle (GTK_WIDGET (editor));

  /* an empty summary: inline message, Save off */
  summary = GTK_ENTRY (relasi_test_ui_find (GTK_WIDGET (editor), GTK_TYPE_ENTRY));
  gtk_editable_set_text (GTK_EDITABLE (summary), "   ");
  g_assert_false (relasi_interaction_editor_can_save (editor));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (editor),
                                            RELASI_TYPE_INTERACTION_EDITOR, "save_button"))));
  gtk_editable_set_text (GTK_EDITABLE (summary), "Ideas: sell smaller cakes, in boxes of 4");
  g_assert_true (relasi_interaction_editor_can_save (editor));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_true (relasi_test_ui_wait_until (no_editor, NULL, 5000));

  saved = relasi_store_get_interaction (store (), relasi_interaction_get_id (entry), &error);
  g_assert_cmpstr (relasi_interaction_get_summary (saved), ==, "Ideas: sell smaller cakes, in boxes of 4");

  /* Delete, then Undo */
  settle ();
  select_row (0);
  gtk_widget_activate_action (GTK_WIDGET (page ()), "journal.delete", NULL);
  g_assert_cmpuint (n_shown (), ==, before - 1);
  overlay = relasi_window_get_toast_overlay (window ());
  g_assert_cmpuint (relasi_toast_overlay_get_current (overlay), !=, 0);
  g_assert_cmpstr (relasi_toast_overlay_get_title (overlay), ==, "Entry moved to the trash");
  button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (overlay), RELASI_TYPE_TOAST_OVERLAY, "button"));
  g_assert_true (gtk_widget_activate (button));
  g_assert_true (relasi_test_ui_wait_until (toast_gone, overlay, 5000));
  settle ();
  g_assert_cmpuint (n_shown (), ==, before);
}

typedef struct {
  gboolean  done;
  gboolean  ok;
  guint64   n_rows;
  GError   *error;
} ExportWait;

static void
on_exported (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  ExportWait *wait = user_data;

  wait->ok = relasi_journal_page_export_finish (RELASI_JOURNAL_PAGE (object), result, &wait->n_rows, &wait->error);
  wait->done = TRUE;
}

static gboolean
export_done (gpointer data)
{
  return ((ExportWait *) data)->done;
}

static void
test_export (void)
{
  g_autofree char *dir = g_dir_make_tmp ("relasi-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "journal.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  ExportWait wait = { 0 };
  int status = 0;
  const char *argv[] = {
    "/usr/bin/python3", "-c",
    "import csv, sys\n"
    "rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))\n"
    "print(len(rows) - 1)\n"
    "for r in rows[1:]:\n"
    "    print(r[3])\n",
    path, NULL };

  log_entry (ani_id, RELASI_INTERACTION_KIND_NOTE, "=HYPERLINK(\"http://evil\",\"click\")", 0);
  log_entry (ani_id, RELASI_INTERACTION_KIND_NOTE, "@SUM(1+1), \"quoted\"", 0);
  show_journal ();
  relasi_journal_filters_set_customer (relasi_journal_page_get_filters (page ()), ani_id, "Bu Ani Wijaya");

  relasi_journal_page_export_async (page (), file, NULL, on_exported, &wait);
  g_assert_true (relasi_test_ui_wait_until (export_done, &wait, 20000));
  g_assert_no_error (wait.error);
  g_assert_true (wait.ok);
  g_assert_cmpuint (wait.n_rows, ==, n_shown ());

  if (!g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("no /usr/bin/python3");
      return;
    }
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  {
    g_autofree char *count = g_strdup_printf ("%u\n", n_shown ());
    g_assert_true (g_str_has_prefix (out, count));
  }
  g_assert_nonnull (strstr (out, "'=HYPERLINK(\"http://evil\",\"click\")\n"));
  g_assert_nonnull (strstr (out, "'@SUM(1+1), \"quoted\"\n"));

  g_unlink (path);
  g_rmdir (dir);
  clear_all ();
}

static gboolean
editor_shown (gpointer data)
{
  return relasi_test_ui_find_window (RELASI_TYPE_INTERACTION_EDITOR) != NULL;
}

static void
screenshot_editor_for (RelasiInteractionKind  kind,
                       const char            *name)
{
  GListModel *model = relasi_journal_page_get_model (page ());
  RelasiInteractionEditor *editor;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RelasiInteraction) entry = g_list_model_get_item (model, i);

      if (relasi_interaction_get_kind (entry) != kind)
        continue;
      editor = relasi_interaction_editor_new (GTK_WINDOW (window ()), store (), entry);
      gtk_window_present (GTK_WINDOW (editor));
      g_assert_true (relasi_test_ui_wait_until (editor_shown, NULL, 5000));
      relasi_test_ui_screenshot (GTK_WIDGET (editor), name);
      gtk_window_close (GTK_WINDOW (editor));
      g_assert_true (relasi_test_ui_wait_until (no_editor, NULL, 5000));
      return;
    }
  g_assert_not_reached ();
}

static void
test_screenshots (void)
{
  RelasiSampleResult result;
  g_autoptr(GError) error = NULL;

  /* Sample data goes into an empty database: this test runs again in a child process
   * with a data folder of its own. */
  if (!g_test_subprocess ())
    {
      g_autofree char *dir = g_dir_make_tmp ("relasi-ui-sample-XXXXXX", NULL);
      g_autofree char *old_dir = g_strdup (g_getenv ("RELASI_DATA_DIR"));

      g_autofree char *old_bus = g_strdup (g_getenv ("DBUS_SESSION_BUS_ADDRESS"));

      g_setenv ("RELASI_DATA_DIR", dir, TRUE);
      /* the parent owns the application's name on the session bus */
      g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent", TRUE);
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_setenv ("RELASI_DATA_DIR", old_dir, TRUE);
      g_setenv ("DBUS_SESSION_BUS_ADDRESS", old_bus, TRUE);
      test_remove_dir (dir);
      g_test_trap_assert_passed ();
      return;
    }

  g_assert_true (relasi_sample_fill (store (), RELASI_SAMPLE_DEFAULT_ENTRIES, &result, &error));
  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (window ()), 1100, 760);
  show_journal ();
  relasi_test_ui_screenshot (GTK_WIDGET (window ()), "journal");

  relasi_journal_page_set_search_text (page (), "roti");
  settle ();
  relasi_test_ui_screenshot (GTK_WIDGET (window ()), "journal-search");

  relasi_journal_page_set_search_text (page (), "");
  relasi_journal_filters_set_kinds (relasi_journal_page_get_filters (page ()),
                                    RELASI_KIND_BIT (RELASI_INTERACTION_KIND_COMPLAINT) |
                                    RELASI_KIND_BIT (RELASI_INTERACTION_KIND_PROMISE));
  relasi_journal_filters_set_date_range (relasi_journal_page_get_filters (page ()), RELASI_DATE_RANGE_LAST_90_DAYS, 0, 0);
  settle ();
  relasi_test_ui_screenshot (GTK_WIDGET (window ()), "journal-filters");

  screenshot_editor_for (RELASI_INTERACTION_KIND_PROMISE, "journal-editor-promise");
  screenshot_editor_for (RELASI_INTERACTION_KIND_COMPLAINT, "journal-editor-complaint");

  /* dark */
  clear_all ();
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", TRUE, NULL);
  settle ();
  relasi_test_ui_screenshot (GTK_WIDGET (window ()), "journal-dark");
  g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", FALSE, NULL);

  /* The child's only job was the screenshots; the application's teardown is tested by
   * the parent. */
  fflush (stdout);
  _exit (0);
}

/* Ctrl+F and Ctrl+E work wherever the focus is while the Journal is shown (a managed
 * shortcut controller on the page, as on the Customers page), not only inside it. */
static void
test_page_keys (void)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (page ()));
  guint found = 0;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_shortcut_controller_get_scope (GTK_SHORTCUT_CONTROLLER (controller)) != GTK_SHORTCUT_SCOPE_MANAGED)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          g_autofree char *action = gtk_shortcut_action_to_string (gtk_shortcut_get_action (shortcut));

          if ((g_strcmp0 (trigger, "<Control>f") == 0 && g_strcmp0 (action, "action(journal.search)") == 0) ||
              (g_strcmp0 (trigger, "<Control>e") == 0 && g_strcmp0 (action, "action(journal.export)") == 0))
            found++;
        }
    }
  g_assert_cmpuint (found, ==, 2);
}

static gpointer
filters_part (const char *name)
{
  gpointer part = gtk_widget_get_template_child (GTK_WIDGET (relasi_journal_page_get_filters (page ())),
                                                 RELASI_TYPE_JOURNAL_FILTERS, name);

  g_assert_nonnull (part);
  return part;
}

static gboolean
one_customer_offered (gpointer data)
{
  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (data))) == 1;
}

static gboolean
customer_list_released (gpointer data)
{
  return gtk_list_view_get_model (filters_part ("customer_list")) == NULL;
}

/* The customer filter: its popover reads the customers when it opens (none before:
 * a hidden list would read again on every change) and lets them go when it closes. */
static void
test_customer_filter_popover (void)
{
  RelasiJournalFilters *filters = relasi_journal_page_get_filters (page ());
  GtkPopover *popover = filters_part ("customer_popover");
  GtkListView *list = filters_part ("customer_list");

  show_journal ();
  g_assert_null (gtk_list_view_get_model (list));
  gtk_popover_popup (popover);
  relasi_test_ui_settle (GTK_WIDGET (window ()));
  g_assert_nonnull (gtk_list_view_get_model (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list))), >=, 2);

  /* typing narrows; Enter takes the first */
  gtk_editable_set_text (GTK_EDITABLE (filters_part ("customer_search")), "ani wij");
  g_assert_true (relasi_test_ui_wait_until (one_customer_offered, list, 5000));
  g_signal_emit_by_name (filters_part ("customer_search"), "activate");
  g_assert_cmpint (relasi_journal_filters_get_customer_id (filters), ==, ani_id);
  g_assert_true (relasi_test_ui_wait_until (customer_list_released, NULL, 5000));

  relasi_journal_filters_set_customer (filters, 0, NULL);
}

static gint64
day_headers_now (void)
{
  g_autoptr(GError) error = NULL;
  gint64 now = 0;

  g_assert_true (relasi_clock_parse_iso8601 ("2026-03-01T09:00:00+07:00", &now, &error));
  g_assert_no_error (error);
  return now;
}

/* Day headers, in local time (TZ=WIB-7 here), as of 1 March 2026 09:00 WIB. */
static void
test_day_headers (void)
{
  gint64 now = day_headers_now ();
  g_autofree char *today_early = relasi_journal_format_day (now - 9 * 3600 + 60, now);   /* 00:01 */
  g_autofree char *yesterday_late = relasi_journal_format_day (now - 9 * 3600 - 60, now); /* 23:59 */
  g_autofree char *two_days = relasi_journal_format_day (now - 33 * 3600 - 60, now);
  g_autofree char *last_year = relasi_journal_format_day (now - 90 * 86400, now);

  g_assert_cmpstr (today_early, ==, "Today");
  g_assert_cmpstr (yesterday_late, ==, "Yesterday");
  g_assert_cmpstr (two_days, ==, "Friday, 27 February");
  g_assert_cmpstr (last_year, ==, "Monday, 1 December 2025");
  g_assert_true (relasi_local_day_number (now - 9 * 3600 + 60) == relasi_local_day_number (now));
  g_assert_true (relasi_local_day_number (now - 9 * 3600 - 60) != relasi_local_day_number (now));
}

/* A reload from far down a long list (more rows than GTK keeps made): the page shows
 * the new rows from the first one, nothing of the old ones (relasi-reset-model.c falls
 * back to its two-step reload there). */
static void
test_reload_far_down (void)
{
  GtkListView *list = GTK_LIST_VIEW (find_with_class (GTK_WIDGET (page ()), "journal-list"));
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  g_autoptr(GHashTable) shown = NULL;
  g_autoptr(GError) error = NULL;
  gint64 customer = add_customer ("Bu Rina Kusuma");

  g_assert_true (relasi_store_batch_begin (store (), &error));
  for (int i = 0; i < 450; i++)
    {
      g_autofree char *summary = g_strdup_printf ("Routine visit number %d", i);

      log_entry (customer, RELASI_INTERACTION_KIND_NOTE, summary, 0);
    }
  log_entry (customer, RELASI_INTERACTION_KIND_IDEA, "Offer a loyalty card", 1);
  g_assert_true (relasi_store_batch_commit (store (), &error));
  show_journal ();
  g_assert_cmpuint (n_shown (), >, 450);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  relasi_test_ui_settle (GTK_WIDGET (window ()));
  relasi_journal_page_set_search_text (page (), "loyalty");
  relasi_test_ui_settle (GTK_WIDGET (window ()));
  g_assert_cmpuint (n_shown (), ==, 1);
  shown = relasi_test_ui_shown_labels (GTK_WIDGET (list));
  g_assert_true (g_hash_table_contains (shown, "Offer a loyalty card"));
  g_assert_false (g_hash_table_contains (shown, "Routine visit number 0"));

  relasi_journal_page_set_search_text (page (), "");
  relasi_test_ui_settle (GTK_WIDGET (window ()));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_setenv ("RELASI_NOW", "2026-03-01T09:00:00+07:00", TRUE);
  g_setenv ("TZ", "WIB-7", TRUE);
  relasi_test_ui_init (&argc, &argv);
  if (g_getenv ("RELASI_LOCALEDIR") != NULL)
    {
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("RELASI_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }

  g_test_add_func ("/journal/empty-state", test_empty_state);
  g_test_add_func ("/journal/quick-add", test_quick_add);
  g_test_add_func ("/journal/complaint-state", test_complaint_state);
  g_test_add_func ("/journal/hostile-search", test_hostile_search);
  g_test_add_func ("/journal/filters-and-search", test_filters_and_search);
  g_test_add_func ("/journal/edit-delete-undo", test_edit_delete_undo);
  g_test_add_func ("/journal/export", test_export);
  g_test_add_func ("/journal/page-keys", test_page_keys);
  g_test_add_func ("/journal/day-headers", test_day_headers);
  g_test_add_func ("/journal/reload-far-down", test_reload_far_down);
  g_test_add_func ("/journal/customer-filter-popover", test_customer_filter_popover);
  g_test_add_func ("/journal/screenshots", test_screenshots);

  app = relasi_test_ui_start ();
  status = g_test_run ();
  relasi_test_ui_activate (GTK_WIDGET (window ()), "app.quit", NULL);
  g_clear_object (&app);
  return status;
}
