/* relasi-quick-add.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-application.h"
#include "relasi-clock.h"
#include "relasi-customer-list.h"
#include "relasi-date-button.h"
#include "relasi-due-format.h"
#include "relasi-error.h"
#include "relasi-journal-row.h"
#include "relasi-quick-add.h"
#include "relasi-store-entry.h"
#include "relasi-validate.h"
#include "relasi-window.h"

struct _RelasiQuickAdd
{
  GtkPopover          parent_instance;

  GtkLabel           *customer_error;
  GtkEntry           *customer_entry;
  GtkTextView        *details_view;
  RelasiDateButton   *due_button;
  GtkLabel           *due_error;
  GtkWidget          *due_label;
  GtkLabel           *error_label;
  GtkDropDown        *kind_dropdown;
  GtkWidget          *log_button;
  GtkWidget          *preview_box;
  GtkLabel           *preview_label;
  GtkListView        *suggestion_list;
  GtkPopover         *suggestions;
  GtkEntry           *summary_entry;
  GtkLabel           *summary_error;

  RelasiStore        *store;
  GSettings          *settings;
  RelasiCustomerList *customers;
  GtkSingleSelection *customer_selection;
  gint64              customer_id;
  char               *customer_name;
  gboolean            setting_text;
  gboolean            tried;       /* show field errors only after a first try */
};

G_DEFINE_FINAL_TYPE (RelasiQuickAdd, relasi_quick_add, GTK_TYPE_POPOVER)

static void update (RelasiQuickAdd *self);

/* ---- where the store and the settings come from --------------------------------- */

static void
find_store (RelasiQuickAdd *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkApplication *app = GTK_IS_WINDOW (root) ? gtk_window_get_application (GTK_WINDOW (root)) : NULL;
  RelasiStore *store;

  if (!RELASI_IS_APPLICATION (app))
    return;
  store = relasi_application_get_store (RELASI_APPLICATION (app));
  if (self->settings == NULL)
    self->settings = g_object_ref (relasi_application_get_settings (RELASI_APPLICATION (app)));
  if (store == self->store)
    return;

  g_set_object (&self->store, store);
  gtk_single_selection_set_model (self->customer_selection, NULL);
  g_clear_object (&self->customers);
}

/* The customers to offer, read once a name is typed (a list the window does not need
 * at start, and that would otherwise read again on every change of the store). */
static void
ensure_customers (RelasiQuickAdd *self)
{
  if (self->customers != NULL || self->store == NULL)
    return;
  self->customers = relasi_customer_list_new (self->store);
  gtk_single_selection_set_model (self->customer_selection, G_LIST_MODEL (self->customers));
}

/* ---- the customer type-ahead ---------------------------------------------------- */

static void
set_customer_text (RelasiQuickAdd *self,
                   const char     *text)
{
  self->setting_text = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->customer_entry), text);
  gtk_editable_set_position (GTK_EDITABLE (self->customer_entry), -1);
  self->setting_text = FALSE;
}

static void
on_customer_changed (RelasiQuickAdd *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->customer_entry));

  if (self->setting_text)
    return;

  self->customer_id = 0;
  g_clear_pointer (&self->customer_name, g_free);
  if (text[0] != '\0')
    ensure_customers (self);
  if (self->customers != NULL)
    relasi_customer_list_set_search_text (self->customers, text);

  if (text[0] != '\0' && self->customers != NULL &&
      g_list_model_get_n_items (G_LIST_MODEL (self->customers)) > 0)
    {
      gtk_single_selection_set_selected (self->customer_selection, 0);
      gtk_popover_popup (self->suggestions);
    }
  else
    gtk_popover_popdown (self->suggestions);
  update (self);
}

/**
 * relasi_quick_add_choose_suggestion:
 * @position: a row of relasi_quick_add_get_suggestions()
 *
 * Returns: %TRUE if a customer was chosen
 */
