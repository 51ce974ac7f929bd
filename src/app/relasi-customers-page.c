/* relasi-customers-page.c
 *
 * The list is a GtkColumnView straight over RelasiCustomerList, which pages from
 * SQLite: nothing here ever holds all customers. Search, filter and sort are done by
 * the model (an FTS query and indexed ORDER BYs), so the column headers only tell the
 * model which order to use. The open items of each row come from one query per page
 * of rows (relasi_store_count_open_items), cached until the store changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-clock.h"
#include "relasi-customer-editor.h"
#include "relasi-customer-format.h"
#include "relasi-customer-page.h"
#include "relasi-customers-page.h"
#include "relasi-health-badge.h"
#include "relasi-memory.h"
#include "relasi-reset-model.h"
#include "relasi-status-page.h"
#include "relasi-store-open-items.h"

#define OPEN_ITEMS_PAGE  100   /* rows counted per query: one page of the model */
#define OPEN_ITEMS_LIMIT 4000  /* cached rows before the cache starts over */

struct _RelasiCustomersPage
{
  GtkWidget            parent_instance;

  GtkColumnView       *column_view;
  GtkColumnViewColumn *company_column;
  GtkStack            *content_stack;
  RelasiCustomerPage  *customer_page;
  GtkDropDown         *filter_dropdown;
  GtkColumnViewColumn *health_column;
  GtkColumnViewColumn *last_contact_column;
  GtkColumnViewColumn *name_column;
  RelasiStatusPage    *no_matches_page;
  GtkWidget           *scrolled_window;
  GtkSearchEntry      *search_entry;
  GtkStack            *view_stack;

  RelasiStore         *store;
  RelasiCustomerList  *list;
  GtkSingleSelection  *selection;
  gulong               store_changed_id;
  GHashTable          *open_items;     /* customer id -> RelasiOpenItems */
  GHashTable          *bound_items;    /* GtkListItem of the open-items column (set) */
  GtkColumnViewColumn *sorted_column;  /* set while probing the column view's sorter */
  gboolean             syncing_sort;
};

G_DEFINE_FINAL_TYPE (RelasiCustomersPage, relasi_customers_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The drop-down's rows, in order. */
static const RelasiCustomerFilter dropdown_filters[] = {
  RELASI_CUSTOMER_FILTER_ALL,
  RELASI_CUSTOMER_FILTER_NEEDS_CARE,
  RELASI_CUSTOMER_FILTER_DRIFTING,
  RELASI_CUSTOMER_FILTER_LOST,
  RELASI_CUSTOMER_FILTER_AWAITING_ANSWER,
  RELASI_CUSTOMER_FILTER_THANK_YOU_OVERDUE,
  RELASI_CUSTOMER_FILTER_PROMISE_DUE,
};

/* Empty state */

static void
relasi_customers_page_update_state (RelasiCustomersPage *self)
{
  const char *text;
  guint selected;

  if (self->list == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->list)) > 0)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "list");
      return;
    }

  text = relasi_customer_list_get_search_text (self->list);
  selected = gtk_drop_down_get_selected (self->filter_dropdown);
  if (*text == '\0' && relasi_customer_list_get_filter (self->list) == RELASI_CUSTOMER_FILTER_ALL)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
      return;
    }

  if (*text != '\0')
    {
      g_autofree char *description = NULL;

      /* TRANSLATORS: %s is what the person searched for */
      description = g_strdup_printf (_("No customer matches “%s” with the filter you chose."), text);
      relasi_status_page_set_description (self->no_matches_page, description);
    }
  else
    {
      GtkStringObject *item = gtk_drop_down_get_selected_item (self->filter_dropdown);
      g_autofree char *description = NULL;

      /* TRANSLATORS: %s is the name of a filter, e.g. "Needs care" */
      description = g_strdup_printf (_("No customer is in “%s” right now."),
                                     item != NULL && selected != GTK_INVALID_LIST_POSITION
                                     ? gtk_string_object_get_string (item) : "");
      relasi_status_page_set_description (self->no_matches_page, description);
    }
  gtk_stack_set_visible_child_name (self->content_stack, "no-matches");
}

