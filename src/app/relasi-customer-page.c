/* relasi-customer-page.c
 *
 * Everything about one customer on one page. The left column is small and read whole
 * (one customer's open reminders, cases and health reasons); the journal on the right
 * is a paged RelasiJournalList, so a customer with years of entries opens at once.
 * Every button writes through the store; the page redraws from the store's ::changed
 * signal (coalesced in an idle), never from what it guessed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-clock.h"
#include "relasi-customer-editor.h"
#include "relasi-customer-format.h"
#include "relasi-customer-page.h"
#include "relasi-error.h"
#include "relasi-health.h"
#include "relasi-health-badge.h"
#include "relasi-journal-list.h"
#include "relasi-lost-customer-window.h"
#include "relasi-reset-model.h"
#include "relasi-status-page.h"
#include "relasi-validate.h"
#include "relasi-window.h"

struct _RelasiCustomerPage
{
  GtkWidget          parent_instance;

  GtkWidget         *back_button;
  GtkLabel          *band_label;
  RelasiHealthBadge *header_badge;
  GtkLabel          *journal_count_label;
  GtkStack          *journal_stack;
  GtkListView       *journal_view;
  GtkMenuButton     *log_button;
  GtkWidget         *log_due_box;
  GtkSpinButton     *log_due_spin;
  GtkLabel          *log_error_label;
  GtkDropDown       *log_kind_dropdown;
  GtkPopover        *log_popover;
  GtkWidget         *log_save_button;
  GtkEntry          *log_summary_entry;
  GtkWidget         *lost_label;
  GtkLabel          *name_label;
  GtkListBox        *obligations_list;
  GtkListBox        *profile_list;
  GtkBox            *reasons_box;
  GtkMenuButton     *reminder_button;
  GtkCalendar       *reminder_calendar;
  GtkLabel          *reminder_error_label;
  GtkPopover        *reminder_popover;
  GtkWidget         *reminder_save_button;
  GtkEntry          *reminder_title_entry;
  GtkLabel          *score_label;
  GtkLabel          *subtitle_label;

  RelasiStore       *store;
  gulong             store_changed_id;
  guint              reload_id;
  gint64             customer_id;
  RelasiCustomer    *customer;
  RelasiJournalList *journal;
  GListModel        *journal_reset;    /* the journal through relasi-reset-model.c */
  GtkNoSelection    *journal_selection;
};

G_DEFINE_FINAL_TYPE (RelasiCustomerPage, relasi_customer_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CUSTOMER_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SIGNAL_CLOSE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void relasi_customer_page_reload (RelasiCustomerPage *self);

/* Helpers */

static RelasiToastOverlay *
get_toast_overlay (RelasiCustomerPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return RELASI_IS_WINDOW (root) ? relasi_window_get_toast_overlay (RELASI_WINDOW (root)) : NULL;
}

static void
show_toast (RelasiCustomerPage *self,
            const char         *text)
{
  RelasiToastOverlay *overlay = get_toast_overlay (self);

  if (overlay != NULL)
    relasi_toast_overlay_show (overlay, text, NULL, 5, NULL, NULL, NULL, NULL);
  else
    g_message ("%s", text);
}

static void
show_error (RelasiCustomerPage *self,
            const GError       *error)
{
  show_toast (self, error->message);
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  /* a list box's rows only: its placeholder ("Nothing is owed …") is a child too, and
   * removing it left an empty frame where the page should say that nothing is owed */
  if (GTK_IS_LIST_BOX (box))
    {
      GtkListBoxRow *row;

      while ((row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (box), 0)) != NULL)
        gtk_list_box_remove (GTK_LIST_BOX (box), GTK_WIDGET (row));
      return;
    }
  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

static GtkWidget *
caption_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* Which advice of DESIGN §1 a reason reflects, in words. */
static const char *
damage_advice (RelasiDamage damage)
{
  switch (damage)
    {
    case RELASI_DAMAGE_CARE:          return _("Answer complaints at once, without empty promises.");
    case RELASI_DAMAGE_INTEGRITY:     return _("Make only promises you can keep.");
    case RELASI_DAMAGE_COMFORT:       return _("Keep thanking your customers.");
    case RELASI_DAMAGE_UNDERSTANDING: return _("Stay in touch and know how the customer thinks.");
    case RELASI_DAMAGE_HONESTY:       return _("Don’t cover up mistakes: repair them.");
    case RELASI_DAMAGE_TRUST:         return _("Trust grows from how the customer feels about you.");
    default:                          return "";
    }
}

/* Header, health and profile */

static void
update_header (RelasiCustomerPage *self)
{
  RelasiCustomer *c = self->customer;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *parts[] = { relasi_customer_get_company (c), relasi_customer_get_email (c),
                          relasi_customer_get_phone (c) };

  gtk_label_set_text (self->name_label, relasi_customer_get_name (c));
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL || *parts[i] == '\0')
        continue;
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append (subtitle, parts[i]);
    }
  gtk_label_set_text (self->subtitle_label, subtitle->str);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle->len > 0);
  gtk_widget_set_visible (self->lost_label, relasi_customer_get_status (c) == RELASI_CUSTOMER_STATUS_LOST);
}

