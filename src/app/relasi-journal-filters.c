/* relasi-journal-filters.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-clock.h"
#include "relasi-csv.h"
#include "relasi-customer-list.h"
#include "relasi-date-button.h"
#include "relasi-journal-filters.h"
#include "relasi-journal-list.h"

struct _RelasiJournalFilters
{
  GtkWidget          parent_instance;

  GtkBox            *chips;
  GtkWidget         *custom_grid;
  GtkListView       *customer_list;
  GtkMenuButton     *customer_button;
  GtkPopover        *customer_popover;
  GtkSearchEntry    *customer_search;
  GtkWidget         *date_popover;
  RelasiDateButton  *from_button;
  GtkBox            *kind_box;
  GtkBox            *mood_box;
  GtkToggleButton   *open_button;
  GtkCheckButton    *range_90;
  GtkCheckButton    *range_any;
  GtkCheckButton    *range_custom;
  GtkCheckButton    *range_month;
  GtkCheckButton    *range_week;
  RelasiDateButton  *to_button;

  GtkCheckButton    *kind_checks[RELASI_N_INTERACTION_KINDS];
  GtkCheckButton    *mood_checks[5];
  RelasiCustomerList *customers;       /* while the customer popover is open */
  RelasiStore       *store;

  gint64             customer_id;
  char              *customer_name;
  RelasiDateRange    range;
  gboolean           updating;
};

G_DEFINE_FINAL_TYPE (RelasiJournalFilters, relasi_journal_filters, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
mood_label (int sentiment)
{
  switch (sentiment)
    {
    case -2: return _("Very unhappy");
    case -1: return _("Unhappy");
    case 1: return _("Happy");
    case 2: return _("Very happy");
    default: return _("Neutral");
    }
}

static const char *
range_label (RelasiDateRange range)
{
  switch (range)
    {
    case RELASI_DATE_RANGE_THIS_WEEK: return _("This week");
    case RELASI_DATE_RANGE_THIS_MONTH: return _("This month");
    case RELASI_DATE_RANGE_LAST_90_DAYS: return _("Last 90 days");
    case RELASI_DATE_RANGE_CUSTOM: return _("Custom range");
    case RELASI_DATE_RANGE_ANY:
    default: return _("Any time");
    }
}

static void rebuild_chips (RelasiJournalFilters *self);

static void
emit_changed (RelasiJournalFilters *self)
{
  if (self->updating)
    return;
  rebuild_chips (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* ---- chips ---------------------------------------------------------------------- */

typedef enum {
  CHIP_KIND,
  CHIP_CUSTOMER,
  CHIP_DATE,
  CHIP_MOOD,
  CHIP_OPEN,
} ChipKind;

static void
on_chip_clicked (GtkButton            *button,
                 RelasiJournalFilters *self)
{
  ChipKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "chip-kind"));

  switch (kind)
    {
    case CHIP_KIND:
      relasi_journal_filters_set_kinds (self, 0);
      break;
    case CHIP_CUSTOMER:
      relasi_journal_filters_set_customer (self, 0, NULL);
      break;
    case CHIP_DATE:
      relasi_journal_filters_set_date_range (self, RELASI_DATE_RANGE_ANY, 0, 0);
      break;
    case CHIP_MOOD:
      relasi_journal_filters_set_sentiments (self, 0);
      break;
    case CHIP_OPEN:
      relasi_journal_filters_set_open_only (self, FALSE);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
add_chip (RelasiJournalFilters *self,
          ChipKind              kind,
          const char           *label)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *text = gtk_label_new (label);
  GtkWidget *icon = gtk_image_new_from_icon_name ("window-close-symbolic");
  g_autofree char *accessible = NULL;
  g_autofree char *tooltip = NULL;

  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 30);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "chip");
  /* TRANSLATORS: a filter chip; %s is the filter ("Complaint", "This month") */
  accessible = g_strdup_printf (_("Remove the filter “%s”"), label);
  gtk_widget_set_tooltip_text (button, accessible);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data (G_OBJECT (button), "chip-kind", GUINT_TO_POINTER (kind));
  g_signal_connect (button, "clicked", G_CALLBACK (on_chip_clicked), self);
  gtk_box_append (self->chips, button);
}

