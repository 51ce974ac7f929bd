/* relasi-customer-editor.c
 *
 * relasi_customer_validate() stops at the first problem. To show every wrong field at
 * once, the form validates a scratch copy, notes the field the error names, puts a
 * harmless value into that field of the copy and asks again, until the copy passes.
 * A field's message is shown once the person has touched it (a new, empty form does
 * not start with a red "The name cannot be empty"), but Save is disabled from the start.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-customer-editor.h"
#include "relasi-error.h"
#include "relasi-validate.h"

struct _RelasiCustomerEditor
{
  GtkWindow       parent_instance;

  GtkTextView    *address_view;
  GtkLabel       *address_error;
  GtkCheckButton *cadence_default_check;
  GtkWidget      *cadence_box;
  GtkLabel       *cadence_error;
  GtkSpinButton  *cadence_spin;
  GtkEntry       *company_entry;
  GtkLabel       *company_error;
  GtkEntry       *email_entry;
  GtkLabel       *email_error;
  GtkLabel       *form_error;
  GtkEntry       *name_entry;
  GtkLabel       *name_error;
  GtkTextView    *notes_view;
  GtkLabel       *notes_error;
  GtkEntry       *phone_entry;
  GtkLabel       *phone_error;
  GtkTextView    *preferences_view;
  GtkLabel       *preferences_error;
  GtkWidget      *save_button;
  GtkEntry       *tags_entry;
  GtkLabel       *tags_error;

  RelasiStore    *store;
  RelasiCustomer *original;   /* NULL for a new customer */
  GHashTable     *errors;     /* field -> message */
  GHashTable     *touched;    /* fields the person has changed (set) */
  gboolean        loading;
};

G_DEFINE_FINAL_TYPE (RelasiCustomerEditor, relasi_customer_editor, GTK_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct {
  const char *field;           /* the RelasiCustomer property the validator names */
  gsize       entry_offset;    /* GtkEntry or GtkTextView */
  gsize       error_offset;
  gboolean    is_text_view;
} Field;

#define F(name, widget, is_view) \
  { #name, G_STRUCT_OFFSET (RelasiCustomerEditor, widget), G_STRUCT_OFFSET (RelasiCustomerEditor, name##_error), is_view }

static const Field fields[] = {
  F (name, name_entry, FALSE),
  F (company, company_entry, FALSE),
  F (email, email_entry, FALSE),
  F (phone, phone_entry, FALSE),
  F (address, address_view, TRUE),
  F (tags, tags_entry, FALSE),
  F (preferences, preferences_view, TRUE),
  F (notes, notes_view, TRUE),
};
#undef F

#define FIELD_WIDGET(self, f) (*(GtkWidget **) G_STRUCT_MEMBER_P ((self), (f)->entry_offset))
#define FIELD_ERROR(self, f)  (*(GtkLabel **) G_STRUCT_MEMBER_P ((self), (f)->error_offset))

/* Helpers */

static char *
get_field_text (RelasiCustomerEditor *self,
                const Field          *f)
{
  GtkWidget *widget = FIELD_WIDGET (self, f);

  if (f->is_text_view)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
}

static void
set_field_text (RelasiCustomerEditor *self,
                const Field          *f,
                const char           *text)
{
  GtkWidget *widget = FIELD_WIDGET (self, f);

  if (f->is_text_view)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text != NULL ? text : "", -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text != NULL ? text : "");
}

/* The customer as the form says it: a copy of the original (status, lost reason and
 * timestamps kept) with the profile from the fields. */
static RelasiCustomer *
build_customer (RelasiCustomerEditor *self)
{
  RelasiCustomer *customer = self->original != NULL ? relasi_customer_copy (self->original) : relasi_customer_new ();

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *text = get_field_text (self, &fields[i]);

      /* single-line fields: spaces around are not part of a name or number */
      if (!fields[i].is_text_view)
        g_strstrip (text);
      g_object_set (customer, fields[i].field, text, NULL);
    }
  relasi_customer_set_cadence_days (customer,
                                    gtk_check_button_get_active (self->cadence_default_check)
                                    ? 0 : gtk_spin_button_get_value_as_int (self->cadence_spin));
  return customer;
}

