/* relasi-journal-list.c
 *
 * A GListModel of RelasiInteraction read page by page (relasi-pager.c). Changing a
 * filter, or a committed write to the journal, reloads it and emits one
 * ::items-changed for the whole list.
 *
 * Counting: the whole journal is counted from journal_hours (live entries per hour,
 * kept by triggers), which also lets any position be reached at once. A filtered or
 * searched list counts at most COUNT_STEP (SEARCH_COUNT_STEP) entries at first and
 * grows by as many (one ::items-changed at the end) when rows near its end are asked
 * for, counting on from the last row it knows:
 * relasi_journal_list_has_more() says whether it may still grow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "relasi-journal-list.h"
#include "relasi-pager.h"
#include "relasi-search.h"

#define COUNT_STEP 2000
#define SEARCH_COUNT_STEP 500   /* each match counted is a lookup or two */

struct _RelasiJournalList
{
  GObject      parent_instance;

  RelasiStore *store;
  gulong       changed_id;
  RelasiPager *pager;

  gint64       customer_id;
  guint        kinds;
  gint64       since;
  gint64       until;
  char        *search_text;
  gboolean     open_only;
  guint        sentiments;
  gboolean     count_all;

  guint        grow_id;       /* idle: count more rows */
};

static void relasi_journal_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RelasiJournalList, relasi_journal_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, relasi_journal_list_model_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_CUSTOMER_ID,
  PROP_KINDS,
  PROP_SINCE,
  PROP_UNTIL,
  PROP_SEARCH_TEXT,
  PROP_OPEN_ONLY,
  PROP_SENTIMENTS,
  PROP_COUNT_ALL,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
relasi_journal_list_get_item_type (GListModel *model)
{
  return RELASI_TYPE_INTERACTION;
}

static guint
relasi_journal_list_get_n_items (GListModel *model)
{
  RelasiJournalList *self = RELASI_JOURNAL_LIST (model);

  return self->pager != NULL ? relasi_pager_get_n_items (self->pager) : 0;
}

static gboolean
grow_idle (gpointer data)
{
  RelasiJournalList *self = data;
  g_autoptr(GError) error = NULL;
  guint old_n, added;

  self->grow_id = 0;
  old_n = relasi_pager_get_n_items (self->pager);
  added = relasi_pager_grow (self->pager, &error);
  if (error != NULL)
    g_warning ("Could not read the journal: %s", error->message);
  if (added > 0)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, added);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
    }
  return G_SOURCE_REMOVE;
}

static gpointer
relasi_journal_list_get_item (GListModel *model,
                              guint       position)
{
  RelasiJournalList *self = RELASI_JOURNAL_LIST (model);

  if (self->pager == NULL)
    return NULL;

  /* near the end of a list whose count stopped at the cap: count further, but not
   * from inside get_item(), where a view may not expect ::items-changed */
  if (self->grow_id == 0 && relasi_pager_has_more (self->pager) &&
      (guint64) position + 2 * RELASI_PAGER_PAGE_SIZE >= relasi_pager_get_n_items (self->pager))
    self->grow_id = g_idle_add (grow_idle, self);

  return relasi_pager_get_item (self->pager, position);
}

static void
relasi_journal_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = relasi_journal_list_get_item_type;
  iface->get_n_items = relasi_journal_list_get_n_items;
  iface->get_item = relasi_journal_list_get_item;
}

static gpointer
row_to_interaction (RelasiStmt *stmt)
{
  return relasi_interaction_from_row (stmt);
}