static void
update_health (RelasiCustomerPage *self)
{
  g_autoptr(GPtrArray) reasons = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *score_text = NULL;
  const char *band_classes[] = { "poor", "fair", "good" };
  const char *sentence;
  RelasiHealthBand band;
  int score;

  clear_box (GTK_WIDGET (self->reasons_box));
  score = relasi_store_get_customer_health (self->store, self->customer_id, &reasons, &error);
  if (score < 0 || error != NULL)
    {
      gtk_label_set_text (self->score_label, "–");
      gtk_label_set_text (self->band_label, error != NULL ? error->message : "");
      relasi_health_badge_set_value (self->header_badge, -1);
      return;
    }

  relasi_health_badge_set_value (self->header_badge, score);
  score_text = g_strdup_printf ("%d", score);
  gtk_label_set_text (self->score_label, score_text);
  band = relasi_health_band_for_score (score);
  for (guint i = 0; i < G_N_ELEMENTS (band_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->score_label), band_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->score_label), band_classes[band]);
  switch (band)
    {
    case RELASI_HEALTH_BAND_GOOD:
      sentence = _("Good: this relationship is healthy.");
      break;
    case RELASI_HEALTH_BAND_FAIR:
      sentence = _("Fair: this relationship needs some care.");
      break;
    case RELASI_HEALTH_BAND_POOR:
    default:
      sentence = _("Poor: this relationship needs care now.");
      break;
    }
  gtk_label_set_text (self->band_label, sentence);

  if (reasons == NULL || reasons->len == 0)
    {
      gtk_box_append (self->reasons_box,
                      caption_label (_("Nothing has raised or lowered the score yet: every customer starts at 80.")));
      return;
    }

  for (guint i = 0; i < reasons->len; i++)
    {
      RelasiHealthReason *reason = g_ptr_array_index (reasons, i);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *points, *text;
      g_autofree char *points_text = NULL;
      g_autofree char *advice = NULL;
      g_autofree char *spoken = NULL;

      /* U+2212 MINUS SIGN reads better than a hyphen next to a number */
      points_text = reason->points < 0 ? g_strdup_printf ("−%d", -reason->points)
                                       : g_strdup_printf ("+%d", reason->points);
      points = gtk_label_new (points_text);
      gtk_widget_set_valign (points, GTK_ALIGN_START);
      gtk_label_set_width_chars (GTK_LABEL (points), 4);
      gtk_label_set_xalign (GTK_LABEL (points), 1);
      gtk_widget_add_css_class (points, "reason-points");
      gtk_widget_add_css_class (points, reason->points < 0 ? "negative" : "positive");

      text = gtk_label_new (reason->text);
      gtk_label_set_xalign (GTK_LABEL (text), 0);
      gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
      /* TRANSLATORS: under a health reason: "Care: Answer complaints at once, …"; the
       * first %s is the kind of damage (Care, Integrity, …), the second the advice */
      advice = g_strdup_printf (_("%s: %s"), relasi_damage_get_label (reason->damage),
                                damage_advice (reason->damage));
      gtk_box_append (GTK_BOX (text_box), text);
      gtk_box_append (GTK_BOX (text_box), caption_label (advice));
      gtk_widget_set_hexpand (text_box, TRUE);

      gtk_box_append (GTK_BOX (row), points);
      gtk_box_append (GTK_BOX (row), text_box);
      /* TRANSLATORS: what a screen reader says for a health reason: "minus 15 points: …" */
      spoken = g_strdup_printf (reason->points < 0 ? _("Minus %d points: %s %s") : _("Plus %d points: %s %s"),
                                ABS (reason->points), reason->text, advice);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
      gtk_box_append (self->reasons_box, row);
    }
}

