/* bench-dashboard.c — how fast the dashboard is at size
 *
 * With 10 000 customers and 1 000 000 journal entries (made by the sample-data
 * generator into a temporary database, or an existing one with --use DIR), prints
 * medians of:
 *   - each query of a dashboard refresh, and the whole refresh of the page after a
 *     change (target: ≤ 30 ms);
 *   - the time from starting the program to the dashboard drawn, against an empty GTK 4
 *     window started the same way on the same machine (target: within 1.2×): this
 *     program started again until its first frame, as an empty window (--child=empty),
 *     as the dashboard page's widgets with no database (--child=widgets: the floor),
 *     as the dashboard page alone on the store (--child=page) and as the whole
 *     application (--child=app). --starts 0 skips this part.
 * Needs a display (meson runs it under tests/run-with-display). A benchmark prints
 * figures; it is not a timed test.
 *
 *   bench-dashboard [--entries N] [--runs R] [--starts S] [--keep DIR | --use DIR]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "bench-common.h"
#include "relasi-application.h"
#include "relasi-clock.h"
#include "relasi-dashboard-page.h"
#include "relasi-sample.h"
#include "relasi-store-dashboard.h"
#include "relasi-test-util.h"

#define BENCH_NOW "2026-11-23T09:00:00+07:00"

static gint64 opt_entries = 1000000;
static int    opt_runs = 21;
static int    opt_starts = 5;
static char  *opt_keep = NULL;
static char  *opt_use = NULL;
static char  *opt_child = NULL;

static void
report (const char *what,
        double      value,
        const char *unit,
        const char *target,
        gboolean    met)
{
  printf ("  %-48s %10.2f %-4s %s%s\n", what, value, unit,
          target != NULL ? target : "",
          target != NULL ? (met ? "  ok" : "  MISSED") : "");
  fflush (stdout);
}

/* Children: start, draw the first frame with the dashboard's figures in (they are read
 * on a worker thread), print nothing, exit at once. An empty window exits after its
 * first frame. */

static gboolean figures_in = TRUE;

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  if (figures_in)
    _exit (0);
}

static void
on_loading_changed (RelasiDashboardPage *page)
{
  if (!relasi_dashboard_page_get_loading (page))
    figures_in = TRUE;
}

static void
wait_for_figures (GtkWidget *widget)
{
  if (RELASI_IS_DASHBOARD_PAGE (widget))
    {
      figures_in = FALSE;
      g_signal_connect (widget, "notify::loading", G_CALLBACK (on_loading_changed), NULL);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    wait_for_figures (child);
}

static void
exit_after_first_frame (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_after_paint), NULL);
}

static void
on_window_mapped (GtkWidget *window)
{
  exit_after_first_frame (window);
}

static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window)
{
  wait_for_figures (GTK_WIDGET (window));
  g_signal_connect (window, "map", G_CALLBACK (on_window_mapped), NULL);
}

static int
run_child (const char *what)
{
  g_autoptr(GtkCssProvider) css = NULL;
  RelasiStore *store = NULL;
  GtkWidget *window;

  if (g_strcmp0 (what, "app") == 0)
    {
      g_autoptr(RelasiApplication) app = relasi_application_new (FALSE);

      g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), NULL);
      return g_application_run (G_APPLICATION (app), 0, NULL);
    }

  /* "empty": a bare window; "widgets": the dashboard page with no store, what its
   * widgets alone cost (the floor the page cannot go below whatever the database
   * does); "page": the page on the store, opened as the application does */
  gtk_init ();
  if (g_strcmp0 (what, "empty") != 0)
    {
      css = gtk_css_provider_new ();
      gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }
  if (g_strcmp0 (what, "page") == 0)
    {
      g_autoptr(GError) error = NULL;

      store = relasi_store_open (g_getenv ("RELASI_DATA_DIR"), &error);
      bench_check (store != NULL, error);
      relasi_store_set_health_in_background (store, TRUE);
    }
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  if (css != NULL)
    {
      GtkWidget *page = relasi_dashboard_page_new ();

      gtk_window_set_child (GTK_WINDOW (window), page);
      if (store != NULL)
        {
          wait_for_figures (page);
          relasi_dashboard_page_set_store (RELASI_DASHBOARD_PAGE (page), store);
        }
    }
  g_signal_connect (window, "map", G_CALLBACK (on_window_mapped), NULL);
  gtk_window_present (GTK_WINDOW (window));
  while (TRUE)
    g_main_context_iteration (NULL, TRUE);
}

