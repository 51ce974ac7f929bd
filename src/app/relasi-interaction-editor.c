/* relasi-interaction-editor.c
 *
 * Every change builds the entry (and its case) from the form and runs core's
 * validators, which name the field that is wrong; the message goes under that field
 * and Save stays off until all is well. Saving is one store call
 * (relasi_store_save_entry()): the entry, its case and a promise's outcome are saved
 * together or not at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-clock.h"
#include "relasi-date-button.h"
#include "relasi-error.h"
#include "relasi-interaction-editor.h"
#include "relasi-store-entry.h"
#include "relasi-validate.h"

struct _RelasiInteractionEditor
{
  GtkWindow          parent_instance;

  GtkWidget         *amount_error;
  GtkWidget         *amount_label;
  GtkSpinButton     *amount_spin;
  GtkCheckButton    *answered_check;
  RelasiDateButton  *answered_date;
  GtkWidget         *answered_box;
  GtkWidget         *answered_label;
  GtkWidget         *case_error;
  GtkTextView       *corrective_view;
  GtkWidget         *corrective_label;
  GtkLabel          *customer_value;
  GtkWidget         *details_error;
  GtkTextView       *details_view;
  RelasiDateButton  *due_button;
  GtkWidget         *due_error;
  GtkWidget         *due_label;
  GtkSpinButton     *hour_spin;
  GtkLabel          *kind_value;
  GtkSpinButton     *minute_spin;
  GtkDropDown       *mood_dropdown;
  RelasiDateButton  *occurred_date;
  GtkWidget         *occurred_error;
  GtkDropDown       *outcome_dropdown;
  GtkWidget         *outcome_label;
  GtkWidget         *outcome_note;
  GtkCheckButton    *resolved_check;
  RelasiDateButton  *resolved_date;
  GtkWidget         *resolved_box;
  GtkWidget         *resolved_label;
  GtkDropDown       *root_dropdown;
  GtkWidget         *root_label;
  GtkTextView       *root_text_view;
  GtkWidget         *root_text_label;
  GtkWidget         *save_button;
  GtkWidget         *summary_error;
  GtkEntry          *summary_entry;

  RelasiStore       *store;
  RelasiInteraction *original;
  RelasiCase        *rcase;      /* the case the entry opened, if any */
  gboolean           loading;
  gboolean           valid;
};

G_DEFINE_FINAL_TYPE (RelasiInteractionEditor, relasi_interaction_editor, GTK_TYPE_WINDOW)