/* Open items: one query per page of rows */

static void
relasi_customers_page_fetch_open_items (RelasiCustomersPage *self,
                                        guint                position)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GArray) counts = NULL;
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  guint start = position - position % OPEN_ITEMS_PAGE;
  guint end = MIN (start + OPEN_ITEMS_PAGE, n);

  if (g_hash_table_size (self->open_items) > OPEN_ITEMS_LIMIT)
    g_hash_table_remove_all (self->open_items);

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), end - start);
  for (guint i = start; i < end; i++)
    {
      g_autoptr(RelasiCustomer) customer = g_list_model_get_item (G_LIST_MODEL (self->list), i);
      gint64 id = customer != NULL ? relasi_customer_get_id (customer) : 0;

      if (id != 0)
        g_array_append_val (ids, id);
    }

  counts = relasi_store_count_open_items (self->store, (const gint64 *) (gpointer) ids->data, ids->len, &error);
  if (counts == NULL)
    {
      g_warning ("Could not count the open items: %s", error->message);
      return;
    }
  for (guint i = 0; i < counts->len; i++)
    {
      RelasiOpenItems *items = g_memdup2 (&g_array_index (counts, RelasiOpenItems, i), sizeof (RelasiOpenItems));

      g_hash_table_replace (self->open_items, &items->customer_id, items);
    }
}

/* The cell holds three icon + number pairs made once (setup); a bind only fills them in,
 * so rebinding a page of rows after a reload creates no widgets. */
static void
set_open_item (GtkWidget  *image,
               GString    *spoken,
               guint       count,
               const char *css_class,
               const char *sentence)
{
  GtkWidget *label = gtk_widget_get_next_sibling (image);
  char number[16];

  gtk_widget_set_visible (image, count > 0);
  gtk_widget_set_visible (label, count > 0);
  if (count == 0)
    return;

  gtk_widget_remove_css_class (image, "open-item-complaint");
  gtk_widget_remove_css_class (image, "open-item-promise");
  gtk_widget_remove_css_class (image, "open-item-overdue");
  gtk_widget_remove_css_class (image, "open-item-thanks");
  gtk_widget_add_css_class (image, css_class);
  g_snprintf (number, sizeof number, "%u", count);
  gtk_label_set_text (GTK_LABEL (label), number);
  if (spoken->len > 0)
    g_string_append (spoken, ", ");
  g_string_append (spoken, sentence);
}

static void
relasi_customers_page_update_open_items (RelasiCustomersPage *self,
                                         GtkListItem         *list_item)
{
  RelasiCustomer *customer = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *complaint_image = gtk_widget_get_first_child (box);
  GtkWidget *promise_image = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (complaint_image));
  GtkWidget *thanks_image = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (promise_image));
  g_autoptr(GString) spoken = g_string_new (NULL);
  RelasiOpenItems none = { 0 };
  RelasiOpenItems *items = NULL;
  g_autofree char *complaints = NULL;
  g_autofree char *promises = NULL;
  g_autofree char *thanks = NULL;

  if (customer != NULL)
    {
      gint64 id = relasi_customer_get_id (customer);

      items = g_hash_table_lookup (self->open_items, &id);
      if (items == NULL)
        {
          relasi_customers_page_fetch_open_items (self, gtk_list_item_get_position (list_item));
          items = g_hash_table_lookup (self->open_items, &id);
        }
    }
  if (items == NULL)
    items = &none;

  complaints = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u complaint awaiting an answer",
                                             "%u complaints awaiting an answer", items->complaints_awaiting_answer),
                                items->complaints_awaiting_answer);
  promises = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u promise due", "%u promises due", items->promises_due),
                              items->promises_due);
  thanks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u thank-you owed", "%u thank-yous owed",
                                         items->thank_yous_owed),
                            items->thank_yous_owed);
  set_open_item (complaint_image, spoken, items->complaints_awaiting_answer, "open-item-complaint", complaints);
  set_open_item (promise_image, spoken, items->promises_due, "open-item-promise", promises);
  set_open_item (thanks_image, spoken, items->thank_yous_owed,
                 items->thank_yous_overdue > 0 ? "open-item-overdue" : "open-item-thanks", thanks);

  if (spoken->len == 0)
    g_string_assign (spoken, _("Nothing owed"));
  /* The tooltip is asked for when shown (on_open_items_query_tooltip): setting tooltip
   * text on every bind costs a round trip to the display server per row. */
  g_object_set_data_full (G_OBJECT (box), "relasi-spoken", g_strdup (spoken->str), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken->str, -1);
}

