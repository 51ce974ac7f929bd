/* test-notifier.c — desktop notifications against a mock notification server
 *
 * Run by tests/notify/run-with-notify-mock: a private session bus with python3-dbusmock's
 * notification_daemon template advertising "body actions", no display. What Relasi
 * asked the server is read back through the mock's GetCalls; button presses are the
 * mock emitting ActionInvoked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "relasi-autostart.h"
#include "relasi-clock.h"
#include "relasi-error.h"
#include "relasi-notifier.h"
#include "relasi-test-util.h"

#define BUS_NAME   "org.freedesktop.Notifications"
#define OBJ_PATH   "/org/freedesktop/Notifications"
#define MOCK_IFACE "org.freedesktop.DBus.Mock"

/* ------------------------------------------------------------------------------------ */
/* the mock server                                                                      */

static GDBusConnection *
bus (void)
{
  static GDBusConnection *connection;

  if (connection == NULL)
    {
      g_autoptr(GError) error = NULL;

      connection = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
      g_assert_no_error (error);
    }
  return connection;
}

static GVariant *
mock_call (const char *method,
           GVariant   *args,
           const char *reply_type)
{
  g_autoptr(GError) error = NULL;
  GVariant *reply;

  reply = g_dbus_connection_call_sync (bus (), BUS_NAME, OBJ_PATH, MOCK_IFACE, method, args,
                                       reply_type != NULL ? G_VARIANT_TYPE (reply_type) : NULL,
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  return reply;
}

static void
mock_set_caps (const char *python_list)
{
  g_autofree char *code = g_strdup_printf ("ret = %s", python_list);

  g_variant_unref (mock_call ("AddMethod",
                              g_variant_new ("(sssss)", BUS_NAME, "GetCapabilities", "", "as", code),
                              NULL));
}

static void
mock_reset (void)
{
  /* notification ids start at 1 again, so a test knows which one to press */
  g_variant_unref (mock_call ("AddMethod",
                              g_variant_new ("(sssss)", BUS_NAME, "XRelasiResetIds", "", "", "self.next_id = 1"),
                              NULL));
  g_variant_unref (g_dbus_connection_call_sync (bus (), BUS_NAME, OBJ_PATH, BUS_NAME, "XRelasiResetIds",
                                                NULL, NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL));
  g_variant_unref (mock_call ("ClearCalls", NULL, NULL));
  mock_set_caps ("['body', 'actions']");
}

/* The arguments (susssasa{sv}i) of every Notify call since the last reset. */
static GPtrArray *
notify_calls (void)
{
  g_autoptr(GVariant) reply = mock_call ("GetCalls", NULL, "(a(tsav))");
  g_autoptr(GVariantIter) iter = NULL;
  GPtrArray *calls = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);
  const char *method;
  GVariantIter *args;
  guint64 stamp;

  g_variant_get (reply, "(a(tsav))", &iter);
  while (g_variant_iter_next (iter, "(t&sav)", &stamp, &method, &args))
    {
      if (g_str_equal (method, "Notify"))
        {
          GVariantBuilder builder;
          GVariant *arg;

          g_variant_builder_init (&builder, G_VARIANT_TYPE_TUPLE);
          while ((arg = g_variant_iter_next_value (args)) != NULL)
            {
              g_autoptr(GVariant) inner = g_variant_get_variant (arg);
              g_variant_builder_add_value (&builder, inner);
              g_variant_unref (arg);
            }
          g_ptr_array_add (calls, g_variant_ref_sink (g_variant_builder_end (&builder)));
        }
      g_variant_iter_free (args);
    }
  return calls;
}

static void
mock_emit_action (guint32     id,
                  const char *action)
{
  GVariantBuilder args;

  g_variant_builder_init (&args, G_VARIANT_TYPE ("av"));
  g_variant_builder_add (&args, "v", g_variant_new_uint32 (id));
  g_variant_builder_add (&args, "v", g_variant_new_string (action));
  g_variant_unref (mock_call ("EmitSignal",
                              g_variant_new ("(sssav)", BUS_NAME, "ActionInvoked", "us", &args),
                              NULL));
}

typedef struct {
  const char *summary;
  const char *body;
  guchar      urgency;
  const char *actions;   /* "key=label|key=label", "" for none */
} Expected;