gboolean
relasi_quick_add_choose_suggestion (RelasiQuickAdd *self,
                                    guint           position)
{
  g_autoptr(RelasiCustomer) customer = NULL;

  g_return_val_if_fail (RELASI_IS_QUICK_ADD (self), FALSE);

  if (self->customers == NULL)
    return FALSE;
  customer = g_list_model_get_item (G_LIST_MODEL (self->customers), position);
  if (customer == NULL)
    return FALSE;

  self->customer_id = relasi_customer_get_id (customer);
  g_free (self->customer_name);
  self->customer_name = g_strdup (relasi_customer_get_name (customer));
  set_customer_text (self, self->customer_name);
  gtk_popover_popdown (self->suggestions);
  update (self);
  return TRUE;
}

static void
on_suggestion_activated (RelasiQuickAdd *self,
                         guint           position)
{
  if (relasi_quick_add_choose_suggestion (self, position))
    gtk_widget_grab_focus (GTK_WIDGET (self->kind_dropdown));
}

static void
on_customer_activate (RelasiQuickAdd *self)
{
  guint selected = gtk_single_selection_get_selected (self->customer_selection);

  if (gtk_widget_get_visible (GTK_WIDGET (self->suggestions)) && selected != GTK_INVALID_LIST_POSITION)
    on_suggestion_activated (self, selected);
  else if (self->customer_id > 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->kind_dropdown));
}

static gboolean
on_customer_key (GtkEventControllerKey *controller,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 RelasiQuickAdd        *self)
{
  guint selected, n;

  if (!gtk_widget_get_visible (GTK_WIDGET (self->suggestions)) || self->customers == NULL)
    return GDK_EVENT_PROPAGATE;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->customers));
  selected = gtk_single_selection_get_selected (self->customer_selection);
  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      selected = selected == GTK_INVALID_LIST_POSITION ? 0 : MIN (selected + 1, n - 1);
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      selected = selected == GTK_INVALID_LIST_POSITION || selected == 0 ? 0 : selected - 1;
      break;
    case GDK_KEY_Escape:
      gtk_popover_popdown (self->suggestions);
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }
  gtk_single_selection_set_selected (self->customer_selection, selected);
  gtk_widget_activate_action (GTK_WIDGET (self->suggestion_list), "list.scroll-to-item", "u", selected);
  return GDK_EVENT_STOP;
}

static void
setup_suggestion (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *company = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (company), 0);
  gtk_label_set_ellipsize (GTK_LABEL (company), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (company, "dim-label");
  gtk_widget_add_css_class (company, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), company);
  gtk_list_item_set_child (item, box);
}

static void
bind_suggestion (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  RelasiCustomer *customer = gtk_list_item_get_item (item);
  GtkWidget *name = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *company = gtk_widget_get_next_sibling (name);
  const char *company_text;

  if (customer == NULL)
    return;
  company_text = relasi_customer_get_company (customer);
  gtk_label_set_text (GTK_LABEL (name), relasi_customer_get_name (customer));
  gtk_label_set_text (GTK_LABEL (company), company_text != NULL ? company_text : "");
  gtk_widget_set_visible (company, company_text != NULL && company_text[0] != '\0');
}

/* ---- what the rules will create ------------------------------------------------- */

static char *
format_due_day (gint64 due)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (due);
  gint64 days = (relasi_local_day_number (due) != relasi_local_day_number (relasi_clock_now ()))
                ? (due - relasi_clock_now () + 86399) / 86400 : 0;

  if (local == NULL)
    return g_strdup ("");
  if (days == 0)
    return g_strdup (_("today"));
  if (days == 1)
    return g_strdup (_("tomorrow"));
  if (days < 7)
    /* TRANSLATORS: a weekday in "A thank-you will be due on %s", see strftime(3) */
    return g_date_time_format (local, _("%A"));
  return relasi_date_format_day (local);
}