static void
add_profile_row (RelasiCustomerPage *self,
                 const char         *key,
                 const char         *value)
{
  GtkWidget *row, *box, *key_label, *value_label;

  if (value == NULL || *value == '\0')
    return;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (box, "pref-row");
  key_label = gtk_label_new (key);
  gtk_label_set_xalign (GTK_LABEL (key_label), 0);
  gtk_label_set_yalign (GTK_LABEL (key_label), 0);
  gtk_label_set_width_chars (GTK_LABEL (key_label), 14);
  gtk_label_set_max_width_chars (GTK_LABEL (key_label), 18);
  gtk_label_set_wrap (GTK_LABEL (key_label), TRUE);
  gtk_widget_add_css_class (key_label, "dim-label");
  value_label = gtk_label_new (value);
  gtk_label_set_xalign (GTK_LABEL (value_label), 0);
  gtk_label_set_wrap (GTK_LABEL (value_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (value_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (value_label), TRUE);
  gtk_widget_set_hexpand (value_label, TRUE);
  gtk_box_append (GTK_BOX (box), key_label);
  gtk_box_append (GTK_BOX (box), value_label);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_append (self->profile_list, row);
}

static void
update_profile (RelasiCustomerPage *self)
{
  RelasiCustomer *c = self->customer;
  g_autofree char *cadence = NULL;
  int days = relasi_customer_get_cadence_days (c);

  clear_box (GTK_WIDGET (self->profile_list));
  add_profile_row (self, _("Company"), relasi_customer_get_company (c));
  add_profile_row (self, _("E-mail"), relasi_customer_get_email (c));
  add_profile_row (self, _("Phone"), relasi_customer_get_phone (c));
  add_profile_row (self, _("Address"), relasi_customer_get_address (c));
  add_profile_row (self, _("Tags"), relasi_customer_get_tags (c));
  add_profile_row (self, _("How this customer thinks"), relasi_customer_get_preferences (c));
  add_profile_row (self, _("Notes"), relasi_customer_get_notes (c));
  if (days > 0)
    cadence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Every %d day", "Every %d days", days), days);
  else
    {
      days = relasi_store_get_stay_in_touch_days (self->store);
      cadence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Every %d day (the default)",
                                              "Every %d days (the default)", days), days);
    }
  add_profile_row (self, _("Stay in touch"), cadence);

  if (relasi_customer_get_status (c) == RELASI_CUSTOMER_STATUS_LOST)
    {
      g_autofree char *date = relasi_format_date (relasi_customer_get_lost_at (c));
      g_autofree char *why = NULL;
      const char *text = relasi_customer_get_lost_reason (c);

      add_profile_row (self, _("Lost on"), date);
      why = *text != '\0'
            ? g_strdup_printf ("%s — %s", relasi_root_cause_get_label (relasi_customer_get_lost_reason_category (c)), text)
            : g_strdup (relasi_root_cause_get_label (relasi_customer_get_lost_reason_category (c)));
      add_profile_row (self, _("Why they left"), why);
    }
}

/* Obligations: what is still owed, each with the button that does the natural thing */

static void
on_obligation_clicked (GtkButton          *button,
                       RelasiCustomerPage *self)
{
  RelasiReminder *reminder = g_object_get_data (G_OBJECT (button), "relasi-reminder");
  g_autoptr(GError) error = NULL;
  gint64 interaction_id = relasi_reminder_get_interaction_id (reminder);
  gboolean ok = FALSE;

  switch (relasi_reminder_get_kind (reminder))
    {
    case RELASI_REMINDER_KIND_COMPLAINT_ANSWER:
      {
        g_autoptr(GPtrArray) cases = relasi_store_list_cases (self->store, RELASI_CASE_FILTER_UNANSWERED,
                                                              self->customer_id, &error);
        gint64 case_id = 0;

        for (guint i = 0; cases != NULL && i < cases->len; i++)
          if (relasi_case_get_interaction_id (g_ptr_array_index (cases, i)) == interaction_id)
            case_id = relasi_case_get_id (g_ptr_array_index (cases, i));
        if (cases == NULL)
          break;
        ok = case_id != 0 ? relasi_store_answer_case (self->store, case_id, 0, &error)
                          : relasi_store_complete_reminder (self->store, relasi_reminder_get_id (reminder), &error);
        break;
      }
    case RELASI_REMINDER_KIND_PROMISE:
      ok = interaction_id != 0 ? relasi_store_keep_promise (self->store, interaction_id, &error)
                               : relasi_store_complete_reminder (self->store, relasi_reminder_get_id (reminder), &error);
      break;
    case RELASI_REMINDER_KIND_THANK_YOU:
      {
        g_autoptr(RelasiInteraction) thanks = relasi_interaction_new ();

        relasi_interaction_set_customer_id (thanks, self->customer_id);
        relasi_interaction_set_kind (thanks, RELASI_INTERACTION_KIND_THANK_YOU);
        relasi_interaction_set_occurred_at (thanks, relasi_clock_now ());
        relasi_interaction_set_summary (thanks, _("Said thank you"));
        ok = relasi_store_add_interaction (self->store, thanks, &error);
        break;
      }
    case RELASI_REMINDER_KIND_FEEDBACK_REQUEST:
    case RELASI_REMINDER_KIND_CHECK_IN:
    case RELASI_REMINDER_KIND_CUSTOM:
    default:
      ok = relasi_store_complete_reminder (self->store, relasi_reminder_get_id (reminder), &error);
      break;
    }

  if (!ok && error != NULL)
    show_error (self, error);
}