static void
assert_notify_call (GVariant *call, const Expected *expected)
{
  const char *app_name, *icon, *summary, *body, *desktop_entry = NULL;
  g_autoptr(GVariantIter) actions = NULL;
  g_autoptr(GVariant) hints = NULL;
  g_autoptr(GString) joined = g_string_new (NULL);
  guint32 replaces;
  gint32 timeout;
  guchar urgency = 255;
  const char *key, *label;

  g_variant_get (call, "(&su&s&s&sas@a{sv}i)", &app_name, &replaces, &icon, &summary, &body,
                 &actions, &hints, &timeout);
  g_assert_cmpstr (app_name, ==, "Relasi");
  g_assert_cmpstr (icon, ==, APP_ID);
  g_assert_cmpstr (summary, ==, expected->summary);
  if (expected->body != NULL)
    g_assert_cmpstr (body, ==, expected->body);
  g_assert_true (g_variant_lookup (hints, "urgency", "y", &urgency));
  g_assert_cmpint (urgency, ==, expected->urgency);
  g_assert_true (g_variant_lookup (hints, "desktop-entry", "&s", &desktop_entry));
  g_assert_cmpstr (desktop_entry, ==, APP_ID);

  while (g_variant_iter_next (actions, "&s", &key) && g_variant_iter_next (actions, "&s", &label))
    g_string_append_printf (joined, "%s%s=%s", joined->len > 0 ? "|" : "", key, label);
  g_assert_cmpstr (joined->str, ==, expected->actions);
}

static guint
n_notify_calls (void)
{
  g_autoptr(GPtrArray) calls = notify_calls ();

  return calls->len;
}

/* ------------------------------------------------------------------------------------ */
/* fixture: a store, settings, a notifier                                               */

typedef struct {
  Fixture         base;
  GSettings      *settings;
  RelasiNotifier *notifier;
} NotifyFixture;

static void
notify_setup (NotifyFixture *f, gconstpointer data)
{
  fixture_setup (&f->base, data);     /* the clock at T0 = 2026-03-01 09:00 in Jakarta */
  f->settings = g_settings_new (APP_ID);
  f->notifier = relasi_notifier_new (f->base.store, f->settings);
  if (g_strcmp0 (g_getenv ("NOTIFY_MOCK"), "none") != 0)
    mock_reset ();
}

static void
notify_teardown (NotifyFixture *f, gconstpointer data)
{
  g_clear_object (&f->notifier);
  g_settings_reset (f->settings, "quiet-hours-enabled");
  g_settings_reset (f->settings, "quiet-hours-start");
  g_settings_reset (f->settings, "quiet-hours-end");
  g_settings_reset (f->settings, "notifications-enabled");
  g_clear_object (&f->settings);
  fixture_teardown (&f->base, data);
  g_setenv ("TZ", "Asia/Jakarta", TRUE);
}

static guint
poll (NotifyFixture *f)
{
  g_autoptr(GError) error = NULL;
  guint shown = relasi_notifier_poll (f->notifier, &error);

  g_assert_no_error (error);
  return shown;
}

static RelasiReminder *
reload (NotifyFixture *f, gint64 id)
{
  g_autoptr(GError) error = NULL;
  RelasiReminder *r = relasi_store_get_reminder (f->base.store, id, &error);

  g_assert_no_error (error);
  return r;
}

static gint64
first_open_id (NotifyFixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) open = relasi_store_list_reminders (f->base.store, RELASI_REMINDER_FILTER_OPEN, 0, &error);

  g_assert_cmpuint (open->len, >, 0);
  return relasi_reminder_get_id (g_ptr_array_index (open, 0));
}

static RelasiReminder *
add_custom (NotifyFixture *f, const char *title, gint64 due, RelasiRecurrence recurrence)
{
  g_autoptr(GError) error = NULL;
  RelasiReminder *r = relasi_reminder_new ();

  relasi_reminder_set_kind (r, RELASI_REMINDER_KIND_CUSTOM);
  relasi_reminder_set_title (r, title);
  relasi_reminder_set_due_at (r, due);
  relasi_reminder_set_recurrence (r, recurrence);
  g_assert_true (relasi_store_add_reminder (f->base.store, r, &error));
  g_assert_no_error (error);
  return r;
}

