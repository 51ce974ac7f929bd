/* bench-journal.c — the Journal page at size: the first page drawn, search from a key
 * press to the results drawn, and memory after scrolling from the top to the bottom
 *
 * Fills (by default) 1 000 000 journal entries through the sample-data generator into a
 * temporary database, or measures --use DIR, then shows the real RelasiJournalPage in a
 * window. Times end when the window has painted (GdkFrameClock::after-paint). Memory is
 * the process's resident set (VmRSS), compared with the same process showing an empty
 * GTK 4 window first. Needs a display (tests/run-with-display).
 *
 *   bench-journal [--entries N] [--runs R] [--keep DIR | --use DIR] [--open-only | --search-only]
 *
 * A benchmark prints figures; it is not a timed test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <malloc.h>

#include "bench-common.h"
#include "relasi-clock.h"
#include "relasi-journal-list.h"
#include "relasi-journal-page.h"
#include "relasi-sample.h"
#include "relasi-store.h"
#include "relasi-test-util.h"

#define BENCH_NOW "2026-03-01T09:00:00+07:00"

static gint64 opt_entries = 1000000;
static int    opt_runs = 5;
static char  *opt_keep = NULL;
static char  *opt_use = NULL;
static gboolean opt_remove = FALSE;
static gboolean opt_open_only = FALSE;
static gboolean opt_search_only = FALSE;

static GtkWidget *window;
static guint      paints;

static void
report (const char *what,
        GArray     *values)
{
  printf ("  %-52s median %8.2f ms  p95 %8.2f  max %8.2f  (n=%u)\n", what,
          bench_percentile (values, 0.5), bench_percentile (values, 0.95), bench_percentile (values, 1.0), values->len);
}

/* A line of /proc/self/status in MB: "VmRSS" (the resident set), "RssAnon" (its heap part). */
static double
status_mb (const char *key)
{
  g_autofree char *status = NULL;
  g_autofree char *field = g_strconcat (key, ":", NULL);
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, field)) == NULL)
    return 0;
  return g_ascii_strtod (line + strlen (field), NULL) / 1024.0;
}

static double
rss_mb (void)
{
  return status_mb ("VmRSS");
}

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       data)
{
  paints++;
}

static void
wait_for_paint (void)
{
  guint before = paints;

  gtk_widget_queue_draw (window);
  while (paints == before)
    g_main_context_iteration (NULL, TRUE);
}

static GtkAdjustment *
page_adjustment (RelasiJournalPage *page)
{
  GtkWidget *scroller = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), RELASI_TYPE_JOURNAL_PAGE,
                                                                   "scroller"));

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

/* Each word as typed letter by letter: the query (the page's search: FTS, count, the
 * first page) and the query until the rows are painted. */
static void
bench_search (RelasiJournalPage *page)
{
  static const char *const words[] = { "roti", "kue", "terlambat", "snack box", "kirim", "lapis legit",
                                       "pesan", "bonus", "nasi", "zz" };
  g_autoptr(GArray) model = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) query = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(RelasiJournalList) alone = relasi_journal_list_new (relasi_journal_page_get_store (page));

  /* the store's query alone: the paged list's count and its first page */
  for (int run = 0; run < opt_runs; run++)
    for (guint i = 0; i < G_N_ELEMENTS (words); i++)
      for (gsize len = 1; len <= strlen (words[i]); len++)
        {
          g_autofree char *typed = g_strndup (words[i], len);
          g_autoptr(GObject) first = NULL;
          gint64 start = g_get_monotonic_time ();
          double ms;

          relasi_journal_list_set_search_text (alone, typed);
          first = g_list_model_get_item (G_LIST_MODEL (alone), 0);
          ms = bench_ms_since (start);
          g_array_append_val (model, ms);
          if (g_getenv ("BENCH_SLOW") != NULL && ms > 10)
            printf ("    slow query: “%s” %.1f ms\n", typed, ms);
        }
  report ("search: the query alone (count + first page)", model);

  for (int run = 0; run < opt_runs; run++)
    for (guint i = 0; i < G_N_ELEMENTS (words); i++)
      {
        for (gsize len = 1; len <= strlen (words[i]); len++)
          {
            g_autofree char *typed = g_strndup (words[i], len);
            gint64 start = g_get_monotonic_time ();
            double ms;

            relasi_journal_page_set_search_text (page, typed);
            ms = bench_ms_since (start);
            g_array_append_val (query, ms);
            wait_for_paint ();
            ms = bench_ms_since (start);
            g_array_append_val (shown, ms);
          }
        relasi_journal_page_set_search_text (page, "");
        wait_for_paint ();
      }

  report ("search: a key press until the query returns", query);
  report ("search: a key press until the results are painted", shown);
}

