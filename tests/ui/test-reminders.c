/* test-reminders.c — the Reminders page in the running application: the sections with
 * the clock fixed (RELASI_NOW), done / snooze / delete and undo / repetition from the
 * page, the editor's inline validation, and screenshots (light, dark; with
 * LANGUAGE=id a layout check)
 *
 * The tests run in order on one application and one database.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-clock.h"
#include "relasi-notify-plan.h"
#include "relasi-reminder-editor.h"
#include "relasi-reminder-row.h"
#include "relasi-reminders-page.h"
#include "relasi-test-ui.h"

/* Sunday 2026-03-01, 09:00 in Jakarta */
#define NOW_ISO "2026-03-01T09:00:00+07:00"
#define HOUR 3600
#define DAY 86400

static RelasiApplication *app;
static RelasiWindow *window;
static RelasiRemindersPage *page;
static RelasiStore *store;
static gint64 t0;
static gint64 weekly_id, today_id, thank_you_id;

static GtkWidget *
find_button (GtkWidget *root, const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static RelasiCustomer *
add_customer (const char *name)
{
  g_autoptr(GError) error = NULL;
  RelasiCustomer *c = relasi_customer_new ();

  relasi_customer_set_name (c, name);
  g_assert_true (relasi_store_add_customer (store, c, &error));
  g_assert_no_error (error);
  return c;
}

static void
log_at (gint64 when, gint64 customer_id, RelasiInteractionKind kind, const char *summary)
{
  g_autoptr(RelasiInteraction) i = relasi_interaction_new ();
  g_autoptr(GError) error = NULL;

  relasi_clock_set_now (when);
  relasi_interaction_set_customer_id (i, customer_id);
  relasi_interaction_set_kind (i, kind);
  relasi_interaction_set_summary (i, summary);
  relasi_interaction_set_occurred_at (i, when);
  if (kind == RELASI_INTERACTION_KIND_PROMISE)
    relasi_interaction_set_due_at (i, when + 4 * DAY);
  g_assert_true (relasi_store_add_interaction (store, i, &error));
  g_assert_no_error (error);
  relasi_clock_set_now (t0);
}

static gint64
add_custom (const char *title, gint64 customer_id, gint64 due, RelasiRecurrence recurrence)
{
  g_autoptr(RelasiReminder) r = relasi_reminder_new ();
  g_autoptr(GError) error = NULL;

  relasi_reminder_set_kind (r, RELASI_REMINDER_KIND_CUSTOM);
  relasi_reminder_set_title (r, title);
  relasi_reminder_set_customer_id (r, customer_id);
  relasi_reminder_set_due_at (r, due);
  relasi_reminder_set_recurrence (r, recurrence);
  g_assert_true (relasi_store_add_reminder (store, r, &error));
  g_assert_no_error (error);
  return relasi_reminder_get_id (r);
}

/* The page as text: "[Overdue 2] Title|Title [Today 1] Title …" */
static char *
describe_page (void)
{
  GListModel *model = relasi_reminders_page_get_model (page);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (RELASI_IS_REMINDER_SECTION (item))
        g_string_append_printf (out, "%s[%s %u]", out->len > 0 ? " " : "",
                                relasi_reminder_section_get_title (RELASI_REMINDER_SECTION (item)),
                                relasi_reminder_section_get_count (RELASI_REMINDER_SECTION (item)));
      else
        g_string_append_printf (out, " %s", relasi_reminder_get_title (RELASI_REMINDER (item)));
    }
  return g_string_free (out, FALSE);
}

/* With LANGUAGE=id the test checks the layout of the longer Indonesian strings; the
 * texts themselves are compared in English only. */
static gboolean
in_english (void)
{
  return g_strcmp0 (g_getenv ("LANGUAGE"), "id") != 0;
}

static void
assert_page (const char *expected)
{
  g_autofree char *text = NULL;

  relasi_reminders_page_refresh (page);
  if (!in_english ())
    return;
  text = describe_page ();
  g_assert_cmpstr (text, ==, expected);
}

