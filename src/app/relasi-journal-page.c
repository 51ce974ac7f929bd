/* relasi-journal-page.c
 *
 * The list is a GtkListView over the store's paged RelasiJournalList, so opening and
 * scrolling a journal of a million entries only ever reads the pages on screen. GTK
 * 4.8 has no section headers: the first entry of each day carries the day's header
 * (compared with the entry above it), and a label over the top of the list shows the
 * day of the topmost entry, so the header stays in view while scrolling.
 *
 * Every filter, the mood included, is a condition of the store's list; a reload reaches
 * the view through relasi-reset-model.c, which reuses the row widgets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-clock.h"
#include "relasi-csv.h"
#include "relasi-due-format.h"
#include "relasi-file-dialog.h"
#include "relasi-interaction-editor.h"
#include "relasi-journal-filters.h"
#include "relasi-journal-list.h"
#include "relasi-journal-page.h"
#include "relasi-journal-row.h"
#include "relasi-memory.h"
#include "relasi-reset-model.h"
#include "relasi-status-page.h"
#include "relasi-store-entry.h"
#include "relasi-window.h"

struct _RelasiJournalPage
{
  GtkWidget             parent_instance;

  GtkWidget            *export_button;
  GtkLabel             *export_label;
  GtkProgressBar       *export_progress;
  GtkRevealer          *export_revealer;
  RelasiJournalFilters *filters;
  GtkLabel             *count_label;
  GtkListView          *list_view;
  RelasiStatusPage     *no_results_page;
  GMenuModel           *row_menu;
  GtkScrolledWindow    *scroller;
  GtkSearchEntry       *search_entry;
  GtkStack             *stack;
  GtkLabel             *sticky_label;

  RelasiStore          *store;
  RelasiJournalList    *list;
  GtkSingleSelection   *selection;
  GtkWidget            *context_menu;
  char                **tokens;
  guint                 sticky_idle;
  GListModel           *reset;
  guint                 restore_tick;
  double                restore_scroll;
  guint                 restore_selected;

  GCancellable         *export_cancellable;
  guint                 export_poll;
};

G_DEFINE_FINAL_TYPE (RelasiJournalPage, relasi_journal_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GListModel *
shown_model (RelasiJournalPage *self)
{
  return self->reset;
}

/* ---- the state: list, no results, or an empty journal --------------------------- */

/* "988,212 entries"; a filtered list counts a few thousand at a time (it grows as it
 * is scrolled), so then "2,000+ entries": never a number that is not true. */
static void
update_count (RelasiJournalPage *self)
{
  guint n = g_list_model_get_n_items (shown_model (self));
  g_autofree char *number = g_strdup_printf ("%'u", n);
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup ("");
  else if (relasi_journal_list_has_more (self->list))
    /* TRANSLATORS: the journal's count when there are more than %s entries ("2,000+ entries") */
    text = g_strdup_printf (_("%s+ entries"), number);
  else
    /* TRANSLATORS: the number of journal entries shown ("1,234 entries") */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s entry", "%s entries", n), number);
  gtk_label_set_label (self->count_label, text);
}

static void
update_state (RelasiJournalPage *self)
{
  const char *search;
  g_autofree char *filters = NULL;
  g_autofree char *description = NULL;
  gboolean searching, filtering;

  if (self->reset == NULL)
    return;
  update_count (self);
  if (g_list_model_get_n_items (shown_model (self)) > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      return;
    }

  search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  searching = self->tokens != NULL && self->tokens[0] != NULL;
  filtering = relasi_journal_filters_is_active (self->filters);
  if (!searching && !filtering)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  filters = relasi_journal_filters_describe (self->filters);
  if (searching && filtering)
    /* TRANSLATORS: the first %s is what was searched for, the second the active filters */
    description = g_strdup_printf (_("No entry matches “%s” with the filters %s."), search, filters);
  else if (searching)
    /* TRANSLATORS: %s is what was searched for */
    description = g_strdup_printf (_("No entry matches “%s”. Try fewer or shorter words."), search);
  else
    /* TRANSLATORS: %s lists the active filters ("Complaint · This month") */
    description = g_strdup_printf (_("No entry matches the filters %s."), filters);
  relasi_status_page_set_description (self->no_results_page, description);
  gtk_stack_set_visible_child_name (self->stack, "no-results");
}

