/* relasi-reminder-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-reminder-editor.h"
#include "relasi-clock.h"
#include "relasi-customer-list.h"
#include "relasi-error.h"
#include "relasi-notify-plan.h"
#include "relasi-store-reminder-edit.h"
#include "relasi-validate.h"

struct _RelasiReminderEditor
{
  GtkWindow           parent_instance;

  GtkCalendar        *calendar;
  GtkButton          *clear_customer_button;
  GtkMenuButton      *customer_button;
  GtkLabel           *customer_error;
  GtkListView        *customer_list_view;
  GtkPopover         *customer_popover;
  GtkSearchEntry     *customer_search;
  GtkMenuButton      *date_button;
  GtkPopover         *date_popover;
  GtkLabel           *due_error;
  GtkLabel           *form_error;
  GtkSpinButton      *hour_spin;
  GtkSpinButton      *minute_spin;
  GtkDropDown        *repeat_dropdown;
  GtkLabel           *repeat_error;
  GtkButton          *save_button;
  GtkEntry           *title_entry;
  GtkLabel           *title_error;

  RelasiStore        *store;
  RelasiReminder     *original;        /* NULL for a new reminder */
  RelasiCustomerList *customers;       /* made when the customer popover first opens */
  gint64              customer_id;
  gboolean            touched;         /* show messages only once something was typed */
};

G_DEFINE_FINAL_TYPE (RelasiReminderEditor, relasi_reminder_editor, GTK_TYPE_WINDOW)

static const RelasiRecurrence repeat_values[] = {
  RELASI_RECURRENCE_NONE, RELASI_RECURRENCE_WEEKLY, RELASI_RECURRENCE_MONTHLY, RELASI_RECURRENCE_YEARLY,
};

static gint64
form_due_at (RelasiReminderEditor *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) due = NULL;

  due = g_date_time_new (zone, g_date_time_get_year (day), g_date_time_get_month (day),
                         g_date_time_get_day_of_month (day),
                         gtk_spin_button_get_value_as_int (self->hour_spin),
                         gtk_spin_button_get_value_as_int (self->minute_spin), 0);
  return due != NULL ? g_date_time_to_unix (due) : 0;
}

/* The reminder as the form says it: a copy of the original with the form's values. */
static RelasiReminder *
form_reminder (RelasiReminderEditor *self)
{
  RelasiReminder *r = self->original != NULL ? relasi_reminder_copy (self->original) : relasi_reminder_new ();
  guint repeat = gtk_drop_down_get_selected (self->repeat_dropdown);

  if (self->original == NULL)
    {
      relasi_reminder_set_kind (r, RELASI_REMINDER_KIND_CUSTOM);
      relasi_reminder_set_created_at (r, relasi_clock_now ());
    }
  relasi_reminder_set_title (r, gtk_editable_get_text (GTK_EDITABLE (self->title_entry)));
  relasi_reminder_set_customer_id (r, self->customer_id);
  relasi_reminder_set_due_at (r, form_due_at (self));
  relasi_reminder_set_recurrence (r, repeat < G_N_ELEMENTS (repeat_values) ? repeat_values[repeat]
                                                                          : RELASI_RECURRENCE_NONE);
  return r;
}

static GtkLabel *
error_label_for (RelasiReminderEditor *self,
                 const char           *field)
{
  if (g_strcmp0 (field, "title") == 0)
    return self->title_error;
  if (g_strcmp0 (field, "customer-id") == 0)
    return self->customer_error;
  if (g_strcmp0 (field, "due-at") == 0)
    return self->due_error;
  if (g_strcmp0 (field, "recurrence") == 0)
    return self->repeat_error;
  return self->form_error;
}

static void
show_error (RelasiReminderEditor *self,
            const GError         *error)
{
  GtkLabel *labels[] = { self->title_error, self->customer_error, self->due_error,
                         self->repeat_error, self->form_error };
  GtkLabel *target = error != NULL ? error_label_for (self, relasi_error_get_field (error)) : NULL;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      gboolean show = labels[i] == target;

      gtk_widget_set_visible (GTK_WIDGET (labels[i]), show);
      if (show)
        gtk_label_set_label (labels[i], error->message);
    }
}

