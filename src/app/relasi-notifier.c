/* relasi-notifier.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <libnotify/notify.h>

#include "relasi-notifier.h"
#include "relasi-clock.h"
#include "relasi-notify-plan.h"
#include "relasi-store-checkins.h"

/* libnotify 0.8 has no autoptr support of its own */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NotifyNotification, g_object_unref)

/* How long to wait for the notification server to answer (it may be starting). */
#define SERVER_TIMEOUT_MS 5000
/* After finding no server, look again only this much later (seconds). */
#define SERVER_RETRY 600

/* A pass that comes this much later than planned means the clock jumped. */
#define JUMP_SLACK 60

struct _RelasiNotifier
{
  GObject       parent_instance;

  RelasiStore  *store;
  GSettings    *settings;           /* nullable: then the schema's defaults apply */
  GHashTable   *shown;              /* NotifyNotification, kept until closed */

  guint         timeout_id;
  guint         first_pass_id;   /* the catching-up pass a second after start */
  gint64        last_pass;          /* relasi_clock_now() of the last pass, 0 before */
  gboolean      was_quiet;          /* the last pass held something back */
  gboolean      interactive;        /* buttons on notifications (a running app) */
  gboolean      server_missing;     /* told once that there is no notification server */
  gint64        server_retry_at;    /* when to ask again after no server answered */
  gboolean      inited_libnotify;
  char         *test_clock_text;    /* what RELASI_TEST_CLOCK_FILE said last */
};

G_DEFINE_FINAL_TYPE (RelasiNotifier, relasi_notifier, G_TYPE_OBJECT)