static char *
preview_text (RelasiQuickAdd        *self,
              RelasiInteractionKind  kind)
{
  g_autoptr(GError) error = NULL;
  gint64 owed = 0;

  if (self->store == NULL)
    return NULL;

  switch (kind)
    {
    case RELASI_INTERACTION_KIND_PURCHASE:
    case RELASI_INTERACTION_KIND_MEETING:
      {
        g_autofree char *day = NULL;

        if (self->customer_id > 0 &&
            relasi_store_count_owed_thank_yous (self->store, self->customer_id, &owed, &error) && owed > 0)
          /* TRANSLATORS: %s is a customer's name */
          return g_strdup_printf (_("A thank-you to %s is already owed; no second one is added."),
                                  self->customer_name);
        day = format_due_day (relasi_clock_now () +
                              (gint64) relasi_store_get_thank_you_after_days (self->store) * 86400);
        /* TRANSLATORS: %s is a day: "today", "tomorrow", "Thursday", or a date */
        return g_strdup_printf (_("A thank-you will be due %s."), day);
      }

    case RELASI_INTERACTION_KIND_COMPLAINT:
      {
        int hours = relasi_store_get_complaint_answer_hours (self->store);

        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "An answer is owed within %d hour.",
                                             "An answer is owed within %d hours.", hours), hours);
      }

    case RELASI_INTERACTION_KIND_THANK_YOU:
      if (self->customer_id <= 0)
        return g_strdup (_("Closes the thank-yous owed to the customer."));
      if (!relasi_store_count_owed_thank_yous (self->store, self->customer_id, &owed, &error))
        return NULL;
      if (owed == 0)
        /* TRANSLATORS: %s is a customer's name */
        return g_strdup_printf (_("No thank-you is owed to %s right now."), self->customer_name);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Closes %d owed thank-you.",
                                           "Closes %d owed thank-yous.", (int) owed), (int) owed);

    case RELASI_INTERACTION_KIND_PROMISE:
      {
        g_autofree char *day = NULL;

        if (relasi_date_button_get_date (self->due_button) == NULL)
          return g_strdup (_("Choose the day by which you will keep this promise."));
        day = format_due_day (relasi_date_button_get_end_of_day (self->due_button));
        /* TRANSLATORS: %s is a day: "today", "tomorrow", "Thursday", or a date */
        return g_strdup_printf (_("You will be reminded to keep it, due %s."), day);
      }

    case RELASI_INTERACTION_KIND_MISTAKE:
      return g_strdup (_("Opens a repair case, so that what went wrong gets fixed."));

    case RELASI_INTERACTION_KIND_NOTE:
    case RELASI_INTERACTION_KIND_CALL:
    case RELASI_INTERACTION_KIND_EMAIL:
    case RELASI_INTERACTION_KIND_MESSAGE:
    case RELASI_INTERACTION_KIND_FEEDBACK:
    case RELASI_INTERACTION_KIND_IDEA:
    default:
      return NULL;
    }
}

/* ---- the form ------------------------------------------------------------------- */