static void
relasi_reminder_editor_validate (RelasiReminderEditor *self)
{
  g_autoptr(RelasiReminder) r = form_reminder (self);
  g_autoptr(GError) error = NULL;
  gboolean valid = relasi_reminder_validate (r, &error);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", valid);
  show_error (self, self->touched ? error : NULL);
}

static void
update_date_label (RelasiReminderEditor *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  /* TRANSLATORS: the due date on its button; a g_date_time_format() format */
  g_autofree char *text = g_date_time_format (day, _("%A %-d %B %Y"));

  gtk_menu_button_set_label (self->date_button, text);
}

static void
on_field_changed (RelasiReminderEditor *self)
{
  self->touched = TRUE;
  relasi_reminder_editor_validate (self);
}

static void
on_day_selected (RelasiReminderEditor *self)
{
  update_date_label (self);
  gtk_popover_popdown (self->date_popover);
  on_field_changed (self);
}

static gboolean
on_minute_output (GtkSpinButton *spin,
                  gpointer       user_data)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
on_clear_customer_clicked (RelasiReminderEditor *self)
{
  relasi_reminder_editor_set_customer (self, 0, NULL);
}

static void
setup_customer_row (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_customer_row (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  RelasiCustomer *customer = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)),
                       customer != NULL ? relasi_customer_get_name (customer) : "");
}

static void
on_customer_popover_show (RelasiReminderEditor *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  if (self->customers != NULL)
    return;

  /* the paged list: 10 000 customers cost one page at a time */
  self->customers = relasi_customer_list_new (self->store);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_customer_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_customer_row), NULL);
  gtk_list_view_set_factory (self->customer_list_view, factory);
  gtk_list_view_set_model (self->customer_list_view,
                           GTK_SELECTION_MODEL (gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->customers)))));
}

static void
on_customer_search_changed (RelasiReminderEditor *self)
{
  if (self->customers != NULL)
    relasi_customer_list_set_search_text (self->customers, gtk_editable_get_text (GTK_EDITABLE (self->customer_search)));
}

static void
choose_customer_at (RelasiReminderEditor *self,
                    guint                 position)
{
  g_autoptr(RelasiCustomer) customer = NULL;

  if (self->customers == NULL)
    return;
  customer = g_list_model_get_item (G_LIST_MODEL (self->customers), position);
  if (customer == NULL)
    return;
  relasi_reminder_editor_set_customer (self, relasi_customer_get_id (customer), relasi_customer_get_name (customer));
  gtk_popover_popdown (self->customer_popover);
}

static void
on_customer_activated (RelasiReminderEditor *self,
                       guint                 position)
{
  choose_customer_at (self, position);
}

static void
on_customer_search_activate (RelasiReminderEditor *self)
{
  choose_customer_at (self, 0);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  relasi_reminder_editor_save (RELASI_REMINDER_EDITOR (widget));
}

static void
relasi_reminder_editor_dispose (GObject *object)
{
  RelasiReminderEditor *self = RELASI_REMINDER_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELASI_TYPE_REMINDER_EDITOR);
  g_clear_object (&self->customers);
  g_clear_object (&self->original);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (relasi_reminder_editor_parent_class)->dispose (object);
}

static void
relasi_reminder_editor_class_init (RelasiReminderEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relasi_reminder_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/relasi-reminder-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderEditor, clear_customer_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderEditor, customer_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderEditor, customer_error);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderEditor, customer_list_view);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderEditor, customer_popover);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderEditor, customer_search);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderEditor, date_popover);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderEditor, due_error);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderEditor, form_error);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderEditor, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderEditor, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderEditor, repeat_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderEditor, repeat_error);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderEditor, title_error);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_customer_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_minute_output);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
relasi_reminder_editor_init (RelasiReminderEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
}