/* ------------------------------------------------------------------------------------ */

static void
test_thank_you (NotifyFixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) ani = test_add_customer (f->base.store, "Bu Ani");
  g_autoptr(GPtrArray) calls = NULL;
  g_autoptr(RelasiReminder) r = NULL;
  g_autoptr(GError) error = NULL;
  const Expected expected = {
    "Thank-you note overdue",
    "Thank Bu Ani for the purchase\nDue 1 minute ago (today, 09:00).",
    1,
    "default=Open|open=Open|done=Mark Done|snooze=Snooze until Tomorrow",
  };

  g_object_unref (test_log (f->base.store, relasi_customer_get_id (ani), RELASI_INTERACTION_KIND_PURCHASE, "Birthday cake"));
  g_assert_cmpuint (poll (f), ==, 0);              /* owed, not yet due */

  relasi_clock_advance (2 * DAY + 60);
  g_assert_cmpuint (poll (f), ==, 1);
  calls = notify_calls ();
  g_assert_cmpuint (calls->len, ==, 1);
  assert_notify_call (g_ptr_array_index (calls, 0), &expected);
  r = reload (f, first_open_id (f));
  g_assert_cmpint (relasi_reminder_get_notified_at (r), ==, relasi_clock_now ());

  /* once */
  relasi_clock_advance (30);
  g_assert_cmpuint (poll (f), ==, 0);
  g_assert_cmpuint (n_notify_calls (), ==, 1);

  /* a restart: a new notifier on the reopened database does not repeat it */
  g_clear_object (&f->notifier);
  g_clear_object (&f->base.store);
  f->base.store = relasi_store_open (f->base.dir, &error);
  g_assert_no_error (error);
  f->notifier = relasi_notifier_new (f->base.store, f->settings);
  g_assert_cmpuint (poll (f), ==, 0);
  g_assert_cmpuint (n_notify_calls (), ==, 1);
}

static void
test_complaint (NotifyFixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) budi = test_add_customer (f->base.store, "Pak Budi");
  g_autoptr(GPtrArray) calls = NULL;
  const Expected expected = {
    "Complaint unanswered past its deadline",
    "Answer the complaint of Pak Budi: The bread was stale\nThe answer was due 1 hour ago (today, 09:00).",
    2,
    "default=Open|open=Open|done=Mark Answered|snooze=Snooze until Tomorrow",
  };

  relasi_clock_advance (-DAY);
  g_object_unref (test_log (f->base.store, relasi_customer_get_id (budi), RELASI_INTERACTION_KIND_COMPLAINT, "The bread was stale"));
  relasi_clock_advance (DAY + 3600);             /* 24 h to answer, one hour late */

  g_assert_cmpuint (poll (f), ==, 1);
  calls = notify_calls ();
  g_assert_cmpuint (calls->len, ==, 1);
  assert_notify_call (g_ptr_array_index (calls, 0), &expected);
  g_assert_cmpuint (poll (f), ==, 0);
  g_assert_cmpuint (n_notify_calls (), ==, 1);
}

static void
test_summary (NotifyFixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) calls = NULL;
  const Expected expected = {
    "5 thank-you notes overdue",
    "Thank Customer 0 for the purchase\nThank Customer 1 for the purchase\n"
    "Thank Customer 2 for the purchase\nand 2 more",
    1,
    "default=Open|open=Open Reminders",
  };

  for (int i = 0; i < 5; i++)
    {
      g_autofree char *name = g_strdup_printf ("Customer %d", i);
      g_autoptr(RelasiCustomer) c = test_add_customer (f->base.store, name);

      g_object_unref (test_log (f->base.store, relasi_customer_get_id (c), RELASI_INTERACTION_KIND_PURCHASE, "Bread"));
      relasi_clock_advance (1);
    }
  g_assert_cmpuint (poll (f), ==, 0);
  relasi_clock_advance (2 * DAY + 10);            /* all five due between two passes */

  g_assert_cmpuint (poll (f), ==, 1);
  calls = notify_calls ();
  g_assert_cmpuint (calls->len, ==, 1);
  assert_notify_call (g_ptr_array_index (calls, 0), &expected);
  g_assert_cmpuint (poll (f), ==, 0);
}