static void
build_query (RelasiJournalList *self)
{
  g_autoptr(GString) where = g_string_new ("i.deleted_at = 0 AND i.customer_deleted = 0");
  g_autofree char *long_prefix = NULL;
  g_autofree char *match = relasi_search_build_journal_query (self->search_text, &long_prefix);
  GArray *args = relasi_pager_args_new ();
  RelasiPagerQuery query = {
    .columns = RELASI_INTERACTION_COLUMNS,
    .from_full = "FROM interactions i JOIN customers c ON c.id = i.customer_id",
    .from_keys = "FROM interactions i",
    .key = "i.occurred_at",
    .id = "i.id",
    .descending = TRUE,
    .count_cap = COUNT_STEP,
  };

  if (self->customer_id > 0)
    {
      relasi_pager_args_add_int (args, self->customer_id);
      g_string_append_printf (where, " AND i.customer_id = ?%u", args->len);
    }

  if (self->kinds != 0)
    {
      gboolean first = TRUE;

      g_string_append (where, " AND i.kind IN (");
      for (guint k = 0; k < RELASI_N_INTERACTION_KINDS; k++)
        if (self->kinds & RELASI_KIND_BIT (k))
          {
            /* the tokens come from our own table, never from input */
            g_string_append_printf (where, "%s'%s'", first ? "" : ", ", relasi_interaction_kind_to_string (k));
            first = FALSE;
          }
      g_string_append (where, first ? "NULL)" : ")");
    }

  if (self->since > 0)
    {
      relasi_pager_args_add_int (args, self->since);
      g_string_append_printf (where, " AND i.occurred_at >= ?%u", args->len);
      if (match != NULL && self->customer_id == 0)
        g_string_append_printf (where, " AND f.rowid >= (?%u << 30)", args->len);
    }
  if (self->until > 0)
    {
      relasi_pager_args_add_int (args, self->until);
      g_string_append_printf (where, " AND i.occurred_at < ?%u", args->len);
      if (match != NULL && self->customer_id == 0)
        g_string_append_printf (where, " AND f.rowid < (?%u << 30)", args->len);
    }

  if (match != NULL && self->customer_id == 0)
    {
      /* Read from the search index, whose rowid is (occurred_at << 30 | id)
       * (relasi-schema.c): the matches come newest first, a page at a time, and
       * nothing sorts all of them. */
      relasi_pager_args_add_text (args, match);
      g_string_append_printf (where, " AND f.interactions_fts MATCH ?%u", args->len);
      if (long_prefix != NULL)
        {
          relasi_pager_args_add_text (args, long_prefix);
          g_string_append_printf (where, " AND relasi_word_prefix (?%u, f.summary, f.details, f.customer_name)",
                                  args->len);
        }
      /* CROSS JOIN: the index drives; the planner would otherwise start from a kind or
       * time index and ask the index for every match again for each of those rows */
      query.from_full = "FROM interactions_fts f CROSS JOIN interactions i ON i.id = (f.rowid & 1073741823)"
                        " JOIN customers c ON c.id = i.customer_id";
      query.from_keys = "FROM interactions_fts f CROSS JOIN interactions i ON i.id = (f.rowid & 1073741823)";
      query.key = "f.rowid";
      query.unique_key = TRUE;
      query.count_cap = SEARCH_COUNT_STEP;
    }
  else if (match != NULL)
    {
      /* one customer's entries are few: check their text directly, the same way */
      g_autofree char *pattern = relasi_search_build_match_pattern (self->search_text);

      relasi_pager_args_add_text (args, pattern);
      g_string_append_printf (where, " AND relasi_text_matches (?%u, i.summary, i.details,"
                                     " (SELECT name FROM customers WHERE id = i.customer_id))",
                              args->len);
    }

  if (self->sentiments != 0)
    {
      gboolean first = TRUE;

      g_string_append (where, " AND i.sentiment IN (");
      for (int mood = -2; mood <= 2; mood++)
        if (self->sentiments & RELASI_SENTIMENT_BIT (mood))
          {
            g_string_append_printf (where, "%s%d", first ? "" : ", ", mood);
            first = FALSE;
          }
      g_string_append (where, ")");
    }

  if (self->open_only)
    g_string_append (where,
                     " AND i.id IN (SELECT interaction_id FROM reminders"
                     "   WHERE done_at = 0 AND deleted_at = 0 AND interaction_id IS NOT NULL"
                     " UNION SELECT interaction_id FROM cases"
                     "   WHERE resolved_at = 0 AND interaction_id IS NOT NULL"
                     " UNION SELECT id FROM interactions INDEXED BY interactions_open_promises"
                     "   WHERE kind = 'promise' AND outcome IN ('none', 'renegotiated') AND deleted_at = 0)");

  if (self->customer_id == 0 && self->kinds == 0 && self->since == 0 && self->until == 0 &&
      match == NULL && !self->open_only && self->sentiments == 0)
    {
      /* the whole journal: journal_hours counts exactly these rows */
      query.bucket_sql = "SELECT hour, n FROM journal_hours WHERE n > 0 ORDER BY hour DESC";
      query.bucket_width = 3600;
      query.count_cap = 0;
    }

  /* one customer's journal (a few hundred entries, shown with its count on their
   * page), and an export, count every row */
  if (self->count_all ||
      (self->customer_id > 0 && self->kinds == 0 && self->since == 0 && self->until == 0 &&
       match == NULL && !self->open_only && self->sentiments == 0))
    query.count_cap = 0;

  query.where = where->str;
  relasi_pager_set_query (self->pager, &query, args);
}

