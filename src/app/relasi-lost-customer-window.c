/* relasi-lost-customer-window.c
 *
 * The reasons a shop owner names map onto the root-cause categories the dashboard
 * counts: "a complaint about the product" is Product, "no longer needs it" is Other
 * (with those words kept as the reason text when nothing else was written), "unknown"
 * is "not known yet".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-clock.h"
#include "relasi-lost-customer-window.h"
#include "relasi-validate.h"

struct _RelasiLostCustomerWindow
{
  GtkWindow       parent_instance;

  GtkCalendar    *calendar;
  GtkCheckButton *competitor_check;
  GtkCheckButton *complaint_check;
  GtkMenuButton  *date_button;
  GtkLabel       *date_error;
  GtkCheckButton *no_longer_check;
  GtkCheckButton *price_check;
  GtkLabel       *question_label;
  GtkLabel       *reason_error;
  GtkTextView    *reason_view;
  GtkCheckButton *service_check;
  GtkCheckButton *unknown_check;

  RelasiStore    *store;
  RelasiCustomer *customer;
};

G_DEFINE_FINAL_TYPE (RelasiLostCustomerWindow, relasi_lost_customer_window, GTK_TYPE_WINDOW)

/* Helpers */

static GtkCheckButton *
reason_check (RelasiLostCustomerWindow *self,
              RelasiLostReason          reason)
{
  switch (reason)
    {
    case RELASI_LOST_REASON_PRICE:            return self->price_check;
    case RELASI_LOST_REASON_SERVICE:          return self->service_check;
    case RELASI_LOST_REASON_COMPLAINT:        return self->complaint_check;
    case RELASI_LOST_REASON_COMPETITOR:       return self->competitor_check;
    case RELASI_LOST_REASON_NO_LONGER_NEEDED: return self->no_longer_check;
    case RELASI_LOST_REASON_UNKNOWN:
    default:                                  return self->unknown_check;
    }
}

static RelasiLostReason
selected_reason (RelasiLostCustomerWindow *self)
{
  for (RelasiLostReason r = RELASI_LOST_REASON_PRICE; r <= RELASI_LOST_REASON_UNKNOWN; r++)
    if (gtk_check_button_get_active (reason_check (self, r)))
      return r;
  return RELASI_LOST_REASON_UNKNOWN;
}

static char *
get_reason_text (RelasiLostCustomerWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->reason_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

/* When they left: the chosen day, now if it is today, noon on an earlier day; -1 for
 * a day still to come. */
static gint64
lost_at (RelasiLostCustomerWindow *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autoptr(GDateTime) now = relasi_clock_now_local ();
  g_autoptr(GDateTime) noon = NULL;
  int cmp;

  cmp = (g_date_time_get_year (day) - g_date_time_get_year (now)) * 1000 +
        (g_date_time_get_day_of_year (day) - g_date_time_get_day_of_year (now));
  if (cmp == 0)
    return 0;
  if (cmp > 0)
    return -1;
  noon = g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day), 12, 0, 0);
  return g_date_time_to_unix (noon);
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
}

static gboolean
validate (RelasiLostCustomerWindow *self)
{
  g_autofree char *text = get_reason_text (self);
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autofree char *day_text = NULL;
  gint64 when = lost_at (self);
  gboolean valid = TRUE;
  glong length = g_utf8_strlen (text, -1);

  /* TRANSLATORS: the date on the "When" button, see g_date_time_format() */
  day_text = g_date_time_format (day, C_("lost date", "%-d %B %Y"));
  gtk_menu_button_set_label (self->date_button, when == 0 ? _("Today") : day_text);

  if (when < 0)
    {
      set_label (self->date_error, _("That day has not come yet: choose today or an earlier day."));
      valid = FALSE;
    }
  else
    set_label (self->date_error, NULL);

  if (length > RELASI_MAX_LONG_TEXT)
    {
      g_autofree char *message = g_strdup_printf (_("This is too long: at most %d characters, this has %ld."),
                                                  RELASI_MAX_LONG_TEXT, length);
      set_label (self->reason_error, message);
      valid = FALSE;
    }
  else
    set_label (self->reason_error, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "lost.confirm", valid);
  return valid;
}

/* Callbacks */

static void
on_date_changed (RelasiLostCustomerWindow *self)
{
  validate (self);
}

/* Actions */

static void
confirm_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  relasi_lost_customer_window_confirm (RELASI_LOST_CUSTOMER_WINDOW (widget));
}

/* GObject */

static void
relasi_lost_customer_window_dispose (GObject *object)
{
  RelasiLostCustomerWindow *self = RELASI_LOST_CUSTOMER_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELASI_TYPE_LOST_CUSTOMER_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->customer);

  G_OBJECT_CLASS (relasi_lost_customer_window_parent_class)->dispose (object);
}