/* ---- the sticky day header ------------------------------------------------------ */

static RelasiJournalRow *
row_at (RelasiJournalPage *self,
        double             y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->list_view), 24, y, GTK_PICK_DEFAULT);

  while (picked != NULL && !RELASI_IS_JOURNAL_ROW (picked))
    picked = gtk_widget_get_parent (picked);
  return picked != NULL ? RELASI_JOURNAL_ROW (picked) : NULL;
}

static gboolean
update_sticky (gpointer data)
{
  RelasiJournalPage *self = data;
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (self->scroller);
  RelasiJournalRow *row;
  RelasiInteraction *entry;

  self->sticky_idle = 0;
  row = gtk_adjustment_get_value (adj) > 0 ? row_at (self, 2) : NULL;
  entry = row != NULL ? relasi_journal_row_get_entry (row) : NULL;
  if (entry == NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->sticky_label), FALSE);
  else
    {
      g_autofree char *day = relasi_journal_format_day (relasi_interaction_get_occurred_at (entry),
                                                        relasi_clock_now ());

      gtk_label_set_text (self->sticky_label, day);
      gtk_widget_set_visible (GTK_WIDGET (self->sticky_label), TRUE);
    }
  return G_SOURCE_REMOVE;
}

static void
queue_sticky (RelasiJournalPage *self)
{
  if (self->sticky_idle == 0)
    self->sticky_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, update_sticky, self, NULL);
}

/* ---- rows ----------------------------------------------------------------------- */

static void show_context_menu (RelasiJournalPage *self, GtkWidget *row, double x, double y);

static void
on_row_pressed (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                gpointer         user_data)
{
  RelasiJournalPage *self = user_data;
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkListItem *item = g_object_get_data (G_OBJECT (row), "list-item");

  if (item == NULL || gtk_list_item_get_item (item) == NULL)
    return;
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection),
                                   gtk_list_item_get_position (item), TRUE);
  show_context_menu (self, row, x, y);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           RelasiJournalPage        *self)
{
  GtkWidget *row = relasi_journal_row_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_row_pressed), self);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (click));
  g_object_set_data (G_OBJECT (row), "list-item", item);
  gtk_list_item_set_child (item, row);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          RelasiJournalPage        *self)
{
  RelasiInteraction *entry = gtk_list_item_get_item (item);
  guint position = gtk_list_item_get_position (item);
  g_autofree char *header = NULL;
  RelasiEntryCaseState state = { 0 };
  RelasiEntryCaseState *state_ptr = NULL;
  gint64 now = relasi_clock_now ();
  gint64 day;

  if (entry == NULL)
    return;

  day = relasi_local_day_number (relasi_interaction_get_occurred_at (entry));
  if (position == 0)
    header = relasi_journal_format_day (relasi_interaction_get_occurred_at (entry), now);
  else
    {
      g_autoptr(RelasiInteraction) above = g_list_model_get_item (shown_model (self), position - 1);

      if (above == NULL || relasi_local_day_number (relasi_interaction_get_occurred_at (above)) != day)
        header = relasi_journal_format_day (relasi_interaction_get_occurred_at (entry), now);
    }

  switch (relasi_interaction_get_kind (entry))
    {
    case RELASI_INTERACTION_KIND_COMPLAINT:
    case RELASI_INTERACTION_KIND_MISTAKE:
      {
        g_autoptr(GError) error = NULL;

        if (relasi_store_get_entry_case_state (self->store, relasi_interaction_get_id (entry), &state, &error))
          state_ptr = &state;
        else
          g_warning ("Could not read the state of a journal entry: %s", error->message);
      }
      break;
    default:
      break;
    }

  relasi_journal_row_set_entry (RELASI_JOURNAL_ROW (gtk_list_item_get_child (item)), entry, header,
                                (const char * const *) self->tokens, state_ptr, now);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            RelasiJournalPage        *self)
{
  relasi_journal_row_set_entry (RELASI_JOURNAL_ROW (gtk_list_item_get_child (item)), NULL, NULL, NULL, NULL, 0);
}