static const char *
obligation_button_label (RelasiReminderKind kind)
{
  switch (kind)
    {
    case RELASI_REMINDER_KIND_COMPLAINT_ANSWER: return _("Mark _Answered");
    case RELASI_REMINDER_KIND_PROMISE:          return _("Mark _Kept");
    case RELASI_REMINDER_KIND_THANK_YOU:        return _("Log _Thank-You");
    default:                                    return _("_Done");
    }
}

static void
update_obligations (RelasiCustomerPage *self)
{
  g_autoptr(GPtrArray) reminders = NULL;
  g_autoptr(GError) error = NULL;
  gint64 now = relasi_clock_now ();

  clear_box (GTK_WIDGET (self->obligations_list));
  reminders = relasi_store_list_reminders (self->store, RELASI_REMINDER_FILTER_OPEN, self->customer_id, &error);
  if (reminders == NULL)
    {
      g_warning ("Could not read the reminders: %s", error->message);
      return;
    }

  for (guint i = 0; i < reminders->len; i++)
    {
      RelasiReminder *reminder = g_ptr_array_index (reminders, i);
      RelasiReminderKind kind = relasi_reminder_get_kind (reminder);
      gint64 due_at = relasi_reminder_get_due_at (reminder);
      GtkWidget *row, *box, *image, *texts, *title, *due, *button;
      g_autofree char *due_text = relasi_format_due (due_at, now);
      g_autofree char *button_name = NULL;

      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      gtk_widget_add_css_class (box, "pref-row");
      image = gtk_image_new_from_icon_name (relasi_reminder_kind_icon (kind));
      gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      relasi_reminder_kind_get_label (kind), -1);
      texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      gtk_widget_set_hexpand (texts, TRUE);
      title = gtk_label_new (relasi_reminder_get_title (reminder));
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
      due = caption_label (due_text);
      if (due_at < now)
        {
          gtk_widget_remove_css_class (due, "dim-label");
          gtk_widget_add_css_class (due, "overdue");
        }
      gtk_box_append (GTK_BOX (texts), title);
      gtk_box_append (GTK_BOX (texts), due);

      button = gtk_button_new_with_mnemonic (obligation_button_label (kind));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      /* TRANSLATORS: the accessible name of a button next to an owed item: "Mark answered: Answer Budi about …" */
      button_name = g_strdup_printf (_("%s: %s"), gtk_button_get_label (GTK_BUTTON (button)),
                                     relasi_reminder_get_title (reminder));
      g_object_set_data_full (G_OBJECT (button), "relasi-reminder", g_object_ref (reminder), g_object_unref);
      g_signal_connect (button, "clicked", G_CALLBACK (on_obligation_clicked), self);

      gtk_box_append (GTK_BOX (box), image);
      gtk_box_append (GTK_BOX (box), texts);
      gtk_box_append (GTK_BOX (box), button);
      row = gtk_list_box_row_new ();
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_list_box_append (self->obligations_list, row);
    }
}

/* The journal */

/* The whole summary when the row shows it cut short; asked for only when shown. */
static gboolean
on_summary_query_tooltip (GtkWidget  *label,
                          int         x,
                          int         y,
                          gboolean    keyboard_mode,
                          GtkTooltip *tooltip,
                          gpointer    user_data)
{
  if (!pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))))
    return FALSE;
  gtk_tooltip_set_text (tooltip, gtk_label_get_text (GTK_LABEL (label)));
  return TRUE;
}

static void
on_setup_entry (RelasiCustomerPage *self,
                GtkListItem        *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *image = gtk_image_new ();
  GtkWidget *summary = gtk_label_new (NULL);
  GtkWidget *meta = caption_label (NULL);

  gtk_widget_set_valign (image, GTK_ALIGN_START);
  gtk_widget_set_margin_top (image, 2);
  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_ellipsize (GTK_LABEL (summary), PANGO_ELLIPSIZE_END);
  gtk_widget_set_has_tooltip (summary, TRUE);
  g_signal_connect (summary, "query-tooltip", G_CALLBACK (on_summary_query_tooltip), NULL);
  gtk_label_set_wrap (GTK_LABEL (meta), FALSE);
  gtk_label_set_ellipsize (GTK_LABEL (meta), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), summary);
  gtk_box_append (GTK_BOX (texts), meta);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_widget_add_css_class (box, "journal-entry");
  gtk_list_item_set_child (list_item, box);
  gtk_list_item_set_activatable (list_item, FALSE);
}