/* With BENCH_SMAPS set: the mappings holding more than 1 MB, for finding out where
 * memory went. */
static void
print_smaps (void)
{
  g_autofree char *smaps = NULL;
  g_auto(GStrv) lines = NULL;
  const char *name = "";

  if (g_getenv ("BENCH_SMAPS") == NULL)
    return;
  g_file_get_contents ("/proc/self/smaps", &smaps, NULL, NULL);
  lines = g_strsplit (smaps != NULL ? smaps : "", "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      long kb;

      if (g_ascii_isxdigit (lines[i][0]) && strchr (lines[i], '-') != NULL && strchr (lines[i], ' ') < lines[i] + 40)
        name = lines[i];
      else if (sscanf (lines[i], "Rss: %ld kB", &kb) == 1 && kb > 1024)
        printf ("    %6.1f MB  %s\n", kb / 1024.0, name);
    }
  {
    struct mallinfo2 info = mallinfo2 ();

    printf ("    malloc: %.1f MB in use, %.1f MB free inside the heap\n",
            info.uordblks / 1e6 + info.hblkhd / 1e6, info.fordblks / 1e6);
  }
}

static guint
count_rows (GtkWidget *widget)
{
  guint n = g_type_is_a (G_OBJECT_TYPE (widget), g_type_from_name ("RelasiJournalRow")) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_rows (child);
  return n;
}