static RelasiInteraction *
selected_entry (RelasiJournalPage *self)
{
  if (self->selection == NULL)
    return NULL;
  return gtk_single_selection_get_selected_item (self->selection);
}

/* ---- filtering and search ------------------------------------------------------- */

static void
apply_filters (RelasiJournalPage *self)
{
  gint64 since, until;

  if (self->list == NULL)
    return;

  g_object_freeze_notify (G_OBJECT (self->list));
  relasi_journal_list_set_kinds (self->list, relasi_journal_filters_get_kinds (self->filters));
  relasi_journal_list_set_customer_id (self->list, relasi_journal_filters_get_customer_id (self->filters));
  relasi_journal_filters_get_time_range (self->filters, &since, &until);
  relasi_journal_list_set_time_range (self->list, since, until);
  relasi_journal_list_set_open_only (self->list, relasi_journal_filters_get_open_only (self->filters));
  relasi_journal_list_set_sentiments (self->list, relasi_journal_filters_get_sentiments (self->filters));
  g_object_thaw_notify (G_OBJECT (self->list));
  update_state (self);
}

static void
on_filters_changed (RelasiJournalPage *self)
{
  apply_filters (self);
}

static void
set_search (RelasiJournalPage *self,
            const char        *text)
{
  g_strfreev (self->tokens);
  self->tokens = relasi_journal_search_tokens (text);
  if (self->list != NULL)
    relasi_journal_list_set_search_text (self->list, text);
  update_state (self);
}

static void
on_search_changed (RelasiJournalPage *self)
{
  set_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
on_stop_search (RelasiJournalPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static void
on_search_activate (RelasiJournalPage *self)
{
  if (g_list_model_get_n_items (shown_model (self)) > 0)
    gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD);
}

static gboolean
restore_scroll (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  RelasiJournalPage *self = RELASI_JOURNAL_PAGE (data);
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (self->scroller);

  self->restore_tick = 0;
  gtk_adjustment_set_value (adj, self->restore_scroll);
  return G_SOURCE_REMOVE;
}

/* Before a reload reaches the list view: remember where the person was. */
static void
on_list_reloading (RelasiJournalPage *self)
{
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (self->scroller);

  self->restore_scroll = gtk_adjustment_get_value (adj);
  self->restore_selected = gtk_single_selection_get_selected (self->selection);
}

/* After it: put the selection and the scroll position back. */
static void
on_list_reloaded (RelasiJournalPage *self)
{
  guint n = g_list_model_get_n_items (self->reset);

  if (self->restore_selected != GTK_INVALID_LIST_POSITION && self->restore_selected < n)
    gtk_single_selection_set_selected (self->selection, self->restore_selected);
  if (self->restore_scroll > 0 && self->restore_tick == 0)
    self->restore_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view), restore_scroll, self, NULL);
}

static void
on_items_changed (RelasiJournalPage *self)
{
  relasi_memory_release_soon ();
  update_state (self);
  queue_sticky (self);
}

/* ---- edit and delete ------------------------------------------------------------ */