typedef struct {
  gint64 id;
  guint  count;
} OpenSeen;

static void
on_open_reminder (RelasiNotifier *notifier, gint64 id, OpenSeen *seen)
{
  seen->id = id;
  seen->count++;
}

static void
on_changed (RelasiStore *store, RelasiStoreChange changes, gboolean *changed)
{
  *changed = TRUE;
}

static void
spin_until (gboolean *flag)
{
  gint64 give_up = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!*flag && g_get_monotonic_time () < give_up)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (*flag);
}

static gboolean
wake_up (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static void
test_actions (NotifyFixture *f, gconstpointer data)
{
  g_autoptr(RelasiReminder) snooze = add_custom (f, "Call the flour supplier", T0 - 60, RELASI_RECURRENCE_NONE);
  g_autoptr(RelasiReminder) weekly = NULL;
  g_autoptr(RelasiReminder) got = NULL;
  g_autoptr(GPtrArray) open = NULL;
  g_autoptr(GError) error = NULL;
  OpenSeen seen = { 0, 0 };
  gboolean changed = FALSE;
  gulong handler;
  guint tick = g_timeout_add (50, wake_up, NULL);

  handler = g_signal_connect (f->base.store, "changed", G_CALLBACK (on_changed), &changed);
  g_signal_connect (f->notifier, "open-reminder", G_CALLBACK (on_open_reminder), &seen);

  /* notification 1: snooze until tomorrow 09:00 */
  g_assert_cmpuint (poll (f), ==, 1);
  changed = FALSE;
  mock_emit_action (1, "snooze");
  spin_until (&changed);
  got = reload (f, relasi_reminder_get_id (snooze));
  g_assert_cmpint (relasi_reminder_get_snoozed_until (got), ==, T0 + DAY);
  g_clear_object (&got);

  /* it comes back after the snooze, once */
  relasi_clock_set_now (T0 + DAY - 60);
  g_assert_cmpuint (poll (f), ==, 0);
  relasi_clock_set_now (T0 + DAY + 5);
  g_assert_cmpuint (poll (f), ==, 1);
  g_assert_cmpuint (poll (f), ==, 0);

  /* notification 2 (the snoozed one again): open, then done */
  mock_emit_action (2, "default");
  while (seen.count == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (seen.id, ==, relasi_reminder_get_id (snooze));
  changed = FALSE;
  mock_emit_action (2, "done");
  spin_until (&changed);
  got = reload (f, relasi_reminder_get_id (snooze));
  g_assert_cmpint (relasi_reminder_get_done_at (got), >, 0);
  g_clear_object (&got);

  /* a weekly one marked done from the notification schedules the next */
  weekly = add_custom (f, "Count the stock", relasi_clock_now () - 60, RELASI_RECURRENCE_WEEKLY);
  g_assert_cmpuint (poll (f), ==, 1);
  changed = FALSE;
  mock_emit_action (3, "done");
  spin_until (&changed);
  open = relasi_store_list_reminders (f->base.store, RELASI_REMINDER_FILTER_OPEN, 0, &error);
  g_assert_cmpuint (open->len, ==, 1);
  g_assert_cmpstr (relasi_reminder_get_title (g_ptr_array_index (open, 0)), ==, "Count the stock");
  g_assert_cmpint (relasi_reminder_get_due_at (g_ptr_array_index (open, 0)), ==,
                   relasi_reminder_get_due_at (weekly) + 7 * DAY);

  g_signal_handler_disconnect (f->base.store, handler);
  g_source_remove (tick);
}

static void
test_quiet_hours (NotifyFixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) calls = NULL;
  gint64 night = T0 + 13 * 3600;                  /* 22:00 */
  const Expected expected = { "2 reminders due", "Water the plants\nLock the back door", 1,
                              "default=Open|open=Open Reminders" };

  g_settings_set_boolean (f->settings, "quiet-hours-enabled", TRUE);
  g_settings_set_int (f->settings, "quiet-hours-start", 21);
  g_settings_set_int (f->settings, "quiet-hours-end", 8);
  g_object_unref (add_custom (f, "Water the plants", night + 600, RELASI_RECURRENCE_NONE));
  g_object_unref (add_custom (f, "Lock the back door", night + 1800, RELASI_RECURRENCE_NONE));

  g_assert_cmpuint (poll (f), ==, 0);
  /* the night, pass after pass: held */
  for (gint64 t = night; t < T0 + 23 * 3600; t += RELASI_NOTIFIER_INTERVAL * 40)
    {
      relasi_clock_set_now (t);
      g_assert_cmpuint (poll (f), ==, 0);
    }
  g_assert_cmpuint (n_notify_calls (), ==, 0);

  /* 08:00: caught up in one summary */
  relasi_clock_set_now (T0 + 23 * 3600 + 10);
  g_assert_cmpuint (poll (f), ==, 1);
  calls = notify_calls ();
  g_assert_cmpuint (calls->len, ==, 1);
  assert_notify_call (g_ptr_array_index (calls, 0), &expected);
  relasi_clock_advance (RELASI_NOTIFIER_INTERVAL);
  g_assert_cmpuint (poll (f), ==, 0);
}

static void
test_no_actions (NotifyFixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) calls = NULL;
  const Expected expected = { "Reminder", "Ring the bell\nDue 1 minute ago (today, 08:59).", 1, "" };

  mock_set_caps ("['body']");
  g_object_unref (add_custom (f, "Ring the bell", T0 - 60, RELASI_RECURRENCE_NONE));
  g_assert_cmpuint (poll (f), ==, 1);
  calls = notify_calls ();
  g_assert_cmpuint (calls->len, ==, 1);
  assert_notify_call (g_ptr_array_index (calls, 0), &expected);
}

