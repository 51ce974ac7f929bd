/* relasi-customer-list.c
 *
 * A GListModel of RelasiCustomer read page by page (relasi-pager.c). Changing the
 * search text, filter or sort, or a committed write to the customers, reloads it and
 * emits one ::items-changed for the whole list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "relasi-clock.h"
#include "relasi-customer-list.h"
#include "relasi-health.h"
#include "relasi-pager.h"
#include "relasi-search.h"

struct _RelasiCustomerList
{
  GObject               parent_instance;

  RelasiStore          *store;
  gulong                changed_id;
  RelasiPager          *pager;
  char                 *search_text;
  RelasiCustomerFilter  filter;
  RelasiCustomerSort    sort;
  gboolean              reloading;
};

static void relasi_customer_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RelasiCustomerList, relasi_customer_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, relasi_customer_list_model_init))

G_DEFINE_ENUM_TYPE (RelasiCustomerFilter, relasi_customer_filter,
  G_DEFINE_ENUM_VALUE (RELASI_CUSTOMER_FILTER_ALL, "all"),
  G_DEFINE_ENUM_VALUE (RELASI_CUSTOMER_FILTER_NEEDS_CARE, "needs-care"),
  G_DEFINE_ENUM_VALUE (RELASI_CUSTOMER_FILTER_DRIFTING, "drifting"),
  G_DEFINE_ENUM_VALUE (RELASI_CUSTOMER_FILTER_LOST, "lost"),
  G_DEFINE_ENUM_VALUE (RELASI_CUSTOMER_FILTER_TRASH, "trash"),
  G_DEFINE_ENUM_VALUE (RELASI_CUSTOMER_FILTER_AWAITING_ANSWER, "awaiting-answer"),
  G_DEFINE_ENUM_VALUE (RELASI_CUSTOMER_FILTER_THANK_YOU_OVERDUE, "thank-you-overdue"),
  G_DEFINE_ENUM_VALUE (RELASI_CUSTOMER_FILTER_PROMISE_DUE, "promise-due"))

G_DEFINE_ENUM_TYPE (RelasiCustomerSort, relasi_customer_sort,
  G_DEFINE_ENUM_VALUE (RELASI_CUSTOMER_SORT_NAME, "name"),
  G_DEFINE_ENUM_VALUE (RELASI_CUSTOMER_SORT_LAST_CONTACT_RECENT, "last-contact-recent"),
  G_DEFINE_ENUM_VALUE (RELASI_CUSTOMER_SORT_LAST_CONTACT_OLDEST, "last-contact-oldest"),
  G_DEFINE_ENUM_VALUE (RELASI_CUSTOMER_SORT_HEALTH, "health"))

enum {
  PROP_0,
  PROP_STORE,
  PROP_SEARCH_TEXT,
  PROP_FILTER,
  PROP_SORT,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
relasi_customer_list_get_item_type (GListModel *model)
{
  return RELASI_TYPE_CUSTOMER;
}

static guint
relasi_customer_list_get_n_items (GListModel *model)
{
  RelasiCustomerList *self = RELASI_CUSTOMER_LIST (model);

  return self->pager != NULL ? relasi_pager_get_n_items (self->pager) : 0;
}

static gpointer
relasi_customer_list_get_item (GListModel *model,
                               guint       position)
{
  RelasiCustomerList *self = RELASI_CUSTOMER_LIST (model);

  return self->pager != NULL ? relasi_pager_get_item (self->pager, position) : NULL;
}

static void
relasi_customer_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = relasi_customer_list_get_item_type;
  iface->get_n_items = relasi_customer_list_get_n_items;
  iface->get_item = relasi_customer_list_get_item;
}

static gpointer
row_to_customer (RelasiStmt *stmt)
{
  return relasi_customer_from_row (stmt);
}

static void
build_query (RelasiCustomerList *self)
{
  g_autoptr(GString) where = g_string_new (NULL);
  g_autofree char *match = relasi_search_build_fts_query (self->search_text);
  GArray *args = relasi_pager_args_new ();
  RelasiPagerQuery query = {
    .columns = RELASI_CUSTOMER_COLUMNS,
    .from_full = "FROM customers c",
    .from_keys = "FROM customers c",
    .key = "c.name",
    .id = "c.id",
    .descending = FALSE,
  };

  g_string_append (where, self->filter == RELASI_CUSTOMER_FILTER_TRASH ? "c.deleted_at > 0" : "c.deleted_at = 0");

  switch (self->filter)
    {
    case RELASI_CUSTOMER_FILTER_NEEDS_CARE:
      g_string_append_printf (where, " AND c.status = 'active' AND c.health < %d", RELASI_HEALTH_GOOD_MIN);
      break;
    case RELASI_CUSTOMER_FILTER_DRIFTING:
      relasi_pager_args_add_int (args, relasi_clock_now ());
      g_string_append_printf (where, " AND c.status = 'active' AND c.drift_at < ?%u", args->len);
      break;
    case RELASI_CUSTOMER_FILTER_LOST:
      g_string_append (where, " AND c.status = 'lost'");
      break;
    /* The same conditions as relasi_store_get_summary()'s cards, per customer; each
     * IN (...) reads a small partial index once. */
    case RELASI_CUSTOMER_FILTER_AWAITING_ANSWER:
      g_string_append (where, " AND c.id IN (SELECT k.customer_id FROM cases k"
                              " LEFT JOIN interactions si ON si.id = k.interaction_id"
                              " WHERE k.kind = 'complaint' AND k.answered_at = 0 AND k.resolved_at = 0"
                              " AND (si.id IS NULL OR si.deleted_at = 0))");
      break;
    case RELASI_CUSTOMER_FILTER_THANK_YOU_OVERDUE:
      relasi_pager_args_add_int (args, relasi_clock_now ());
      g_string_append_printf (where, " AND c.id IN (SELECT r.customer_id FROM reminders r"
                                     " LEFT JOIN interactions si ON si.id = r.interaction_id"
                                     " WHERE r.kind = 'thank-you' AND r.done_at = 0 AND r.deleted_at = 0"
                                     " AND r.due_at < ?%u AND (si.id IS NULL OR si.deleted_at = 0))", args->len);
      break;
    case RELASI_CUSTOMER_FILTER_PROMISE_DUE:
      relasi_pager_args_add_int (args, relasi_clock_now () + 7 * (gint64) RELASI_DAY);
      g_string_append_printf (where, " AND c.id IN (SELECT i.customer_id FROM interactions i"
                                     " WHERE i.kind = 'promise' AND i.outcome IN ('none', 'renegotiated')"
                                     " AND i.deleted_at = 0 AND i.due_at < ?%u)", args->len);
      break;
    case RELASI_CUSTOMER_FILTER_ALL:
    case RELASI_CUSTOMER_FILTER_TRASH:
    default:
      break;
    }

  if (match != NULL)
    {
      relasi_pager_args_add_text (args, match);
      g_string_append_printf (where, " AND c.id IN (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ?%u)",
                              args->len);
    }

  switch (self->sort)
    {
    case RELASI_CUSTOMER_SORT_LAST_CONTACT_RECENT:
      query.key = "c.last_contact_at";
      query.descending = TRUE;
      break;
    case RELASI_CUSTOMER_SORT_LAST_CONTACT_OLDEST:
      query.key = "c.last_contact_at";
      break;
    case RELASI_CUSTOMER_SORT_HEALTH:
      query.key = "c.health";
      break;
    case RELASI_CUSTOMER_SORT_NAME:
    default:
      break;
    }

  query.where = where->str;
  relasi_pager_set_query (self->pager, &query, args);
}