static void
relasi_lost_customer_window_class_init (RelasiLostCustomerWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relasi_lost_customer_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/relasi-lost-customer-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RelasiLostCustomerWindow, calendar);
  gtk_widget_class_bind_template_child (widget_class, RelasiLostCustomerWindow, competitor_check);
  gtk_widget_class_bind_template_child (widget_class, RelasiLostCustomerWindow, complaint_check);
  gtk_widget_class_bind_template_child (widget_class, RelasiLostCustomerWindow, date_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiLostCustomerWindow, date_error);
  gtk_widget_class_bind_template_child (widget_class, RelasiLostCustomerWindow, no_longer_check);
  gtk_widget_class_bind_template_child (widget_class, RelasiLostCustomerWindow, price_check);
  gtk_widget_class_bind_template_child (widget_class, RelasiLostCustomerWindow, question_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiLostCustomerWindow, reason_error);
  gtk_widget_class_bind_template_child (widget_class, RelasiLostCustomerWindow, reason_view);
  gtk_widget_class_bind_template_child (widget_class, RelasiLostCustomerWindow, service_check);
  gtk_widget_class_bind_template_child (widget_class, RelasiLostCustomerWindow, unknown_check);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed);

  gtk_widget_class_install_action (widget_class, "lost.confirm", NULL, confirm_action);
}

static void
relasi_lost_customer_window_init (RelasiLostCustomerWindow *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->reason_view), "changed",
                           G_CALLBACK (validate), self, G_CONNECT_SWAPPED);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>Return|<Control>KP_Enter"),
                                                          gtk_named_action_new ("lost.confirm")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("Escape"),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  /* Nothing chosen means "unknown", honestly, until the person picks a reason. */
  gtk_check_button_set_active (self->unknown_check, TRUE);
}

/* Public */

RelasiRootCause
relasi_lost_reason_to_root_cause (RelasiLostReason reason)
{
  switch (reason)
    {
    case RELASI_LOST_REASON_PRICE:            return RELASI_ROOT_CAUSE_PRICE;
    case RELASI_LOST_REASON_SERVICE:          return RELASI_ROOT_CAUSE_SERVICE;
    case RELASI_LOST_REASON_COMPLAINT:        return RELASI_ROOT_CAUSE_PRODUCT;
    case RELASI_LOST_REASON_COMPETITOR:       return RELASI_ROOT_CAUSE_COMPETITOR;
    case RELASI_LOST_REASON_NO_LONGER_NEEDED: return RELASI_ROOT_CAUSE_OTHER;
    case RELASI_LOST_REASON_UNKNOWN:
    default:                                  return RELASI_ROOT_CAUSE_NONE;
    }
}

/**
 * relasi_lost_customer_window_new:
 * @parent: (nullable): the main window
 * @store: where to store the reason
 * @customer: the customer who left
 *
 * Returns: (transfer none): a new window; present it; it destroys itself when closed
 */
RelasiLostCustomerWindow *
relasi_lost_customer_window_new (GtkWindow      *parent,
                                 RelasiStore    *store,
                                 RelasiCustomer *customer)
{
  RelasiLostCustomerWindow *self;
  g_autofree char *question = NULL;
  g_autoptr(GDateTime) now = relasi_clock_now_local ();

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RELASI_IS_STORE (store), NULL);
  g_return_val_if_fail (RELASI_IS_CUSTOMER (customer), NULL);

  self = g_object_new (RELASI_TYPE_LOST_CUSTOMER_WINDOW,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->store = g_object_ref (store);
  self->customer = g_object_ref (customer);

  /* TRANSLATORS: %s is a customer's name */
  question = g_strdup_printf (_("Why did %s leave?"), relasi_customer_get_name (customer));
  gtk_label_set_text (self->question_label, question);
  gtk_calendar_select_day (self->calendar, now);
  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->unknown_check));

  return self;
}

void
relasi_lost_customer_window_set_reason (RelasiLostCustomerWindow *self,
                                        RelasiLostReason          reason)
{
  g_return_if_fail (RELASI_IS_LOST_CUSTOMER_WINDOW (self));

  gtk_check_button_set_active (reason_check (self, reason), TRUE);
}

/**
 * relasi_lost_customer_window_confirm:
 *
 * Stores the reason and closes the window.
 *
 * Returns: %TRUE when the customer was marked lost
 */
gboolean
relasi_lost_customer_window_confirm (RelasiLostCustomerWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  RelasiLostReason reason;
  gint64 when;

  g_return_val_if_fail (RELASI_IS_LOST_CUSTOMER_WINDOW (self), FALSE);

  if (!validate (self))
    return FALSE;

  reason = selected_reason (self);
  text = get_reason_text (self);
  if (*text == '\0' && reason == RELASI_LOST_REASON_NO_LONGER_NEEDED)
    {
      g_free (text);
      text = g_strdup (_("No longer needs it"));
    }
  when = lost_at (self);

  if (!relasi_store_mark_customer_lost (self->store, relasi_customer_get_id (self->customer),
                                        relasi_lost_reason_to_root_cause (reason), text, when, &error))
    {
      set_label (self->reason_error, error->message);
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}