static void
test_markup (NotifyFixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) c = test_add_customer (f->base.store, "<b>Toko</b> Roti & Kue");
  g_autoptr(GPtrArray) calls = NULL;
  const Expected expected = {
    "Thank-you note overdue",
    "Thank &lt;b&gt;Toko&lt;/b&gt; Roti &amp; Kue for the meeting\nDue 1 minute ago (today, 09:00).",
    1,
    "default=Open|open=Open|done=Mark Done|snooze=Snooze until Tomorrow",
  };

  g_object_unref (test_log (f->base.store, relasi_customer_get_id (c), RELASI_INTERACTION_KIND_MEETING, "Tasting"));
  relasi_clock_advance (2 * DAY + 60);
  g_assert_cmpuint (poll (f), ==, 1);
  calls = notify_calls ();
  assert_notify_call (g_ptr_array_index (calls, 0), &expected);
}

static void
test_time_jump (NotifyFixture *f, gconstpointer data)
{
  g_autofree char *clock_file = g_build_filename (f->base.dir, "clock", NULL);
  g_autoptr(GPtrArray) calls = NULL;
  const Expected expected = { "2 reminders due", "Bake for the market\nDeliver the catering", 1,
                              "default=Open|open=Open Reminders" };

  g_setenv ("RELASI_TEST_CLOCK_FILE", clock_file, TRUE);
  g_object_unref (add_custom (f, "Bake for the market", T0 + 3 * 3600, RELASI_RECURRENCE_NONE));
  g_object_unref (add_custom (f, "Deliver the catering", T0 + 5 * 3600, RELASI_RECURRENCE_NONE));
  g_assert_cmpuint (poll (f), ==, 0);

  /* the machine sleeps for a day: the test clock jumps */
  g_assert_true (g_file_set_contents (clock_file, "+86400\n", -1, NULL));
  g_assert_cmpuint (poll (f), ==, 1);
  g_assert_cmpint (relasi_clock_now (), >=, T0 + DAY);
  g_assert_cmpint (relasi_clock_now (), <, T0 + DAY + 60);
  g_assert_cmpuint (poll (f), ==, 0);           /* the same file text is applied once */
  calls = notify_calls ();
  g_assert_cmpuint (calls->len, ==, 1);
  assert_notify_call (g_ptr_array_index (calls, 0), &expected);

  /* an absolute time works too */
  g_assert_true (g_file_set_contents (clock_file, "2026-03-05T10:00:00+07:00", -1, NULL));
  g_assert_cmpuint (poll (f), ==, 0);
  g_assert_cmpint (relasi_clock_now (), >=, T0 + 4 * DAY + 3600);
  g_unsetenv ("RELASI_TEST_CLOCK_FILE");
}