/* Starts this program with --child=@what and returns the milliseconds until it exits
 * after its first frame. */
static double
time_child (const char *self_path,
            const char *what,
            const char *data_dir)
{
  g_autofree char *child_arg = g_strconcat ("--child=", what, NULL);
  const char *argv[] = { self_path, child_arg, NULL };
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  gint64 start;
  int status = 0;

  envp = g_environ_setenv (envp, "RELASI_DATA_DIR", data_dir, TRUE);
  start = g_get_monotonic_time ();
  bench_check (g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error),
         error);
  if (!g_spawn_check_wait_status (status, &error))
    bench_check (FALSE, error);
  return bench_ms_since (start);
}

/* Timing the queries of a refresh */

typedef gboolean (*Query) (RelasiStore *store, GError **error);

static gboolean
q_has_customers (RelasiStore *store, GError **error)
{
  gboolean has;

  return relasi_store_has_customers (store, &has, error);
}

static gboolean
q_summary (RelasiStore *store, GError **error)
{
  RelasiStoreSummary summary;

  return relasi_store_get_summary (store, &summary, error);
}

static gboolean
q_urgent (RelasiStore *store, GError **error)
{
  g_autoptr(GDateTime) now = relasi_clock_now_local ();
  g_auto(RelasiDashboardUrgent) urgent = { 0 };

  return relasi_store_get_dashboard_urgent (store, relasi_dashboard_end_of_day (now), &urgent, error);
}

static gboolean
q_months (RelasiStore *store, GError **error)
{
  g_autoptr(GDateTime) now = relasi_clock_now_local ();
  gint64 starts[RELASI_DASHBOARD_MONTHS + 1];
  guint opened[RELASI_DASHBOARD_MONTHS], in_time[RELASI_DASHBOARD_MONTHS];

  relasi_dashboard_month_starts (now, RELASI_DASHBOARD_MONTHS, starts);
  return relasi_store_count_complaints_by_month (store, starts, RELASI_DASHBOARD_MONTHS, opened, in_time, error);
}

static gboolean
q_causes (RelasiStore *store, GError **error)
{
  gint64 counts[RELASI_N_ROOT_CAUSES];

  return relasi_store_count_complaint_causes (store, relasi_clock_now () - 366 * 86400, counts, error);
}

static gboolean
q_reasons (RelasiStore *store, GError **error)
{
  gint64 counts[RELASI_N_ROOT_CAUSES];

  return relasi_store_count_lost_reasons (store, counts, error);
}

static double
time_query (RelasiStore *store,
            Query        query)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));

  for (int i = 0; i < opt_runs; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      bench_check (query (store, &error), error);
      ms = bench_ms_since (start);
      g_array_append_val (times, ms);
    }
  return bench_median (times);
}

static gint64
add_complaint (RelasiStore *store,
               int          n)
{
  g_autoptr(RelasiCustomer) customer = relasi_customer_new ();
  g_autoptr(RelasiInteraction) complaint = relasi_interaction_new ();
  g_autofree char *name = g_strdup_printf ("Benchmark customer %d", n);
  g_autoptr(GError) error = NULL;

  relasi_customer_set_name (customer, name);
  bench_check (relasi_store_add_customer (store, customer, &error), error);
  relasi_interaction_set_customer_id (complaint, relasi_customer_get_id (customer));
  relasi_interaction_set_kind (complaint, RELASI_INTERACTION_KIND_COMPLAINT);
  relasi_interaction_set_summary (complaint, "The order came late");
  bench_check (relasi_store_add_interaction (store, complaint, &error), error);
  return relasi_customer_get_id (customer);
}