static char *
custom_range_label (RelasiJournalFilters *self)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  GDateTime *from_date = relasi_date_button_get_date (self->from_button);
  GDateTime *to_date = relasi_date_button_get_date (self->to_button);

  from = from_date != NULL ? relasi_date_format_day (from_date) : g_strdup ("…");
  to = to_date != NULL ? relasi_date_format_day (to_date) : g_strdup ("…");
  /* TRANSLATORS: a custom date range, "from – to" */
  return g_strdup_printf (_("%s – %s"), from, to);
}

static void
rebuild_chips (RelasiJournalFilters *self)
{
  GtkWidget *child;
  guint kinds = relasi_journal_filters_get_kinds (self);
  guint moods = relasi_journal_filters_get_sentiments (self);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chips))) != NULL)
    gtk_box_remove (self->chips, child);

  if (kinds != 0)
    {
      g_autoptr(GString) label = g_string_new (NULL);

      for (guint k = 0; k < RELASI_N_INTERACTION_KINDS; k++)
        if (kinds & RELASI_KIND_BIT (k))
          g_string_append_printf (label, "%s%s", label->len > 0 ? ", " : "", relasi_interaction_kind_get_label (k));
      add_chip (self, CHIP_KIND, label->str);
    }
  if (self->customer_id > 0)
    add_chip (self, CHIP_CUSTOMER, self->customer_name != NULL ? self->customer_name : "");
  if (self->range == RELASI_DATE_RANGE_CUSTOM)
    {
      g_autofree char *label = custom_range_label (self);
      add_chip (self, CHIP_DATE, label);
    }
  else if (self->range != RELASI_DATE_RANGE_ANY)
    add_chip (self, CHIP_DATE, range_label (self->range));
  if (moods != 0)
    {
      g_autoptr(GString) label = g_string_new (NULL);

      for (int s = -2; s <= 2; s++)
        if (moods & RELASI_SENTIMENT_BIT (s))
          g_string_append_printf (label, "%s%s", label->len > 0 ? ", " : "", mood_label (s));
      add_chip (self, CHIP_MOOD, label->str);
    }
  if (relasi_journal_filters_get_open_only (self))
    add_chip (self, CHIP_OPEN, _("Open items only"));

  gtk_widget_set_visible (GTK_WIDGET (self->chips), relasi_journal_filters_is_active (self));
}

/* ---- callbacks ------------------------------------------------------------------ */

static void
on_check_toggled (RelasiJournalFilters *self)
{
  emit_changed (self);
}

static void
on_open_toggled (RelasiJournalFilters *self)
{
  emit_changed (self);
}

static void
on_range_toggled (RelasiJournalFilters *self,
                  GtkCheckButton       *button)
{
  if (!gtk_check_button_get_active (button))
    return;

  if (button == self->range_week)
    self->range = RELASI_DATE_RANGE_THIS_WEEK;
  else if (button == self->range_month)
    self->range = RELASI_DATE_RANGE_THIS_MONTH;
  else if (button == self->range_90)
    self->range = RELASI_DATE_RANGE_LAST_90_DAYS;
  else if (button == self->range_custom)
    self->range = RELASI_DATE_RANGE_CUSTOM;
  else
    self->range = RELASI_DATE_RANGE_ANY;

  gtk_widget_set_sensitive (self->custom_grid, self->range == RELASI_DATE_RANGE_CUSTOM);
  if (self->range == RELASI_DATE_RANGE_CUSTOM && relasi_date_button_get_date (self->from_button) == NULL)
    {
      g_autoptr(GDateTime) now = relasi_clock_now_local ();
      g_autoptr(GDateTime) month_ago = g_date_time_add_days (now, -30);

      gboolean was_updating = self->updating;

      self->updating = TRUE;
      relasi_date_button_set_date (self->from_button, month_ago);
      relasi_date_button_set_date (self->to_button, now);
      self->updating = was_updating;
    }
  emit_changed (self);
}

