/* relasi-csv.c — see relasi-csv.h
 *
 * The journal export reads through a RelasiJournalList (page by page, the same query
 * as the journal page) inside one read transaction, so the file is one consistent
 * snapshot even while the main window keeps writing, and memory stays flat at any
 * size. It runs on whatever thread owns @store: the app passes a worker store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "relasi-csv.h"
#include "relasi-journal-list.h"
#include "relasi-store-private.h"

#define FLUSH_BYTES (64 * 1024)

/**
 * relasi_csv_needs_neutralising:
 * @text: (nullable): a cell
 *
 * Returns: %TRUE when a spreadsheet could read @text as a formula
 */
gboolean
relasi_csv_needs_neutralising (const char *text)
{
  if (text == NULL)
    return FALSE;
  return text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
         text[0] == '\t' || text[0] == '\r';
}

static gboolean
at_row_start (GString *row)
{
  return row->len == 0 ||
         (row->len >= 2 && row->str[row->len - 2] == '\r' && row->str[row->len - 1] == '\n');
}

static void
append_cell (GString    *row,
             const char *text,
             gboolean    neutralise)
{
  g_autofree char *valid = NULL;
  gboolean quote;
  gsize len;

  if (!at_row_start (row))
    g_string_append_c (row, ',');

  if (text == NULL)
    text = "";
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  len = strlen (text);
  if (len == 0)
    {
      /* an empty first cell would make an empty line, which readers skip */
      if (at_row_start (row))
        g_string_append (row, "\"\"");
      return;
    }

  neutralise = neutralise && relasi_csv_needs_neutralising (text);
  quote = neutralise || strpbrk (text, ",\"\r\n") != NULL ||
          g_ascii_isspace (text[0]) || g_ascii_isspace (text[len - 1]);

  if (!quote)
    {
      g_string_append_len (row, text, len);
      return;
    }

  g_string_append_c (row, '"');
  if (neutralise)
    g_string_append_c (row, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (row, '"');
      g_string_append_c (row, *p);
    }
  g_string_append_c (row, '"');
}

/**
 * relasi_csv_append_text:
 * @row: the file so far
 * @text: (nullable): a cell someone typed; formula-like text is neutralised
 *
 * Appends a cell (and the comma before it, unless it starts a row).
 */
void
relasi_csv_append_text (GString    *row,
                        const char *text)
{
  g_return_if_fail (row != NULL);
  append_cell (row, text, TRUE);
}

/**
 * relasi_csv_append_raw:
 * @row: the file so far
 * @value: (nullable): a number or date Relasi wrote itself; quoted when needed but
 *   never neutralised (so "-2" stays a number)
 */
void
relasi_csv_append_raw (GString    *row,
                       const char *value)
{
  g_return_if_fail (row != NULL);
  append_cell (row, value, FALSE);
}

void
relasi_csv_end_row (GString *row)
{
  g_return_if_fail (row != NULL);
  g_string_append (row, "\r\n");
}