static void
test_empty (void)
{
  GtkWidget *stack = relasi_test_ui_find (GTK_WIDGET (page), GTK_TYPE_STACK);

  relasi_window_set_page (window, "reminders");
  relasi_test_ui_settle (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");
  relasi_test_ui_screenshot (GTK_WIDGET (window), "reminders-empty");
}

static void
test_sections (void)
{
  g_autoptr(RelasiCustomer) ani = add_customer ("Bu Ani");
  g_autoptr(RelasiCustomer) budi = add_customer ("Pak Budi");
  g_autoptr(RelasiCustomer) sari = add_customer ("Toko Sari");
  g_autoptr(GError) error = NULL;
  gint64 done_id;

  /* a purchase 3 days ago: the thank-you was due yesterday */
  log_at (t0 - 3 * DAY, relasi_customer_get_id (ani), RELASI_INTERACTION_KIND_PURCHASE, "Wedding cake");
  /* a complaint 2 hours ago: answer due tomorrow 07:00 */
  log_at (t0 - 2 * HOUR, relasi_customer_get_id (budi), RELASI_INTERACTION_KIND_COMPLAINT, "The bread was stale");
  /* a promise: due in 4 days */
  log_at (t0 - 1 * HOUR, relasi_customer_get_id (sari), RELASI_INTERACTION_KIND_PROMISE, "Deliver 50 boxes of kue");
  weekly_id = add_custom ("Count the stock", 0, t0 - HOUR, RELASI_RECURRENCE_WEEKLY);
  today_id = add_custom ("Call the flour supplier", relasi_customer_get_id (sari), t0 + 6 * HOUR, RELASI_RECURRENCE_NONE);
  /* 23:30 tonight is still today; 00:30 is tomorrow */
  add_custom ("Check the oven timer", 0, t0 + 14 * HOUR + 30 * 60, RELASI_RECURRENCE_NONE);
  add_custom ("Order boxes", 0, t0 + 15 * HOUR + 30 * 60, RELASI_RECURRENCE_NONE);
  done_id = add_custom ("Sweep the shop", 0, t0 - 2 * HOUR, RELASI_RECURRENCE_NONE);
  g_assert_true (relasi_store_complete_reminder (store, done_id, &error));

  {
    g_autoptr(GPtrArray) due = relasi_store_list_reminders (store, RELASI_REMINDER_FILTER_DUE, 0, &error);
    thank_you_id = relasi_reminder_get_id (g_ptr_array_index (due, 0));
  }

  assert_page ("[Overdue 2] Thank Bu Ani for the purchase Count the stock"
               " [Today 2] Call the flour supplier Check the oven timer"
               " [Upcoming 3] Order boxes Answer the complaint of Pak Budi: The bread was stale"
               " Keep the promise to Toko Sari: Deliver 50 boxes of kue"
               " [Done (recent) 1] Sweep the shop");
  relasi_test_ui_settle (GTK_WIDGET (window));
  relasi_test_ui_screenshot (GTK_WIDGET (window), in_english () ? "reminders" : "reminders-id");
}

static void
test_done_and_recurrence (void)
{
  g_autoptr(RelasiReminder) done = NULL;
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GError) error = NULL;
  RelasiToastOverlay *toasts = relasi_window_get_toast_overlay (window);

  relasi_clock_advance (60);
  gtk_widget_activate_action (GTK_WIDGET (page), "reminders.done", "x", weekly_id);
  done = relasi_store_get_reminder (store, weekly_id, &error);
  g_assert_cmpint (relasi_reminder_get_done_at (done), >, 0);
  if (in_english ())
    g_assert_true (g_str_has_prefix (relasi_toast_overlay_get_title (toasts), "Done: Count the stock"));

  /* the next one, a week after its due date, waits under Upcoming */
  open = relasi_store_list_reminders (store, RELASI_REMINDER_FILTER_UPCOMING, 0, &error);
  {
    gboolean found = FALSE;

    for (guint i = 0; i < open->len; i++)
      {
        RelasiReminder *r = g_ptr_array_index (open, i);

        if (g_str_equal (relasi_reminder_get_title (r), "Count the stock"))
          {
            g_assert_cmpint (relasi_reminder_get_due_at (r), ==, t0 - HOUR + 7 * DAY);
            g_assert_cmpint (relasi_reminder_get_recurrence (r), ==, RELASI_RECURRENCE_WEEKLY);
            found = TRUE;
          }
      }
    g_assert_true (found);
  }
  assert_page ("[Overdue 1] Thank Bu Ani for the purchase"
               " [Today 2] Call the flour supplier Check the oven timer"
               " [Upcoming 4] Order boxes Answer the complaint of Pak Budi: The bread was stale"
               " Keep the promise to Toko Sari: Deliver 50 boxes of kue Count the stock"
               " [Done (recent) 2] Count the stock Sweep the shop");
}