static void
on_bind_entry (RelasiCustomerPage *self,
               GtkListItem        *list_item)
{
  RelasiInteraction *entry = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *image = gtk_widget_get_first_child (box);
  GtkWidget *texts = gtk_widget_get_next_sibling (image);
  GtkWidget *summary = gtk_widget_get_first_child (texts);
  GtkWidget *meta = gtk_widget_get_next_sibling (summary);
  RelasiInteractionKind kind = relasi_interaction_get_kind (entry);
  g_autofree char *date = relasi_format_date (relasi_interaction_get_occurred_at (entry));
  g_autofree char *meta_text = NULL;

  gtk_image_set_from_icon_name (GTK_IMAGE (image), relasi_interaction_kind_icon (kind));
  gtk_label_set_text (GTK_LABEL (summary), relasi_interaction_get_summary (entry));
  /* TRANSLATORS: under a journal entry: "Complaint · 3 Mar 2026, 14:05" */
  meta_text = g_strdup_printf (_("%s · %s"), relasi_interaction_kind_get_label (kind), date);
  gtk_label_set_text (GTK_LABEL (meta), meta_text);
}

static void
update_journal_count (RelasiCustomerPage *self)
{
  guint n = self->journal != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->journal)) : 0;
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entry", "%u entries", n), n);

  gtk_label_set_text (self->journal_count_label, text);
  gtk_stack_set_visible_child_name (self->journal_stack, n > 0 ? "list" : "empty");
}

/* Reloading */

static void
update_actions (RelasiCustomerPage *self)
{
  gboolean have = self->customer != NULL;
  gboolean lost = have && relasi_customer_get_status (self->customer) == RELASI_CUSTOMER_STATUS_LOST;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "customer.edit", have);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "customer.ask-feedback", have);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "customer.mark-lost", have && !lost);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "customer.win-back", lost);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "customer.delete", have);
  gtk_widget_set_sensitive (GTK_WIDGET (self->log_button), have);
  gtk_widget_set_sensitive (GTK_WIDGET (self->reminder_button), have);
}

static void
relasi_customer_page_reload (RelasiCustomerPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelasiCustomer) customer = NULL;

  g_clear_handle_id (&self->reload_id, g_source_remove);

  if (self->store == NULL || self->customer_id == 0)
    {
      g_clear_object (&self->customer);
      update_actions (self);
      return;
    }

  customer = relasi_store_get_customer (self->store, self->customer_id, &error);
  if (customer == NULL || relasi_customer_get_deleted_at (customer) != 0)
    {
      /* deleted (here or elsewhere): nothing left to show */
      g_clear_object (&self->customer);
      update_actions (self);
      g_signal_emit (self, signals[SIGNAL_CLOSE], 0);
      return;
    }

  g_set_object (&self->customer, customer);
  update_header (self);
  update_health (self);
  update_obligations (self);
  update_profile (self);
  update_actions (self);
}

static gboolean
reload_in_idle (gpointer data)
{
  RelasiCustomerPage *self = data;

  self->reload_id = 0;
  relasi_customer_page_reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed (RelasiStore        *store,
                  RelasiStoreChange   changes,
                  RelasiCustomerPage *self)
{
  if (self->customer_id != 0 && self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_DEFAULT, reload_in_idle, self, NULL);
}

/* The log popover */

static RelasiInteractionKind
selected_kind (RelasiCustomerPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->log_kind_dropdown);

  return selected < RELASI_N_INTERACTION_KINDS ? (RelasiInteractionKind) selected : RELASI_INTERACTION_KIND_NOTE;
}

static RelasiInteraction *
build_interaction (RelasiCustomerPage *self)
{
  RelasiInteraction *entry = relasi_interaction_new ();
  gint64 now = relasi_clock_now ();

  relasi_interaction_set_customer_id (entry, self->customer_id);
  relasi_interaction_set_kind (entry, selected_kind (self));
  relasi_interaction_set_occurred_at (entry, now);
  relasi_interaction_set_summary (entry, gtk_editable_get_text (GTK_EDITABLE (self->log_summary_entry)));
  if (selected_kind (self) == RELASI_INTERACTION_KIND_PROMISE)
    relasi_interaction_set_due_at (entry, now + (gint64) gtk_spin_button_get_value_as_int (self->log_due_spin) * 86400
                                          + (gtk_spin_button_get_value_as_int (self->log_due_spin) == 0 ? 3600 : 0));
  return entry;
}

static void
set_error_label (GtkLabel   *label,
                 const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

static void
on_log_changed (RelasiCustomerPage *self)
{
  g_autoptr(RelasiInteraction) entry = build_interaction (self);
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->log_summary_entry));
  gboolean valid = relasi_interaction_validate (entry, &error);

  /* An empty summary only disables the button: no scolding before typing. */
  set_error_label (self->log_error_label, !valid && *text != '\0' ? error->message : NULL);
  gtk_widget_set_sensitive (self->log_save_button, valid);
}

