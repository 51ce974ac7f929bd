/* relasi-reset-model.c — a whole-list reload that GTK 4.8 can take cheaply
 *
 * The store's lists reload as a whole: one ::items-changed replacing every row. Passed
 * on as it is, that costs GTK 4.8 twice:
 *  - a list view looks for the rows it tracks (the one at the top, the focused one)
 *    among every new item, and GtkSingleSelection for its selected item: reading the
 *    whole list page by page;
 *  - every row widget on screen is destroyed and made again (for a column view, a
 *    widget per cell), as no new item is one of the old ones.
 *
 * This model passes the list through but hands a whole reload on in three steps:
 *  1. the new rows are inserted before the old ones (the old ones, still on screen,
 *     are served from the items this model handed out, remembered by weak reference:
 *     the rows GTK keeps made hold them);
 *  2. the view (relasi_reset_model_set_view()) scrolls to the first row: the row
 *     widgets, no longer in view, move to the new rows and are only bound again;
 *  3. the old rows are removed; none of them has a widget any more.
 * Nothing is searched for and no widget is made. This needs every old row GTK will ask
 * for in step 2 — the first ones, up to as many as GTK 4.8 keeps made — to still be
 * known; when the list was scrolled away from its top they are not, and then, as
 * without a view or for any other change, the removal and the addition are passed on
 * as two signals, so nothing tracked is ever searched for among a million new rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "relasi-reset-model.h"

/* GTK 4.8 keeps this many rows made (GTK_LIST_VIEW_MAX_LIST_ITEMS); an old row asked
 * for beyond what is known gets a stand-in (an empty item of its own) */
#define ROWS_KEPT 200

typedef struct {
  GHashTable *table;            /* the table holding this entry */
  guint       position;
  GObject    *item;             /* not owned: the weak reference clears the entry */
} Served;

struct _RelasiResetModel
{
  GObject     parent_instance;

  GListModel *model;
  GtkWidget  *view;           /* weak */
  GHashTable *served;         /* position → Served, since the last change */
  GHashTable *old_served;     /* while swapping: the old rows' */
  GPtrArray  *stand_ins;      /* while swapping: made for old rows no longer known */
  guint       n_items;
  gboolean    in_gap;         /* between the removal and the addition */
  guint       gap_position;
  guint       gap_added;
  guint       old_start;      /* while swapping: old rows from here on */
  gboolean    swapping;
};

static void relasi_reset_model_list_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RelasiResetModel, relasi_reset_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, relasi_reset_model_list_init))

static void
on_served_finalized (gpointer  data,
                     GObject  *where_the_object_was)
{
  Served *served = data;

  served->item = NULL;
  if (g_hash_table_lookup (served->table, GUINT_TO_POINTER (served->position)) == served)
    g_hash_table_remove (served->table, GUINT_TO_POINTER (served->position));
}

static void
served_free (gpointer data)
{
  Served *served = data;

  if (served->item != NULL)
    g_object_weak_unref (served->item, on_served_finalized, served);
  g_free (served);
}

static void
remember (RelasiResetModel *self,
          guint             position,
          gpointer          item)
{
  Served *served = g_hash_table_lookup (self->served, GUINT_TO_POINTER (position));

  if (item == NULL || (served != NULL && served->item == item))
    return;
  served = g_new0 (Served, 1);
  served->table = self->served;
  served->position = position;
  served->item = item;
  g_object_weak_ref (item, on_served_finalized, served);
  g_hash_table_replace (self->served, GUINT_TO_POINTER (position), served);
}

static GType
relasi_reset_model_get_item_type (GListModel *model)
{
  return g_list_model_get_item_type (RELASI_RESET_MODEL (model)->model);
}

static guint
relasi_reset_model_get_n_items (GListModel *model)
{
  return RELASI_RESET_MODEL (model)->n_items;
}

static gpointer
relasi_reset_model_get_item (GListModel *model,
                             guint       position)
{
  RelasiResetModel *self = RELASI_RESET_MODEL (model);
  gpointer item;

  if (position >= self->n_items)
    return NULL;
  if (self->swapping && position >= self->old_start)
    {
      Served *served = g_hash_table_lookup (self->old_served, GUINT_TO_POINTER (position - self->old_start));
      GObject *stand_in;

      if (served != NULL && served->item != NULL)
        return g_object_ref (served->item);
      /* not expected (swap() checked): an empty item of its own, never a copy of
       * another row, gone in step 3 */
      stand_in = g_object_new (g_list_model_get_item_type (self->model), NULL);
      g_ptr_array_add (self->stand_ins, g_object_ref (stand_in));
      return stand_in;
    }
  if (self->in_gap && position >= self->gap_position)
    position += self->gap_added;
  item = g_list_model_get_item (self->model, position);
  if (self->view != NULL && !self->in_gap)
    remember (self, position, item);
  return item;
}

static void
relasi_reset_model_list_init (GListModelInterface *iface)
{
  iface->get_item_type = relasi_reset_model_get_item_type;
  iface->get_n_items = relasi_reset_model_get_n_items;
  iface->get_item = relasi_reset_model_get_item;
}