static char *
format_time (gint64 utc)
{
  g_autoptr(GDateTime) utc_time = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (utc <= 0)
    return g_strdup ("");
  utc_time = g_date_time_new_from_unix_utc (utc);
  if (utc_time == NULL)
    return g_strdup ("");
  local = g_date_time_to_local (utc_time);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static void
append_interaction (GString           *out,
                    RelasiInteraction *i)
{
  g_autofree char *occurred = format_time (relasi_interaction_get_occurred_at (i));
  g_autofree char *due = format_time (relasi_interaction_get_due_at (i));
  char sentiment[8];
  char amount[G_ASCII_DTOSTR_BUF_SIZE] = "";
  RelasiInteractionKind kind = relasi_interaction_get_kind (i);
  RelasiPromiseOutcome outcome = relasi_interaction_get_outcome (i);

  g_snprintf (sentiment, sizeof sentiment, "%d", relasi_interaction_get_sentiment (i));
  if (relasi_interaction_get_amount (i) > 0)
    g_ascii_formatd (amount, sizeof amount, "%.2f", relasi_interaction_get_amount (i));

  relasi_csv_append_raw (out, occurred);
  relasi_csv_append_text (out, relasi_interaction_get_customer_name (i));
  relasi_csv_append_text (out, relasi_interaction_kind_get_label (kind));
  relasi_csv_append_text (out, relasi_interaction_get_summary (i));
  relasi_csv_append_text (out, relasi_interaction_get_details (i));
  relasi_csv_append_raw (out, sentiment);
  relasi_csv_append_raw (out, amount);
  relasi_csv_append_raw (out, kind == RELASI_INTERACTION_KIND_PROMISE ? due : "");
  relasi_csv_append_text (out, kind == RELASI_INTERACTION_KIND_PROMISE
                               ? relasi_promise_outcome_get_label (outcome) : "");
  relasi_csv_end_row (out);
}

static gboolean
flush (GOutputStream  *stream,
       GString        *out,
       GCancellable   *cancellable,
       GError        **error)
{
  if (!g_output_stream_write_all (stream, out->str, out->len, NULL, cancellable, error))
    return FALSE;
  g_string_truncate (out, 0);
  return TRUE;
}

/**
 * relasi_csv_export_journal:
 * @store: the store to read (on its own thread; the app passes a worker store)
 * @filter: which entries
 * @file: where to write; replaced atomically, so a failed export leaves the old file
 * @progress: (nullable): called every few hundred rows
 * @user_data: for @progress
 * @n_rows: (out) (optional): how many entries were written
 * @cancellable: (nullable): stops the export; the file is then left untouched
 * @error: return location for an error
 *
 * Writes a header row and one row per entry, the newest first: date, customer, kind,
 * summary, details, mood, amount, due date and outcome of a promise.
 */
gboolean
relasi_csv_export_journal (RelasiStore                      *store,
                           const RelasiJournalExportFilter  *filter,
                           GFile                            *file,
                           RelasiCsvProgressFunc             progress,
                           gpointer                          user_data,
                           guint64                          *n_rows,
                           GCancellable                     *cancellable,
                           GError                          **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(RelasiJournalList) list = NULL;
  g_autoptr(GString) out = NULL;
  guint64 written = 0;
  guint n_items;
  gboolean ok = FALSE;

  g_return_val_if_fail (RELASI_IS_STORE (store), FALSE);
  g_return_val_if_fail (filter != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, cancellable, error);
  if (stream == NULL)
    return FALSE;

  /* one snapshot for the whole file */
  if (!relasi_store_exec (store, "BEGIN", error))
    goto out;

  list = g_object_new (RELASI_TYPE_JOURNAL_LIST,
                       "store", store,
                       "customer-id", filter->customer_id,
                       "kinds", filter->kinds,
                       "since", filter->since,
                       "until", filter->until,
                       "open-only", filter->open_only,
                       "sentiments", filter->sentiments,
                       "search-text", filter->search_text,
                       "count-all", TRUE,
                       NULL);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (list));

  out = g_string_sized_new (FLUSH_BYTES + 4096);
  /* TRANSLATORS: the header row of the journal exported as CSV */
  relasi_csv_append_text (out, C_("csv", "Date"));
  relasi_csv_append_text (out, C_("csv", "Customer"));
  relasi_csv_append_text (out, C_("csv", "Kind"));
  relasi_csv_append_text (out, C_("csv", "Summary"));
  relasi_csv_append_text (out, C_("csv", "Details"));
  relasi_csv_append_text (out, C_("csv", "Mood"));
  relasi_csv_append_text (out, C_("csv", "Amount"));
  relasi_csv_append_text (out, C_("csv", "Due"));
  relasi_csv_append_text (out, C_("csv", "Outcome"));
  relasi_csv_end_row (out);

  for (guint pos = 0; pos < n_items; pos++)
    {
      g_autoptr(RelasiInteraction) item = g_list_model_get_item (G_LIST_MODEL (list), pos);

      if (item == NULL)
        break;
      append_interaction (out, item);
      written++;

      if (out->len >= FLUSH_BYTES && !flush (G_OUTPUT_STREAM (stream), out, cancellable, error))
        goto out;
      if (pos % 500 == 499)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            goto out;
          if (progress != NULL)
            progress (pos + 1, n_items, user_data);
        }
    }

  if (!flush (G_OUTPUT_STREAM (stream), out, cancellable, error))
    goto out;
  if (progress != NULL)
    progress (n_items, n_items, user_data);
  ok = TRUE;

out:
  g_clear_object (&list);
  if (!sqlite3_get_autocommit (store->db))
    relasi_store_exec (store, "COMMIT", NULL);
  if (ok)
    ok = g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error);
  else
    {
      /* cancelling the close keeps the old file (or none) in place */
      g_autoptr(GCancellable) abort = g_cancellable_new ();

      g_cancellable_cancel (abort);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abort, NULL);
    }
  if (ok && n_rows != NULL)
    *n_rows = written;
  return ok;
}