static void
test_dst (NotifyFixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) calls = NULL;
  gint64 due, before;
  const Expected expected = { "Reminder", "Open the shop for the Easter orders\nDue 1 minute ago (today, 09:00).", 1,
                              "default=Open|open=Open|done=Mark Done|snooze=Snooze until Tomorrow" };

  /* Berlin moves its clocks from 02:00 to 03:00 on Sunday 2026-03-29 */
  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_settings_set_boolean (f->settings, "quiet-hours-enabled", TRUE);
  g_assert_true (relasi_clock_parse_iso8601 ("2026-03-29T09:00:00", &due, NULL));
  g_assert_cmpint (due, ==, 1774767600);          /* 07:00 UTC: CEST, not CET */
  g_assert_true (relasi_clock_parse_iso8601 ("2026-03-28T20:00:00", &before, NULL));

  relasi_clock_set_now (before);
  g_object_unref (add_custom (f, "Open the shop for the Easter orders", due, RELASI_RECURRENCE_NONE));
  g_assert_cmpuint (poll (f), ==, 0);
  /* through the night and the change of the clocks, pass by pass */
  for (gint64 t = before; t < due; t += 600)
    {
      relasi_clock_set_now (t);
      g_assert_cmpuint (poll (f), ==, 0);
    }
  relasi_clock_set_now (due - 30);
  g_assert_cmpuint (poll (f), ==, 0);
  relasi_clock_set_now (due + 60);
  g_assert_cmpuint (poll (f), ==, 1);
  calls = notify_calls ();
  g_assert_cmpuint (calls->len, ==, 1);
  assert_notify_call (g_ptr_array_index (calls, 0), &expected);
}

static void
test_disabled (NotifyFixture *f, gconstpointer data)
{
  g_settings_set_boolean (f->settings, "notifications-enabled", FALSE);
  g_object_unref (add_custom (f, "Ring the bell", T0 - 60, RELASI_RECURRENCE_NONE));
  g_assert_cmpuint (poll (f), ==, 0);
  g_assert_cmpuint (n_notify_calls (), ==, 0);
}

static void
test_check_reminders_cli (NotifyFixture *f, gconstpointer data)
{
  const char *binary = g_getenv ("RELASI_BINARY");
  g_autoptr(RelasiCustomer) ani = test_add_customer (f->base.store, "Bu Ani");
  g_autoptr(GPtrArray) calls = NULL;
  g_auto(GStrv) env = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *argv[] = { binary, "--check-reminders", NULL };
  int status = -1;
  const Expected expected = {
    "Thank-you note overdue",
    "Thank Bu Ani for the purchase\nDue 1 day ago (yesterday, 09:00).",
    1,
    "",                                          /* the process exits: no buttons */
  };

  if (binary == NULL)
    {
      g_test_skip ("RELASI_BINARY is not set");
      return;
    }

  g_object_unref (test_log (f->base.store, relasi_customer_get_id (ani), RELASI_INTERACTION_KIND_PURCHASE, "Bread"));
  g_clear_object (&f->notifier);
  g_clear_object (&f->base.store);

  env = g_get_environ ();
  env = g_environ_setenv (env, "RELASI_DATA_DIR", f->base.dir, TRUE);
  env = g_environ_setenv (env, "RELASI_NOW", "2026-03-04T09:00:00+07:00", TRUE);
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");

  for (int run = 0; run < 2; run++)
    {
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);
      g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL,
                                   &out, &err, &status, &error));
      g_assert_no_error (error);
      if (!g_spawn_check_wait_status (status, NULL))
        g_error ("relasi --check-reminders failed:\n%s\n%s", out, err);
      calls = notify_calls ();
      g_assert_cmpuint (calls->len, ==, 1);     /* the second run repeats nothing */
      assert_notify_call (g_ptr_array_index (calls, 0), &expected);
      g_clear_pointer (&calls, g_ptr_array_unref);
    }
}