/* Puts a value the validator accepts into @field of @probe. */
static gboolean
neutralize_field (RelasiCustomer *probe,
                  const char     *field)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (probe), field);
  g_auto(GValue) value = G_VALUE_INIT;

  if (pspec == NULL)
    return FALSE;
  g_value_init (&value, pspec->value_type);
  if (G_VALUE_HOLDS_STRING (&value))
    g_value_set_string (&value, g_strcmp0 (field, "name") == 0 ? "x" : "");
  else
    g_param_value_set_default (pspec, &value);
  g_object_set_property (G_OBJECT (probe), field, &value);
  return TRUE;
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
show_errors (RelasiCustomerEditor *self)
{
  const char *cadence = g_hash_table_lookup (self->errors, "cadence-days");

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *message = g_hash_table_lookup (self->errors, fields[i].field);
      GtkWidget *widget = FIELD_WIDGET (self, &fields[i]);
      gboolean shown = message != NULL && g_hash_table_contains (self->touched, fields[i].field);

      set_label (FIELD_ERROR (self, &fields[i]), shown ? message : NULL);
      if (shown)
        {
          gtk_widget_add_css_class (widget, "error");
          gtk_accessible_update_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID,
                                       GTK_ACCESSIBLE_INVALID_TRUE, -1);
          gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                          message, -1);
        }
      else
        {
          gtk_widget_remove_css_class (widget, "error");
          gtk_accessible_reset_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID);
          gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
        }
    }
  set_label (self->cadence_error, cadence);
}

/* Validates the whole form; returns TRUE when it may be saved. */
static gboolean
validate (RelasiCustomerEditor *self)
{
  g_autoptr(RelasiCustomer) probe = build_customer (self);
  gboolean valid = TRUE;

  g_hash_table_remove_all (self->errors);
  for (guint round = 0; round < 32; round++)
    {
      g_autoptr(GError) error = NULL;
      const char *field;

      if (relasi_customer_validate (probe, &error))
        break;
      valid = FALSE;
      field = relasi_error_get_field (error);
      if (field == NULL || g_hash_table_contains (self->errors, field))
        {
          /* not about one field: say it above the form */
          g_hash_table_replace (self->errors, g_strdup (""), g_strdup (error->message));
          break;
        }
      g_hash_table_replace (self->errors, g_strdup (field), g_strdup (error->message));
      if (!neutralize_field (probe, field))
        break;
    }

  show_errors (self);
  set_label (self->form_error, g_hash_table_lookup (self->errors, ""));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", valid);
  return valid;
}

/* Callbacks */

static void
on_field_changed (RelasiCustomerEditor *self,
                  GtkWidget            *widget)
{
  /* errors is NULL while the template is still being built */
  if (self->loading || self->errors == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkWidget *field_widget = FIELD_WIDGET (self, &fields[i]);

      if (field_widget == widget ||
          (fields[i].is_text_view && (gpointer) gtk_text_view_get_buffer (GTK_TEXT_VIEW (field_widget)) == (gpointer) widget))
        g_hash_table_add (self->touched, (gpointer) fields[i].field);
    }
  gtk_widget_set_sensitive (self->cadence_box, !gtk_check_button_get_active (self->cadence_default_check));
  set_label (self->form_error, NULL);
  validate (self);
}

/* Leaving a field counts as touching it: tabbing past an empty name says it is needed. */
static void
on_focus_leave (GtkEventControllerFocus *controller,
                RelasiCustomerEditor    *self)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  /* the focus also leaves when the window goes away */
  if (self->errors == NULL || gtk_widget_in_destruction (GTK_WIDGET (self)) || self->name_entry == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (FIELD_WIDGET (self, &fields[i]) == widget)
      g_hash_table_add (self->touched, (gpointer) fields[i].field);
  validate (self);
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  relasi_customer_editor_save (RELASI_CUSTOMER_EDITOR (widget));
}

/* GObject */

static void
relasi_customer_editor_dispose (GObject *object)
{
  RelasiCustomerEditor *self = RELASI_CUSTOMER_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELASI_TYPE_CUSTOMER_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->original);

  G_OBJECT_CLASS (relasi_customer_editor_parent_class)->dispose (object);
}

static void
relasi_customer_editor_finalize (GObject *object)
{
  RelasiCustomerEditor *self = RELASI_CUSTOMER_EDITOR (object);

  g_clear_pointer (&self->errors, g_hash_table_unref);
  g_clear_pointer (&self->touched, g_hash_table_unref);

  G_OBJECT_CLASS (relasi_customer_editor_parent_class)->finalize (object);
}

static void
relasi_customer_editor_class_init (RelasiCustomerEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relasi_customer_editor_dispose;
  object_class->finalize = relasi_customer_editor_finalize;

  /**
   * RelasiCustomerEditor::saved:
   * @editor: the editor
   * @customer_id: the customer stored
   * @created: %TRUE for a new customer
   */
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/relasi-customer-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerEditor, address_error);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerEditor, address_view);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerEditor, cadence_box);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerEditor, cadence_default_check);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerEditor, cadence_error);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerEditor, cadence_spin);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerEditor, company_entry);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerEditor, company_error);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerEditor, email_entry);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerEditor, email_error);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerEditor, form_error);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerEditor, name_entry);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerEditor, name_error);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerEditor, notes_error);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerEditor, phone_entry);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerEditor, phone_error);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerEditor, preferences_error);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerEditor, preferences_view);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerEditor, tags_entry);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerEditor, tags_error);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
}