static gboolean
on_open_items_query_tooltip (GtkWidget  *box,
                             int         x,
                             int         y,
                             gboolean    keyboard_mode,
                             GtkTooltip *tooltip,
                             gpointer    user_data)
{
  const char *text = g_object_get_data (G_OBJECT (box), "relasi-spoken");

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
relasi_customers_page_refresh_open_items (RelasiCustomersPage *self)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_remove_all (self->open_items);
  g_hash_table_iter_init (&iter, self->bound_items);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    relasi_customers_page_update_open_items (self, key);
}

/* Cells */

static void
on_setup_label (RelasiCustomersPage *self,
                GtkListItem         *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
on_setup_name (RelasiCustomersPage *self,
               GtkListItem         *list_item)
{
  on_setup_label (self, list_item);
  gtk_widget_add_css_class (gtk_list_item_get_child (list_item), "customer-name");
}

static void
on_bind_name (RelasiCustomersPage *self,
              GtkListItem         *list_item)
{
  RelasiCustomer *customer = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);

  gtk_label_set_text (GTK_LABEL (label), relasi_customer_get_name (customer));
  if (relasi_customer_get_status (customer) == RELASI_CUSTOMER_STATUS_LOST)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

static void
on_bind_company (RelasiCustomersPage *self,
                 GtkListItem         *list_item)
{
  RelasiCustomer *customer = gtk_list_item_get_item (list_item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), relasi_customer_get_company (customer));
}

static void
on_bind_last_contact (RelasiCustomersPage *self,
                      GtkListItem         *list_item)
{
  RelasiCustomer *customer = gtk_list_item_get_item (list_item);
  g_autofree char *text = NULL;

  if (relasi_customer_get_status (customer) == RELASI_CUSTOMER_STATUS_LOST)
    text = g_strdup (C_("last contact", "Lost"));
  else
    text = relasi_format_last_contact (relasi_customer_get_last_contact_at (customer), relasi_clock_now ());
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), text);
}

static void
on_setup_health (RelasiCustomersPage *self,
                 GtkListItem         *list_item)
{
  GtkWidget *badge = relasi_health_badge_new (-1);

  gtk_widget_set_halign (badge, GTK_ALIGN_START);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_list_item_set_child (list_item, badge);
}

static void
on_bind_health (RelasiCustomersPage *self,
                GtkListItem         *list_item)
{
  RelasiCustomer *customer = gtk_list_item_get_item (list_item);

  relasi_health_badge_set_value (RELASI_HEALTH_BADGE (gtk_list_item_get_child (list_item)),
                                 relasi_customer_get_health (customer));
}