static void
test_snooze (void)
{
  g_autoptr(RelasiReminder) r = NULL;
  g_autoptr(GError) error = NULL;

  /* the thank-you until tomorrow morning: from Overdue to Upcoming */
  gtk_widget_activate_action (GTK_WIDGET (page), "reminders.snooze", "(xi)", thank_you_id, RELASI_SNOOZE_TOMORROW);
  r = relasi_store_get_reminder (store, thank_you_id, &error);
  g_assert_cmpint (relasi_reminder_get_snoozed_until (r), ==, t0 + DAY);
  if (in_english ())
    g_assert_cmpstr (relasi_toast_overlay_get_title (relasi_window_get_toast_overlay (window)), ==,
                     "Snoozed until tomorrow, 09:00");
  g_clear_object (&r);

  /* a time picked for the call: the day after tomorrow at 14:00 */
  gtk_widget_activate_action (GTK_WIDGET (page), "reminders.snooze-until", "(xx)", today_id, t0 + 2 * DAY + 5 * HOUR);
  r = relasi_store_get_reminder (store, today_id, &error);
  g_assert_cmpint (relasi_reminder_get_snoozed_until (r), ==, t0 + 2 * DAY + 5 * HOUR);

  assert_page ("[Today 1] Check the oven timer"
               " [Upcoming 6] Order boxes Answer the complaint of Pak Budi: The bread was stale"
               " Thank Bu Ani for the purchase Call the flour supplier"
               " Keep the promise to Toko Sari: Deliver 50 boxes of kue Count the stock"
               " [Done (recent) 2] Count the stock Sweep the shop");
}

static gboolean
toast_is_gone (gpointer data)
{
  return relasi_toast_overlay_get_current (data) == 0;
}

static void
test_delete_undo (void)
{
  RelasiToastOverlay *toasts = relasi_window_get_toast_overlay (window);
  g_autoptr(RelasiReminder) r = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *undo;

  gtk_widget_activate_action (GTK_WIDGET (page), "reminders.delete", "x", today_id);
  r = relasi_store_get_reminder (store, today_id, &error);
  g_assert_cmpint (relasi_reminder_get_deleted_at (r), >, 0);
  g_clear_object (&r);
  if (in_english ())
    g_assert_cmpstr (relasi_toast_overlay_get_title (toasts), ==, "Reminder deleted");

  /* Undo: the button in the toast */
  relasi_test_ui_settle (GTK_WIDGET (window));
  undo = find_button (GTK_WIDGET (toasts), g_dgettext (GETTEXT_PACKAGE, "_Undo"));
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  g_assert_true (relasi_test_ui_wait_until (toast_is_gone, toasts, 5000));
  r = relasi_store_get_reminder (store, today_id, &error);
  g_assert_cmpint (relasi_reminder_get_deleted_at (r), ==, 0);
}

static gboolean
editor_is_open (gpointer data)
{
  return relasi_test_ui_find_window (RELASI_TYPE_REMINDER_EDITOR) != NULL;
}

static gboolean
editor_is_closed (gpointer data)
{
  return !editor_is_open (data);
}