static void
on_log_kind_selected (RelasiCustomerPage *self)
{
  gtk_widget_set_visible (self->log_due_box, selected_kind (self) == RELASI_INTERACTION_KIND_PROMISE);
  on_log_changed (self);
}

static void
on_log_popover_show (RelasiCustomerPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->log_summary_entry), "");
  set_error_label (self->log_error_label, NULL);
  on_log_changed (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->log_summary_entry));
}

static void
on_log_save (RelasiCustomerPage *self)
{
  g_autoptr(RelasiInteraction) entry = build_interaction (self);
  g_autoptr(GError) error = NULL;

  if (!relasi_interaction_validate (entry, &error) ||
      !relasi_store_add_interaction (self->store, entry, &error))
    {
      set_error_label (self->log_error_label, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->log_summary_entry));
      return;
    }
  gtk_popover_popdown (self->log_popover);
}

/* The reminder popover */

static gint64
reminder_due_at (RelasiCustomerPage *self,
                 gboolean           *in_the_past)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->reminder_calendar);
  g_autoptr(GDateTime) nine = NULL;
  g_autoptr(GDateTime) now = relasi_clock_now_local ();
  gint64 due;

  nine = g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day), 9, 0, 0);
  due = g_date_time_to_unix (nine);
  *in_the_past = FALSE;
  if (due < g_date_time_to_unix (now))
    {
      /* today, after nine: due now; an earlier day: a mistake */
      if (g_date_time_get_year (day) == g_date_time_get_year (now) &&
          g_date_time_get_day_of_year (day) == g_date_time_get_day_of_year (now))
        due = g_date_time_to_unix (now);
      else
        *in_the_past = TRUE;
    }
  return due;
}

static RelasiReminder *
build_reminder (RelasiCustomerPage *self,
                gboolean           *in_the_past)
{
  RelasiReminder *reminder = relasi_reminder_new ();

  relasi_reminder_set_customer_id (reminder, self->customer_id);
  relasi_reminder_set_kind (reminder, RELASI_REMINDER_KIND_CUSTOM);
  relasi_reminder_set_title (reminder, gtk_editable_get_text (GTK_EDITABLE (self->reminder_title_entry)));
  relasi_reminder_set_due_at (reminder, reminder_due_at (self, in_the_past));
  return reminder;
}

static void
on_reminder_changed (RelasiCustomerPage *self)
{
  g_autoptr(GError) error = NULL;
  gboolean in_the_past;
  g_autoptr(RelasiReminder) reminder = build_reminder (self, &in_the_past);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->reminder_title_entry));
  gboolean valid = relasi_reminder_validate (reminder, &error);

  if (in_the_past)
    set_error_label (self->reminder_error_label, _("That day has passed: choose today or a later day."));
  else
    set_error_label (self->reminder_error_label, !valid && *text != '\0' ? error->message : NULL);
  gtk_widget_set_sensitive (self->reminder_save_button, valid && !in_the_past);
}

static void
on_reminder_popover_show (RelasiCustomerPage *self)
{
  g_autoptr(GDateTime) now = relasi_clock_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_days (now, 1);

  gtk_editable_set_text (GTK_EDITABLE (self->reminder_title_entry), "");
  gtk_calendar_select_day (self->reminder_calendar, tomorrow);
  on_reminder_changed (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->reminder_title_entry));
}

static void
on_reminder_save (RelasiCustomerPage *self)
{
  g_autoptr(GError) error = NULL;
  gboolean in_the_past;
  g_autoptr(RelasiReminder) reminder = build_reminder (self, &in_the_past);

  if (in_the_past)
    return;
  if (!relasi_reminder_validate (reminder, &error) ||
      !relasi_store_add_reminder (self->store, reminder, &error))
    {
      set_error_label (self->reminder_error_label, error->message);
      return;
    }
  gtk_popover_popdown (self->reminder_popover);
}

/* Delete with undo */

typedef struct {
  RelasiStore *store;
  gint64       customer_id;
} UndoDelete;

static void
undo_delete_free (gpointer data)
{
  UndoDelete *undo = data;

  g_clear_object (&undo->store);
  g_free (undo);
}

static void
on_undo_delete (gpointer data)
{
  UndoDelete *undo = data;
  g_autoptr(GError) error = NULL;

  if (!relasi_store_undelete_customer (undo->store, undo->customer_id, &error))
    g_warning ("Could not restore the customer: %s", error->message);
}

/* Actions */

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[SIGNAL_CLOSE], 0);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RelasiCustomerPage *self = RELASI_CUSTOMER_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  RelasiCustomerEditor *editor;

  if (self->customer == NULL)
    return;
  editor = relasi_customer_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store, self->customer);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