static void
on_setup_open_items (RelasiCustomersPage *self,
                     GtkListItem         *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  const char *icons[] = { "mail-mark-important-symbolic", "appointment-soon-symbolic", "emote-love-symbolic" };

  /* one accessible label for the whole cell; the parts are presentation */
  for (guint i = 0; i < G_N_ELEMENTS (icons); i++)
    {
      GtkWidget *image = gtk_image_new_from_icon_name (icons[i]);
      GtkWidget *label = gtk_label_new (NULL);

      gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
      gtk_widget_set_margin_end (label, 8);
      gtk_widget_add_css_class (label, "numeric");
      gtk_box_append (GTK_BOX (box), image);
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_widget_set_has_tooltip (box, TRUE);
  g_signal_connect (box, "query-tooltip", G_CALLBACK (on_open_items_query_tooltip), NULL);
  gtk_list_item_set_child (list_item, box);
}

static void
on_bind_open_items (RelasiCustomersPage *self,
                    GtkListItem         *list_item)
{
  g_hash_table_add (self->bound_items, list_item);
  relasi_customers_page_update_open_items (self, list_item);
}

static void
on_unbind_open_items (RelasiCustomersPage *self,
                      GtkListItem         *list_item)
{
  g_hash_table_remove (self->bound_items, list_item);
}

/* Sorting: the column headers choose the model's order */

static int
probe_sort_func (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  GtkColumnViewColumn *column = user_data;
  RelasiCustomersPage *self = g_object_get_data (G_OBJECT (column), "relasi-page");

  /* Only ever called by relasi_customers_page_sort_changed(), with a < b. */
  if (self != NULL && self->sorted_column == NULL)
    self->sorted_column = column;
  return a < b ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
}

/* GTK 4.8 has no getter for the primary sort column: ask the column view's sorter to
 * compare two markers and note which column's sorter answers first, and which way. */
static void
on_sort_changed (RelasiCustomersPage *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);
  g_autoptr(GObject) first = NULL;
  g_autoptr(GObject) second = NULL;
  GtkOrdering order;
  RelasiCustomerSort sort = RELASI_CUSTOMER_SORT_NAME;

  if (self->syncing_sort || self->list == NULL)
    return;

  first = g_object_new (G_TYPE_OBJECT, NULL);
  second = g_object_new (G_TYPE_OBJECT, NULL);
  if ((gpointer) first > (gpointer) second)
    {
      GObject *swap = first;
      first = second;
      second = swap;
    }

  self->sorted_column = NULL;
  order = gtk_sorter_compare (sorter, first, second);

  if (self->sorted_column == self->last_contact_column)
    sort = order == GTK_ORDERING_SMALLER ? RELASI_CUSTOMER_SORT_LAST_CONTACT_RECENT
                                         : RELASI_CUSTOMER_SORT_LAST_CONTACT_OLDEST;
  else if (self->sorted_column == self->health_column)
    sort = RELASI_CUSTOMER_SORT_HEALTH;
  else
    sort = RELASI_CUSTOMER_SORT_NAME;

  /* The model sorts by one key: only that column shows an arrow. Name and health go
   * one way only (A to Z, the worst first): keep their arrow honest. */
  if (self->sorted_column != NULL)
    {
      GtkColumnViewColumn *column = self->sorted_column;
      GtkSortType direction = GTK_SORT_ASCENDING;

      if (column == self->last_contact_column && order == GTK_ORDERING_LARGER)
        direction = GTK_SORT_DESCENDING;
      GtkColumnViewColumn *sortable[] = { self->name_column, self->last_contact_column, self->health_column };

      self->syncing_sort = TRUE;
      gtk_column_view_sort_by_column (self->column_view, NULL, GTK_SORT_ASCENDING);
      gtk_column_view_sort_by_column (self->column_view, column, direction);
      /* GTK 4.8 redraws only the new column's header: setting the other columns'
       * sorters again makes their headers drop the old arrow. */
      for (guint i = 0; i < G_N_ELEMENTS (sortable); i++)
        {
          g_autoptr(GtkSorter) column_sorter = NULL;

          if (sortable[i] == column)
            continue;
          column_sorter = g_object_ref (gtk_column_view_column_get_sorter (sortable[i]));
          gtk_column_view_column_set_sorter (sortable[i], NULL);
          gtk_column_view_column_set_sorter (sortable[i], column_sorter);
        }
      self->syncing_sort = FALSE;
    }
  self->sorted_column = NULL;

  relasi_customer_list_set_sort (self->list, sort);
}

