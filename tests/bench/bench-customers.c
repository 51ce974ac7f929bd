/* bench-customers.c — the Customers page at size: typing into the search, switching
 * filters and sorts, and scrolling through the whole list
 *
 * Fills (by default) 10 000 customers with 1 000 000 journal entries through the
 * sample-data generator into a temporary database, or measures --use DIR, then shows
 * the real RelasiCustomersPage in a window and prints medians. Every figure ends when
 * the window has painted the result (GdkFrameClock::after-paint), so it is what a
 * person sees, not only the query. Needs a display (tests/run-with-display).
 *
 *   bench-customers [--entries N | --customers N] [--runs R] [--keep DIR | --use DIR]
 *
 * --customers N skips the (slow) sample generator: N customers with Indonesian names,
 * companies and tags and a few journal entries each (purchases, a complaint now and
 * then, promises), made through the store API in one transaction.
 *
 * A benchmark prints figures; it is not a timed test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "bench-common.h"
#include "relasi-clock.h"
#include "relasi-customer-list.h"
#include "relasi-customers-page.h"
#include "relasi-sample.h"
#include "relasi-store.h"
#include "relasi-test-util.h"

#define BENCH_NOW "2026-03-01T09:00:00+07:00"

static gint64 opt_entries = 1000000;
static int    opt_runs = 5;
static char  *opt_keep = NULL;
static char  *opt_use = NULL;
static int    opt_customers = 0;

static GtkWidget *window;
static guint      paints;

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       data)
{
  paints++;
}

/* Runs the main loop until the window has painted once more. */
static void
wait_for_paint (void)
{
  guint before = paints;

  gtk_widget_queue_draw (window);
  while (paints == before)
    g_main_context_iteration (NULL, TRUE);
}

typedef struct {
  GArray *wall;
  GArray *cpu;
} Figures;

typedef struct {
  gint64 wall;
  double cpu;
} Mark;

static Figures
figures_new (void)
{
  return (Figures) { g_array_new (FALSE, FALSE, sizeof (double)), g_array_new (FALSE, FALSE, sizeof (double)) };
}

static Mark
mark (void)
{
  return (Mark) { g_get_monotonic_time (), bench_thread_cpu_ms () };
}

static void
record (Figures *f,
        Mark     m)
{
  double wall = bench_ms_since (m.wall);
  double cpu = bench_thread_cpu_ms () - m.cpu;

  g_array_append_val (f->wall, wall);
  g_array_append_val (f->cpu, cpu);
}

static void
report (const char *what,
        Figures    *f)
{
  printf ("  %-50s wall median %7.1f ms  p90 %7.1f  max %7.1f | cpu median %6.1f ms  max %6.1f  (n=%u)\n",
          what, bench_percentile (f->wall, 0.5), bench_percentile (f->wall, 0.9), bench_percentile (f->wall, 1.0),
          bench_percentile (f->cpu, 0.5), bench_percentile (f->cpu, 1.0), f->wall->len);
  g_array_unref (f->wall);
  g_array_unref (f->cpu);
}

/* What the search field does after its 150 ms pause: set the text; then the frame. */
static void
bench_search (RelasiCustomersPage *page)
{
  static const char *const words[] = { "s", "si", "sit", "siti", "b", "ba", "bam", "bamb", "p", "pt",
                                       "k", "ka", "kat", "kate", "w", "wa", "war", "0812", "ro", "rot" };
  RelasiCustomerList *list = relasi_customers_page_get_list (page);
  GtkEditable *entry = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (page), RELASI_TYPE_CUSTOMERS_PAGE,
                                                                    "search_entry"));
  Figures query = figures_new (), shown = figures_new (), typed = figures_new ();

  for (int run = 0; run < opt_runs; run++)
    for (guint i = 0; i < G_N_ELEMENTS (words); i++)
      {
        Mark m = mark ();

        relasi_customer_list_set_search_text (list, words[i]);
        record (&query, m);
        wait_for_paint ();
        record (&shown, m);
        relasi_customer_list_set_search_text (list, "");
        wait_for_paint ();
      }

  /* Through the real entry: a letter typed, the pause, the query, the frame. */
  for (int run = 0; run < opt_runs; run++)
    for (guint i = 0; i < G_N_ELEMENTS (words); i++)
      {
        Mark m = mark ();

        gtk_editable_set_text (entry, words[i]);
        while (g_strcmp0 (relasi_customer_list_get_search_text (list), words[i]) != 0)
          g_main_context_iteration (NULL, TRUE);
        wait_for_paint ();
        record (&typed, m);
      }
  gtk_editable_set_text (entry, "");
  while (*relasi_customer_list_get_search_text (list) != '\0')
    g_main_context_iteration (NULL, TRUE);
  wait_for_paint ();

  report ("search: the model's query (FTS, count, a page)", &query);
  report ("search: the query until the list is painted", &shown);
  report ("search: letter typed until painted (150 ms pause)", &typed);
}