/* g_test_expect_message() does not see structured logging in GLib 2.74: count the
 * messages with a writer of our own. */
static guint no_server_messages;

static GLogWriterOutput
count_messages (GLogLevelFlags   level,
                const GLogField *fields,
                gsize            n_fields,
                gpointer         user_data)
{
  for (gsize i = 0; i < n_fields; i++)
    if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0 &&
        g_str_has_prefix (fields[i].value, "No desktop notification server answered"))
      {
        g_assert_true (level & G_LOG_LEVEL_MESSAGE);   /* a message, never a warning */
        no_server_messages++;
      }
  return g_log_writer_default (level, fields, n_fields, user_data);
}

static void
test_no_server (NotifyFixture *f, gconstpointer data)
{
  g_autoptr(RelasiReminder) r = add_custom (f, "Ring the bell", T0 - 60, RELASI_RECURRENCE_NONE);
  g_autoptr(RelasiReminder) got = NULL;

  g_assert_cmpuint (poll (f), ==, 0);
  g_assert_cmpuint (no_server_messages, ==, 1);
  g_assert_false (relasi_notifier_has_server (f->notifier));

  /* said once; nothing recorded, so it is shown when a server comes */
  relasi_clock_advance (30);
  g_assert_cmpuint (poll (f), ==, 0);
  relasi_clock_advance (3600);
  g_assert_cmpuint (poll (f), ==, 0);
  g_assert_cmpuint (no_server_messages, ==, 1);
  got = reload (f, relasi_reminder_get_id (r));
  g_assert_cmpint (relasi_reminder_get_notified_at (got), ==, 0);
}

/* Outside a sandbox: the autostart entry is written and removed with the setting. */
static void
test_autostart (void)
{
  g_autofree char *path = relasi_autostart_get_path ();
  g_autofree char *contents = NULL;
  g_autofree char *again = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf before, after;

  g_assert_true (g_str_has_prefix (path, g_getenv ("XDG_CONFIG_HOME")));
  g_assert_true (relasi_autostart_set (TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\nExec=relasi --background\n"));

  /* every start sets it: an entry as it should be is left alone (not replaced)… */
  g_assert_cmpint (g_stat (path, &before), ==, 0);
  g_assert_true (relasi_autostart_set (TRUE, &error));
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpuint (before.st_ino, ==, after.st_ino);
  /* …one that differs is written again */
  g_assert_true (g_file_set_contents (path, "[Desktop Entry]\nExec=something-else\n", -1, NULL));
  g_assert_true (relasi_autostart_set (TRUE, &error));
  g_clear_pointer (&again, g_free);
  g_assert_true (g_file_get_contents (path, &again, NULL, NULL));
  g_assert_cmpstr (again, ==, contents);

  g_assert_true (relasi_autostart_set (FALSE, &error));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (relasi_autostart_set (FALSE, &error));   /* already gone: fine */
}

int
main (int argc, char *argv[])
{
  g_autofree char *config_home = NULL;
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("TZ", "Asia/Jakarta", TRUE);
  /* never the real ~/.config */
  config_home = g_dir_make_tmp ("relasi-config-XXXXXX", NULL);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, NotifyFixture, NULL, notify_setup, fn, notify_teardown)
  if (g_strcmp0 (g_getenv ("NOTIFY_MOCK"), "none") == 0)
    {
      g_log_set_writer_func (count_messages, NULL, NULL);
      ADD ("/notify/no-server", test_no_server);
    }
  else
    {
      ADD ("/notify/thank-you", test_thank_you);
      ADD ("/notify/complaint", test_complaint);
      ADD ("/notify/summary", test_summary);
      ADD ("/notify/actions", test_actions);
      ADD ("/notify/quiet-hours", test_quiet_hours);
      ADD ("/notify/no-actions", test_no_actions);
      ADD ("/notify/markup", test_markup);
      ADD ("/notify/time-jump", test_time_jump);
      ADD ("/notify/dst", test_dst);
      ADD ("/notify/disabled", test_disabled);
      ADD ("/notify/check-reminders-cli", test_check_reminders_cli);
      g_test_add_func ("/notify/autostart", test_autostart);
    }

  {
    int status = g_test_run ();

    test_remove_dir (config_home);
    return status;
  }
}