static char *
get_details (RelasiQuickAdd *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->details_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static RelasiInteraction *
build_entry (RelasiQuickAdd *self)
{
  RelasiInteraction *entry = relasi_interaction_new ();
  RelasiInteractionKind kind = relasi_quick_add_get_kind (self);
  g_autofree char *details = get_details (self);

  relasi_interaction_set_customer_id (entry, self->customer_id);
  relasi_interaction_set_kind (entry, kind);
  relasi_interaction_set_summary (entry, gtk_editable_get_text (GTK_EDITABLE (self->summary_entry)));
  relasi_interaction_set_details (entry, details[0] != '\0' ? details : NULL);
  relasi_interaction_set_occurred_at (entry, relasi_clock_now ());
  if (kind == RELASI_INTERACTION_KIND_PROMISE)
    relasi_interaction_set_due_at (entry, relasi_date_button_get_end_of_day (self->due_button));
  return entry;
}

static void
show_error (GtkLabel   *label,
            const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

static gboolean
check (RelasiQuickAdd *self,
       gboolean        show)
{
  g_autoptr(RelasiInteraction) entry = build_entry (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *field = NULL;   /* a copy: the error may be replaced below */
  gboolean ok;

  ok = relasi_interaction_validate (entry, &error);
  if (!ok)
    field = g_strdup (relasi_error_get_field (error));
  if (!ok && g_strcmp0 (field, "customer-id") == 0 &&
      gtk_editable_get_text (GTK_EDITABLE (self->customer_entry))[0] != '\0')
    {
      g_clear_error (&error);
      g_set_error (&error, RELASI_ERROR, RELASI_ERROR_INVALID,
                   _("Choose one of the customers offered while you type."));
    }

  show_error (self->customer_error, show && g_strcmp0 (field, "customer-id") == 0 ? error->message : NULL);
  show_error (self->summary_error, show && g_strcmp0 (field, "summary") == 0 ? error->message : NULL);
  show_error (self->due_error, show && g_strcmp0 (field, "due-at") == 0 ? error->message : NULL);
  show_error (self->error_label,
              show && !ok && g_strcmp0 (field, "customer-id") != 0 && g_strcmp0 (field, "summary") != 0 &&
              g_strcmp0 (field, "due-at") != 0 ? error->message : NULL);
  return ok;
}

static void
update (RelasiQuickAdd *self)
{
  RelasiInteractionKind kind = relasi_quick_add_get_kind (self);
  g_autofree char *preview = NULL;
  gboolean promise = kind == RELASI_INTERACTION_KIND_PROMISE;

  gtk_widget_set_visible (self->due_label, promise);
  gtk_widget_set_visible (GTK_WIDGET (self->due_button), promise);

  preview = preview_text (self, kind);
  gtk_label_set_text (self->preview_label, preview != NULL ? preview : "");
  gtk_widget_set_visible (self->preview_box, preview != NULL);

  check (self, self->tried);
}

static void
on_kind_changed (RelasiQuickAdd *self)
{
  update (self);
}

static void
on_field_changed (RelasiQuickAdd *self)
{
  update (self);
}

typedef struct {
  RelasiStore *store;
  gint64       id;
} UndoData;

static void
undo_data_free (gpointer data)
{
  UndoData *undo = data;

  g_clear_object (&undo->store);
  g_free (undo);
}

static void
undo_log (gpointer data)
{
  UndoData *undo = data;
  g_autoptr(GError) error = NULL;

  if (!relasi_store_delete_interaction (undo->store, undo->id, &error))
    g_warning ("Could not take the entry back: %s", error->message);
}

/**
 * relasi_quick_add_log:
 *
 * Logs the entry through the store, or shows what is wrong next to the field.
 *
 * Returns: %TRUE when it was logged
 */
gboolean
relasi_quick_add_log (RelasiQuickAdd *self)
{
  g_autoptr(RelasiInteraction) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GtkRoot *root;

  g_return_val_if_fail (RELASI_IS_QUICK_ADD (self), FALSE);

  self->tried = TRUE;
  if (self->store == NULL || !check (self, TRUE))
    return FALSE;

  entry = build_entry (self);
  if (!relasi_store_add_interaction (self->store, entry, &error))
    {
      show_error (self->error_label, error->message);
      return FALSE;
    }

  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-interaction-kind",
                           relasi_interaction_kind_to_string (relasi_interaction_get_kind (entry)));

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (RELASI_IS_WINDOW (root))
    {
      UndoData *undo = g_new0 (UndoData, 1);

      undo->store = g_object_ref (self->store);
      undo->id = relasi_interaction_get_id (entry);
      /* TRANSLATORS: a toast; the first %s is a kind ("Purchase"), the second a customer's name */
      title = g_strdup_printf (_("%s logged for %s"),
                               relasi_interaction_kind_get_label (relasi_interaction_get_kind (entry)),
                               self->customer_name);
      relasi_toast_overlay_show (relasi_window_get_toast_overlay (RELASI_WINDOW (root)), title, _("_Undo"), 6,
                                 undo_log, NULL, undo, undo_data_free);
    }

  gtk_popover_popdown (GTK_POPOVER (self));
  return TRUE;
}

static void
on_log_clicked (RelasiQuickAdd *self)
{
  relasi_quick_add_log (self);
}

static void
reset (RelasiQuickAdd *self)
{
  RelasiInteractionKind kind = RELASI_INTERACTION_KIND_NOTE;

  self->tried = FALSE;
  self->customer_id = 0;
  g_clear_pointer (&self->customer_name, g_free);
  set_customer_text (self, "");
  gtk_editable_set_text (GTK_EDITABLE (self->summary_entry), "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->details_view), "", -1);
  relasi_date_button_set_date (self->due_button, NULL);
  if (self->settings != NULL)
    {
      g_autofree char *last = g_settings_get_string (self->settings, "last-interaction-kind");
      relasi_interaction_kind_from_string (last, &kind);
    }
  gtk_drop_down_set_selected (self->kind_dropdown, kind);
  update (self);
}

static void
on_show (RelasiQuickAdd *self)
{
  find_store (self);
  reset (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->customer_entry));
}

static void
relasi_quick_add_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  RelasiQuickAdd *self = RELASI_QUICK_ADD (widget);

  GTK_WIDGET_CLASS (relasi_quick_add_parent_class)->size_allocate (widget, width, height, baseline);
  gtk_popover_present (self->suggestions);
}

/* ---- GObject -------------------------------------------------------------------- */

static void
relasi_quick_add_dispose (GObject *object)
{
  RelasiQuickAdd *self = RELASI_QUICK_ADD (object);

  if (self->suggestions != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->suggestions));
  gtk_widget_dispose_template (GTK_WIDGET (self), RELASI_TYPE_QUICK_ADD);
  self->suggestions = NULL;
  g_clear_object (&self->customer_selection);
  g_clear_object (&self->customers);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (relasi_quick_add_parent_class)->dispose (object);
}