static void
on_custom_date_changed (RelasiJournalFilters *self)
{
  if (self->range == RELASI_DATE_RANGE_CUSTOM)
    emit_changed (self);
}

/* The customers to choose from are read when the popover opens and let go when it
 * closes: a hidden list would read again on every change of the store. */
static void
on_customer_popover_show (RelasiJournalFilters *self)
{
  if (self->customers == NULL && self->store != NULL)
    {
      g_autoptr(GtkNoSelection) selection = NULL;

      self->customers = relasi_customer_list_new (self->store);
      selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->customers)));
      gtk_list_view_set_model (self->customer_list, GTK_SELECTION_MODEL (selection));
    }
  gtk_editable_set_text (GTK_EDITABLE (self->customer_search), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->customer_search));
}

static gboolean
release_customers (gpointer data)
{
  RelasiJournalFilters *self = data;

  if (self->customer_popover == NULL)   /* disposed meanwhile */
    g_clear_object (&self->customers);
  else if (!gtk_widget_get_visible (GTK_WIDGET (self->customer_popover)))
    {
      gtk_list_view_set_model (self->customer_list, NULL);
      g_clear_object (&self->customers);
    }
  g_object_unref (self);
  return G_SOURCE_REMOVE;
}

static void
on_customer_popover_closed (RelasiJournalFilters *self)
{
  /* after the popover's own handlers (a choice made from the list is read first) */
  g_idle_add (release_customers, g_object_ref (self));
}

static void
on_customer_search_changed (RelasiJournalFilters *self)
{
  if (self->customers != NULL)
    relasi_customer_list_set_search_text (self->customers,
                                          gtk_editable_get_text (GTK_EDITABLE (self->customer_search)));
}

static void
choose_customer_at (RelasiJournalFilters *self,
                    guint                 position)
{
  g_autoptr(RelasiCustomer) customer = NULL;

  if (self->customers == NULL)
    return;
  customer = g_list_model_get_item (G_LIST_MODEL (self->customers), position);
  if (customer == NULL)
    return;
  relasi_journal_filters_set_customer (self, relasi_customer_get_id (customer),
                                       relasi_customer_get_name (customer));
  gtk_popover_popdown (self->customer_popover);
}

static void
on_customer_activated (RelasiJournalFilters *self,
                       guint                 position)
{
  choose_customer_at (self, position);
}

static void
on_customer_search_activate (RelasiJournalFilters *self)
{
  choose_customer_at (self, 0);
}

static void
setup_customer_item (GtkSignalListItemFactory *factory,
                     GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_customer_item (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  RelasiCustomer *customer = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      customer != NULL ? relasi_customer_get_name (customer) : "");
}

/* ---- GObject -------------------------------------------------------------------- */

static void
relasi_journal_filters_dispose (GObject *object)
{
  RelasiJournalFilters *self = RELASI_JOURNAL_FILTERS (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), RELASI_TYPE_JOURNAL_FILTERS);
  /* the unnamed containers of the template */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->customers);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (relasi_journal_filters_parent_class)->dispose (object);
}

static void
relasi_journal_filters_finalize (GObject *object)
{
  RelasiJournalFilters *self = RELASI_JOURNAL_FILTERS (object);

  g_clear_pointer (&self->customer_name, g_free);

  G_OBJECT_CLASS (relasi_journal_filters_parent_class)->finalize (object);
}