static void
relasi_customer_editor_init (RelasiCustomerEditor *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->touched = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkWidget *widget = FIELD_WIDGET (self, &fields[i]);
      GtkEventController *focus = gtk_event_controller_focus_new ();

      if (fields[i].is_text_view)
        g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), "changed",
                                 G_CALLBACK (on_field_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave), self);
      gtk_widget_add_controller (widget, focus);
    }

  /* In the capture phase, so Ctrl+Enter saves from a multi-line field too, and
   * Escape cancels wherever the focus is. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>Return|<Control>KP_Enter|<Control>ISO_Enter"),
                                                          gtk_named_action_new ("editor.save")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("Escape"),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

/* Public */

/**
 * relasi_customer_editor_new:
 * @parent: (nullable): the main window
 * @store: where to save
 * @customer: (nullable): the customer to edit, %NULL for a new one
 *
 * Returns: (transfer none): a new editor; present it; it destroys itself when closed
 */
RelasiCustomerEditor *
relasi_customer_editor_new (GtkWindow      *parent,
                            RelasiStore    *store,
                            RelasiCustomer *customer)
{
  RelasiCustomerEditor *self;
  g_autofree char *default_label = NULL;
  int default_days;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RELASI_IS_STORE (store), NULL);
  g_return_val_if_fail (customer == NULL || RELASI_IS_CUSTOMER (customer), NULL);

  self = g_object_new (RELASI_TYPE_CUSTOMER_EDITOR,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->store = g_object_ref (store);
  self->original = customer != NULL ? relasi_customer_copy (customer) : NULL;

  default_days = relasi_store_get_stay_in_touch_days (store);
  default_label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Use the _default: every %d day",
                                                "Use the _default: every %d days", default_days),
                                   default_days);
  gtk_check_button_set_label (self->cadence_default_check, default_label);

  self->loading = TRUE;
  if (customer != NULL)
    {
      int days = relasi_customer_get_cadence_days (customer);

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Customer"));
      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        {
          g_autofree char *text = NULL;

          g_object_get (customer, fields[i].field, &text, NULL);
          set_field_text (self, &fields[i], text);
          g_hash_table_add (self->touched, (gpointer) fields[i].field);
        }
      gtk_check_button_set_active (self->cadence_default_check, days == 0);
      if (days > 0)
        gtk_spin_button_set_value (self->cadence_spin, days);
    }
  else
    {
      gtk_check_button_set_active (self->cadence_default_check, TRUE);
      gtk_spin_button_set_value (self->cadence_spin, default_days);
    }
  gtk_widget_set_sensitive (self->cadence_box, !gtk_check_button_get_active (self->cadence_default_check));
  self->loading = FALSE;

  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
  return self;
}

/**
 * relasi_customer_editor_save:
 *
 * Saves what the form says, if it is valid; on success emits ::saved and closes.
 *
 * Returns: %TRUE when saved
 */
gboolean
relasi_customer_editor_save (RelasiCustomerEditor *self)
{
  g_autoptr(RelasiCustomer) customer = NULL;
  g_autoptr(GError) error = NULL;
  gboolean created;
  gboolean ok;

  g_return_val_if_fail (RELASI_IS_CUSTOMER_EDITOR (self), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_hash_table_add (self->touched, (gpointer) fields[i].field);
  if (!validate (self))
    return FALSE;

  customer = build_customer (self);
  created = self->original == NULL;
  ok = created ? relasi_store_add_customer (self->store, customer, &error)
               : relasi_store_update_customer (self->store, customer, &error);
  if (!ok)
    {
      const char *field = relasi_error_get_field (error);
      gboolean placed = FALSE;

      /* the store's message goes where it belongs: under the field, or above the form */
      for (guint i = 0; field != NULL && i < G_N_ELEMENTS (fields); i++)
        if (g_strcmp0 (fields[i].field, field) == 0)
          {
            set_label (FIELD_ERROR (self, &fields[i]), error->message);
            placed = TRUE;
          }
      if (!placed)
        set_label (self->form_error, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, relasi_customer_get_id (customer), created);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

/**
 * relasi_customer_editor_get_error:
 * @field: a RelasiCustomer property, e.g. "email"
 *
 * Returns: (nullable): the message shown under that field, or %NULL
 */
const char *
relasi_customer_editor_get_error (RelasiCustomerEditor *self,
                                  const char           *field)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER_EDITOR (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_strcmp0 (fields[i].field, field) == 0)
      {
        GtkLabel *label = FIELD_ERROR (self, &fields[i]);

        return gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_text (label) : NULL;
      }
  if (g_strcmp0 (field, "cadence-days") == 0 && gtk_widget_get_visible (GTK_WIDGET (self->cadence_error)))
    return gtk_label_get_text (self->cadence_error);
  return NULL;
}
