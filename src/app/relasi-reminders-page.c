/* relasi-reminders-page.c — what is owed, grouped by when
 *
 * Sections (each left out when empty): Overdue (due, snooze over), Today (later
 * today, local time), Upcoming (after today), Done (recent: the last
 * RELASI_REMINDERS_DONE_DAYS days, at most RELASI_REMINDERS_DONE_LIMIT). One flat list
 * model holds section headers and reminders, so one GtkListView shows it all and only
 * the visible rows exist. The page refreshes when the store changes and once a minute,
 * as time moves reminders from one section to the next.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-reminders-page.h"
#include "relasi-clock.h"
#include "relasi-due-format.h"
#include "relasi-notify-plan.h"
#include "relasi-reminder-editor.h"
#include "relasi-reminder-row.h"
#include "relasi-status-page.h"
#include "relasi-store-reminder-edit.h"
#include "relasi-window.h"

#define REFRESH_SECONDS 60

struct _RelasiRemindersPage
{
  GtkWidget            parent_instance;

  GtkStack            *content_stack;
  RelasiStatusPage    *empty_page;
  GtkListView         *list_view;
  GtkButton           *new_button;
  GtkLabel            *summary_label;

  RelasiStore         *store;
  GListStore          *items;          /* RelasiReminderSection and RelasiReminder */
  GtkSingleSelection  *selection;
  gint64               now;            /* the time the rows were told against */
  guint                refresh_idle;
  guint                tick_id;
  gulong               changed_id;
};

G_DEFINE_FINAL_TYPE (RelasiRemindersPage, relasi_reminders_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static RelasiToastOverlay *
get_toasts (RelasiRemindersPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return RELASI_IS_WINDOW (root) ? relasi_window_get_toast_overlay (RELASI_WINDOW (root)) : NULL;
}

static void
toast (RelasiRemindersPage *self,
       const char          *text)
{
  RelasiToastOverlay *toasts = get_toasts (self);

  if (toasts != NULL)
    relasi_toast_overlay_show (toasts, text, NULL, 5, NULL, NULL, NULL, NULL);
}

static void
add_section (GPtrArray  *out,
             const char *title,
             GPtrArray  *reminders)
{
  if (reminders->len == 0)
    return;
  g_ptr_array_add (out, relasi_reminder_section_new (title, reminders->len));
  for (guint i = 0; i < reminders->len; i++)
    g_ptr_array_add (out, g_object_ref (g_ptr_array_index (reminders, i)));
}

static void
update_summary (RelasiRemindersPage *self,
                guint                overdue,
                guint                today,
                guint                upcoming)
{
  g_autofree char *text = NULL;

  if (overdue + today + upcoming == 0)
    text = g_strdup (_("Nothing is waiting."));
  else if (overdue > 0)
    /* TRANSLATORS: the line above the Reminders list */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u overdue, %u more today, %u later",
                                         "%u overdue, %u more today, %u later", overdue),
                            overdue, today, upcoming);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Nothing overdue. %u due today, %u later",
                                         "Nothing overdue. %u due today, %u later", today),
                            today, upcoming);
  gtk_label_set_label (self->summary_label, text);
}

/**
 * relasi_reminders_page_refresh:
 *
 * Reads the reminders again and rebuilds the list (one items-changed).
 */