/**
 * relasi_journal_list_reload:
 * @self: a list
 *
 * Reads the list again; called for you on every change of the store or the filters.
 */
void
relasi_journal_list_reload (RelasiJournalList *self)
{
  g_autoptr(GError) error = NULL;
  guint old_n;

  g_return_if_fail (RELASI_IS_JOURNAL_LIST (self));

  g_clear_handle_id (&self->grow_id, g_source_remove);
  old_n = relasi_pager_get_n_items (self->pager);
  build_query (self);
  if (!relasi_pager_reload (self->pager, &error))
    g_warning ("Could not read the journal: %s", error->message);

  if (old_n != 0 || relasi_pager_get_n_items (self->pager) != 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, relasi_pager_get_n_items (self->pager));
  if (old_n != relasi_pager_get_n_items (self->pager))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
on_store_changed (RelasiStore       *store,
                  RelasiStoreChange  changes,
                  RelasiJournalList *self)
{
  /* customers: names shown in the rows; reminders and cases: "open items only" */
  if (changes & (RELASI_STORE_CHANGE_INTERACTIONS | RELASI_STORE_CHANGE_CUSTOMERS) ||
      (self->open_only && (changes & (RELASI_STORE_CHANGE_REMINDERS | RELASI_STORE_CHANGE_CASES))))
    relasi_journal_list_reload (self);
}

static void
relasi_journal_list_constructed (GObject *object)
{
  RelasiJournalList *self = RELASI_JOURNAL_LIST (object);

  G_OBJECT_CLASS (relasi_journal_list_parent_class)->constructed (object);

  g_assert (self->store != NULL);
  self->pager = relasi_pager_new (self->store, row_to_interaction);
  self->changed_id = g_signal_connect (self->store, "changed", G_CALLBACK (on_store_changed), self);
  relasi_journal_list_reload (self);
}

static void
relasi_journal_list_dispose (GObject *object)
{
  RelasiJournalList *self = RELASI_JOURNAL_LIST (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_handle_id (&self->grow_id, g_source_remove);
  g_clear_pointer (&self->pager, relasi_pager_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (relasi_journal_list_parent_class)->dispose (object);
}

static void
relasi_journal_list_finalize (GObject *object)
{
  RelasiJournalList *self = RELASI_JOURNAL_LIST (object);

  g_clear_pointer (&self->search_text, g_free);

  G_OBJECT_CLASS (relasi_journal_list_parent_class)->finalize (object);
}

static void
relasi_journal_list_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RelasiJournalList *self = RELASI_JOURNAL_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CUSTOMER_ID:
      g_value_set_int64 (value, self->customer_id);
      break;
    case PROP_KINDS:
      g_value_set_uint (value, self->kinds);
      break;
    case PROP_SINCE:
      g_value_set_int64 (value, self->since);
      break;
    case PROP_UNTIL:
      g_value_set_int64 (value, self->until);
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    case PROP_OPEN_ONLY:
      g_value_set_boolean (value, self->open_only);
      break;
    case PROP_SENTIMENTS:
      g_value_set_uint (value, self->sentiments);
      break;
    case PROP_COUNT_ALL:
      g_value_set_boolean (value, self->count_all);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, relasi_journal_list_get_n_items (G_LIST_MODEL (self)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_journal_list_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RelasiJournalList *self = RELASI_JOURNAL_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_CUSTOMER_ID:
      relasi_journal_list_set_customer_id (self, g_value_get_int64 (value));
      break;
    case PROP_KINDS:
      relasi_journal_list_set_kinds (self, g_value_get_uint (value));
      break;
    case PROP_SINCE:
      relasi_journal_list_set_time_range (self, g_value_get_int64 (value), self->until);
      break;
    case PROP_UNTIL:
      relasi_journal_list_set_time_range (self, self->since, g_value_get_int64 (value));
      break;
    case PROP_SEARCH_TEXT:
      relasi_journal_list_set_search_text (self, g_value_get_string (value));
      break;
    case PROP_OPEN_ONLY:
      relasi_journal_list_set_open_only (self, g_value_get_boolean (value));
      break;
    case PROP_SENTIMENTS:
      relasi_journal_list_set_sentiments (self, g_value_get_uint (value));
      break;
    case PROP_COUNT_ALL:
      self->count_all = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_journal_list_class_init (RelasiJournalListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = relasi_journal_list_constructed;
  object_class->dispose = relasi_journal_list_dispose;
  object_class->finalize = relasi_journal_list_finalize;
  object_class->get_property = relasi_journal_list_get_property;
  object_class->set_property = relasi_journal_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, "The store", RELASI_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CUSTOMER_ID] =
    g_param_spec_int64 ("customer-id", NULL, "Only this customer's entries, 0 for all", 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KINDS] =
    g_param_spec_uint ("kinds", NULL, "RELASI_KIND_BIT()s of the kinds shown, 0 for all", 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SINCE] =
    g_param_spec_int64 ("since", NULL, "Only entries at or after this time, 0 for no limit", 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNTIL] =
    g_param_spec_int64 ("until", NULL, "Only entries before this time, 0 for no limit", 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, "What the person typed into the search field", NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OPEN_ONLY] =
    g_param_spec_boolean ("open-only", NULL, "Only entries with something still open", FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SENTIMENTS] =
    g_param_spec_uint ("sentiments", NULL, "RELASI_SENTIMENT_BIT()s of the moods shown, 0 for all", 0,
                       RELASI_SENTIMENT_ALL, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COUNT_ALL] =
    g_param_spec_boolean ("count-all", NULL,
                          "Count every entry at once (an export), not a few thousand at a time", FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, "The number of entries", 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relasi_journal_list_init (RelasiJournalList *self)
{
}

/**
 * relasi_journal_list_new:
 * @store: the store to read from
 *
 * Returns: (transfer full): the whole journal, the newest first
 */
RelasiJournalList *
relasi_journal_list_new (RelasiStore *store)
{
  g_return_val_if_fail (RELASI_IS_STORE (store), NULL);

  return g_object_new (RELASI_TYPE_JOURNAL_LIST, "store", store, NULL);
}

RelasiStore *
relasi_journal_list_get_store (RelasiJournalList *self)
{
  g_return_val_if_fail (RELASI_IS_JOURNAL_LIST (self), NULL);
  return self->store;
}

gint64
relasi_journal_list_get_customer_id (RelasiJournalList *self)
{
  g_return_val_if_fail (RELASI_IS_JOURNAL_LIST (self), 0);
  return self->customer_id;
}

void
relasi_journal_list_set_customer_id (RelasiJournalList *self,
                                     gint64             customer_id)
{
  g_return_if_fail (RELASI_IS_JOURNAL_LIST (self));

  if (self->customer_id == customer_id)
    return;
  self->customer_id = customer_id;
  if (self->pager != NULL)
    relasi_journal_list_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER_ID]);
}

guint
relasi_journal_list_get_kinds (RelasiJournalList *self)
{
  g_return_val_if_fail (RELASI_IS_JOURNAL_LIST (self), 0);
  return self->kinds;
}

/**
 * relasi_journal_list_set_kinds:
 * @self: a list
 * @kinds: an OR of RELASI_KIND_BIT() values, 0 for every kind
 */
void
relasi_journal_list_set_kinds (RelasiJournalList *self,
                               guint              kinds)
{
  g_return_if_fail (RELASI_IS_JOURNAL_LIST (self));

  kinds &= (1u << RELASI_N_INTERACTION_KINDS) - 1;
  if (self->kinds == kinds)
    return;
  self->kinds = kinds;
  if (self->pager != NULL)
    relasi_journal_list_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KINDS]);
}

gint64
relasi_journal_list_get_since (RelasiJournalList *self)
{
  g_return_val_if_fail (RELASI_IS_JOURNAL_LIST (self), 0);
  return self->since;
}

gint64
relasi_journal_list_get_until (RelasiJournalList *self)
{
  g_return_val_if_fail (RELASI_IS_JOURNAL_LIST (self), 0);
  return self->until;
}

/**
 * relasi_journal_list_set_time_range:
 * @self: a list
 * @since: the first moment shown, 0 for no limit
 * @until: the first moment no longer shown, 0 for no limit
 */
void
relasi_journal_list_set_time_range (RelasiJournalList *self,
                                    gint64             since,
                                    gint64             until)
{
  g_return_if_fail (RELASI_IS_JOURNAL_LIST (self));

  since = MAX (since, 0);
  until = MAX (until, 0);
  if (self->since == since && self->until == until)
    return;
  g_object_freeze_notify (G_OBJECT (self));
  if (self->since != since)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SINCE]);
  if (self->until != until)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNTIL]);
  self->since = since;
  self->until = until;
  if (self->pager != NULL)
    relasi_journal_list_reload (self);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