static void
bench_filters (RelasiCustomersPage *page)
{
  static const char *const filters[] = { "needs-care", "drifting", "lost", "awaiting-answer",
                                         "thank-you-overdue", "promise-due" };
  RelasiCustomerList *list = relasi_customers_page_get_list (page);

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    {
      Figures f = figures_new ();
      g_autofree char *what = NULL;

      for (int run = 0; run < opt_runs; run++)
        {
          Mark m;

          relasi_customers_page_show_filter (page, "all");
          wait_for_paint ();
          m = mark ();
          relasi_customers_page_show_filter (page, filters[i]);
          wait_for_paint ();
          record (&f, m);
        }
      what = g_strdup_printf ("filter %s (%u rows) until painted", filters[i],
                              g_list_model_get_n_items (G_LIST_MODEL (list)));
      report (what, &f);
    }
  relasi_customers_page_show_filter (page, "all");
  wait_for_paint ();
}

static void
bench_sorts (RelasiCustomersPage *page)
{
  RelasiCustomerList *list = relasi_customers_page_get_list (page);
  const RelasiCustomerSort sorts[] = { RELASI_CUSTOMER_SORT_LAST_CONTACT_RECENT, RELASI_CUSTOMER_SORT_LAST_CONTACT_OLDEST,
                                       RELASI_CUSTOMER_SORT_HEALTH, RELASI_CUSTOMER_SORT_NAME };
  Figures f = figures_new ();

  for (int run = 0; run < opt_runs; run++)
    for (guint i = 0; i < G_N_ELEMENTS (sorts); i++)
      {
        Mark m = mark ();

        relasi_customer_list_set_sort (list, sorts[i]);
        wait_for_paint ();
        record (&f, m);
      }
  report ("sort by another column until painted", &f);
}

/* Customers spread over the list, each opened (profile, health and its reasons, what
 * is owed, the journal's first page) until painted, then back to the list. */
static void
bench_customer_page (RelasiCustomersPage *page)
{
  GListModel *list = G_LIST_MODEL (relasi_customers_page_get_list (page));
  guint n = g_list_model_get_n_items (list);
  Figures f = figures_new ();

  for (int run = 0; run < opt_runs; run++)
    for (guint i = 0; i < 10 && n > 0; i++)
      {
        g_autoptr(RelasiCustomer) customer = g_list_model_get_item (list, (guint) (((guint64) n * (2 * i + 1)) / 20));
        Mark m;

        if (customer == NULL)
          continue;
        m = mark ();
        relasi_customers_page_show_customer (page, relasi_customer_get_id (customer));
        wait_for_paint ();
        record (&f, m);
        relasi_customers_page_show_list (page);
        wait_for_paint ();
      }
  report ("open a customer's page until painted", &f);
}