static GtkWindow *
parent_window (RelasiJournalPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
edit_entry (RelasiJournalPage *self,
            RelasiInteraction *entry)
{
  RelasiInteractionEditor *editor;

  if (entry == NULL || self->store == NULL)
    return;
  editor = relasi_interaction_editor_new (parent_window (self), self->store, entry);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_row_activated (RelasiJournalPage *self,
                  guint              position)
{
  g_autoptr(RelasiInteraction) entry = g_list_model_get_item (shown_model (self), position);

  edit_entry (self, entry);
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
undo_delete (gpointer data)
{
  UndoData *undo = data;
  g_autoptr(GError) error = NULL;

  if (!relasi_store_undelete_interaction (undo->store, undo->id, &error))
    g_warning ("Could not bring the journal entry back: %s", error->message);
}

static void
show_toast (RelasiJournalPage *self,
            const char        *title,
            UndoData          *undo)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (!RELASI_IS_WINDOW (root))
    {
      g_clear_pointer (&undo, undo_data_free);
      return;
    }
  relasi_toast_overlay_show (relasi_window_get_toast_overlay (RELASI_WINDOW (root)), title,
                             undo != NULL ? _("_Undo") : NULL, 8,
                             undo != NULL ? undo_delete : NULL, NULL, undo,
                             undo != NULL ? undo_data_free : NULL);
}

static void
delete_entry (RelasiJournalPage *self,
              RelasiInteraction *entry)
{
  g_autoptr(GError) error = NULL;
  UndoData *undo;
  gint64 id;

  if (entry == NULL || self->store == NULL)
    return;
  /* the write reloads the list, which lets go of @entry */
  id = relasi_interaction_get_id (entry);
  if (!relasi_store_delete_interaction (self->store, id, &error))
    {
      show_toast (self, error->message, NULL);
      return;
    }
  undo = g_new0 (UndoData, 1);
  undo->store = g_object_ref (self->store);
  undo->id = id;
  show_toast (self, _("Entry moved to the trash"), undo);
}

static void
show_context_menu (RelasiJournalPage *self,
                   GtkWidget         *row,
                   double             x,
                   double             y)
{
  graphene_point_t point;
  GdkRectangle rect;

  if (!gtk_widget_compute_point (row, GTK_WIDGET (self), &GRAPHENE_POINT_INIT ((float) x, (float) y), &point))
    return;
  rect.x = (int) point.x;
  rect.y = (int) point.y;
  rect.width = rect.height = 1;
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &rect);
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

/* ---- export --------------------------------------------------------------------- */

typedef struct {
  RelasiStore               *store;       /* the main store: only its path is read in the thread */
  GFile                     *file;
  RelasiJournalExportFilter  filter;
  char                      *search_text;
  guint64                    n_rows;
  gint                       done;        /* atomic: thousands of entries written */
  gint                       total;       /* atomic */
} ExportData;

static void
export_data_free (gpointer data)
{
  ExportData *export = data;

  g_clear_object (&export->store);
  g_clear_object (&export->file);
  g_free (export->search_text);
  g_free (export);
}

static void
export_progress (guint64  done,
                 guint64  total,
                 gpointer user_data)
{
  ExportData *export = user_data;

  g_atomic_int_set (&export->total, (gint) MIN (total, G_MAXINT));
  g_atomic_int_set (&export->done, (gint) MIN (done, G_MAXINT));
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *export = task_data;
  g_autoptr(RelasiStore) worker = NULL;
  g_autoptr(GError) error = NULL;

  worker = relasi_store_open_for_worker (export->store, &error);
  if (worker == NULL ||
      !relasi_csv_export_journal (worker, &export->filter, export->file, export_progress, export,
                                  &export->n_rows, cancellable, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static gboolean
poll_export (gpointer data)
{
  RelasiJournalPage *self = data;
  ExportData *export = g_object_get_data (G_OBJECT (self), "relasi-export");
  int total, done;

  if (export == NULL)
    return G_SOURCE_CONTINUE;
  total = g_atomic_int_get (&export->total);
  done = g_atomic_int_get (&export->done);
  if (total > 0)
    {
      g_autofree char *text = NULL;

      gtk_progress_bar_set_fraction (self->export_progress, (double) done / total);
      /* TRANSLATORS: the CSV export's progress; %d are numbers of entries */
      text = g_strdup_printf (_("Exporting %d of %d entries…"), done, total);
      gtk_label_set_text (self->export_label, text);
    }
  else
    gtk_progress_bar_pulse (self->export_progress);
  return G_SOURCE_CONTINUE;
}

static void
export_finished (RelasiJournalPage *self)
{
  g_clear_handle_id (&self->export_poll, g_source_remove);
  g_object_set_data (G_OBJECT (self), "relasi-export", NULL);
  gtk_revealer_set_reveal_child (self->export_revealer, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "journal.export", TRUE);
}

/**
 * relasi_journal_page_export_async:
 * @self: the page
 * @file: the CSV file to write (replaced)
 * @cancellable: (nullable): stops the export
 * @callback: called when done
 * @user_data: for @callback
 *
 * Writes the entries the page shows — its filters and search — on a worker thread
 * with its own connection, with progress on the page. The file chooser calls this;
 * tests call it directly.
 */
void
relasi_journal_page_export_async (RelasiJournalPage   *self,
                                  GFile               *file,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *export;

  g_return_if_fail (RELASI_IS_JOURNAL_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, relasi_journal_page_export_async);
  if (self->store == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, _("There is no journal to export."));
      return;
    }

  export = g_new0 (ExportData, 1);
  export->store = g_object_ref (self->store);
  export->file = g_object_ref (file);
  export->filter.customer_id = relasi_journal_filters_get_customer_id (self->filters);
  export->filter.kinds = relasi_journal_filters_get_kinds (self->filters);
  relasi_journal_filters_get_time_range (self->filters, &export->filter.since, &export->filter.until);
  export->filter.open_only = relasi_journal_filters_get_open_only (self->filters);
  export->filter.sentiments = relasi_journal_filters_get_sentiments (self->filters);
  export->search_text = g_strdup (relasi_journal_list_get_search_text (self->list));
  export->filter.search_text = export->search_text;
  g_task_set_task_data (task, export, export_data_free);

  g_object_set_data (G_OBJECT (self), "relasi-export", export);
  gtk_label_set_text (self->export_label, _("Exporting…"));
  gtk_progress_bar_set_fraction (self->export_progress, 0);
  gtk_revealer_set_reveal_child (self->export_revealer, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "journal.export", FALSE);
  if (self->export_poll == 0)
    self->export_poll = g_timeout_add (100, poll_export, self);

  g_task_run_in_thread (task, export_thread);
}

gboolean
relasi_journal_page_export_finish (RelasiJournalPage  *self,
                                   GAsyncResult       *result,
                                   guint64            *n_rows,
                                   GError            **error)
{
  ExportData *export;
  gboolean ok;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  export = g_task_get_task_data (G_TASK (result));
  ok = g_task_propagate_boolean (G_TASK (result), error);
  if (export != NULL)
    export_finished (self);
  if (ok && n_rows != NULL)
    *n_rows = export->n_rows;
  return ok;
}

static void
on_export_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  RelasiJournalPage *self = RELASI_JOURNAL_PAGE (object);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint64 n_rows = 0;

  if (!relasi_journal_page_export_finish (self, result, &n_rows, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          /* TRANSLATORS: %s says why */
          title = g_strdup_printf (_("The journal could not be exported: %s"), error->message);
          show_toast (self, title, NULL);
        }
      return;
    }
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %lu entry", "Exported %lu entries",
                                        (gulong) n_rows), (gulong) n_rows);
  show_toast (self, title, NULL);
}

static void
on_export_file_chosen (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(RelasiJournalPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = relasi_file_dialog_save_finish (result, &error);

  if (file == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_toast (self, error->message, NULL);
      return;
    }
  if (gtk_widget_get_root (GTK_WIDGET (self)) == NULL)
    return;
  g_clear_object (&self->export_cancellable);
  self->export_cancellable = g_cancellable_new ();
  relasi_journal_page_export_async (self, file, self->export_cancellable, on_export_done, NULL);
}

static void
on_export_stop_clicked (RelasiJournalPage *self)
{
  g_cancellable_cancel (self->export_cancellable);
}

/* ---- actions -------------------------------------------------------------------- */

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RelasiJournalPage *self = RELASI_JOURNAL_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RelasiJournalPage *self = RELASI_JOURNAL_PAGE (widget);

  relasi_file_dialog_save_async (parent_window (self), _("Export the Journal"),
                                 /* TRANSLATORS: the suggested file name of the exported journal */
                                 _("journal.csv"), _("CSV files"), "text/csv",
                                 NULL, on_export_file_chosen, g_object_ref (self));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RelasiJournalPage *self = RELASI_JOURNAL_PAGE (widget);

  edit_entry (self, selected_entry (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RelasiJournalPage *self = RELASI_JOURNAL_PAGE (widget);

  delete_entry (self, selected_entry (self));
}

static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RelasiJournalPage *self = RELASI_JOURNAL_PAGE (widget);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  GtkWidget *row = NULL;

  /* the focused row: its GtkListItemWidget holds our row */
  for (GtkWidget *w = focus; w != NULL && row == NULL; w = gtk_widget_get_parent (w))
    if (gtk_widget_get_parent (w) == GTK_WIDGET (self->list_view))
      row = gtk_widget_get_first_child (w);
  if (row != NULL && selected_entry (self) != NULL)
    show_context_menu (self, row, 48, gtk_widget_get_height (row) / 2.0);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RelasiJournalPage *self = RELASI_JOURNAL_PAGE (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  set_search (self, "");
  relasi_journal_filters_clear (self->filters);
}

/* ---- GObject -------------------------------------------------------------------- */

static void
relasi_journal_page_dispose (GObject *object)
{
  RelasiJournalPage *self = RELASI_JOURNAL_PAGE (object);
  GtkWidget *child;

  g_cancellable_cancel (self->export_cancellable);
  g_clear_handle_id (&self->sticky_idle, g_source_remove);
  g_clear_handle_id (&self->export_poll, g_source_remove);
  if (self->restore_tick != 0 && self->list_view != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->restore_tick);
  self->restore_tick = 0;
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), RELASI_TYPE_JOURNAL_PAGE);
  /* the unnamed containers of the template */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->reset);
  g_clear_object (&self->list);
  g_clear_object (&self->store);
  g_clear_object (&self->export_cancellable);

  G_OBJECT_CLASS (relasi_journal_page_parent_class)->dispose (object);
}