int
main (int   argc,
      char *argv[])
{
  const GOptionEntry entries[] = {
    { "entries", 0, 0, G_OPTION_ARG_INT64, &opt_entries, "Journal entries to generate", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &opt_runs, "Repetitions per figure", "R" },
    { "starts", 0, 0, G_OPTION_ARG_INT, &opt_starts, "Program starts per start-up figure (0: none)", "S" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &opt_keep, "Generate into DIR and keep it", "DIR" },
    { "use", 0, 0, G_OPTION_ARG_FILENAME, &opt_use, "Measure the database in DIR", "DIR" },
    { "child", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &opt_child, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RelasiStore) store = NULL;
  g_autofree char *self_path = NULL;
  g_autofree char *dir = NULL;
  gboolean temporary = FALSE;
  RelasiStoreCounts counts;

  g_setenv ("RELASI_NOW", BENCH_NOW, FALSE);
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_option_context_add_main_entries (context, entries, NULL);
  bench_check (g_option_context_parse (context, &argc, &argv, &error), error);

  if (opt_child != NULL)
    return run_child (opt_child);

  self_path = g_file_read_link ("/proc/self/exe", NULL);
  if (self_path == NULL)
    self_path = g_strdup (argv[0]);

  /* the data */
  if (opt_use != NULL)
    dir = g_strdup (opt_use);
  else if (opt_keep != NULL)
    dir = g_strdup (opt_keep);
  else
    {
      dir = g_dir_make_tmp ("relasi-bench-dashboard-XXXXXX", &error);
      bench_check (dir != NULL, error);
      temporary = TRUE;
    }
  store = relasi_store_open (dir, &error);
  bench_check (store != NULL, error);
  bench_check (relasi_store_get_counts (store, &counts, &error), error);
  if (opt_use == NULL && counts.customers == 0)
    {
      gint64 start = g_get_monotonic_time ();
      RelasiSampleResult result;

      printf ("Generating %" G_GINT64_FORMAT " journal entries with the sample-data generator…\n", opt_entries);
      fflush (stdout);
      bench_check (relasi_sample_fill (store, (guint64) opt_entries, &result, &error), error);
      printf ("  %u customers, %" G_GUINT64_FORMAT " entries in %.1f s\n",
              result.customers, result.interactions, bench_ms_since (start) / 1000.0);
      bench_check (relasi_store_get_counts (store, &counts, &error), error);
    }
  printf ("Database %s: %" G_GINT64_FORMAT " customers, %" G_GINT64_FORMAT " journal entries, "
          "%" G_GINT64_FORMAT " reminders, %" G_GINT64_FORMAT " cases (RELASI_NOW=%s)\n",
          relasi_store_get_path (store), counts.customers, counts.interactions, counts.reminders, counts.cases,
          g_getenv ("RELASI_NOW"));

  /* the queries of one refresh, warm */
  printf ("\nDashboard queries (median of %d, warm)\n", opt_runs);
  {
    gint64 start = g_get_monotonic_time ();

    bench_check (relasi_store_refresh_health (store, &error), error);
    report ("health refresh of every customer (hourly)", bench_ms_since (start), "ms", NULL, TRUE);
  }
  report ("any customer at all (welcome or not)", time_query (store, q_has_customers), "ms", NULL, TRUE);
  report ("summary (card figures, health bands)", time_query (store, q_summary), "ms", NULL, TRUE);
  report ("most urgent items, reminders due today", time_query (store, q_urgent), "ms", NULL, TRUE);
  report ("complaints per month (12 months)", time_query (store, q_months), "ms", NULL, TRUE);
  report ("root causes of complaints and mistakes", time_query (store, q_causes), "ms", NULL, TRUE);
  report ("reasons customers left", time_query (store, q_reasons), "ms", NULL, TRUE);

  /* the page */
  gtk_init ();
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
    GtkWidget *window = gtk_window_new ();
    GtkWidget *page = relasi_dashboard_page_new ();
    g_autoptr(GArray) after_change = g_array_new (FALSE, FALSE, sizeof (double));
    g_autoptr(GArray) unchanged = g_array_new (FALSE, FALSE, sizeof (double));
    g_autoptr(GArray) main_cpu = g_array_new (FALSE, FALSE, sizeof (double));
    double ms;

    gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    gtk_window_set_child (GTK_WINDOW (window), page);
    gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
    relasi_dashboard_page_set_store (RELASI_DASHBOARD_PAGE (page), store);
    gtk_window_present (GTK_WINDOW (window));
    while (g_main_context_iteration (NULL, FALSE))
      ;

    while (relasi_dashboard_page_get_loading (RELASI_DASHBOARD_PAGE (page)))
      g_main_context_iteration (NULL, TRUE);

    /* From the call until the new figures are on the page (read on a worker thread);
     * and the CPU time of the window's own thread meanwhile (what could hold it up). */
    printf ("\nDashboard page refresh (median of %d)\n", opt_runs);
    for (int i = 0; i < opt_runs; i++)
      {
        for (int changed = 1; changed >= 0; changed--)
          {
            gint64 start;
            double cpu_start = bench_thread_cpu_ms (), cpu;

            if (changed)
              add_complaint (store, i);
            start = g_get_monotonic_time ();
            relasi_dashboard_page_refresh (RELASI_DASHBOARD_PAGE (page));
            while (relasi_dashboard_page_get_loading (RELASI_DASHBOARD_PAGE (page)))
              g_main_context_iteration (NULL, TRUE);
            ms = bench_ms_since (start);
            cpu = bench_thread_cpu_ms () - cpu_start;
            g_array_append_val (changed ? after_change : unchanged, ms);
            if (changed)
              g_array_append_val (main_cpu, cpu);
          }
        while (g_main_context_iteration (NULL, FALSE))
          ;
      }
    report ("refresh after a change, until shown", bench_median (after_change), "ms", "≤ 30 ms",
            bench_median (after_change) <= 30.0);
    report ("refresh, nothing changed, until shown", bench_median (unchanged), "ms", "≤ 30 ms",
            bench_median (unchanged) <= 30.0);
    report ("  the window's own thread busy meanwhile (CPU)", bench_median (main_cpu), "ms", NULL, TRUE);

    gtk_window_destroy (GTK_WINDOW (window));
    while (g_main_context_iteration (NULL, FALSE))
      ;
  }
  g_clear_object (&store);

  /* start to first frame, against an empty window (--starts 0 skips it) */
  if (opt_starts > 0)
    {
      g_autoptr(GArray) empty = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) widgets = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) page = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) app = g_array_new (FALSE, FALSE, sizeof (double));
      double e, w, p, a;

      printf ("\nStart to first frame (median of %d program starts)\n", opt_starts);

      /* one of each first, so that all start with warm caches */
      time_child (self_path, "empty", dir);
      time_child (self_path, "widgets", dir);
      time_child (self_path, "page", dir);
      time_child (self_path, "app", dir);
      for (int i = 0; i < opt_starts; i++)
        {
          double ms = time_child (self_path, "empty", dir);

          g_array_append_val (empty, ms);
          ms = time_child (self_path, "widgets", dir);
          g_array_append_val (widgets, ms);
          ms = time_child (self_path, "page", dir);
          g_array_append_val (page, ms);
          ms = time_child (self_path, "app", dir);
          g_array_append_val (app, ms);
        }
      e = bench_median (empty);
      w = bench_median (widgets);
      p = bench_median (page);
      a = bench_median (app);
      report ("empty GTK 4 window", e, "ms", NULL, TRUE);
      report ("the dashboard page's widgets, no database", w, "ms", NULL, TRUE);
      report ("ratio, widgets alone", w / e, "×", NULL, TRUE);
      report ("the dashboard page alone (store opened, drawn)", p, "ms", NULL, TRUE);
      report ("ratio, dashboard page alone", p / e, "×", "≤ 1.2×", p / e <= 1.2);
      report ("Relasi, the whole window, dashboard drawn", a, "ms", NULL, TRUE);
      report ("ratio, whole application", a / e, "×", "≤ 1.2×", a / e <= 1.2);
    }

  if (temporary)
    test_remove_dir (dir);   /* the database, its WAL and the backups the app made on start */
  else
    printf ("\nThe database stays in %s\n", dir);

  return 0;
}