/* Page Down through the whole list, one painted frame each; then jumps. */
static void
bench_scroll (RelasiCustomersPage *page)
{
  GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_template_child (GTK_WIDGET (page),
                                                                                    RELASI_TYPE_CUSTOMERS_PAGE,
                                                                                    "scrolled_window"));
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (scrolled);
  Figures frames = figures_new (), jumps = figures_new (), whole = figures_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (relasi_customers_page_get_list (page)));
  Mark all;

  gtk_adjustment_set_value (adj, 0);
  wait_for_paint ();
  all = mark ();
  while (gtk_adjustment_get_value (adj) + gtk_adjustment_get_page_size (adj) < gtk_adjustment_get_upper (adj) - 1)
    {
      Mark m = mark ();

      gtk_adjustment_set_value (adj, gtk_adjustment_get_value (adj) + gtk_adjustment_get_page_size (adj));
      wait_for_paint ();
      record (&frames, m);
    }
  record (&whole, all);

  /* random jumps, like dragging the scroll bar */
  g_random_set_seed (42);
  for (int i = 0; i < 50; i++)
    {
      Mark m = mark ();

      gtk_adjustment_set_value (adj, g_random_double () * (gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj)));
      wait_for_paint ();
      record (&jumps, m);
    }

  printf ("  scroll through all %u rows, a page at a time: %u frames\n", n, frames.wall->len);
  report ("scroll: the whole list, top to bottom", &whole);
  report ("scroll: one page down until painted", &frames);
  report ("scroll: a jump anywhere until painted", &jumps);
}

static void
log_entry (RelasiStore           *store,
           gint64                 customer_id,
           RelasiInteractionKind  kind,
           const char            *summary,
           gint64                 at,
           gint64                 due_at)
{
  g_autoptr(RelasiInteraction) entry = relasi_interaction_new ();
  g_autoptr(GError) error = NULL;

  relasi_interaction_set_customer_id (entry, customer_id);
  relasi_interaction_set_kind (entry, kind);
  relasi_interaction_set_summary (entry, summary);
  relasi_interaction_set_occurred_at (entry, at);
  relasi_interaction_set_due_at (entry, due_at);
  bench_check (relasi_store_add_interaction (store, entry, &error), error);
}