static void
relasi_journal_filters_class_init (RelasiJournalFiltersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relasi_journal_filters_dispose;
  object_class->finalize = relasi_journal_filters_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (RELASI_TYPE_DATE_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/relasi-journal-filters.ui");
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalFilters, chips);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalFilters, custom_grid);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalFilters, customer_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalFilters, customer_list);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalFilters, customer_popover);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalFilters, customer_search);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalFilters, date_popover);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalFilters, from_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalFilters, kind_box);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalFilters, mood_box);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalFilters, open_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalFilters, range_90);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalFilters, range_any);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalFilters, range_custom);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalFilters, range_month);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalFilters, range_week);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalFilters, to_button);
  gtk_widget_class_bind_template_callback (widget_class, on_custom_date_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_popover_closed);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_open_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_range_toggled);
}

static void
relasi_journal_filters_init (RelasiJournalFilters *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint k = 0; k < RELASI_N_INTERACTION_KINDS; k++)
    {
      self->kind_checks[k] = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (relasi_interaction_kind_get_label (k)));
      g_signal_connect_swapped (self->kind_checks[k], "toggled", G_CALLBACK (on_check_toggled), self);
      gtk_box_append (self->kind_box, GTK_WIDGET (self->kind_checks[k]));
    }
  for (int s = 2; s >= -2; s--)
    {
      GtkCheckButton *check = GTK_CHECK_BUTTON (gtk_check_button_new_with_label (mood_label (s)));

      self->mood_checks[s + 2] = check;
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (on_check_toggled), self);
      gtk_box_append (self->mood_box, GTK_WIDGET (check));
    }

  g_signal_connect (factory, "setup", G_CALLBACK (setup_customer_item), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_customer_item), NULL);
  gtk_list_view_set_factory (self->customer_list, factory);
}

/* ---- public --------------------------------------------------------------------- */

void
relasi_journal_filters_set_store (RelasiJournalFilters *self,
                                  RelasiStore          *store)
{
  g_return_if_fail (RELASI_IS_JOURNAL_FILTERS (self));

  gtk_list_view_set_model (self->customer_list, NULL);
  g_clear_object (&self->customers);
  g_set_object (&self->store, store);
  if (store != NULL && gtk_widget_get_visible (GTK_WIDGET (self->customer_popover)))
    on_customer_popover_show (self);
}

guint
relasi_journal_filters_get_kinds (RelasiJournalFilters *self)
{
  guint kinds = 0;

  g_return_val_if_fail (RELASI_IS_JOURNAL_FILTERS (self), 0);
  for (guint k = 0; k < RELASI_N_INTERACTION_KINDS; k++)
    if (gtk_check_button_get_active (self->kind_checks[k]))
      kinds |= RELASI_KIND_BIT (k);
  return kinds;
}

void
relasi_journal_filters_set_kinds (RelasiJournalFilters *self,
                                  guint                 kinds)
{
  gboolean was_updating;

  g_return_if_fail (RELASI_IS_JOURNAL_FILTERS (self));

  was_updating = self->updating;
  self->updating = TRUE;
  for (guint k = 0; k < RELASI_N_INTERACTION_KINDS; k++)
    gtk_check_button_set_active (self->kind_checks[k], (kinds & RELASI_KIND_BIT (k)) != 0);
  self->updating = was_updating;
  emit_changed (self);
}

gint64
relasi_journal_filters_get_customer_id (RelasiJournalFilters *self)
{
  g_return_val_if_fail (RELASI_IS_JOURNAL_FILTERS (self), 0);
  return self->customer_id;
}

void
relasi_journal_filters_set_customer (RelasiJournalFilters *self,
                                     gint64                id,
                                     const char           *name)
{
  g_return_if_fail (RELASI_IS_JOURNAL_FILTERS (self));

  self->customer_id = MAX (id, 0);
  g_free (self->customer_name);
  self->customer_name = id > 0 ? g_strdup (name) : NULL;
  emit_changed (self);
}