void
relasi_reminders_page_refresh (RelasiRemindersPage *self)
{
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GPtrArray) upcoming = NULL;
  g_autoptr(GPtrArray) done = NULL;
  g_autoptr(GPtrArray) today = g_ptr_array_new ();
  g_autoptr(GPtrArray) later = g_ptr_array_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 tomorrow;
  gint64 selected_id = 0;
  GObject *selected;

  g_return_if_fail (RELASI_IS_REMINDERS_PAGE (self));

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  if (self->store == NULL)
    return;

  self->now = relasi_clock_now ();
  tomorrow = relasi_due_local_day_start (self->now, 1);

  due = relasi_store_list_reminders (self->store, RELASI_REMINDER_FILTER_DUE, 0, &error);
  if (due != NULL)
    upcoming = relasi_store_list_reminders (self->store, RELASI_REMINDER_FILTER_UPCOMING, 0, &error);
  if (upcoming != NULL)
    done = relasi_store_list_recently_done_reminders (self->store,
                                                      self->now - RELASI_REMINDERS_DONE_DAYS * 86400,
                                                      RELASI_REMINDERS_DONE_LIMIT, &error);
  if (done == NULL)
    {
      g_warning ("Could not read the reminders: %s", error->message);
      return;
    }

  for (guint i = 0; i < upcoming->len; i++)
    {
      RelasiReminder *r = g_ptr_array_index (upcoming, i);
      gint64 when = MAX (relasi_reminder_get_due_at (r), relasi_reminder_get_snoozed_until (r));

      g_ptr_array_add (when < tomorrow ? today : later, r);
    }

  add_section (items, _("Overdue"), due);
  add_section (items, _("Today"), today);
  add_section (items, _("Upcoming"), later);
  add_section (items, _("Done (recent)"), done);

  selected = gtk_single_selection_get_selected_item (self->selection);
  if (RELASI_IS_REMINDER (selected))
    selected_id = relasi_reminder_get_id (RELASI_REMINDER (selected));

  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);
  update_summary (self, due->len, today->len, later->len);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), items->len > 0);
  gtk_stack_set_visible_child_name (self->content_stack, items->len > 0 ? "list" : "empty");

  if (selected_id > 0)
    {
      for (guint i = 0; i < items->len; i++)
        if (RELASI_IS_REMINDER (items->pdata[i]) &&
            relasi_reminder_get_id (items->pdata[i]) == selected_id)
          {
            gtk_single_selection_set_selected (self->selection, i);
            break;
          }
    }
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  RelasiRemindersPage *self = user_data;

  self->refresh_idle = 0;
  relasi_reminders_page_refresh (self);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (RelasiRemindersPage *self)
{
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add (refresh_idle_cb, self);
}

static void
on_store_changed (RelasiRemindersPage *self,
                  RelasiStoreChange    changes)
{
  if (changes & (RELASI_STORE_CHANGE_REMINDERS | RELASI_STORE_CHANGE_CUSTOMERS | RELASI_STORE_CHANGE_INTERACTIONS))
    queue_refresh (self);
}

static gboolean
on_tick (gpointer user_data)
{
  RelasiRemindersPage *self = user_data;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    relasi_reminders_page_refresh (self);
  return G_SOURCE_CONTINUE;
}

static void
on_map (RelasiRemindersPage *self)
{
  /* coming back to the page after a while: the sections are told against now */
  if (self->store != NULL && relasi_clock_now () - self->now >= REFRESH_SECONDS)
    relasi_reminders_page_refresh (self);
}

/* ---- the list ---------------------------------------------------------------------- */

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  gtk_list_item_set_child (item, relasi_reminder_row_new ());
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  RelasiRemindersPage *self = user_data;
  GObject *object = gtk_list_item_get_item (item);

  relasi_reminder_row_set_item (RELASI_REMINDER_ROW (gtk_list_item_get_child (item)), object, self->now);
  gtk_list_item_set_selectable (item, RELASI_IS_REMINDER (object));
  gtk_list_item_set_activatable (item, RELASI_IS_REMINDER (object));
}

static RelasiReminder *
find_reminder (RelasiRemindersPage *self,
               gint64               id,
               guint               *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (RELASI_IS_REMINDER (item) && relasi_reminder_get_id (RELASI_REMINDER (item)) == id)
        {
          if (position != NULL)
            *position = i;
          return RELASI_REMINDER (item);   /* the list keeps a reference */
        }
    }
  return NULL;
}

static void
on_row_activated (RelasiRemindersPage *self,
                  guint                position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  if (RELASI_IS_REMINDER (item) && relasi_reminder_get_done_at (RELASI_REMINDER (item)) == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "reminders.edit", "x",
                                relasi_reminder_get_id (RELASI_REMINDER (item)));
}

/* ---- actions ---------------------------------------------------------------------- */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  relasi_reminders_page_new_reminder (RELASI_REMINDERS_PAGE (widget));
}

