/* bench-store.c — how fast the store is at size
 *
 * Generates (by default) 10 000 customers and 1 000 000 journal entries into a
 * temporary database with the sample-data generator (the realistic mix, through the
 * store API, one transaction), then prints medians over repeated runs of what the
 * pages do, with the targets beside them. A benchmark prints figures; it is not a
 * timed test (meson benchmark, never meson test).
 *
 *   bench-store [--entries N] [--runs R] [--keep DIR | --use DIR]
 *
 * --use DIR measures an existing database (e.g. one made by
 * "relasi --data-dir DIR --sample-data --scale 1000000") instead of generating one; it
 * adds the bulk-insert rows to it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

#include "bench-common.h"
#include "relasi-clock.h"
#include "relasi-journal-list.h"
#include "relasi-sample.h"
#include "relasi-store.h"

#define BENCH_NOW "2026-03-01T09:00:00+07:00"

static gint64 opt_entries = 1000000;
static int    opt_runs = 5;
static char  *opt_keep = NULL;
static char  *opt_use = NULL;

static void
report (const char *what,
        double      value,
        const char *unit,
        const char *target,
        gboolean    met)
{
  printf ("  %-44s %12.2f %-6s %s%s\n", what, value, unit,
          target != NULL ? target : "",
          target != NULL ? (met ? "  ok" : "  MISSED") : "");
}

/* ---- the queries of the search figure ---------------------------------------------- */

static GPtrArray *
make_queries (void)
{
  static const char *const fixed[] = {
    /* prefix words as they are typed */
    "r", "ro", "rot", "roti", "roti t", "roti ta", "nas", "nastar", "kas", "kue", "kue ul",
    "snack", "snack b", "brow", "lapis", "tump", "donat", "bolu", "pand", "sus",
    /* names and companies */
    "Siti", "Rahmawati", "Siti Rahmawati", "Budi", "Santoso", "Dewi Lestari", "Hotel", "PT Sinar",
    "Kopi Senja", "Bambang", "Wijaya", "Nugroho", "Halim", "Maria Tan", "Gede",
    /* several words */
    "roti tawar gandum", "snack box rapat", "pesan nasi kotak", "terima kasih", "kue ulang tahun",
    "terlambat diantar", "salah tulis nama", "menjawab keluhan", "penawaran harga katering",
    "kotak kue penyok", "lebaran hampers", "tes rasa pernikahan", "arisan bolu",
    /* rare and absent words */
    "berjamur", "QRIS", "gluten", "vegetarian", "stempel", "zzzz", "xylofon", "kedaluwarsa",
    /* hostile strings */
    "\"", "\"\"", "*", "**", "AND", "OR", "NOT", "NEAR(", "NEAR(roti kue, 2)", "-", "--", "roti OR",
    "a\"b*c", "()", "(roti", "roti)", "^roti", "summary:roti", "' OR 1=1 --", "%", "_", "\\",
    "😀", "ü", "🎂 kue", "\t\n", "   ", "roti*kue", "roti -kue", "{summary}: x", "NEAR", "\x01",
  };
  GPtrArray *queries = g_ptr_array_new_with_free_func (g_free);
  GString *long_text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    g_ptr_array_add (queries, g_strdup (fixed[i]));
  for (guint i = 0; i < 10000; i++)
    g_string_append_c (long_text, "roti kue "[i % 9]);
  g_ptr_array_add (queries, g_string_free (long_text, FALSE));
  while (queries->len < 100)
    g_ptr_array_add (queries, g_strdup_printf ("pesan %u", queries->len));
  return queries;
}