/* N customers with a few entries each, in one transaction. */
static void
fill_customers (RelasiStore *store,
                int          n)
{
  static const char *const first[] = { "Siti", "Budi", "Agus", "Dewi", "Eko", "Fitri", "Hadi", "Indah", "Joko", "Kartika",
                                       "Lina", "Made", "Nur", "Putu", "Rina", "Sri", "Tono", "Wati", "Yanto", "Zainal" };
  static const char *const last[] = { "Santoso", "Wijaya", "Lestari", "Pratama", "Saputra", "Hidayat", "Kusuma",
                                      "Nugroho", "Rahmawati", "Gunawan", "Setiawan", "Halim", "Susanto" };
  static const char *const companies[] = { "", "PT Sinar Abadi", "CV Maju Jaya", "Toko Berkah", "Warung Kopi", "Hotel Griya",
                                           "Katering Sari", "Koperasi Tani", "SD Tunas", "Bengkel Motor" };
  static const char *const tags[] = { "", "grosir", "katering, kantor", "pelanggan tetap", "sekolah", "hotel" };
  g_autoptr(GError) error = NULL;
  gint64 now = relasi_clock_now ();

  bench_check (relasi_store_batch_begin (store, &error), error);
  for (int i = 0; i < n; i++)
    {
      g_autoptr(RelasiCustomer) c = relasi_customer_new ();
      g_autofree char *name = g_strdup_printf ("%s %s %d", first[i % G_N_ELEMENTS (first)],
                                               last[(i / G_N_ELEMENTS (first)) % G_N_ELEMENTS (last)], i);
      g_autofree char *email = g_strdup_printf ("pelanggan%d@contoh.id", i);
      g_autofree char *phone = g_strdup_printf ("0812 %04d %04d", i % 10000, (i * 7) % 10000);
      gint64 id;

      relasi_customer_set_name (c, name);
      relasi_customer_set_company (c, companies[i % G_N_ELEMENTS (companies)]);
      relasi_customer_set_email (c, email);
      relasi_customer_set_phone (c, phone);
      relasi_customer_set_tags (c, tags[i % G_N_ELEMENTS (tags)]);
      bench_check (relasi_store_add_customer (store, c, &error), error);
      id = relasi_customer_get_id (c);

      log_entry (store, id, RELASI_INTERACTION_KIND_PURCHASE, "Pesan kue", now - (gint64) (i % 200) * 86400, 0);
      log_entry (store, id, RELASI_INTERACTION_KIND_CALL, "Menelepon", now - (gint64) (i % 90) * 86400, 0);
      if (i % 7 == 0)
        log_entry (store, id, RELASI_INTERACTION_KIND_COMPLAINT, "Roti terlambat", now - (gint64) (i % 5) * 86400, 0);
      if (i % 5 == 0)
        log_entry (store, id, RELASI_INTERACTION_KIND_PROMISE, "Kirim contoh", now - 86400,
                   now + (gint64) (i % 20 - 5) * 86400 + 3600);
    }
  bench_check (relasi_store_batch_commit (store, &error), error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(RelasiStore) store = NULL;
  g_autofree char *dir = NULL;
  RelasiCustomersPage *page;
  RelasiSampleResult made = { 0 };
  gint64 start;
  GOptionEntry entries[] = {
    { "entries", 0, 0, G_OPTION_ARG_INT64, &opt_entries, "Journal entries to generate (customers = entries / 100)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &opt_runs, "Repeat each measurement R times", "R" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &opt_keep, "Generate into DIR and keep it", "DIR" },
    { "use", 0, 0, G_OPTION_ARG_FILENAME, &opt_use, "Measure the existing database in DIR", "DIR" },
    { "customers", 0, 0, G_OPTION_ARG_INT, &opt_customers, "Make N customers quickly instead of the sample data", "N" },
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

  if (opt_use != NULL)
    dir = g_strdup (opt_use);
  else if (opt_keep != NULL)
    dir = g_strdup (opt_keep);
  else
    bench_check ((dir = g_dir_make_tmp ("relasi-bench-customers-XXXXXX", &error)) != NULL, error);

  store = relasi_store_open (dir, &error);
  bench_check (store != NULL, error);
  if (opt_use == NULL && opt_customers > 0)
    {
      start = g_get_monotonic_time ();
      fill_customers (store, opt_customers);
      printf ("made %d customers in %.1f s\n", opt_customers, bench_ms_since (start) / 1000.0);
    }
  else if (opt_use == NULL)
    {
      start = g_get_monotonic_time ();
      bench_check (relasi_sample_fill (store, (guint64) opt_entries, &made, &error), error);
      printf ("generated %u customers and %" G_GUINT64_FORMAT " journal entries in %.1f s\n",
              made.customers, made.interactions, bench_ms_since (start) / 1000.0);
    }
  bench_check (relasi_store_refresh_health (store, &error), error);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  page = g_object_new (RELASI_TYPE_CUSTOMERS_PAGE, NULL);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (window))
    g_main_context_iteration (NULL, TRUE);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (on_after_paint), NULL);

  {
    Figures first = figures_new ();
    Mark m = mark ();
    double load[3] = { 0 };
    g_autofree char *loadavg = NULL;

    relasi_customers_page_set_store (page, store);
    wait_for_paint ();
    record (&first, m);
    if (g_file_get_contents ("/proc/loadavg", &loadavg, NULL, NULL))
      sscanf (loadavg, "%lf %lf %lf", &load[0], &load[1], &load[2]);
    printf ("Customers page with %u customers; %d runs; %u CPUs, load average %.1f:\n",
            g_list_model_get_n_items (G_LIST_MODEL (relasi_customers_page_get_list (page))), opt_runs,
            g_get_num_processors (), load[0]);
    report ("store set until the first rows are painted", &first);
  }

  bench_search (page);
  bench_filters (page);
  bench_sorts (page);
  bench_customer_page (page);
  bench_scroll (page);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  if (opt_use == NULL && opt_keep == NULL)
    test_remove_dir (dir);
  return 0;
}