static void
done_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RelasiRemindersPage *self = RELASI_REMINDERS_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  RelasiReminder *reminder = find_reminder (self, id, NULL);
  g_autofree char *title = g_strdup (reminder != NULL ? relasi_reminder_get_title (reminder) : "");
  gboolean repeats = reminder != NULL && relasi_reminder_get_recurrence (reminder) != RELASI_RECURRENCE_NONE;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (self->store == NULL)
    return;
  if (!relasi_store_complete_reminder (self->store, id, &error))
    {
      toast (self, error->message);
      return;
    }
  if (repeats)
    /* TRANSLATORS: a toast; %s is the reminder's title */
    text = g_strdup_printf (_("Done: %s. The next one is on the list."), title);
  else
    /* TRANSLATORS: a toast; %s is the reminder's title */
    text = g_strdup_printf (_("Done: %s"), title);
  toast (self, text);
}

static void
snooze_until (RelasiRemindersPage *self,
              gint64               id,
              gint64               until)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;

  if (self->store == NULL)
    return;
  if (!relasi_store_snooze_reminder (self->store, id, until, &error))
    {
      toast (self, error->message);
      return;
    }
  when = relasi_due_format_absolute (until, relasi_clock_now ());
  /* TRANSLATORS: a toast; %s is e.g. "tomorrow, 09:00" */
  text = g_strdup_printf (_("Snoozed until %s"), when);
  toast (self, text);
}

static void
snooze_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gint64 id;
  int preset;

  g_variant_get (parameter, "(xi)", &id, &preset);
  if (preset < RELASI_SNOOZE_HOUR || preset > RELASI_SNOOZE_NEXT_WEEK)
    return;
  snooze_until (RELASI_REMINDERS_PAGE (widget), id, relasi_snooze_until (preset, relasi_clock_now ()));
}

static void
snooze_until_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gint64 id, until;

  g_variant_get (parameter, "(xx)", &id, &until);
  snooze_until (RELASI_REMINDERS_PAGE (widget), id, until);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RelasiRemindersPage *self = RELASI_REMINDERS_PAGE (widget);
  RelasiReminder *reminder = find_reminder (self, g_variant_get_int64 (parameter), NULL);
  GtkRoot *root = gtk_widget_get_root (widget);
  RelasiReminderEditor *editor;

  if (self->store == NULL || reminder == NULL)
    return;
  editor = relasi_reminder_editor_new (self->store, reminder, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  gtk_window_present (GTK_WINDOW (editor));
}

typedef struct {
  GWeakRef store;
  gint64   id;
} UndoDelete;

static void
undo_delete_free (gpointer data)
{
  UndoDelete *undo = data;

  g_weak_ref_clear (&undo->store);
  g_free (undo);
}

static void
on_undo_delete (gpointer user_data)
{
  UndoDelete *undo = user_data;
  g_autoptr(RelasiStore) store = g_weak_ref_get (&undo->store);
  g_autoptr(GError) error = NULL;

  if (store != NULL && !relasi_store_undelete_reminder (store, undo->id, &error))
    g_warning ("Could not bring the reminder back: %s", error->message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RelasiRemindersPage *self = RELASI_REMINDERS_PAGE (widget);
  RelasiToastOverlay *toasts = get_toasts (self);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;
  UndoDelete *undo;

  if (self->store == NULL)
    return;
  /* to the trash at once; Undo brings it back */
  if (!relasi_store_delete_reminder (self->store, id, &error))
    {
      toast (self, error->message);
      return;
    }
  if (toasts == NULL)
    return;
  undo = g_new0 (UndoDelete, 1);
  g_weak_ref_init (&undo->store, self->store);
  undo->id = id;
  relasi_toast_overlay_show (toasts, _("Reminder deleted"), _("_Undo"), 8,
                             on_undo_delete, NULL, undo, undo_delete_free);
}

/* ---- GObject ------------------------------------------------------------------------ */

static void
relasi_reminders_page_dispose (GObject *object)
{
  RelasiRemindersPage *self = RELASI_REMINDERS_PAGE (object);

  relasi_reminders_page_set_store (self, NULL);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_handle_id (&self->tick_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), RELASI_TYPE_REMINDERS_PAGE);
  /* the header box has no id, so the template does not unparent it */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL; )
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (relasi_reminders_page_parent_class)->dispose (object);
}