static void
install_sorter (RelasiCustomersPage *self,
                GtkColumnViewColumn *column)
{
  g_autoptr(GtkCustomSorter) sorter = gtk_custom_sorter_new (probe_sort_func, column, NULL);

  g_object_set_data (G_OBJECT (column), "relasi-page", self);
  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
}

/* Callbacks */

static void
on_search_changed (RelasiCustomersPage *self)
{
  if (self->list != NULL)
    relasi_customer_list_set_search_text (self->list, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_stop_search (RelasiCustomersPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  on_search_changed (self);
}

/* Enter in the search field opens the first match. */
static void
on_search_activate (RelasiCustomersPage *self)
{
  g_autoptr(RelasiCustomer) customer = NULL;

  on_search_changed (self);
  if (self->list == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->list)) == 0)
    return;
  customer = g_list_model_get_item (G_LIST_MODEL (self->list), 0);
  relasi_customers_page_show_customer (self, relasi_customer_get_id (customer));
}

static void
on_filter_selected (RelasiCustomersPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->filter_dropdown);

  if (self->list == NULL || selected >= G_N_ELEMENTS (dropdown_filters))
    return;
  relasi_customer_list_set_filter (self->list, dropdown_filters[selected]);
}

static void
on_row_activated (RelasiCustomersPage *self,
                  guint                position)
{
  g_autoptr(RelasiCustomer) customer = g_list_model_get_item (G_LIST_MODEL (self->list), position);

  if (customer != NULL)
    relasi_customers_page_show_customer (self, relasi_customer_get_id (customer));
}

static void
on_customer_page_close (RelasiCustomersPage *self)
{
  relasi_customers_page_show_list (self);
}

static void
on_items_changed (RelasiCustomersPage *self)
{
  relasi_memory_release_soon ();
  relasi_customers_page_update_state (self);
}

/* Runs before the list model's own handler (connected first), so rows rebound by the
 * model's reload read fresh counts. */
static void
on_store_changed (RelasiStore         *store,
                  RelasiStoreChange    changes,
                  RelasiCustomersPage *self)
{
  relasi_customers_page_refresh_open_items (self);
}

static void
on_editor_saved (RelasiCustomersPage *self,
                 gint64               customer_id,
                 gboolean             created)
{
  if (created)
    relasi_customers_page_show_customer (self, customer_id);
}

