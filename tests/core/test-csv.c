/* test-csv.c — CSV cells, formula neutralisation, and the journal export read back by
 * Python's csv module (an independent RFC 4180 reader)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "relasi-clock.h"
#include "relasi-csv.h"
#include "relasi-journal-list.h"
#include "relasi-test-util.h"

static char *
cell (const char *text)
{
  g_autoptr(GString) row = g_string_new (NULL);

  relasi_csv_append_text (row, text);
  return g_string_free (g_steal_pointer (&row), FALSE);
}

static void
test_quoting (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "plain", "plain" },
    { "Toko Roti Sari", "Toko Roti Sari" },
    { "a,b", "\"a,b\"" },
    { "say \"hi\"", "\"say \"\"hi\"\"\"" },
    { "two\nlines", "\"two\nlines\"" },
    { "cr\r\nlf", "\"cr\r\nlf\"" },
    { " padded ", "\" padded \"" },
    { "", "\"\"" },
    { "kué 🍰", "kué 🍰" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = cell (cases[i].in);
      g_assert_cmpstr (out, ==, cases[i].out);
    }

  /* a row: commas between cells, CRLF at the end, an empty cell in the middle */
  {
    g_autoptr(GString) row = g_string_new (NULL);

    relasi_csv_append_text (row, "a");
    relasi_csv_append_text (row, "");
    relasi_csv_append_raw (row, "-2");
    relasi_csv_end_row (row);
    relasi_csv_append_text (row, "");
    relasi_csv_append_text (row, "b");
    relasi_csv_end_row (row);
    g_assert_cmpstr (row->str, ==, "a,,-2\r\n\"\",b\r\n");
  }
}

static void
test_neutralise (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "=1+1", "\"'=1+1\"" },
    { "+62 812", "\"'+62 812\"" },
    { "-5", "\"'-5\"" },
    { "@SUM(A1:A2)", "\"'@SUM(A1:A2)\"" },
    { "\tx", "\"'\tx\"" },
    { "\rx", "\"'\rx\"" },
    { "=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"" },
    { "a=b", "a=b" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = cell (cases[i].in);
      g_assert_cmpstr (out, ==, cases[i].out);
    }

  g_assert_true (relasi_csv_needs_neutralising ("=x"));
  g_assert_false (relasi_csv_needs_neutralising ("x="));
  g_assert_false (relasi_csv_needs_neutralising (NULL));

  /* our own numbers are not text and stay numbers */
  {
    g_autoptr(GString) row = g_string_new (NULL);
    relasi_csv_append_raw (row, "-2");
    g_assert_cmpstr (row->str, ==, "-2");
  }
}

/* Reads @path with Python's csv module; returns rows of cells. */
static GPtrArray *
parse_with_python (const char *path)
{
  static const char script[] =
    "import csv, sys\n"
    "out = sys.stdout.buffer\n"
    "with open(sys.argv[1], newline='', encoding='utf-8', errors='strict') as f:\n"
    "    for row in csv.reader(f):\n"
    "        out.write(b'%d\\n' % len(row))\n"
    "        for c in row:\n"
    "            b = c.encode('utf-8')\n"
    "            out.write(b'%d:' % len(b) + b)\n";
  const char *argv[] = { "/usr/bin/python3", "-c", script, path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  int status = 0;
  const char *p;

  if (!g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE))
    return NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("python could not read the CSV: %s", err);

  for (p = out; *p != '\0'; )
    {
      GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
      guint64 n = g_ascii_strtoull (p, (char **) &p, 10);

      g_assert_true (*p == '\n');
      p++;
      for (guint64 c = 0; c < n; c++)
        {
          guint64 len = g_ascii_strtoull (p, (char **) &p, 10);

          g_assert_true (*p == ':');
          p++;
          g_ptr_array_add (row, g_strndup (p, len));
          p += len;
        }
      g_ptr_array_add (rows, row);
    }
  return g_steal_pointer (&rows);
}

static const char *
cell_at (GPtrArray *rows, guint r, guint c)
{
  GPtrArray *row = g_ptr_array_index (rows, r);

  g_assert_cmpuint (c, <, row->len);
  return g_ptr_array_index (row, c);
}