static void
relasi_reminders_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RelasiRemindersPage *self = RELASI_REMINDERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_reminders_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  RelasiRemindersPage *self = RELASI_REMINDERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      relasi_reminders_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_reminders_page_class_init (RelasiRemindersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relasi_reminders_page_dispose;
  object_class->get_property = relasi_reminders_page_get_property;
  object_class->set_property = relasi_reminders_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RELASI_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RELASI_TYPE_STATUS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/relasi-reminders-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelasiRemindersPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, RelasiRemindersPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, RelasiRemindersPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, RelasiRemindersPage, new_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiRemindersPage, summary_label);

  gtk_widget_class_install_action (widget_class, "reminders.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "reminders.done", "x", done_action);
  gtk_widget_class_install_action (widget_class, "reminders.snooze", "(xi)", snooze_action);
  gtk_widget_class_install_action (widget_class, "reminders.snooze-until", "(xx)", snooze_until_action);
  gtk_widget_class_install_action (widget_class, "reminders.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "reminders.delete", "x", delete_action);

  gtk_widget_class_set_css_name (widget_class, "reminderspage");
}

static void
relasi_reminders_page_init (RelasiRemindersPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (G_TYPE_OBJECT);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (on_row_activated), self);
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reminders.new", FALSE);
  gtk_stack_set_visible_child_name (self->content_stack, "empty");
  self->tick_id = g_timeout_add_seconds (REFRESH_SECONDS, on_tick, self);
}

RelasiStore *
relasi_reminders_page_get_store (RelasiRemindersPage *self)
{
  g_return_val_if_fail (RELASI_IS_REMINDERS_PAGE (self), NULL);

  return self->store;
}

void
relasi_reminders_page_set_store (RelasiRemindersPage *self,
                                 RelasiStore         *store)
{
  g_return_if_fail (RELASI_IS_REMINDERS_PAGE (self));
  g_return_if_fail (store == NULL || RELASI_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, store);
  if (store != NULL)
    self->changed_id = g_signal_connect_swapped (store, "changed", G_CALLBACK (on_store_changed), self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reminders.new", store != NULL);
  if (store != NULL)
    relasi_reminders_page_refresh (self);
  else if (self->items != NULL)
    g_list_store_remove_all (self->items);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * relasi_reminders_page_new_reminder:
 *
 * Opens the editor for a new custom reminder.
 */
void
relasi_reminders_page_new_reminder (RelasiRemindersPage *self)
{
  GtkRoot *root;
  RelasiReminderEditor *editor;

  g_return_if_fail (RELASI_IS_REMINDERS_PAGE (self));

  if (self->store == NULL)
    return;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  editor = relasi_reminder_editor_new (self->store, NULL, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  gtk_window_present (GTK_WINDOW (editor));
}

/**
 * relasi_reminders_page_show_reminder:
 * @reminder_id: a reminder on the page
 *
 * Selects the reminder and scrolls to it (a notification's Open button).
 *
 * Returns: whether it is on the page
 */
gboolean
relasi_reminders_page_show_reminder (RelasiRemindersPage *self,
                                     gint64               reminder_id)
{
  guint position;

  g_return_val_if_fail (RELASI_IS_REMINDERS_PAGE (self), FALSE);

  relasi_reminders_page_refresh (self);
  if (find_reminder (self, reminder_id, &position) == NULL)
    return FALSE;

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  return TRUE;
}

/**
 * relasi_reminders_page_get_model:
 *
 * Returns: (transfer none): the rows: RelasiReminderSection headers and RelasiReminders
 */
GListModel *
relasi_reminders_page_get_model (RelasiRemindersPage *self)
{
  g_return_val_if_fail (RELASI_IS_REMINDERS_PAGE (self), NULL);

  return G_LIST_MODEL (self->items);
}