/* Actions */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  relasi_customers_page_new_customer (RELASI_CUSTOMERS_PAGE (widget));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RelasiCustomersPage *self = RELASI_CUSTOMERS_PAGE (widget);

  relasi_customers_page_show_list (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
clear_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RelasiCustomersPage *self = RELASI_CUSTOMERS_PAGE (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->filter_dropdown, 0);
  on_search_changed (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* GObject */

static void
relasi_customers_page_dispose (GObject *object)
{
  RelasiCustomersPage *self = RELASI_CUSTOMERS_PAGE (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->store_changed_id, self->store);
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RELASI_TYPE_CUSTOMERS_PAGE);
  /* the template's root child is not a bound child: unparent it ourselves */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (relasi_customers_page_parent_class)->dispose (object);
}

static void
relasi_customers_page_finalize (GObject *object)
{
  RelasiCustomersPage *self = RELASI_CUSTOMERS_PAGE (object);

  g_clear_pointer (&self->open_items, g_hash_table_unref);
  g_clear_pointer (&self->bound_items, g_hash_table_unref);

  G_OBJECT_CLASS (relasi_customers_page_parent_class)->finalize (object);
}

static void
relasi_customers_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RelasiCustomersPage *self = RELASI_CUSTOMERS_PAGE (object);

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
relasi_customers_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  RelasiCustomersPage *self = RELASI_CUSTOMERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      relasi_customers_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_customers_page_class_init (RelasiCustomersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relasi_customers_page_dispose;
  object_class->finalize = relasi_customers_page_finalize;
  object_class->get_property = relasi_customers_page_get_property;
  object_class->set_property = relasi_customers_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RELASI_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RELASI_TYPE_CUSTOMER_PAGE);
  g_type_ensure (RELASI_TYPE_STATUS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/relasi-customers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomersPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomersPage, company_column);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomersPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomersPage, customer_page);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomersPage, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomersPage, health_column);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomersPage, last_contact_column);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomersPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomersPage, no_matches_page);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomersPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RelasiCustomersPage, view_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_bind_company);
  gtk_widget_class_bind_template_callback (widget_class, on_bind_health);
  gtk_widget_class_bind_template_callback (widget_class, on_bind_last_contact);
  gtk_widget_class_bind_template_callback (widget_class, on_bind_name);
  gtk_widget_class_bind_template_callback (widget_class, on_bind_open_items);
  gtk_widget_class_bind_template_callback (widget_class, on_customer_page_close);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_setup_health);
  gtk_widget_class_bind_template_callback (widget_class, on_setup_label);
  gtk_widget_class_bind_template_callback (widget_class, on_setup_name);
  gtk_widget_class_bind_template_callback (widget_class, on_setup_open_items);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_unbind_open_items);

  gtk_widget_class_install_action (widget_class, "customers.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "customers.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "customers.clear-search", NULL, clear_search_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "customerspage");
}

static void
add_page_shortcut (GtkShortcutController *controller,
                   const char            *trigger,
                   const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                                                          gtk_named_action_new (action)));
}

static void
relasi_customers_page_init (RelasiCustomersPage *self)
{
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->open_items = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  self->bound_items = g_hash_table_new (NULL, NULL);

  install_sorter (self, self->name_column);
  install_sorter (self, self->last_contact_column);
  install_sorter (self, self->health_column);
  g_signal_connect_swapped (gtk_column_view_get_sorter (self->column_view), "changed",
                            G_CALLBACK (on_sort_changed), self);
  self->syncing_sort = TRUE;
  gtk_column_view_sort_by_column (self->column_view, self->name_column, GTK_SORT_ASCENDING);
  self->syncing_sort = FALSE;

  relasi_memory_release_on_scroll (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled_window)));

  /* The page's keys work wherever the focus is while the page is shown (the sidebar,
   * too), not only inside the page. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
  add_page_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>n", "customers.new");
  add_page_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>f", "customers.search");
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  relasi_customers_page_update_state (self);
}

/* Public */

RelasiStore *
relasi_customers_page_get_store (RelasiCustomersPage *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMERS_PAGE (self), NULL);
  return self->store;
}