/* The GtkListView that shows the rows: the view itself, or inside a GtkColumnView. */
static GtkWidget *
find_list_view (GtkWidget *view)
{
  if (GTK_IS_LIST_VIEW (view))
    return view;
  for (GtkWidget *child = gtk_widget_get_first_child (view); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;
  return NULL;
}

/* Whether every old row GTK may ask for in step 2 is still known */
static gboolean
can_swap (RelasiResetModel *self,
          guint             removed)
{
  for (guint i = 0; i < MIN (removed, ROWS_KEPT); i++)
    {
      Served *served = g_hash_table_lookup (self->served, GUINT_TO_POINTER (i));

      if (served == NULL || served->item == NULL)
        return FALSE;
    }
  return TRUE;
}

static void
swap (RelasiResetModel *self,
      guint             removed,
      guint             added)
{
  GtkWidget *list_view = find_list_view (self->view);

  /* the old rows keep their table; the new rows get a new one (their positions stay
   * the same after step 3) */
  self->old_served = g_steal_pointer (&self->served);
  self->served = g_hash_table_new_full (NULL, NULL, NULL, served_free);
  self->stand_ins = g_ptr_array_new_with_free_func (g_object_unref);

  /* 1. the new rows before the old ones */
  self->swapping = TRUE;
  self->old_start = added;
  self->n_items = added + removed;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, added);

  /* 2. the widgets move to the new first rows */
  if (list_view != NULL)
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", 0);

  /* 3. the old rows go */
  self->n_items = added;
  g_list_model_items_changed (G_LIST_MODEL (self), added, removed, 0);
  self->swapping = FALSE;

  if (self->stand_ins->len > 0)
    g_debug ("A list reload made %u stand-in rows", self->stand_ins->len);
  g_clear_pointer (&self->stand_ins, g_ptr_array_unref);
  g_clear_pointer (&self->old_served, g_hash_table_unref);
}

static void
on_source_items_changed (GListModel       *model,
                         guint             position,
                         guint             removed,
                         guint             added,
                         RelasiResetModel *self)
{
  g_assert (!self->swapping);

  if (self->view != NULL && position == 0 && removed == self->n_items && removed > 0 && added > 0 &&
      can_swap (self, removed))
    {
      swap (self, removed, added);
      return;
    }

  g_hash_table_remove_all (self->served);
  if (removed > 0)
    {
      self->in_gap = TRUE;
      self->gap_position = position;
      self->gap_added = added;
      self->n_items -= removed;
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, 0);
      self->in_gap = FALSE;
    }
  self->n_items = g_list_model_get_n_items (self->model);
  if (added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), position, 0, added);
}

static void
relasi_reset_model_dispose (GObject *object)
{
  RelasiResetModel *self = RELASI_RESET_MODEL (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_source_items_changed, self);
  g_clear_object (&self->model);
  g_clear_weak_pointer (&self->view);
  g_hash_table_remove_all (self->served);
  g_clear_pointer (&self->old_served, g_hash_table_unref);
  g_clear_pointer (&self->stand_ins, g_ptr_array_unref);

  G_OBJECT_CLASS (relasi_reset_model_parent_class)->dispose (object);
}

static void
relasi_reset_model_finalize (GObject *object)
{
  RelasiResetModel *self = RELASI_RESET_MODEL (object);

  g_clear_pointer (&self->served, g_hash_table_unref);

  G_OBJECT_CLASS (relasi_reset_model_parent_class)->finalize (object);
}

static void
relasi_reset_model_class_init (RelasiResetModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = relasi_reset_model_dispose;
  object_class->finalize = relasi_reset_model_finalize;
}

static void
relasi_reset_model_init (RelasiResetModel *self)
{
  self->served = g_hash_table_new_full (NULL, NULL, NULL, served_free);
}

/**
 * relasi_reset_model_new:
 * @model: the list to pass through
 *
 * Returns: (transfer full): @model, with each change split into its removal and then
 *   its addition
 */
GListModel *
relasi_reset_model_new (GListModel *model)
{
  RelasiResetModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (RELASI_TYPE_RESET_MODEL, NULL);
  self->model = g_object_ref (model);
  self->n_items = g_list_model_get_n_items (model);
  g_signal_connect (model, "items-changed", G_CALLBACK (on_source_items_changed), self);
  return G_LIST_MODEL (self);
}

/**
 * relasi_reset_model_set_view:
 * @self: a model
 * @view: (nullable): the GtkListView or GtkColumnView showing it
 *
 * With a view, a whole reload reuses the row widgets and shows the first rows.
 */
void
relasi_reset_model_set_view (RelasiResetModel *self,
                             GtkWidget        *view)
{
  g_return_if_fail (RELASI_IS_RESET_MODEL (self));
  g_return_if_fail (view == NULL || GTK_IS_WIDGET (view));

  g_set_weak_pointer (&self->view, view);
  g_hash_table_remove_all (self->served);
}
