/* relasi-csv.h — CSV files a spreadsheet opens safely (RFC 4180)
 *
 * Cells are UTF-8, separated by commas, rows end with CRLF. A cell is quoted when it
 * holds a comma, a double quote (doubled inside), a line break or leading or trailing
 * white space. Text cells that a spreadsheet would run as a formula — those starting
 * with "=", "+", "-", "@", a tab or a carriage return — get a leading apostrophe ("'")
 * so they are shown as text (OWASP's "CSV injection" advice). Numbers and dates that
 * Relasi itself writes are not text cells and are left alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "relasi-journal-list.h"
#include "relasi-store.h"

G_BEGIN_DECLS

/* Which journal entries a CSV export holds: the same filters as the journal page. */
typedef struct {
  gint64      customer_id;   /* 0 for all */
  guint       kinds;         /* RELASI_KIND_BIT()s, 0 for all */
  gint64      since;         /* 0 for no limit */
  gint64      until;         /* 0 for no limit */
  const char *search_text;   /* nullable */
  gboolean    open_only;
  guint       sentiments;    /* RELASI_SENTIMENT_BIT()s, 0 for all */
} RelasiJournalExportFilter;

/* Called now and then from the exporting thread. */
typedef void (*RelasiCsvProgressFunc) (guint64  done,
                                       guint64  total,
                                       gpointer user_data);

gboolean relasi_csv_needs_neutralising (const char *text);
void     relasi_csv_append_text        (GString    *row,
                                        const char *text);
void     relasi_csv_append_raw         (GString    *row,
                                        const char *value);
void     relasi_csv_end_row            (GString    *row);

gboolean relasi_csv_export_journal     (RelasiStore                      *store,
                                        const RelasiJournalExportFilter  *filter,
                                        GFile                            *file,
                                        RelasiCsvProgressFunc             progress,
                                        gpointer                          user_data,
                                        guint64                          *n_rows,
                                        GCancellable                     *cancellable,
                                        GError                          **error);

G_END_DECLS