static void
relasi_journal_page_finalize (GObject *object)
{
  RelasiJournalPage *self = RELASI_JOURNAL_PAGE (object);

  g_strfreev (self->tokens);

  G_OBJECT_CLASS (relasi_journal_page_parent_class)->finalize (object);
}

static void
relasi_journal_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RelasiJournalPage *self = RELASI_JOURNAL_PAGE (object);

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
relasi_journal_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RelasiJournalPage *self = RELASI_JOURNAL_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      relasi_journal_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_journal_page_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  RelasiJournalPage *self = RELASI_JOURNAL_PAGE (widget);

  GTK_WIDGET_CLASS (relasi_journal_page_parent_class)->size_allocate (widget, width, height, baseline);
  if (self->context_menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->context_menu));
}

static void
relasi_journal_page_class_init (RelasiJournalPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relasi_journal_page_dispose;
  object_class->finalize = relasi_journal_page_finalize;
  object_class->get_property = relasi_journal_page_get_property;
  object_class->set_property = relasi_journal_page_set_property;
  widget_class->size_allocate = relasi_journal_page_size_allocate;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RELASI_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RELASI_TYPE_JOURNAL_FILTERS);
  g_type_ensure (RELASI_TYPE_STATUS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/relasi-journal-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalPage, export_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalPage, export_progress);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalPage, export_revealer);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalPage, filters);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalPage, no_results_page);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalPage, row_menu);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalPage, stack);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalPage, sticky_label);
  gtk_widget_class_bind_template_callback (widget_class, on_export_stop_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_filters_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);

  gtk_widget_class_install_action (widget_class, "journal.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "journal.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "journal.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "journal.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "journal.context-menu", NULL, menu_action);
  gtk_widget_class_install_action (widget_class, "journal.clear-filters", NULL, clear_filters_action);

  gtk_widget_class_set_css_name (widget_class, "journalpage");
}