static char *
text_of (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_text_of (GtkTextView *view,
             const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

static gboolean
is_case_kind (RelasiInteractionKind kind)
{
  return kind == RELASI_INTERACTION_KIND_COMPLAINT || kind == RELASI_INTERACTION_KIND_MISTAKE;
}

/* A day chosen for "answered" or "resolved": now when it is today, else noon of that
 * day, never before the entry itself. */
static gint64
moment_of_day (RelasiDateButton *button,
               gint64            not_before)
{
  gint64 start = relasi_date_button_get_start_of_day (button);
  gint64 now = relasi_clock_now ();
  gint64 at;

  if (start == 0)
    return 0;
  at = (now >= start && now < start + 86400) ? now : start + 12 * 3600;
  return MAX (at, not_before);
}

static gint64
occurred_at (RelasiInteractionEditor *self)
{
  gint64 day = relasi_date_button_get_start_of_day (self->occurred_date);

  if (day == 0)
    return 0;
  return day + gtk_spin_button_get_value_as_int (self->hour_spin) * 3600 +
         gtk_spin_button_get_value_as_int (self->minute_spin) * 60;
}

static RelasiInteraction *
build_entry (RelasiInteractionEditor *self)
{
  RelasiInteraction *entry = relasi_interaction_copy (self->original);
  g_autofree char *details = text_of (self->details_view);

  relasi_interaction_set_occurred_at (entry, occurred_at (self));
  relasi_interaction_set_summary (entry, gtk_editable_get_text (GTK_EDITABLE (self->summary_entry)));
  relasi_interaction_set_details (entry, details[0] != '\0' ? details : NULL);
  relasi_interaction_set_sentiment (entry, (int) gtk_drop_down_get_selected (self->mood_dropdown) - 2);
  if (relasi_interaction_get_kind (entry) == RELASI_INTERACTION_KIND_PURCHASE)
    relasi_interaction_set_amount (entry, gtk_spin_button_get_value (self->amount_spin));
  if (relasi_interaction_get_kind (entry) == RELASI_INTERACTION_KIND_PROMISE)
    relasi_interaction_set_due_at (entry, relasi_date_button_get_end_of_day (self->due_button));
  return entry;
}

static RelasiCase *
build_case (RelasiInteractionEditor *self,
            gint64                   occurred)
{
  RelasiCase *rcase;
  g_autofree char *root_text = NULL;
  g_autofree char *corrective = NULL;

  if (self->rcase == NULL)
    return NULL;

  rcase = relasi_case_copy (self->rcase);
  root_text = text_of (self->root_text_view);
  corrective = text_of (self->corrective_view);
  relasi_case_set_root_cause (rcase, gtk_drop_down_get_selected (self->root_dropdown));
  relasi_case_set_root_cause_text (rcase, root_text[0] != '\0' ? root_text : NULL);
  relasi_case_set_corrective_action (rcase, corrective[0] != '\0' ? corrective : NULL);
  if (relasi_case_get_answered_at (self->rcase) == 0)
    relasi_case_set_answered_at (rcase, gtk_check_button_get_active (self->answered_check)
                                        ? moment_of_day (self->answered_date, occurred) : 0);
  if (relasi_case_get_resolved_at (self->rcase) == 0)
    relasi_case_set_resolved_at (rcase, gtk_check_button_get_active (self->resolved_check)
                                        ? moment_of_day (self->resolved_date, occurred) : 0);
  return rcase;
}

static void
show_error (GtkWidget  *label,
            const char *message)
{
  gtk_label_set_text (GTK_LABEL (label), message != NULL ? message : "");
  gtk_widget_set_visible (label, message != NULL);
}

static GtkWidget *
label_for_field (RelasiInteractionEditor *self,
                 const char              *field)
{
  if (g_strcmp0 (field, "occurred-at") == 0)
    return self->occurred_error;
  if (g_strcmp0 (field, "summary") == 0)
    return self->summary_error;
  if (g_strcmp0 (field, "details") == 0)
    return self->details_error;
  if (g_strcmp0 (field, "amount") == 0)
    return self->amount_error;
  if (g_strcmp0 (field, "due-at") == 0)
    return self->due_error;
  return self->case_error;
}

static void
show_field_error (RelasiInteractionEditor *self,
                  const GError            *error)
{
  GtkWidget *labels[] = { self->occurred_error, self->summary_error, self->details_error,
                          self->amount_error, self->due_error, self->case_error };
  GtkWidget *target = error != NULL ? label_for_field (self, relasi_error_get_field (error)) : NULL;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    show_error (labels[i], labels[i] == target ? error->message : NULL);
}

/* Checks the whole form; shows the first problem next to its field. */
static gboolean
validate (RelasiInteractionEditor *self,
          GError                 **error)
{
  g_autoptr(RelasiInteraction) entry = build_entry (self);
  g_autoptr(RelasiCase) rcase = NULL;
  gint64 occurred = relasi_interaction_get_occurred_at (entry);

  if (occurred == 0)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_INVALID, _("Please choose when it happened."));
      relasi_error_set_field (*error, "occurred-at");
      return FALSE;
    }
  if (!relasi_interaction_validate (entry, error))
    return FALSE;

  rcase = build_case (self, occurred);
  if (rcase == NULL)
    return TRUE;
  if (!relasi_case_validate (rcase, error))
    return FALSE;
  if (relasi_case_get_answered_at (self->rcase) == 0 && gtk_check_button_get_active (self->answered_check) &&
      relasi_date_button_get_date (self->answered_date) == NULL)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_INVALID, _("Please choose the day the customer got an answer."));
      relasi_error_set_field (*error, "answered-at");
      return FALSE;
    }
  if (relasi_case_get_answered_at (rcase) != 0 &&
      relasi_case_get_answered_at (rcase) < relasi_case_get_opened_at (rcase))
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_INVALID, _("A case cannot be answered before it was opened."));
      relasi_error_set_field (*error, "answered-at");
      return FALSE;
    }
  if (relasi_case_get_resolved_at (rcase) != 0 &&
      relasi_case_get_resolved_at (rcase) < relasi_case_get_opened_at (rcase))
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_INVALID, _("A case cannot be resolved before it was opened."));
      relasi_error_set_field (*error, "resolved-at");
      return FALSE;
    }
  return TRUE;
}