/**
 * relasi_customer_list_reload:
 * @self: a list
 *
 * Reads the list again; called for you on every change of the store or the filters.
 */
void
relasi_customer_list_reload (RelasiCustomerList *self)
{
  g_autoptr(GError) error = NULL;
  guint old_n;

  g_return_if_fail (RELASI_IS_CUSTOMER_LIST (self));

  if (self->reloading)
    return;
  self->reloading = TRUE;

  /* may commit new scores and so emit ::changed: ignored above */
  if ((self->sort == RELASI_CUSTOMER_SORT_HEALTH || self->filter == RELASI_CUSTOMER_FILTER_NEEDS_CARE) &&
      !relasi_store_refresh_health_if_stale (self->store, &error))
    {
      g_warning ("Could not refresh the health scores: %s", error->message);
      g_clear_error (&error);
    }

  old_n = relasi_pager_get_n_items (self->pager);
  build_query (self);
  if (!relasi_pager_reload (self->pager, &error))
    g_warning ("Could not read the customers: %s", error->message);

  if (old_n != 0 || relasi_pager_get_n_items (self->pager) != 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, relasi_pager_get_n_items (self->pager));
  if (old_n != relasi_pager_get_n_items (self->pager))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  self->reloading = FALSE;
}

static void
on_store_changed (RelasiStore        *store,
                  RelasiStoreChange   changes,
                  RelasiCustomerList *self)
{
  if (changes & (RELASI_STORE_CHANGE_CUSTOMERS | RELASI_STORE_CHANGE_INTERACTIONS))
    relasi_customer_list_reload (self);
}

static void
relasi_customer_list_constructed (GObject *object)
{
  RelasiCustomerList *self = RELASI_CUSTOMER_LIST (object);

  G_OBJECT_CLASS (relasi_customer_list_parent_class)->constructed (object);

  g_assert (self->store != NULL);
  self->pager = relasi_pager_new (self->store, row_to_customer);
  self->changed_id = g_signal_connect (self->store, "changed", G_CALLBACK (on_store_changed), self);
  relasi_customer_list_reload (self);
}