/**
 * relasi_reminder_editor_new:
 * @store: where to save
 * @reminder: (nullable): the open reminder to edit, or %NULL for a new one
 * @parent: (nullable): the main window
 */
RelasiReminderEditor *
relasi_reminder_editor_new (RelasiStore    *store,
                            RelasiReminder *reminder,
                            GtkWindow      *parent)
{
  RelasiReminderEditor *self;
  g_autoptr(GDateTime) due = NULL;
  gint64 now = relasi_clock_now ();

  g_return_val_if_fail (RELASI_IS_STORE (store), NULL);
  g_return_val_if_fail (reminder == NULL || RELASI_IS_REMINDER (reminder), NULL);

  self = g_object_new (RELASI_TYPE_REMINDER_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->original = reminder != NULL ? relasi_reminder_copy (reminder) : NULL;

  if (reminder != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Reminder"));
      gtk_editable_set_text (GTK_EDITABLE (self->title_entry), relasi_reminder_get_title (reminder));
      relasi_reminder_editor_set_customer (self, relasi_reminder_get_customer_id (reminder),
                                           relasi_reminder_get_customer_name (reminder));
      for (guint i = 0; i < G_N_ELEMENTS (repeat_values); i++)
        if (repeat_values[i] == relasi_reminder_get_recurrence (reminder))
          gtk_drop_down_set_selected (self->repeat_dropdown, i);
      /* a reminder of a journal entry stays with that entry's customer */
      if (relasi_reminder_get_interaction_id (reminder) > 0)
        {
          gtk_widget_set_sensitive (GTK_WIDGET (self->customer_button), FALSE);
          gtk_widget_set_sensitive (GTK_WIDGET (self->clear_customer_button), FALSE);
        }
      due = g_date_time_new_from_unix_local (relasi_reminder_get_due_at (reminder));
    }
  else
    due = g_date_time_new_from_unix_local (relasi_snooze_until (RELASI_SNOOZE_TOMORROW, now));

  gtk_calendar_select_day (self->calendar, due);
  gtk_spin_button_set_value (self->hour_spin, g_date_time_get_hour (due));
  gtk_spin_button_set_value (self->minute_spin, g_date_time_get_minute (due));
  update_date_label (self);

  self->touched = FALSE;
  relasi_reminder_editor_validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
  return self;
}

/**
 * relasi_reminder_editor_set_customer:
 * @customer_id: a customer, or 0 for none
 * @name: (nullable): their name, shown on the button
 */
void
relasi_reminder_editor_set_customer (RelasiReminderEditor *self,
                                     gint64                customer_id,
                                     const char           *name)
{
  g_return_if_fail (RELASI_IS_REMINDER_EDITOR (self));

  self->customer_id = customer_id > 0 ? customer_id : 0;
  gtk_menu_button_set_label (self->customer_button,
                             self->customer_id > 0 && name != NULL ? name : _("No customer"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->clear_customer_button),
                            self->customer_id > 0 &&
                            (self->original == NULL || relasi_reminder_get_interaction_id (self->original) == 0));
  relasi_reminder_editor_validate (self);
}

/**
 * relasi_reminder_editor_save:
 *
 * Saves (one transaction) and closes; on a problem the message is shown next to the
 * field and nothing is saved.
 *
 * Returns: whether it was saved
 */
gboolean
relasi_reminder_editor_save (RelasiReminderEditor *self)
{
  g_autoptr(RelasiReminder) r = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  g_return_val_if_fail (RELASI_IS_REMINDER_EDITOR (self), FALSE);

  r = form_reminder (self);
  self->touched = TRUE;
  if (self->original == NULL)
    saved = relasi_store_add_reminder (self->store, r, &error);
  else
    saved = relasi_store_update_reminder (self->store, r, &error);

  if (!saved)
    {
      show_error (self, error);
      return FALSE;
    }
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}