ask_feedback_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RelasiCustomerPage *self = RELASI_CUSTOMER_PAGE (widget);
  g_autoptr(RelasiReminder) reminder = relasi_reminder_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (self->customer == NULL)
    return;
  /* TRANSLATORS: a reminder; %s is a customer's name */
  title = g_strdup_printf (_("Ask %s for feedback"), relasi_customer_get_name (self->customer));
  relasi_reminder_set_customer_id (reminder, self->customer_id);
  relasi_reminder_set_kind (reminder, RELASI_REMINDER_KIND_FEEDBACK_REQUEST);
  relasi_reminder_set_title (reminder, title);
  relasi_reminder_set_due_at (reminder, relasi_clock_now ());
  if (!relasi_store_add_reminder (self->store, reminder, &error))
    show_error (self, error);
  else
    show_toast (self, _("Added a reminder to ask for feedback"));
}

static void
mark_lost_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RelasiCustomerPage *self = RELASI_CUSTOMER_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  RelasiLostCustomerWindow *window;

  if (self->customer == NULL)
    return;
  window = relasi_lost_customer_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                            self->store, self->customer);
  gtk_window_present (GTK_WINDOW (window));
}

static void
win_back_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  RelasiCustomerPage *self = RELASI_CUSTOMER_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (self->customer == NULL)
    return;
  if (!relasi_store_win_back_customer (self->store, self->customer_id, &error))
    {
      show_error (self, error);
      return;
    }
  /* TRANSLATORS: %s is a customer's name */
  text = g_strdup_printf (_("%s is an active customer again"), relasi_customer_get_name (self->customer));
  show_toast (self, text);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RelasiCustomerPage *self = RELASI_CUSTOMER_PAGE (widget);
  RelasiToastOverlay *overlay = get_toast_overlay (self);
  g_autoptr(GError) error = NULL;
  UndoDelete *undo;
  gint64 id = self->customer_id;

  if (self->customer == NULL)
    return;
  if (!relasi_store_delete_customer (self->store, id, &error))
    {
      show_error (self, error);
      return;
    }

  relasi_customer_page_set_customer_id (self, 0);
  g_signal_emit (self, signals[SIGNAL_CLOSE], 0);

  if (overlay == NULL)
    return;
  undo = g_new0 (UndoDelete, 1);
  undo->store = g_object_ref (self->store);
  undo->customer_id = id;
  relasi_toast_overlay_show (overlay, _("Customer deleted"), _("_Undo"), 10,
                             on_undo_delete, NULL, undo, undo_delete_free);
}

/* GObject */

static gboolean
relasi_customer_page_grab_focus (GtkWidget *widget)
{
  RelasiCustomerPage *self = RELASI_CUSTOMER_PAGE (widget);

  return gtk_widget_grab_focus (self->back_button);
}

static void
relasi_customer_page_dispose (GObject *object)
{
  RelasiCustomerPage *self = RELASI_CUSTOMER_PAGE (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  if (self->store != NULL)
    g_clear_signal_handler (&self->store_changed_id, self->store);
  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (self->journal, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RELASI_TYPE_CUSTOMER_PAGE);
  /* the template's root child is not a bound child: unparent it ourselves */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_object (&self->journal_selection);
  g_clear_object (&self->journal_reset);
  g_clear_object (&self->journal);
  g_clear_object (&self->customer);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (relasi_customer_page_parent_class)->dispose (object);
}

static void
relasi_customer_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RelasiCustomerPage *self = RELASI_CUSTOMER_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CUSTOMER_ID:
      g_value_set_int64 (value, self->customer_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_customer_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RelasiCustomerPage *self = RELASI_CUSTOMER_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      relasi_customer_page_set_store (self, g_value_get_object (value));
      break;
    case PROP_CUSTOMER_ID:
      relasi_customer_page_set_customer_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_customer_page_class_init (RelasiCustomerPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relasi_customer_page_dispose;
  object_class->get_property = relasi_customer_page_get_property;
  object_class->set_property = relasi_customer_page_set_property;
  widget_class->grab_focus = relasi_customer_page_grab_focus;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RELASI_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CUSTOMER_ID] =
    g_param_spec_int64 ("customer-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RelasiCustomerPage::close:
   *
   * The person wants to go back to the list, or the customer is gone.
   */
  signals[SIGNAL_CLOSE] = g_signal_new ("close", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (RELASI_TYPE_HEALTH_BADGE);
  g_type_ensure (RELASI_TYPE_STATUS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/relasi-customer-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, back_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, band_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, header_badge);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, journal_count_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, journal_stack);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, journal_view);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, log_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, log_due_box);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, log_due_spin);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, log_error_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, log_kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, log_popover);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, log_save_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, log_summary_entry);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, lost_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, obligations_list);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, profile_list);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, reasons_box);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, reminder_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, reminder_calendar);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, reminder_error_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, reminder_popover);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, reminder_save_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, reminder_title_entry);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, score_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomerPage, subtitle_label);
  gtk_widget_class_bind_template_callback (widget_class, on_bind_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_log_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_log_kind_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_log_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_log_save);
  gtk_widget_class_bind_template_callback (widget_class, on_reminder_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_reminder_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_reminder_save);
  gtk_widget_class_bind_template_callback (widget_class, on_setup_entry);

  gtk_widget_class_install_action (widget_class, "customer.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "customer.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "customer.ask-feedback", NULL, ask_feedback_action);
  gtk_widget_class_install_action (widget_class, "customer.mark-lost", NULL, mark_lost_action);
  gtk_widget_class_install_action (widget_class, "customer.win-back", NULL, win_back_action);
  gtk_widget_class_install_action (widget_class, "customer.delete", NULL, delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "customer.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "customer.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, GDK_ALT_MASK, "customer.back", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "customerpage");
}