void
relasi_customers_page_set_store (RelasiCustomersPage *self,
                                 RelasiStore         *store)
{
  g_return_if_fail (RELASI_IS_CUSTOMERS_PAGE (self));
  g_return_if_fail (store == NULL || RELASI_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_clear_signal_handler (&self->store_changed_id, self->store);
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  gtk_column_view_set_model (self->column_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_hash_table_remove_all (self->open_items);
  g_set_object (&self->store, store);

  if (store != NULL)
    {
      guint selected = gtk_drop_down_get_selected (self->filter_dropdown);
      GListModel *reset;

      /* before the list connects its own handler: see on_store_changed() */
      self->store_changed_id = g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), self);
      self->list = relasi_customer_list_new (store);
      if (selected < G_N_ELEMENTS (dropdown_filters))
        relasi_customer_list_set_filter (self->list, dropdown_filters[selected]);
      relasi_customer_list_set_search_text (self->list, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
      on_sort_changed (self);
      g_signal_connect_swapped (self->list, "items-changed", G_CALLBACK (on_items_changed), self);
      /* a reload reaches the view as a removal, then an addition: see relasi-reset-model.c */
      reset = relasi_reset_model_new (G_LIST_MODEL (self->list));
      relasi_reset_model_set_view (RELASI_RESET_MODEL (reset), GTK_WIDGET (self->column_view));
      self->selection = gtk_single_selection_new (reset);
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
    }
  relasi_customer_page_set_store (self->customer_page, store);
  relasi_customers_page_update_state (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * relasi_customers_page_get_list:
 *
 * Returns: (transfer none) (nullable): the model behind the list
 */
RelasiCustomerList *
relasi_customers_page_get_list (RelasiCustomersPage *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMERS_PAGE (self), NULL);
  return self->list;
}

/**
 * relasi_customers_page_show_filter:
 * @self: the page
 * @filter_name: "all", "needs-care", "drifting", "lost", "awaiting-answer",
 *   "thank-you-overdue" or "promise-due"
 *
 * Shows the list with that filter and no search text.
 *
 * Returns: %FALSE for an unknown name
 */
gboolean
relasi_customers_page_show_filter (RelasiCustomersPage *self,
                                   const char          *filter_name)
{
  g_autoptr(GEnumClass) enum_class = NULL;
  GEnumValue *value;

  g_return_val_if_fail (RELASI_IS_CUSTOMERS_PAGE (self), FALSE);
  g_return_val_if_fail (filter_name != NULL, FALSE);

  enum_class = g_type_class_ref (RELASI_TYPE_CUSTOMER_FILTER);
  value = g_enum_get_value_by_nick (enum_class, filter_name);
  if (value == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (dropdown_filters); i++)
    {
      if ((int) dropdown_filters[i] != value->value)
        continue;
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      on_search_changed (self);
      gtk_drop_down_set_selected (self->filter_dropdown, i);
      relasi_customers_page_show_list (self);
      return TRUE;
    }

  return FALSE;
}

void
relasi_customers_page_show_list (RelasiCustomersPage *self)
{
  g_return_if_fail (RELASI_IS_CUSTOMERS_PAGE (self));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "list") == 0)
    return;
  gtk_stack_set_visible_child_name (self->view_stack, "list");
  relasi_customer_page_set_customer_id (self->customer_page, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/**
 * relasi_customers_page_show_customer:
 * @self: the page
 * @customer_id: a customer
 *
 * Opens the customer's page (inside this page); Escape or Alt+Left goes back.
 */
void
relasi_customers_page_show_customer (RelasiCustomersPage *self,
                                     gint64               customer_id)
{
  g_return_if_fail (RELASI_IS_CUSTOMERS_PAGE (self));
  g_return_if_fail (customer_id > 0);

  relasi_customer_page_set_customer_id (self->customer_page, customer_id);
  gtk_stack_set_visible_child_name (self->view_stack, "customer");
  gtk_widget_grab_focus (GTK_WIDGET (self->customer_page));
}

/**
 * relasi_customers_page_get_customer_id:
 *
 * Returns: the customer whose page is shown, 0 while the list is shown
 */
gint64
relasi_customers_page_get_customer_id (RelasiCustomersPage *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMERS_PAGE (self), 0);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "customer") != 0)
    return 0;
  return relasi_customer_page_get_customer_id (self->customer_page);
}

/**
 * relasi_customers_page_new_customer:
 *
 * Opens the editor for a new customer; once saved, the customer's page opens.
 */
void
relasi_customers_page_new_customer (RelasiCustomersPage *self)
{
  GtkRoot *root;
  RelasiCustomerEditor *editor;

  g_return_if_fail (RELASI_IS_CUSTOMERS_PAGE (self));

  if (self->store == NULL)
    return;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  editor = relasi_customer_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store, NULL);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}