static void
relasi_quick_add_finalize (GObject *object)
{
  RelasiQuickAdd *self = RELASI_QUICK_ADD (object);

  g_free (self->customer_name);

  G_OBJECT_CLASS (relasi_quick_add_parent_class)->finalize (object);
}

static void
relasi_quick_add_class_init (RelasiQuickAddClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relasi_quick_add_dispose;
  object_class->finalize = relasi_quick_add_finalize;
  widget_class->size_allocate = relasi_quick_add_size_allocate;

  g_type_ensure (RELASI_TYPE_DATE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/relasi-quick-add.ui");
  gtk_widget_class_bind_template_child (widget_class, RelasiQuickAdd, customer_entry);
  gtk_widget_class_bind_template_child (widget_class, RelasiQuickAdd, customer_error);
  gtk_widget_class_bind_template_child (widget_class, RelasiQuickAdd, details_view);
  gtk_widget_class_bind_template_child (widget_class, RelasiQuickAdd, due_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiQuickAdd, due_error);
  gtk_widget_class_bind_template_child (widget_class, RelasiQuickAdd, due_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiQuickAdd, error_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiQuickAdd, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RelasiQuickAdd, log_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiQuickAdd, preview_box);
  gtk_widget_class_bind_template_child (widget_class, RelasiQuickAdd, preview_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiQuickAdd, suggestion_list);
  gtk_widget_class_bind_template_child (widget_class, RelasiQuickAdd, suggestions);
  gtk_widget_class_bind_template_child (widget_class, RelasiQuickAdd, summary_entry);
  gtk_widget_class_bind_template_child (widget_class, RelasiQuickAdd, summary_error);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_log_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_show);
  gtk_widget_class_bind_template_callback (widget_class, on_suggestion_activated);
}