static void
on_changed (RelasiInteractionEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (self->loading || self->original == NULL)
    return;

  self->valid = validate (self, &error);
  show_field_error (self, error);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", self->valid);

  /* renegotiating means choosing the new date */
  if (relasi_interaction_get_kind (self->original) == RELASI_INTERACTION_KIND_PROMISE)
    gtk_label_set_text (GTK_LABEL (self->due_label),
                        gtk_drop_down_get_selected (self->outcome_dropdown) == RELASI_PROMISE_OUTCOME_RENEGOTIATED
                        ? _("New date") : _("Keep by"));
}

/* "09:05", not "9:5" */
static gboolean
on_time_output (GtkSpinButton *spin)
{
  char text[8];

  g_snprintf (text, sizeof text, "%02d", gtk_spin_button_get_value_as_int (spin));
  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RelasiInteractionEditor *self = RELASI_INTERACTION_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!relasi_interaction_editor_save (self, &error))
    {
      if (error != NULL)
        show_field_error (self, error);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
load (RelasiInteractionEditor *self)
{
  RelasiInteraction *e = self->original;
  RelasiInteractionKind kind = relasi_interaction_get_kind (e);
  RelasiPromiseOutcome outcome = relasi_interaction_get_outcome (e);
  g_autoptr(GDateTime) occurred = g_date_time_new_from_unix_local (relasi_interaction_get_occurred_at (e));
  gboolean promise = kind == RELASI_INTERACTION_KIND_PROMISE;
  gboolean complaint = kind == RELASI_INTERACTION_KIND_COMPLAINT;
  gboolean has_case = self->rcase != NULL;
  g_autofree char *title = NULL;

  self->loading = TRUE;

  /* TRANSLATORS: the editor's title; %s is a kind ("Complaint") */
  title = g_strdup_printf (_("Edit %s"), relasi_interaction_kind_get_label (kind));
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_label_set_text (self->customer_value, relasi_interaction_get_customer_name (e));
  gtk_label_set_text (self->kind_value, relasi_interaction_kind_get_label (kind));
  relasi_date_button_set_date (self->occurred_date, occurred);
  if (occurred != NULL)
    {
      gtk_spin_button_set_value (self->hour_spin, g_date_time_get_hour (occurred));
      gtk_spin_button_set_value (self->minute_spin, g_date_time_get_minute (occurred));
    }
  gtk_editable_set_text (GTK_EDITABLE (self->summary_entry), relasi_interaction_get_summary (e));
  set_text_of (self->details_view, relasi_interaction_get_details (e));
  gtk_drop_down_set_selected (self->mood_dropdown, (guint) (CLAMP (relasi_interaction_get_sentiment (e), -2, 2) + 2));

  gtk_widget_set_visible (self->amount_label, kind == RELASI_INTERACTION_KIND_PURCHASE);
  gtk_widget_set_visible (GTK_WIDGET (self->amount_spin), kind == RELASI_INTERACTION_KIND_PURCHASE);
  gtk_spin_button_set_value (self->amount_spin, relasi_interaction_get_amount (e));

  gtk_widget_set_visible (self->due_label, promise);
  gtk_widget_set_visible (GTK_WIDGET (self->due_button), promise);
  gtk_widget_set_visible (self->outcome_label, promise);
  gtk_widget_set_visible (GTK_WIDGET (self->outcome_dropdown), promise);
  if (promise)
    {
      g_autoptr(GDateTime) due = g_date_time_new_from_unix_local (relasi_interaction_get_due_at (e));
      gboolean ended = outcome != RELASI_PROMISE_OUTCOME_NONE && outcome != RELASI_PROMISE_OUTCOME_RENEGOTIATED;

      relasi_date_button_set_date (self->due_button, relasi_interaction_get_due_at (e) > 0 ? due : NULL);
      gtk_drop_down_set_selected (self->outcome_dropdown, outcome);
      gtk_widget_set_sensitive (GTK_WIDGET (self->outcome_dropdown), !ended);
      gtk_widget_set_sensitive (GTK_WIDGET (self->due_button), !ended);
      show_error (self->outcome_note, ended ? _("This promise has ended; its outcome stays as recorded.") : NULL);
      gtk_widget_remove_css_class (self->outcome_note, "field-error");
      gtk_widget_add_css_class (self->outcome_note, "dim-label");
    }

  gtk_widget_set_visible (self->answered_label, complaint && has_case);
  gtk_widget_set_visible (self->answered_box, complaint && has_case);
  gtk_widget_set_visible (self->resolved_label, has_case);
  gtk_widget_set_visible (self->resolved_box, has_case);
  gtk_widget_set_visible (self->root_label, has_case);
  gtk_widget_set_visible (GTK_WIDGET (self->root_dropdown), has_case);
  gtk_widget_set_visible (self->root_text_label, has_case);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->root_text_view)), has_case);
  gtk_widget_set_visible (self->corrective_label, has_case && !complaint);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->corrective_view)), has_case && !complaint);
  if (has_case)
    {
      RelasiCase *k = self->rcase;
      gint64 answered = relasi_case_get_answered_at (k);
      gint64 resolved = relasi_case_get_resolved_at (k);
      g_autoptr(GDateTime) answered_day = g_date_time_new_from_unix_local (answered > 0 ? answered : relasi_clock_now ());
      g_autoptr(GDateTime) resolved_day = g_date_time_new_from_unix_local (resolved > 0 ? resolved : relasi_clock_now ());

      gtk_check_button_set_active (self->answered_check, answered > 0);
      gtk_widget_set_sensitive (self->answered_box, answered == 0);
      relasi_date_button_set_date (self->answered_date, answered_day);
      gtk_check_button_set_active (self->resolved_check, resolved > 0);
      gtk_widget_set_sensitive (self->resolved_box, resolved == 0);
      relasi_date_button_set_date (self->resolved_date, resolved_day);
      gtk_drop_down_set_selected (self->root_dropdown, relasi_case_get_root_cause (k));
      set_text_of (self->root_text_view, relasi_case_get_root_cause_text (k));
      set_text_of (self->corrective_view, relasi_case_get_corrective_action (k));
    }

  self->loading = FALSE;
  on_changed (self);
}