relasi_journal_list_get_search_text (RelasiJournalList *self)
{
  g_return_val_if_fail (RELASI_IS_JOURNAL_LIST (self), NULL);
  return self->search_text != NULL ? self->search_text : "";
}

void
relasi_journal_list_set_search_text (RelasiJournalList *self,
                                     const char        *text)
{
  g_return_if_fail (RELASI_IS_JOURNAL_LIST (self));

  if (g_strcmp0 (self->search_text, text) == 0)
    return;
  g_free (self->search_text);
  self->search_text = g_strdup (text);
  if (self->pager != NULL)
    relasi_journal_list_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

/**
 * relasi_journal_list_has_more:
 * @self: a list
 *
 * A filtered or searched list counts its entries a few thousand at a time and grows
 * as rows near its end are read.
 *
 * Returns: whether there may be more entries than #GListModel:n-items says now (show
 * the count as "2 000+")
 */
gboolean
relasi_journal_list_has_more (RelasiJournalList *self)
{
  g_return_val_if_fail (RELASI_IS_JOURNAL_LIST (self), FALSE);
  return self->pager != NULL && relasi_pager_has_more (self->pager);
}

gboolean
relasi_journal_list_get_open_only (RelasiJournalList *self)
{
  g_return_val_if_fail (RELASI_IS_JOURNAL_LIST (self), FALSE);
  return self->open_only;
}

void
relasi_journal_list_set_open_only (RelasiJournalList *self,
                                   gboolean           open_only)
{
  g_return_if_fail (RELASI_IS_JOURNAL_LIST (self));

  open_only = !!open_only;
  if (self->open_only == open_only)
    return;
  self->open_only = open_only;
  if (self->pager != NULL)
    relasi_journal_list_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPEN_ONLY]);
}

guint
relasi_journal_list_get_sentiments (RelasiJournalList *self)
{
  g_return_val_if_fail (RELASI_IS_JOURNAL_LIST (self), 0);
  return self->sentiments;
}

/**
 * relasi_journal_list_set_sentiments:
 * @self: a list
 * @sentiments: an OR of RELASI_SENTIMENT_BIT() values, 0 for every mood
 */
void
relasi_journal_list_set_sentiments (RelasiJournalList *self,
                                    guint              sentiments)
{
  g_return_if_fail (RELASI_IS_JOURNAL_LIST (self));

  sentiments &= RELASI_SENTIMENT_ALL;
  if (self->sentiments == sentiments)
    return;
  self->sentiments = sentiments;
  if (self->pager != NULL)
    relasi_journal_list_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENTIMENTS]);
}