RelasiDateRange
relasi_journal_filters_get_date_range (RelasiJournalFilters *self)
{
  g_return_val_if_fail (RELASI_IS_JOURNAL_FILTERS (self), RELASI_DATE_RANGE_ANY);
  return self->range;
}

void
relasi_journal_filters_set_date_range (RelasiJournalFilters *self,
                                       RelasiDateRange       range,
                                       gint64                custom_since,
                                       gint64                custom_until)
{
  GtkCheckButton *buttons[] = { self->range_any, self->range_week, self->range_month,
                                self->range_90, self->range_custom };
  gboolean was_updating;

  g_return_if_fail (RELASI_IS_JOURNAL_FILTERS (self));
  g_return_if_fail ((guint) range < G_N_ELEMENTS (buttons));

  was_updating = self->updating;
  self->updating = TRUE;
  if (range == RELASI_DATE_RANGE_CUSTOM)
    {
      g_autoptr(GDateTime) from = custom_since > 0 ? g_date_time_new_from_unix_local (custom_since) : NULL;
      g_autoptr(GDateTime) to = custom_until > 0 ? g_date_time_new_from_unix_local (custom_until - 1) : NULL;

      relasi_date_button_set_date (self->from_button, from);
      relasi_date_button_set_date (self->to_button, to);
    }
  gtk_check_button_set_active (buttons[range], TRUE);
  self->range = range;
  gtk_widget_set_sensitive (self->custom_grid, range == RELASI_DATE_RANGE_CUSTOM);
  self->updating = was_updating;
  emit_changed (self);
}

/**
 * relasi_journal_filters_get_time_range:
 * @since: (out): the first moment shown, 0 for no limit
 * @until: (out): the first moment no longer shown, 0 for no limit
 *
 * The presets count from now (relasi_clock_now()), in local time.
 */
void
relasi_journal_filters_get_time_range (RelasiJournalFilters *self,
                                       gint64               *since,
                                       gint64               *until)
{
  g_autoptr(GDateTime) now = relasi_clock_now_local ();
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GDateTime) start = NULL;

  g_return_if_fail (RELASI_IS_JOURNAL_FILTERS (self));

  *since = 0;
  *until = 0;
  today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                 g_date_time_get_day_of_month (now), 0, 0, 0);
  switch (self->range)
    {
    case RELASI_DATE_RANGE_THIS_WEEK:
      start = g_date_time_add_days (today, 1 - g_date_time_get_day_of_week (today));
      *since = g_date_time_to_unix (start);
      break;
    case RELASI_DATE_RANGE_THIS_MONTH:
      start = g_date_time_add_days (today, 1 - g_date_time_get_day_of_month (today));
      *since = g_date_time_to_unix (start);
      break;
    case RELASI_DATE_RANGE_LAST_90_DAYS:
      start = g_date_time_add_days (today, -89);
      *since = g_date_time_to_unix (start);
      break;
    case RELASI_DATE_RANGE_CUSTOM:
      *since = relasi_date_button_get_start_of_day (self->from_button);
      *until = relasi_date_button_get_date (self->to_button) != NULL
               ? relasi_date_button_get_end_of_day (self->to_button) + 1 : 0;
      break;
    case RELASI_DATE_RANGE_ANY:
    default:
      break;
    }
}

guint
relasi_journal_filters_get_sentiments (RelasiJournalFilters *self)
{
  guint moods = 0;

  g_return_val_if_fail (RELASI_IS_JOURNAL_FILTERS (self), 0);
  for (int s = -2; s <= 2; s++)
    if (gtk_check_button_get_active (self->mood_checks[s + 2]))
      moods |= RELASI_SENTIMENT_BIT (s);
  return moods;
}