/* ---- main --------------------------------------------------------------------------- */

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RelasiStore) store = NULL;
  g_autoptr(GPtrArray) queries = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db_path = NULL;
  RelasiSampleResult made = { 0 };
  RelasiStoreCounts counts;
  GStatBuf st;
  gint64 start, size = 0;
  double fill_s;
  guint n_items;
  const GOptionEntry entries[] = {
    { "entries", 'n', 0, G_OPTION_ARG_INT64, &opt_entries, "About N journal entries (customers: N / 100)", "N" },
    { "runs", 'r', 0, G_OPTION_ARG_INT, &opt_runs, "Repeat each measurement R times", "R" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &opt_keep, "Make the database in DIR and keep it", "DIR" },
    { "use", 0, 0, G_OPTION_ARG_FILENAME, &opt_use, "Measure the existing database in DIR", "DIR" },
    { NULL }
  };

  context = g_option_context_new ("— benchmark the Relasi store");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      opt_entries < 1000 || opt_entries > RELASI_SAMPLE_MAX_ENTRIES || opt_runs < 1 || opt_runs > 1000)
    {
      g_printerr ("bench-store: %s\n", error != NULL ? error->message
                                                    : "--entries must be 1000 .. 10000000, --runs 1 .. 1000");
      return 2;
    }

  g_setenv ("RELASI_NOW", BENCH_NOW, TRUE);
  bench_check (relasi_clock_init (&error), error);

  if (opt_use != NULL)
    {
      opt_keep = g_strdup (opt_use);
      dir = g_strdup (opt_use);
    }
  else if (opt_keep != NULL)
    {
      dir = g_strdup (opt_keep);
      bench_check (g_mkdir_with_parents (dir, 0700) == 0, NULL);
    }
  else
    {
      dir = g_dir_make_tmp ("relasi-bench-XXXXXX", &error);
      bench_check (dir != NULL, error);
    }
  db_path = g_build_filename (dir, "relasi.db", NULL);

  printf ("Relasi store benchmark: about %" G_GINT64_FORMAT " journal entries, %d runs each, SQLite %s\n",
          opt_entries, opt_runs, sqlite3_libversion ());
  printf ("  database: %s\n\n", db_path);

  /* ---- generating the data ---- */
  store = relasi_store_open (dir, &error);
  bench_check (store != NULL, error);
  start = g_get_monotonic_time ();
  if (opt_use == NULL)
    bench_check (relasi_sample_fill (store, (guint64) opt_entries, &made, &error), error);
  fill_s = bench_ms_since (start) / 1000.0;
  bench_check (relasi_store_get_counts (store, &counts, &error), error);
  if (opt_use != NULL)
    {
      made.customers = (guint) counts.customers;
      made.interactions = 0;
    }
  printf ("Data: %" G_GINT64_FORMAT " customers, %" G_GINT64_FORMAT " journal entries, %" G_GINT64_FORMAT
          " reminders, %" G_GINT64_FORMAT " cases\n",
          counts.customers, counts.interactions, counts.reminders, counts.cases);
  if (opt_use == NULL)
    printf ("  sample data (realistic mix with its rules, one transaction): %.1f s, %.0f entries/s\n",
            fill_s, (double) made.interactions / fill_s);
  printf ("\n");

  printf ("%-46s %12s %-6s %s\n", "  measurement (median unless said)", "value", "unit", "target");

  /* ---- bulk insert: plain entries through the store API, one transaction each run ---- */
  {
    g_autoptr(GArray) rates = g_array_new (FALSE, FALSE, sizeof (double));
    const guint rows = 20000;
    static const RelasiInteractionKind kinds[] = {
      RELASI_INTERACTION_KIND_MESSAGE, RELASI_INTERACTION_KIND_CALL, RELASI_INTERACTION_KIND_NOTE,
      RELASI_INTERACTION_KIND_FEEDBACK, RELASI_INTERACTION_KIND_EMAIL,
    };

    for (int run = 0; run < opt_runs; run++)
      {
        gint64 now = relasi_clock_now ();

        start = g_get_monotonic_time ();
        bench_check (relasi_store_batch_begin (store, &error), error);
        for (guint i = 0; i < rows; i++)
          {
            g_autoptr(RelasiInteraction) entry = relasi_interaction_new ();
            g_autofree char *summary = g_strdup_printf ("Tanya ketersediaan roti tawar gandum nomor %u", i);

            relasi_interaction_set_customer_id (entry, 1 + (gint64) (i % made.customers));
            relasi_interaction_set_kind (entry, kinds[i % G_N_ELEMENTS (kinds)]);
            relasi_interaction_set_occurred_at (entry, now - (gint64) (i % 86400));
            relasi_interaction_set_summary (entry, summary);
            bench_check (relasi_store_add_interaction (store, entry, &error), error);
          }
        bench_check (relasi_store_batch_commit (store, &error), error);
        g_array_append_val (rates, (double) { rows / (bench_ms_since (start) / 1000.0) });
      }
    report ("bulk insert (20 000 entries a transaction)", bench_percentile (rates, 0.5), "rows/s",
            ">= 100000", bench_percentile (rates, 0.5) >= 100000);
  }

  /* ---- cold open: a new connection, schema check, health refresh ---- */
  {
    g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

    g_clear_object (&store);
    for (int run = 0; run < opt_runs; run++)
      {
        relasi_clock_advance (3600);   /* an hour later: the health scores are stale */
        start = g_get_monotonic_time ();
        store = relasi_store_open (dir, &error);
        bench_check (store != NULL, error);
        g_array_append_val (times, (double) { bench_ms_since (start) });
        if (run + 1 < opt_runs)
          g_clear_object (&store);
      }
    report ("open the database (with health refresh)", bench_percentile (times, 0.5), "ms", NULL, TRUE);
  }

  /* ---- the summary figures ---- */
  {
    g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
    RelasiStoreSummary summary;

    for (int run = 0; run < opt_runs * 4; run++)
      {
        start = g_get_monotonic_time ();
        bench_check (relasi_store_get_summary (store, &summary, &error), error);
        g_array_append_val (times, (double) { bench_ms_since (start) });
      }
    report ("summary figures (get_summary)", bench_percentile (times, 0.5), "ms", "<= 30", bench_percentile (times, 0.5) <= 30);
    printf ("    complaints awaiting %" G_GINT64_FORMAT " (overdue %" G_GINT64_FORMAT "), thank-yous overdue %"
            G_GINT64_FORMAT ", promises due %" G_GINT64_FORMAT " / overdue %" G_GINT64_FORMAT ", drifting %"
            G_GINT64_FORMAT ", health %" G_GINT64_FORMAT "/%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT
            ", active %" G_GINT64_FORMAT ", lost %" G_GINT64_FORMAT "\n",
            summary.complaints_awaiting_answer, summary.complaints_overdue, summary.overdue_thank_yous,
            summary.promises_due_soon, summary.promises_overdue, summary.drifting_customers,
            summary.health_good, summary.health_fair, summary.health_poor,
            summary.active_customers, summary.lost_customers);
  }

  /* ---- journal pages: a fresh list each run, then the first page, the middle, the end ---- */
  {
    g_autoptr(GArray) count_times = g_array_new (FALSE, FALSE, sizeof (double));
    g_autoptr(GArray) first = g_array_new (FALSE, FALSE, sizeof (double));
    g_autoptr(GArray) middle = g_array_new (FALSE, FALSE, sizeof (double));
    g_autoptr(GArray) end = g_array_new (FALSE, FALSE, sizeof (double));
    g_autoptr(GArray) next = g_array_new (FALSE, FALSE, sizeof (double));
    double worst;

    n_items = 0;
    for (int run = 0; run < opt_runs; run++)
      {
        g_autoptr(RelasiJournalList) list = NULL;
        gpointer item;

        start = g_get_monotonic_time ();
        list = relasi_journal_list_new (store);
        n_items = g_list_model_get_n_items (G_LIST_MODEL (list));
        g_array_append_val (count_times, (double) { bench_ms_since (start) });
        g_assert (n_items > 2 * 100);

        start = g_get_monotonic_time ();
        item = g_list_model_get_item (G_LIST_MODEL (list), 0);
        g_array_append_val (first, (double) { bench_ms_since (start) });
        g_clear_object (&item);

        start = g_get_monotonic_time ();
        item = g_list_model_get_item (G_LIST_MODEL (list), n_items / 2);
        g_array_append_val (middle, (double) { bench_ms_since (start) });
        g_clear_object (&item);

        /* the page after the middle: what scrolling on costs */
        start = g_get_monotonic_time ();
        item = g_list_model_get_item (G_LIST_MODEL (list), n_items / 2 + 100);
        g_array_append_val (next, (double) { bench_ms_since (start) });
        g_clear_object (&item);

        start = g_get_monotonic_time ();
        item = g_list_model_get_item (G_LIST_MODEL (list), n_items - 1);
        g_array_append_val (end, (double) { bench_ms_since (start) });
        g_assert_nonnull (item);
        g_clear_object (&item);
      }
    report ("journal: open the list (count)", bench_percentile (count_times, 0.5), "ms", NULL, TRUE);
    report ("journal: first page", bench_percentile (first, 0.5), "ms", "<= 5", bench_percentile (first, 0.5) <= 5);
    report ("journal: page in the middle (a jump)", bench_percentile (middle, 0.5), "ms", "<= 5",
            bench_percentile (middle, 0.5) <= 5);
    report ("journal: the next page after the middle", bench_percentile (next, 0.5), "ms", "<= 5",
            bench_percentile (next, 0.5) <= 5);
    report ("journal: last page (a jump)", bench_percentile (end, 0.5), "ms", "<= 5", bench_percentile (end, 0.5) <= 5);
    worst = MAX (MAX (bench_percentile (first, 1.0), bench_percentile (middle, 1.0)), MAX (bench_percentile (end, 1.0), bench_percentile (next, 1.0)));
    report ("journal: slowest page of all runs", worst, "ms", "<= 5", worst <= 5);
  }

  /* ---- search: 100 queries through the journal list's filter, first page each ---- */
  {
    g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
    g_autoptr(RelasiJournalList) list = relasi_journal_list_new (store);
    double slowest = 0;
    const char *slowest_query = NULL;

    queries = make_queries ();
    for (int run = 0; run < opt_runs; run++)
      for (guint q = 0; q < queries->len; q++)
        {
          gpointer item;
          double t;

          relasi_journal_list_set_search_text (list, NULL);
          start = g_get_monotonic_time ();
          relasi_journal_list_set_search_text (list, g_ptr_array_index (queries, q));
          if (g_list_model_get_n_items (G_LIST_MODEL (list)) > 0)
            {
              item = g_list_model_get_item (G_LIST_MODEL (list), 0);
              g_clear_object (&item);
            }
          t = bench_ms_since (start);
          g_array_append_val (times, t);
          if (t > slowest)
            {
              slowest = t;
              slowest_query = g_ptr_array_index (queries, q);
            }
        }
    report ("search p50 (100 queries, count + first page)", bench_percentile (times, 0.5), "ms", NULL, TRUE);
    report ("search p95", bench_percentile (times, 0.95), "ms", "<= 20", bench_percentile (times, 0.95) <= 20);
    report ("search slowest", slowest, "ms", NULL, TRUE);
    printf ("    slowest query: “%.40s”\n", slowest_query != NULL ? slowest_query : "");
  }

  /* ---- health for all customers ---- */
  {
    g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

    for (int run = 0; run < opt_runs; run++)
      {
        relasi_clock_advance (6 * 3600);
        start = g_get_monotonic_time ();
        bench_check (relasi_store_refresh_health (store, &error), error);
        g_array_append_val (times, (double) { bench_ms_since (start) });
      }
    report ("health score, all customers (refresh_health)", bench_percentile (times, 0.5), "ms", NULL, TRUE);
  }

  /* ---- size ---- */
  g_clear_object (&store);
  if (g_stat (db_path, &st) == 0)
    size = st.st_size;
  report ("database size", (double) size / (1024.0 * 1024.0), "MiB", NULL, TRUE);
  printf ("    %.0f bytes per journal entry\n", (double) size / (double) MAX (counts.interactions, 1));

  if (opt_keep == NULL)
    {
      const char *names[] = { "relasi.db", "relasi.db-wal", "relasi.db-shm" };
      g_autofree char *backups = g_build_filename (dir, "backups", NULL);

      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          g_autofree char *path = g_build_filename (dir, names[i], NULL);

          g_unlink (path);
        }
      g_rmdir (backups);
      g_rmdir (dir);
    }
  g_free (opt_keep);
  g_free (opt_use);
  return 0;
}