static void
relasi_journal_page_init (RelasiJournalPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys;
  GtkShortcutTrigger *trigger;

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  gtk_list_view_set_factory (self->list_view, factory);

  /* Delete and the menu key act on the selected row, only while the list has focus */
  keys = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_named_action_new ("journal.delete")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_KP_Delete, 0),
                                                          gtk_named_action_new ("journal.delete")));
  trigger = gtk_alternative_trigger_new (gtk_keyval_trigger_new (GDK_KEY_Menu, 0),
                                         gtk_keyval_trigger_new (GDK_KEY_F10, GDK_SHIFT_MASK));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (trigger, gtk_named_action_new ("journal.context-menu")));
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), keys);

  /* Search and export work wherever the focus is while the page is shown (the sidebar
   * too), as on the Customers page */
  keys = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (keys), GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("journal.search")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_e, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("journal.export")));
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  self->context_menu = gtk_popover_menu_new_from_model (self->row_menu);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  g_signal_connect_swapped (gtk_scrolled_window_get_vadjustment (self->scroller), "value-changed",
                            G_CALLBACK (queue_sticky), self);
  relasi_memory_release_on_scroll (gtk_scrolled_window_get_vadjustment (self->scroller));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "journal.export", FALSE);
}

RelasiStore *
relasi_journal_page_get_store (RelasiJournalPage *self)
{
  g_return_val_if_fail (RELASI_IS_JOURNAL_PAGE (self), NULL);
  return self->store;
}