/* ---- GObject -------------------------------------------------------------------- */

static void
relasi_interaction_editor_dispose (GObject *object)
{
  RelasiInteractionEditor *self = RELASI_INTERACTION_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELASI_TYPE_INTERACTION_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->original);
  g_clear_object (&self->rcase);

  G_OBJECT_CLASS (relasi_interaction_editor_parent_class)->dispose (object);
}

static void
relasi_interaction_editor_class_init (RelasiInteractionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relasi_interaction_editor_dispose;

  g_type_ensure (RELASI_TYPE_DATE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/relasi-interaction-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, amount_error);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, amount_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, amount_spin);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, answered_box);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, answered_check);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, answered_date);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, answered_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, case_error);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, corrective_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, corrective_view);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, customer_value);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, details_error);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, details_view);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, due_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, due_error);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, due_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, kind_value);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, minute_spin);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, mood_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, occurred_date);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, occurred_error);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, outcome_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, outcome_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, outcome_note);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, resolved_box);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, resolved_check);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, resolved_date);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, resolved_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, root_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, root_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, root_text_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, root_text_view);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, summary_entry);
  gtk_widget_class_bind_template_child (widget_class, RelasiInteractionEditor, summary_error);
  gtk_widget_class_bind_template_callback (widget_class, on_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_time_output);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