static void
test_export_round_trip (Fixture       *f,
                        gconstpointer  data)
{
  static const char *const summaries[] = {
    "=cmd|' /C calc'!A0",
    "+62 812 3456",
    "-5% off, next time",
    "@admin said \"no\"",
    "Roti \"sobek\", 2 loaves",
    "kué lapis 🍰 — enak",
  };
  g_autoptr(RelasiCustomer) customer = test_add_customer (f->store, "=Bu Ani, \"Toko\"");
  g_autoptr(RelasiCustomer) other = test_add_customer (f->store, "Pak Budi");
  g_autofree char *path = g_build_filename (f->dir, "journal.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  RelasiJournalExportFilter filter = { 0 };
  guint64 n_rows = 0;

  for (guint i = 0; i < G_N_ELEMENTS (summaries); i++)
    {
      g_autoptr(RelasiInteraction) entry = relasi_interaction_new ();

      relasi_clock_advance (60);
      relasi_interaction_set_customer_id (entry, relasi_customer_get_id (customer));
      relasi_interaction_set_kind (entry, RELASI_INTERACTION_KIND_NOTE);
      relasi_interaction_set_summary (entry, summaries[i]);
      relasi_interaction_set_details (entry, i == 0 ? "line one\nline two, with comma" : NULL);
      relasi_interaction_set_sentiment (entry, (int) i % 5 - 2);
      g_assert_true (relasi_store_add_interaction (f->store, entry, &error));
      g_assert_no_error (error);
    }
  g_object_unref (test_log (f->store, relasi_customer_get_id (other), RELASI_INTERACTION_KIND_CALL, "Called"));

  /* only the first customer's entries */
  filter.customer_id = relasi_customer_get_id (customer);
  g_assert_true (relasi_csv_export_journal (f->store, &filter, file, NULL, NULL, &n_rows, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, G_N_ELEMENTS (summaries));

  rows = parse_with_python (path);
  if (rows == NULL)
    {
      g_test_skip ("no /usr/bin/python3");
      return;
    }
  g_assert_cmpuint (rows->len, ==, 1 + G_N_ELEMENTS (summaries));
  g_assert_cmpstr (cell_at (rows, 0, 0), ==, "Date");
  g_assert_cmpstr (cell_at (rows, 0, 3), ==, "Summary");

  /* newest first: row 1 holds the last summary */
  for (guint i = 0; i < G_N_ELEMENTS (summaries); i++)
    {
      const char *summary = cell_at (rows, 1 + G_N_ELEMENTS (summaries) - 1 - i, 3);
      g_autofree char *expected = relasi_csv_needs_neutralising (summaries[i])
                                  ? g_strconcat ("'", summaries[i], NULL) : g_strdup (summaries[i]);

      g_assert_cmpstr (summary, ==, expected);
      g_assert_cmpstr (cell_at (rows, 1 + G_N_ELEMENTS (summaries) - 1 - i, 1), ==, "'=Bu Ani, \"Toko\"");
    }
  g_assert_cmpstr (cell_at (rows, G_N_ELEMENTS (summaries), 4), ==, "line one\nline two, with comma");
  /* moods are numbers, not neutralised */
  g_assert_cmpstr (cell_at (rows, G_N_ELEMENTS (summaries), 5), ==, "-2");

  /* the mood filter */
  filter.sentiments = RELASI_SENTIMENT_BIT (-2);
  g_assert_true (relasi_csv_export_journal (f->store, &filter, file, NULL, NULL, &n_rows, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 2);   /* i = 0 and i = 5 */

  /* search and a hostile search */
  filter.sentiments = 0;
  filter.search_text = "sobek";
  g_assert_true (relasi_csv_export_journal (f->store, &filter, file, NULL, NULL, &n_rows, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 1);
  filter.search_text = "\"NEAR( * - 🍰";
  g_assert_true (relasi_csv_export_journal (f->store, &filter, file, NULL, NULL, &n_rows, NULL, &error));
  g_assert_no_error (error);
}

static void
count_progress (guint64 done, guint64 total, gpointer user_data)
{
  guint *calls = user_data;

  g_assert_cmpuint (done, <=, total);
  (*calls)++;
}

static void
test_export_cancel_keeps_file (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(RelasiCustomer) customer = test_add_customer (f->store, "Bu Sari");
  g_autofree char *path = g_build_filename (f->dir, "keep.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  RelasiJournalExportFilter filter = { 0 };
  guint calls = 0;

  g_assert_true (relasi_store_batch_begin (f->store, &error));
  for (guint i = 0; i < 1200; i++)
    g_object_unref (test_log (f->store, relasi_customer_get_id (customer), RELASI_INTERACTION_KIND_NOTE, "Note"));
  g_assert_true (relasi_store_batch_commit (f->store, &error));

  g_assert_true (g_file_set_contents (path, "old", -1, &error));
  g_cancellable_cancel (cancellable);
  g_assert_false (relasi_csv_export_journal (f->store, &filter, file, NULL, NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");

  g_clear_error (&error);
  g_assert_true (relasi_csv_export_journal (f->store, &filter, file, count_progress, &calls, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (calls, >=, 2);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/quoting", test_quoting);
  g_test_add_func ("/csv/neutralise", test_neutralise);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/csv/export-round-trip", test_export_round_trip);
  ADD ("/csv/export-cancel-keeps-file", test_export_cancel_keeps_file);
#undef ADD

  return g_test_run ();
}