static void
bench_scroll (RelasiJournalPage *page,
              double             empty_rss)
{
  GtkAdjustment *adj = page_adjustment (page);
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) jumps = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 all = g_get_monotonic_time ();
  double peak = 0;

  /* the first 2 000 pages one after the other, then on to the end in 400 jumps, then
   * the last pages one after the other */
  gtk_adjustment_set_value (adj, 0);
  wait_for_paint ();
  for (int i = 0; i < 2000; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      gtk_adjustment_set_value (adj, gtk_adjustment_get_value (adj) + gtk_adjustment_get_page_size (adj));
      wait_for_paint ();
      ms = bench_ms_since (start);
      g_array_append_val (frames, ms);
      if (i % 200 == 0)
        peak = MAX (peak, rss_mb ());
    }
  for (int i = 1; i <= 400; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;
      double upper = gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj);

      gtk_adjustment_set_value (adj, upper * i / 400.0);
      wait_for_paint ();
      ms = bench_ms_since (start);
      g_array_append_val (jumps, ms);
      if (i % 20 == 0)
        peak = MAX (peak, rss_mb ());
    }
  while (gtk_adjustment_get_value (adj) + gtk_adjustment_get_page_size (adj) < gtk_adjustment_get_upper (adj) - 1)
    {
      gtk_adjustment_set_value (adj, gtk_adjustment_get_upper (adj));
      wait_for_paint ();
    }
  peak = MAX (peak, rss_mb ());

  printf ("  scrolled top to bottom in %.1f s\n", bench_ms_since (all) / 1000.0);
  report ("scroll: one page down until painted", frames);
  report ("scroll: a jump (1/400 of the list) until painted", jumps);
  printf ("  RSS after scrolling to the end: %.1f MB (heap %.1f MB; peak seen %.1f MB); empty GTK 4 window: %.1f MB;"
          " difference %.1f MB (target <= 40)\n", rss_mb (), status_mb ("RssAnon"), peak, empty_rss,
          rss_mb () - empty_rss);
  {
    struct mallinfo2 info = mallinfo2 ();

    printf ("  malloc: %.1f MB in use, %.1f MB free inside the heap; mapped files %.1f MB\n",
            info.uordblks / 1e6 + info.hblkhd / 1e6, info.fordblks / 1e6, status_mb ("RssFile"));
  }
  /* the page gives free memory back once scrolling has paused (relasi-memory.c) */
  {
    gint64 until = g_get_monotonic_time () + 4 * G_USEC_PER_SEC;

    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, FALSE) || (g_usleep (10000), TRUE);
    printf ("  RSS 4 s after scrolling stopped: %.1f MB; difference %.1f MB (target <= 40)\n", rss_mb (),
            rss_mb () - empty_rss);
  }
  print_smaps ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RelasiStore) store = NULL;
  g_autofree char *dir = NULL;
  RelasiJournalPage *page;
  RelasiSampleResult made = { 0 };
  double empty_rss;
  gint64 start;
  GOptionEntry entries[] = {
    { "entries", 0, 0, G_OPTION_ARG_INT64, &opt_entries, "Journal entries to generate", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &opt_runs, "Repeat each search R times", "R" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &opt_keep, "Generate into DIR and keep it", "DIR" },
    { "use", 0, 0, G_OPTION_ARG_FILENAME, &opt_use, "Measure the existing database in DIR", "DIR" },
    { "open-only", 0, 0, G_OPTION_ARG_NONE, &opt_open_only,
      "Stop after the first page is drawn (to study memory with a heap profiler)", NULL },
    { "search-only", 0, 0, G_OPTION_ARG_NONE, &opt_search_only,
      "Stop after the search figures (to profile searching)", NULL },
    { "remove", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &opt_remove, "Remove DIR when done", NULL },
    { NULL }
  };

  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  context = g_option_context_new (NULL);
  g_option_context_add_main_entries (context, entries, NULL);
  bench_check (g_option_context_parse (context, &argc, &argv, &error), error);

  g_setenv ("RELASI_NOW", BENCH_NOW, FALSE);
  bench_check (relasi_clock_init (&error), error);
  gtk_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  /* the baseline: an empty GTK 4 window, painted */
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (window))
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_after_paint), NULL);
  wait_for_paint ();
  wait_for_paint ();
  /* the same as the page does after a burst of work (relasi-memory.c): a fair baseline */
  malloc_trim (0);
  empty_rss = rss_mb ();
  printf ("  empty GTK 4 window: RSS %.1f MB (heap %.1f MB, mapped files %.1f MB)\n", empty_rss,
          status_mb ("RssAnon"), status_mb ("RssFile"));
  print_smaps ();

  if (opt_use != NULL)
    dir = g_strdup (opt_use);
  else if (opt_keep != NULL)
    dir = g_strdup (opt_keep);
  else
    bench_check ((dir = g_dir_make_tmp ("relasi-bench-journal-XXXXXX", &error)) != NULL, error);

  store = relasi_store_open (dir, &error);
  bench_check (store != NULL, error);
  if (opt_use == NULL)
    {
      start = g_get_monotonic_time ();
      bench_check (relasi_sample_fill (store, (guint64) opt_entries, &made, &error), error);
      printf ("generated %u customers and %" G_GUINT64_FORMAT " journal entries in %.1f s\n",
              made.customers, made.interactions, bench_ms_since (start) / 1000.0);
    }
  /* The generator's memory is not the page's: measure in a fresh process. */
  if (opt_use == NULL)
    {
      g_autofree char *runs = g_strdup_printf ("%d", opt_runs);
      const char *args[] = { argv[0], "--use", dir, "--runs", runs, opt_keep == NULL ? "--remove" : NULL, NULL };

      g_clear_object (&store);
      fflush (stdout);
      execv ("/proc/self/exe", (char **) args);
      bench_check (FALSE, NULL);
    }

  page = g_object_new (RELASI_TYPE_JOURNAL_PAGE, NULL);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  wait_for_paint ();

  {
    g_autoptr(GArray) first = g_array_new (FALSE, FALSE, sizeof (double));
    double ms;

    start = g_get_monotonic_time ();
    relasi_journal_page_set_store (page, store);
    wait_for_paint ();
    ms = bench_ms_since (start);
    g_array_append_val (first, ms);
    printf ("Journal page with %u entries; %d runs; %u CPUs:\n",
            g_list_model_get_n_items (relasi_journal_page_get_model (page)), opt_runs, g_get_num_processors ());
    report ("store set until the first page is painted", first);
    printf ("  RSS with the first page painted: %.1f MB (empty GTK 4 window %.1f MB)\n", rss_mb (), empty_rss);
    print_smaps ();
  }

  if (opt_open_only)
    {
      printf ("  row widgets made: %u\n", count_rows (GTK_WIDGET (page)));
      return 0;
    }
  bench_search (page);
  if (!opt_search_only)
    bench_scroll (page, empty_rss);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  if (opt_remove)
    test_remove_dir (dir);
  return 0;
}