enum {
  OPEN_REMINDER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct {
  GWeakRef  notifier;
  gint64    reminder_id;            /* 0 for a summary */
} ActionData;

static void
action_data_free (gpointer data)
{
  ActionData *action = data;

  g_weak_ref_clear (&action->notifier);
  g_free (action);
}

static ActionData *
action_data_new (RelasiNotifier *self,
                 gint64          reminder_id)
{
  ActionData *action = g_new0 (ActionData, 1);

  g_weak_ref_init (&action->notifier, self);
  action->reminder_id = reminder_id;
  return action;
}

/* Test clock: see relasi-notifier.h. */
static void
relasi_notifier_read_test_clock (RelasiNotifier *self)
{
  const char *path = g_getenv ("RELASI_TEST_CLOCK_FILE");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  char *text;

  if (path == NULL || *path == '\0' || !g_file_get_contents (path, &contents, NULL, NULL))
    return;
  text = g_strstrip (contents);
  if (*text == '\0' || g_strcmp0 (text, self->test_clock_text) == 0)
    return;

  g_free (self->test_clock_text);
  self->test_clock_text = g_strdup (text);

  if (*text == '+' || *text == '-')
    {
      gint64 seconds;

      if (g_ascii_string_to_signed (text, 10, -G_MAXINT32, G_MAXINT32, &seconds, &error))
        relasi_clock_advance (seconds);
      else
        g_message ("RELASI_TEST_CLOCK_FILE: %s", error->message);
    }
  else
    {
      gint64 utc;

      if (relasi_clock_parse_iso8601 (text, &utc, &error))
        relasi_clock_set_now (utc);
      else
        g_message ("RELASI_TEST_CLOCK_FILE: %s", error->message);
    }
}

static void
relasi_notifier_get_settings (RelasiNotifier       *self,
                              RelasiNotifySettings *out)
{
  if (self->settings == NULL)
    {
      *out = (RelasiNotifySettings) { TRUE, FALSE, 21, 8 };
      return;
    }
  out->enabled = g_settings_get_boolean (self->settings, "notifications-enabled");
  out->quiet_enabled = g_settings_get_boolean (self->settings, "quiet-hours-enabled");
  out->quiet_start = g_settings_get_int (self->settings, "quiet-hours-start");
  out->quiet_end = g_settings_get_int (self->settings, "quiet-hours-end");
}

static void
relasi_notifier_server_gone (RelasiNotifier *self,
                             const char     *why)
{
  if (self->server_missing)
    return;
  self->server_missing = TRUE;
  /* A message, not a warning: no server is a normal setup (a minimal desktop, a
   * session without one), and the reminders still wait on the Reminders page. */
  g_message ("No desktop notification server answered (%s); due reminders are shown on the "
             "Reminders page only.", why);
}

static void
on_action (NotifyNotification *notification,
           char               *action,
           gpointer            user_data)
{
  ActionData *data = user_data;
  g_autoptr(RelasiNotifier) self = g_weak_ref_get (&data->notifier);
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;

  if (g_str_equal (action, "done") && data->reminder_id > 0)
    {
      /* completing schedules the next one of a repeating reminder, answers a
       * complaint, keeps a promise: the same as on the page */
      if (!relasi_store_complete_reminder (self->store, data->reminder_id, &error))
        g_message ("Could not mark the reminder done: %s", error->message);
    }
  else if (g_str_equal (action, "snooze") && data->reminder_id > 0)
    {
      gint64 now = relasi_clock_now ();

      if (!relasi_store_snooze_reminder (self->store, data->reminder_id,
                                         relasi_snooze_until (RELASI_SNOOZE_TOMORROW, now), &error))
        g_message ("Could not snooze the reminder: %s", error->message);
    }
  else if (g_str_equal (action, "open") || g_str_equal (action, "default"))
    g_signal_emit (self, signals[OPEN_REMINDER], 0, data->reminder_id);
}

static void
on_notification_closed (NotifyNotification *notification,
                        gpointer            user_data)
{
  RelasiNotifier *self = user_data;

  g_hash_table_remove (self->shown, notification);
}

/* Asks the server for its capabilities over GDBus rather than through libnotify,
 * which warns when there is no server, and none is a normal setup. Starts a
 * D-Bus-activatable server.
 *
 * Returns: whether a server answered; @actions says whether it shows buttons */
static gboolean
ask_server (gboolean  *actions,
            char     **why)
{
  g_autoptr(GDBusConnection) connection = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree const char **caps = NULL;

  *actions = FALSE;
  connection = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  if (connection != NULL)
    reply = g_dbus_connection_call_sync (connection, "org.freedesktop.Notifications",
                                         "/org/freedesktop/Notifications", "org.freedesktop.Notifications",
                                         "GetCapabilities", NULL, G_VARIANT_TYPE ("(as)"),
                                         G_DBUS_CALL_FLAGS_NONE, SERVER_TIMEOUT_MS, NULL, &error);
  if (reply == NULL)
    {
      *why = g_strdup (error->message);
      return FALSE;
    }

  g_variant_get (reply, "(^a&s)", &caps);
  *actions = g_strv_contains (caps, "actions");
  return TRUE;
}

static NotifyNotification *
build_notification (RelasiNotifier     *self,
                    RelasiNotification *planned,
                    gboolean            with_actions)
{
  NotifyNotification *n = notify_notification_new (planned->summary, planned->body, APP_ID);
  NotifyUrgency urgency = planned->urgency == RELASI_NOTIFY_URGENCY_CRITICAL ? NOTIFY_URGENCY_CRITICAL
                        : planned->urgency == RELASI_NOTIFY_URGENCY_LOW ? NOTIFY_URGENCY_LOW
                        : NOTIFY_URGENCY_NORMAL;

  notify_notification_set_urgency (n, urgency);
  notify_notification_set_hint_string (n, "desktop-entry", APP_ID);
  notify_notification_set_category (n, "x-relasi.reminder");

  if (with_actions)
    {
      gint64 id = planned->is_summary ? 0 : planned->reminder_id;

      notify_notification_add_action (n, "default", _("Open"), on_action,
                                      action_data_new (self, id), action_data_free);
      notify_notification_add_action (n, "open", planned->is_summary ? _("Open Reminders") : _("Open"),
                                      on_action, action_data_new (self, id), action_data_free);
      if (!planned->is_summary)
        {
          notify_notification_add_action (n, "done", planned->done_label, on_action,
                                          action_data_new (self, id), action_data_free);
          notify_notification_add_action (n, "snooze", _("Snooze until Tomorrow"), on_action,
                                          action_data_new (self, id), action_data_free);
        }
    }
  return n;
}

static gboolean
record_notified (RelasiNotifier     *self,
                 RelasiNotification *planned,
                 gint64              now,
                 GError            **error)
{
  return relasi_store_set_reminders_notified (self->store, (const gint64 *) (gpointer) planned->reminder_ids->data,
                                              planned->reminder_ids->len, now, error);
}

static gboolean
on_timeout (gpointer user_data)
{
  RelasiNotifier *self = user_data;
  g_autoptr(GError) error = NULL;

  relasi_notifier_poll (self, &error);
  if (error != NULL)
    g_message ("Checking the reminders failed: %s", error->message);
  return G_SOURCE_CONTINUE;
}

static void
relasi_notifier_dispose (GObject *object)
{
  RelasiNotifier *self = RELASI_NOTIFIER (object);

  relasi_notifier_stop (self);
  g_clear_pointer (&self->shown, g_hash_table_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (relasi_notifier_parent_class)->dispose (object);
}

static void
relasi_notifier_finalize (GObject *object)
{
  RelasiNotifier *self = RELASI_NOTIFIER (object);

  g_free (self->test_clock_text);
  if (self->inited_libnotify)
    notify_uninit ();

  G_OBJECT_CLASS (relasi_notifier_parent_class)->finalize (object);
}

static void
relasi_notifier_class_init (RelasiNotifierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = relasi_notifier_dispose;
  object_class->finalize = relasi_notifier_finalize;

  /**
   * RelasiNotifier::open-reminder:
   * @reminder_id: the reminder to show, or 0 for the Reminders page
   *
   * The person clicked a notification or its Open button.
   */
  signals[OPEN_REMINDER] =
    g_signal_new ("open-reminder", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
relasi_notifier_init (RelasiNotifier *self)
{
  self->shown = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->interactive = TRUE;
}

/**
 * relasi_notifier_new:
 * @store: the store
 * @settings: (nullable): the application's settings (notifications, quiet hours)
 *
 * Returns: (transfer full): a notifier; nothing happens until relasi_notifier_start()
 *   or relasi_notifier_poll()
 */
RelasiNotifier *
relasi_notifier_new (RelasiStore *store,
                     GSettings   *settings)
{
  RelasiNotifier *self;

  g_return_val_if_fail (RELASI_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (RELASI_TYPE_NOTIFIER, NULL);
  self->store = g_object_ref (store);
  self->settings = settings != NULL ? g_object_ref (settings) : NULL;

  if (!notify_is_initted ())
    self->inited_libnotify = notify_init (_("Relasi"));
  return self;
}

/**
 * relasi_notifier_set_interactive:
 * @interactive: whether notifications get buttons (Open, Mark done, Snooze)
 *
 * A one-shot check (`relasi --check-reminders`) exits before anyone could press a
 * button, so its notifications have none.
 */
void
relasi_notifier_set_interactive (RelasiNotifier *self,
                                 gboolean        interactive)
{
  g_return_if_fail (RELASI_IS_NOTIFIER (self));

  self->interactive = !!interactive;
}

static gboolean
first_pass (gpointer data)
{
  RelasiNotifier *self = data;
  g_autoptr(GError) error = NULL;

  self->first_pass_id = 0;
  relasi_notifier_poll (self, &error);
  if (error != NULL)
    g_message ("Checking the reminders failed: %s", error->message);
  return G_SOURCE_REMOVE;
}

/**
 * relasi_notifier_start:
 *
 * Makes a first, catching-up pass a second later (after the window is drawn) and then
 * one every %RELASI_NOTIFIER_INTERVAL seconds.
 */
void
relasi_notifier_start (RelasiNotifier *self)
{
  g_return_if_fail (RELASI_IS_NOTIFIER (self));

  if (self->timeout_id != 0)
    return;
  /* a second after the start: catching up never holds the window's first frames up */
  self->first_pass_id = g_timeout_add_full (G_PRIORITY_LOW, 1000, first_pass, self, NULL);
  self->timeout_id = g_timeout_add_seconds (RELASI_NOTIFIER_INTERVAL, on_timeout, self);
}

void
relasi_notifier_stop (RelasiNotifier *self)
{
  g_return_if_fail (RELASI_IS_NOTIFIER (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_handle_id (&self->first_pass_id, g_source_remove);
}

/**
 * relasi_notifier_poll:
 * @self: a notifier
 * @error: return location for a store error
 *
 * One pass: brings the check-ins up to date, shows what is due (see the top of
 * relasi-notify-plan.h) and records it. Without a notification server nothing is
 * recorded, so the reminders are shown once a server is there.
 *
 * Returns: how many notifications were shown
 */
guint
relasi_notifier_poll (RelasiNotifier  *self,
                      GError         **error)
{
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(RelasiNotifyPlan) plan = NULL;
  RelasiNotifySettings settings;
  gboolean catch_up, with_actions = FALSE;
  gint64 now;
  guint shown = 0;

  g_return_val_if_fail (RELASI_IS_NOTIFIER (self), 0);

  relasi_notifier_read_test_clock (self);
  now = relasi_clock_now ();

  /* the first pass, the morning after quiet hours, and a jump of the clock (a suspend,
   * the clock set forward or back) catch up with one summary */
  catch_up = self->last_pass == 0 || self->was_quiet || now < self->last_pass ||
             now - self->last_pass > RELASI_NOTIFIER_INTERVAL + JUMP_SLACK;
  self->last_pass = now;

  if (!relasi_store_sync_checkins (self->store, NULL, NULL, error))
    return 0;
  due = relasi_store_list_reminders_to_notify (self->store, error);
  if (due == NULL)
    return 0;

  relasi_notifier_get_settings (self, &settings);
  plan = relasi_notify_plan_new (due, now, &settings, catch_up);
  self->was_quiet = plan->n_held > 0;
  if (plan->notifications->len == 0)
    return 0;

  if (self->server_missing && now >= self->server_retry_at - SERVER_RETRY && now < self->server_retry_at)
    return 0;
  {
    g_autofree char *why = NULL;

    if (!ask_server (&with_actions, &why))
      {
        self->server_retry_at = now + SERVER_RETRY;
        relasi_notifier_server_gone (self, why);
        return 0;
      }
    with_actions = with_actions && self->interactive;
  }

  for (guint i = 0; i < plan->notifications->len; i++)
    {
      RelasiNotification *planned = g_ptr_array_index (plan->notifications, i);
      g_autoptr(NotifyNotification) n = build_notification (self, planned, with_actions);
      g_autoptr(GError) show_error = NULL;

      if (!notify_notification_show (n, &show_error))
        {
          relasi_notifier_server_gone (self, show_error->message);
          return shown;
        }
      self->server_missing = FALSE;
      shown++;

      if (!record_notified (self, planned, now, error))
        return shown;

      if (with_actions)
        {
          g_signal_connect_object (n, "closed", G_CALLBACK (on_notification_closed), self, 0);
          g_hash_table_add (self->shown, g_steal_pointer (&n));
        }
    }

  return shown;
}

/**
 * relasi_notifier_has_server:
 *
 * Returns: %FALSE once a pass found no notification server (until one answers again)
 */
gboolean
relasi_notifier_has_server (RelasiNotifier *self)
{
  g_return_val_if_fail (RELASI_IS_NOTIFIER (self), FALSE);

  return !self->server_missing;
}

/* The settings, when the schema is installed (an uninstalled build without
 * GSETTINGS_SCHEMA_DIR has none: then the defaults apply). */
static GSettings *
settings_if_installed (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL)
    return NULL;
  schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  return schema != NULL ? g_settings_new_full (schema, NULL, NULL) : NULL;
}

/**
 * relasi_notifier_check_once:
 * @n_shown: (out) (optional): how many notifications were shown
 * @error: return location for an error
 *
 * `relasi --check-reminders`: opens the database in the usual place, shows what is
 * due (catching up, without buttons: the process ends right after), records it and
 * returns. Needs a D-Bus session for the notifications, never a display.
 */
gboolean
relasi_notifier_check_once (guint   *n_shown,
                            GError **error)
{
  g_autoptr(RelasiStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(RelasiNotifier) notifier = NULL;
  GError *poll_error = NULL;
  guint shown;

  store = relasi_store_open (NULL, error);
  if (store == NULL)
    return FALSE;

  settings = settings_if_installed ();
  if (settings != NULL &&
      !relasi_store_set_rules (store,
                               g_settings_get_int (settings, "thank-you-after-days"),
                               g_settings_get_int (settings, "complaint-answer-hours"),
                               g_settings_get_int (settings, "stay-in-touch-days"),
                               error))
    return FALSE;

  notifier = relasi_notifier_new (store, settings);
  relasi_notifier_set_interactive (notifier, FALSE);
  shown = relasi_notifier_poll (notifier, &poll_error);
  if (poll_error != NULL)
    {
      g_propagate_error (error, poll_error);
      return FALSE;
    }
  if (n_shown != NULL)
    *n_shown = shown;
  return TRUE;
}