static void
relasi_quick_add_init (RelasiQuickAdd *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint k = 0; k < RELASI_N_INTERACTION_KINDS; k++)
    gtk_string_list_append (kinds, relasi_interaction_kind_get_label (k));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));

  self->customer_selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->customer_selection, FALSE);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_suggestion), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_suggestion), NULL);
  gtk_list_view_set_factory (self->suggestion_list, factory);
  gtk_list_view_set_model (self->suggestion_list, GTK_SELECTION_MODEL (self->customer_selection));
  gtk_widget_set_parent (GTK_WIDGET (self->suggestions), GTK_WIDGET (self->customer_entry));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_customer_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->customer_entry), keys);

  gtk_popover_set_default_widget (GTK_POPOVER (self), self->log_button);
}

/* ---- public, mostly for tests --------------------------------------------------- */

GtkWidget *
relasi_quick_add_get_customer_entry (RelasiQuickAdd *self)
{
  g_return_val_if_fail (RELASI_IS_QUICK_ADD (self), NULL);
  return GTK_WIDGET (self->customer_entry);
}

/**
 * relasi_quick_add_get_suggestions:
 *
 * Returns: (transfer none) (nullable): the customers offered for what was typed
 */
GListModel *
relasi_quick_add_get_suggestions (RelasiQuickAdd *self)
{
  g_return_val_if_fail (RELASI_IS_QUICK_ADD (self), NULL);
  return self->customers != NULL ? G_LIST_MODEL (self->customers) : NULL;
}

gint64
relasi_quick_add_get_customer_id (RelasiQuickAdd *self)
{
  g_return_val_if_fail (RELASI_IS_QUICK_ADD (self), 0);
  return self->customer_id;
}

void
relasi_quick_add_set_kind (RelasiQuickAdd        *self,
                           RelasiInteractionKind  kind)
{
  g_return_if_fail (RELASI_IS_QUICK_ADD (self));
  g_return_if_fail ((guint) kind < RELASI_N_INTERACTION_KINDS);
  gtk_drop_down_set_selected (self->kind_dropdown, kind);
}

RelasiInteractionKind
relasi_quick_add_get_kind (RelasiQuickAdd *self)
{
  guint selected;

  g_return_val_if_fail (RELASI_IS_QUICK_ADD (self), RELASI_INTERACTION_KIND_NOTE);
  selected = gtk_drop_down_get_selected (self->kind_dropdown);
  return selected < RELASI_N_INTERACTION_KINDS ? (RelasiInteractionKind) selected : RELASI_INTERACTION_KIND_NOTE;
}

void
relasi_quick_add_set_summary (RelasiQuickAdd *self,
                              const char     *summary)
{
  g_return_if_fail (RELASI_IS_QUICK_ADD (self));
  gtk_editable_set_text (GTK_EDITABLE (self->summary_entry), summary != NULL ? summary : "");
}

void
relasi_quick_add_set_due_date (RelasiQuickAdd *self,
                               GDateTime      *date)
{
  g_return_if_fail (RELASI_IS_QUICK_ADD (self));
  relasi_date_button_set_date (self->due_button, date);
}

/* What the rules will create, "" when nothing. */
const char *
relasi_quick_add_get_preview (RelasiQuickAdd *self)
{
  g_return_val_if_fail (RELASI_IS_QUICK_ADD (self), NULL);
  return gtk_widget_get_visible (self->preview_box) ? gtk_label_get_text (self->preview_label) : "";
}

/* The first error shown, "" when none. */
const char *
relasi_quick_add_get_error (RelasiQuickAdd *self)
{
  GtkLabel *labels[] = { self->customer_error, self->summary_error, self->due_error, self->error_label };

  g_return_val_if_fail (RELASI_IS_QUICK_ADD (self), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (gtk_widget_get_visible (GTK_WIDGET (labels[i])))
      return gtk_label_get_text (labels[i]);
  return "";
}