static void
relasi_customer_page_init (RelasiCustomerPage *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint k = 0; k < RELASI_N_INTERACTION_KINDS; k++)
    gtk_string_list_append (kinds, relasi_interaction_kind_get_label (k));
  gtk_drop_down_set_model (self->log_kind_dropdown, G_LIST_MODEL (kinds));
  gtk_drop_down_set_selected (self->log_kind_dropdown, RELASI_INTERACTION_KIND_CALL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->log_kind_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Kind"), -1);

  gtk_list_box_set_placeholder (self->obligations_list,
                                g_object_new (GTK_TYPE_LABEL,
                                              "label", _("Nothing is owed to this customer right now."),
                                              "wrap", TRUE, "margin-top", 14, "margin-bottom", 14,
                                              "margin-start", 12, "margin-end", 12,
                                              "css-classes", (const char *[]) { "dim-label", NULL },
                                              NULL));
  update_actions (self);
}

/* Public */

RelasiStore *
relasi_customer_page_get_store (RelasiCustomerPage *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER_PAGE (self), NULL);
  return self->store;
}

void
relasi_customer_page_set_store (RelasiCustomerPage *self,
                                RelasiStore        *store)
{
  g_return_if_fail (RELASI_IS_CUSTOMER_PAGE (self));
  g_return_if_fail (store == NULL || RELASI_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_clear_signal_handler (&self->store_changed_id, self->store);
  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (self->journal, self);
  gtk_list_view_set_model (self->journal_view, NULL);
  g_clear_object (&self->journal_selection);
  g_clear_object (&self->journal_reset);
  g_clear_object (&self->journal);
  g_set_object (&self->store, store);
  self->customer_id = 0;
  g_clear_object (&self->customer);

  if (store != NULL)
    self->store_changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
  update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

gint64
relasi_customer_page_get_customer_id (RelasiCustomerPage *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER_PAGE (self), 0);
  return self->customer_id;
}

/**
 * relasi_customer_page_set_customer_id:
 * @self: the page
 * @customer_id: the customer to show, 0 for none
 */
void
relasi_customer_page_set_customer_id (RelasiCustomerPage *self,
                                      gint64              customer_id)
{
  g_return_if_fail (RELASI_IS_CUSTOMER_PAGE (self));
  g_return_if_fail (customer_id >= 0);

  if (self->customer_id == customer_id && (customer_id == 0 || self->customer != NULL))
    return;
  self->customer_id = customer_id;

  if (customer_id == 0)
    {
      /* the journal model stays with the view, off screen: the next customer's entries
       * are bound into the same row widgets (making ~40 rows anew was 80 % of opening
       * a customer) */
      g_clear_object (&self->customer);
      g_clear_handle_id (&self->reload_id, g_source_remove);
      update_actions (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER_ID]);
      return;
    }

  if (self->store != NULL)
    {
      if (self->journal == NULL)
        {
          self->journal = relasi_journal_list_new (self->store);
          relasi_journal_list_set_customer_id (self->journal, customer_id);
          g_signal_connect_swapped (self->journal, "items-changed", G_CALLBACK (update_journal_count), self);
          self->journal_reset = relasi_reset_model_new (G_LIST_MODEL (self->journal));
          relasi_reset_model_set_view (RELASI_RESET_MODEL (self->journal_reset), GTK_WIDGET (self->journal_view));
          self->journal_selection = gtk_no_selection_new (g_object_ref (self->journal_reset));
          gtk_list_view_set_model (self->journal_view, GTK_SELECTION_MODEL (self->journal_selection));
        }
      else
        relasi_journal_list_set_customer_id (self->journal, customer_id);
      update_journal_count (self);
    }

  relasi_customer_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER_ID]);
}