relasi_interaction_editor_init (RelasiInteractionEditor *self)
{
  g_autoptr(GtkStringList) moods = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) outcomes = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) causes = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (moods, _("Very unhappy"));
  gtk_string_list_append (moods, _("Unhappy"));
  gtk_string_list_append (moods, _("Neutral"));
  gtk_string_list_append (moods, _("Happy"));
  gtk_string_list_append (moods, _("Very happy"));
  gtk_drop_down_set_model (self->mood_dropdown, G_LIST_MODEL (moods));

  /* in the order of RelasiPromiseOutcome */
  gtk_string_list_append (outcomes, C_("promise", "Open"));
  gtk_string_list_append (outcomes, C_("promise", "Kept"));
  gtk_string_list_append (outcomes, C_("promise", "Kept late"));
  gtk_string_list_append (outcomes, C_("promise", "Broken"));
  gtk_string_list_append (outcomes, C_("promise", "Renegotiated"));
  gtk_drop_down_set_model (self->outcome_dropdown, G_LIST_MODEL (outcomes));

  for (guint c = 0; c < RELASI_N_ROOT_CAUSES; c++)
    gtk_string_list_append (causes, relasi_root_cause_get_label (c));
  gtk_drop_down_set_model (self->root_dropdown, G_LIST_MODEL (causes));
}

/**
 * relasi_interaction_editor_new:
 * @parent: (nullable): the main window
 * @store: the store
 * @entry: the entry to edit (a copy is edited)
 */
RelasiInteractionEditor *
relasi_interaction_editor_new (GtkWindow         *parent,
                               RelasiStore       *store,
                               RelasiInteraction *entry)
{
  RelasiInteractionEditor *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RELASI_IS_STORE (store), NULL);
  g_return_val_if_fail (RELASI_IS_INTERACTION (entry), NULL);

  self = g_object_new (RELASI_TYPE_INTERACTION_EDITOR,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->store = g_object_ref (store);
  self->original = relasi_interaction_copy (entry);
  if (is_case_kind (relasi_interaction_get_kind (entry)))
    {
      self->rcase = relasi_store_get_case_for_interaction (store, relasi_interaction_get_id (entry), &error);
      if (self->rcase == NULL && !g_error_matches (error, RELASI_ERROR, RELASI_ERROR_NOT_FOUND))
        g_warning ("Could not read the case of a journal entry: %s", error->message);
    }
  load (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->summary_entry));
  return self;
}

gboolean
relasi_interaction_editor_can_save (RelasiInteractionEditor *self)
{
  g_return_val_if_fail (RELASI_IS_INTERACTION_EDITOR (self), FALSE);
  return self->valid;
}

/**
 * relasi_interaction_editor_save:
 *
 * Saves the form through the store, all of it or nothing.
 */
gboolean
relasi_interaction_editor_save (RelasiInteractionEditor  *self,
                                GError                  **error)
{
  g_autoptr(RelasiInteraction) entry = NULL;
  g_autoptr(RelasiCase) rcase = NULL;
  RelasiPromiseOutcome outcome = RELASI_PROMISE_OUTCOME_NONE;

  g_return_val_if_fail (RELASI_IS_INTERACTION_EDITOR (self), FALSE);

  if (!validate (self, error))
    return FALSE;

  entry = build_entry (self);
  rcase = build_case (self, relasi_interaction_get_occurred_at (entry));
  if (relasi_interaction_get_kind (entry) == RELASI_INTERACTION_KIND_PROMISE)
    outcome = gtk_drop_down_get_selected (self->outcome_dropdown);

  if (!relasi_store_save_entry (self->store, entry, rcase, outcome, error))
    return FALSE;
  g_set_object (&self->original, entry);
  return TRUE;
}