void
relasi_journal_page_set_store (RelasiJournalPage *self,
                               RelasiStore       *store)
{
  g_return_if_fail (RELASI_IS_JOURNAL_PAGE (self));
  g_return_if_fail (store == NULL || RELASI_IS_STORE (store));

  if (self->store == store)
    return;

  gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->reset);
  g_clear_object (&self->list);
  g_set_object (&self->store, store);
  relasi_journal_filters_set_store (self->filters, store);

  if (store != NULL)
    {
      self->list = relasi_journal_list_new (store);
      relasi_journal_list_set_search_text (self->list, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
      /* connected first: runs before the reload reaches the list view */
      g_signal_connect_object (self->list, "items-changed", G_CALLBACK (on_list_reloading), self,
                               G_CONNECT_SWAPPED);
      self->reset = relasi_reset_model_new (G_LIST_MODEL (self->list));
      g_signal_connect_object (self->list, "items-changed", G_CALLBACK (on_list_reloaded), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      relasi_reset_model_set_view (RELASI_RESET_MODEL (self->reset), GTK_WIDGET (self->list_view));
      self->selection = gtk_single_selection_new (g_object_ref (self->reset));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      g_signal_connect_object (self->reset, "items-changed", G_CALLBACK (on_items_changed), self,
                               G_CONNECT_SWAPPED);
      apply_filters (self);
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "journal.export", store != NULL);
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * relasi_journal_page_get_model:
 *
 * Returns: (transfer none) (nullable): the entries shown, newest first
 */
GListModel *
relasi_journal_page_get_model (RelasiJournalPage *self)
{
  g_return_val_if_fail (RELASI_IS_JOURNAL_PAGE (self), NULL);
  return self->reset;
}

/**
 * relasi_journal_page_get_filters:
 *
 * Returns: (transfer none): the filter bar
 */
RelasiJournalFilters *
relasi_journal_page_get_filters (RelasiJournalPage *self)
{
  g_return_val_if_fail (RELASI_IS_JOURNAL_PAGE (self), NULL);
  return self->filters;
}

/* Searches at once, as typing does after its short delay. */
void
relasi_journal_page_set_search_text (RelasiJournalPage *self,
                                     const char        *text)
{
  g_return_if_fail (RELASI_IS_JOURNAL_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  set_search (self, text);
}

/**
 * relasi_journal_page_get_state:
 *
 * Returns: what the page shows: "list", "no-results" (search or filters found
 *   nothing) or "empty" (the journal is empty)
 */
const char *
relasi_journal_page_get_state (RelasiJournalPage *self)
{
  g_return_val_if_fail (RELASI_IS_JOURNAL_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}