static void
relasi_customer_list_dispose (GObject *object)
{
  RelasiCustomerList *self = RELASI_CUSTOMER_LIST (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_pointer (&self->pager, relasi_pager_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (relasi_customer_list_parent_class)->dispose (object);
}

static void
relasi_customer_list_finalize (GObject *object)
{
  RelasiCustomerList *self = RELASI_CUSTOMER_LIST (object);

  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (relasi_customer_list_parent_class)->finalize (object);
}

static void
relasi_customer_list_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RelasiCustomerList *self = RELASI_CUSTOMER_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    case PROP_FILTER:
      g_value_set_enum (value, self->filter);
      break;
    case PROP_SORT:
      g_value_set_enum (value, self->sort);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, relasi_customer_list_get_n_items (G_LIST_MODEL (self)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_customer_list_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RelasiCustomerList *self = RELASI_CUSTOMER_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SEARCH_TEXT:
      relasi_customer_list_set_search_text (self, g_value_get_string (value));
      break;
    case PROP_FILTER:
      relasi_customer_list_set_filter (self, g_value_get_enum (value));
      break;
    case PROP_SORT:
      relasi_customer_list_set_sort (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_customer_list_class_init (RelasiCustomerListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = relasi_customer_list_constructed;
  object_class->dispose = relasi_customer_list_dispose;
  object_class->finalize = relasi_customer_list_finalize;
  object_class->get_property = relasi_customer_list_get_property;
  object_class->set_property = relasi_customer_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, "The store", RELASI_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, "What the person typed into the search field", NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILTER] =
    g_param_spec_enum ("filter", NULL, "Which customers", RELASI_TYPE_CUSTOMER_FILTER,
                       RELASI_CUSTOMER_FILTER_ALL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT] =
    g_param_spec_enum ("sort", NULL, "The order", RELASI_TYPE_CUSTOMER_SORT, RELASI_CUSTOMER_SORT_NAME,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, "The number of customers", 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relasi_customer_list_init (RelasiCustomerList *self)
{
}

/**
 * relasi_customer_list_new:
 * @store: the store to read from
 *
 * Returns: (transfer full): every customer not in the trash, by name
 */
RelasiCustomerList *
relasi_customer_list_new (RelasiStore *store)
{
  g_return_val_if_fail (RELASI_IS_STORE (store), NULL);

  return g_object_new (RELASI_TYPE_CUSTOMER_LIST, "store", store, NULL);
}

RelasiStore *
relasi_customer_list_get_store (RelasiCustomerList *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER_LIST (self), NULL);
  return self->store;
}

const char *
relasi_customer_list_get_search_text (RelasiCustomerList *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER_LIST (self), NULL);
  return self->search_text != NULL ? self->search_text : "";
}

/**
 * relasi_customer_list_set_search_text:
 * @self: a list
 * @text: (nullable): any text; searched with prefix matching over name, company,
 *   e-mail, phone, tags and notes
 */
void
relasi_customer_list_set_search_text (RelasiCustomerList *self,
                                      const char         *text)
{
  g_return_if_fail (RELASI_IS_CUSTOMER_LIST (self));

  if (g_strcmp0 (self->search_text, text) == 0)
    return;
  g_free (self->search_text);
  self->search_text = g_strdup (text);
  if (self->pager != NULL)
    relasi_customer_list_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

RelasiCustomerFilter
relasi_customer_list_get_filter (RelasiCustomerList *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER_LIST (self), RELASI_CUSTOMER_FILTER_ALL);
  return self->filter;
}

void
relasi_customer_list_set_filter (RelasiCustomerList   *self,
                                 RelasiCustomerFilter  filter)
{
  g_return_if_fail (RELASI_IS_CUSTOMER_LIST (self));
  g_return_if_fail (filter <= RELASI_CUSTOMER_FILTER_PROMISE_DUE);

  if (self->filter == filter)
    return;
  self->filter = filter;
  if (self->pager != NULL)
    relasi_customer_list_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

RelasiCustomerSort
relasi_customer_list_get_sort (RelasiCustomerList *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER_LIST (self), RELASI_CUSTOMER_SORT_NAME);
  return self->sort;
}

void
relasi_customer_list_set_sort (RelasiCustomerList *self,
                               RelasiCustomerSort  sort)
{
  g_return_if_fail (RELASI_IS_CUSTOMER_LIST (self));
  g_return_if_fail (sort <= RELASI_CUSTOMER_SORT_HEALTH);

  if (self->sort == sort)
    return;
  self->sort = sort;
  if (self->pager != NULL)
    relasi_customer_list_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
}