static void
test_editor (void)
{
  RelasiReminderEditor *editor;
  GtkWidget *entry, *save;
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GError) error = NULL;
  guint before;

  open = relasi_store_list_reminders (store, RELASI_REMINDER_FILTER_OPEN, 0, &error);
  before = open->len;
  g_clear_pointer (&open, g_ptr_array_unref);

  relasi_test_ui_activate (GTK_WIDGET (window), "win.new-reminder", NULL);
  g_assert_true (relasi_test_ui_wait_until (editor_is_open, NULL, 5000));
  editor = RELASI_REMINDER_EDITOR (relasi_test_ui_find_window (RELASI_TYPE_REMINDER_EDITOR));
  relasi_test_ui_settle (GTK_WIDGET (editor));

  /* empty: Save disabled from the start */
  save = find_button (gtk_window_get_titlebar (GTK_WINDOW (editor)), g_dgettext (GETTEXT_PACKAGE, "_Save"));
  g_assert_nonnull (save);
  g_assert_false (gtk_widget_get_sensitive (save));

  /* only blanks: the message next to the field, and nothing saved */
  entry = relasi_test_ui_find (GTK_WIDGET (editor), GTK_TYPE_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  relasi_test_ui_settle (GTK_WIDGET (editor));
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_false (relasi_reminder_editor_save (editor));
  relasi_test_ui_screenshot (GTK_WIDGET (editor), "reminder-editor-invalid");

  gtk_editable_set_text (GTK_EDITABLE (entry), "Send Bu Ani the new price list");
  relasi_test_ui_settle (GTK_WIDGET (editor));
  g_assert_true (gtk_widget_get_sensitive (save));
  relasi_test_ui_screenshot (GTK_WIDGET (editor), in_english () ? "reminder-editor" : "reminder-editor-id");
  g_assert_true (relasi_reminder_editor_save (editor));
  g_assert_true (relasi_test_ui_wait_until (editor_is_closed, NULL, 5000));

  open = relasi_store_list_reminders (store, RELASI_REMINDER_FILTER_OPEN, 0, &error);
  g_assert_cmpuint (open->len, ==, before + 1);
}

static void
test_screenshot_dark (void)
{
  GtkSettings *settings = gtk_settings_get_default ();

  relasi_reminders_page_refresh (page);
  g_object_set (settings, "gtk-application-prefer-dark-theme", TRUE, NULL);
  relasi_test_ui_settle (GTK_WIDGET (window));
  relasi_test_ui_screenshot (GTK_WIDGET (window), "reminders-dark");
  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
  relasi_test_ui_settle (GTK_WIDGET (window));
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_setenv ("TZ", "Asia/Jakarta", TRUE);
  g_setenv ("RELASI_NOW", NOW_ISO, TRUE);
  relasi_test_ui_init (&argc, &argv);
  if (g_getenv ("RELASI_LOCALEDIR") != NULL)
    {
      bindtextdomain (GETTEXT_PACKAGE, g_getenv ("RELASI_LOCALEDIR"));
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
    }
  g_assert_true (relasi_clock_parse_iso8601 (NOW_ISO, &t0, &error));
  relasi_clock_set_now (t0);

  app = relasi_test_ui_start ();
  window = relasi_test_ui_get_window (app);
  store = relasi_application_get_store (app);
  /* the window makes a page when it is first shown */
  relasi_window_set_page (window, "reminders");
  page = RELASI_REMINDERS_PAGE (relasi_test_ui_find (GTK_WIDGET (window), RELASI_TYPE_REMINDERS_PAGE));
  g_assert_nonnull (page);

  g_test_add_func ("/reminders/empty", test_empty);
  g_test_add_func ("/reminders/sections", test_sections);
  g_test_add_func ("/reminders/done-and-recurrence", test_done_and_recurrence);
  g_test_add_func ("/reminders/snooze", test_snooze);
  g_test_add_func ("/reminders/delete-undo", test_delete_undo);
  g_test_add_func ("/reminders/editor", test_editor);
  g_test_add_func ("/reminders/screenshot-dark", test_screenshot_dark);

  status = g_test_run ();
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (app);
  return status;
}