void
relasi_journal_filters_set_sentiments (RelasiJournalFilters *self,
                                       guint                 sentiments)
{
  gboolean was_updating;

  g_return_if_fail (RELASI_IS_JOURNAL_FILTERS (self));

  was_updating = self->updating;
  self->updating = TRUE;
  for (int s = -2; s <= 2; s++)
    gtk_check_button_set_active (self->mood_checks[s + 2], (sentiments & RELASI_SENTIMENT_BIT (s)) != 0);
  self->updating = was_updating;
  emit_changed (self);
}

gboolean
relasi_journal_filters_get_open_only (RelasiJournalFilters *self)
{
  g_return_val_if_fail (RELASI_IS_JOURNAL_FILTERS (self), FALSE);
  return gtk_toggle_button_get_active (self->open_button);
}

void
relasi_journal_filters_set_open_only (RelasiJournalFilters *self,
                                      gboolean              open_only)
{
  g_return_if_fail (RELASI_IS_JOURNAL_FILTERS (self));
  gtk_toggle_button_set_active (self->open_button, open_only);
}

gboolean
relasi_journal_filters_is_active (RelasiJournalFilters *self)
{
  g_return_val_if_fail (RELASI_IS_JOURNAL_FILTERS (self), FALSE);
  return relasi_journal_filters_get_kinds (self) != 0 || self->customer_id > 0 ||
         self->range != RELASI_DATE_RANGE_ANY || relasi_journal_filters_get_sentiments (self) != 0 ||
         relasi_journal_filters_get_open_only (self);
}

/**
 * relasi_journal_filters_describe:
 *
 * Returns: (transfer full): the active filters as one line ("Complaint, Promise ·
 *   This month"), "" when none is active
 */
char *
relasi_journal_filters_describe (RelasiJournalFilters *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) kinds = g_string_new (NULL);
  g_autoptr(GString) moods = g_string_new (NULL);
  guint kind_bits, mood_bits;

  g_return_val_if_fail (RELASI_IS_JOURNAL_FILTERS (self), NULL);

  kind_bits = relasi_journal_filters_get_kinds (self);
  for (guint k = 0; k < RELASI_N_INTERACTION_KINDS; k++)
    if (kind_bits & RELASI_KIND_BIT (k))
      g_string_append_printf (kinds, "%s%s", kinds->len > 0 ? ", " : "", relasi_interaction_kind_get_label (k));
  if (kinds->len > 0)
    g_ptr_array_add (parts, g_strdup (kinds->str));
  if (self->customer_id > 0)
    g_ptr_array_add (parts, g_strdup (self->customer_name != NULL ? self->customer_name : ""));
  if (self->range == RELASI_DATE_RANGE_CUSTOM)
    g_ptr_array_add (parts, custom_range_label (self));
  else if (self->range != RELASI_DATE_RANGE_ANY)
    g_ptr_array_add (parts, g_strdup (range_label (self->range)));
  mood_bits = relasi_journal_filters_get_sentiments (self);
  for (int s = -2; s <= 2; s++)
    if (mood_bits & RELASI_SENTIMENT_BIT (s))
      g_string_append_printf (moods, "%s%s", moods->len > 0 ? ", " : "", mood_label (s));
  if (moods->len > 0)
    g_ptr_array_add (parts, g_strdup (moods->str));
  if (relasi_journal_filters_get_open_only (self))
    g_ptr_array_add (parts, g_strdup (_("Open items only")));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

void
relasi_journal_filters_clear (RelasiJournalFilters *self)
{
  g_return_if_fail (RELASI_IS_JOURNAL_FILTERS (self));

  self->updating = TRUE;
  relasi_journal_filters_set_kinds (self, 0);
  relasi_journal_filters_set_customer (self, 0, NULL);
  relasi_journal_filters_set_date_range (self, RELASI_DATE_RANGE_ANY, 0, 0);
  relasi_journal_filters_set_sentiments (self, 0);
  relasi_journal_filters_set_open_only (self, FALSE);
  self->updating = FALSE;
  emit_changed (self);
}
