/* relasi-cli.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "relasi-cli.h"
#include "relasi-clock.h"
#include "relasi-error.h"
#include "relasi-notifier.h"
#include "relasi-paths.h"
#include "relasi-sample.h"
#include "relasi-store.h"
#include "relasi-summary-format.h"

static gboolean
parse_scale (const char  *text,
             guint64     *scale,
             GError     **error)
{
  if (text == NULL ||
      !g_ascii_string_to_unsigned (text, 10, 1, RELASI_SAMPLE_MAX_ENTRIES, scale, NULL))
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_INVALID,
                   /* TRANSLATORS: %s is what was given after --scale, %d the largest number allowed */
                   _("--scale needs a whole number of journal entries from 1 to %d, not “%s”"),
                   RELASI_SAMPLE_MAX_ENTRIES, text != NULL ? text : "");
      return FALSE;
    }
  return TRUE;
}

/**
 * relasi_cli_parse:
 * @options: where the parsed options go
 * @argc: (inout): the argument count; what is left for GApplication on return
 * @argv: (inout): the arguments
 * @error: set with a message for the person at the terminal
 *
 * Parses every option Relasi knows. Unknown options, stray arguments, bad values and
 * options that do not go together are errors: the caller prints the message and
 * exits with %RELASI_CLI_EXIT_USAGE. Nothing is read or written here.
 */
gboolean
relasi_cli_parse (RelasiCliOptions  *options,
                  int               *argc,
                  char            ***argv,
                  GError           **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *data_dir = NULL;
  g_autofree char *scale_text = NULL;
  g_autofree char *description = NULL;
  gboolean version = FALSE;
  gboolean service = FALSE;
  gboolean sample_data = FALSE;
  gboolean summary = FALSE;
  gboolean json = FALSE;
  gboolean check_reminders = FALSE;
  gboolean background = FALSE;
  guint64 scale = 0;
  int n_commands;
  const GOptionEntry entries[] = {
    { "version", 'v', 0, G_OPTION_ARG_NONE, &version,
      N_("Show the version and exit"), NULL },
    { "data-dir", 'd', 0, G_OPTION_ARG_FILENAME, &data_dir,
      N_("Keep the data in DIR instead of the usual place"), N_("DIR") },
    { "sample-data", 0, 0, G_OPTION_ARG_NONE, &sample_data,
      N_("Fill an empty database with sample data (a bakery in Bandung with 40 customers and 18 months of history) and exit"), NULL },
    { "scale", 0, 0, G_OPTION_ARG_STRING, &scale_text,
      N_("With --sample-data: make about N journal entries, with one customer for every 100 entries"), N_("N") },
    { "summary", 0, 0, G_OPTION_ARG_NONE, &summary,
      N_("Print the dashboard figures and exit"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("With --summary: print the figures as JSON"), NULL },
    { "check-reminders", 0, 0, G_OPTION_ARG_NONE, &check_reminders,
      N_("Show a desktop notification for every reminder that is due, once, and exit (for cron or a systemd timer)"), NULL },
    { "background", 0, 0, G_OPTION_ARG_NONE, &background,
      N_("Start without a window and keep reminding (used at login)"), NULL },
    { "gapplication-service", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &service,
      NULL, NULL },
    { NULL }
  };

  g_return_val_if_fail (options != NULL, FALSE);

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Keep your customer relationships healthy: thank customers, "
                                  "answer complaints in time and keep your promises."));
  description = g_strconcat (_("Without a command Relasi opens its window. The commands --version, "
                               "--sample-data and --summary work without a display."),
                             " ",
                             _("--check-reminders shows every due reminder once as a desktop "
                               "notification and exits; it needs a D-Bus session, not a display. "
                               "--background starts Relasi without a window, as the autostart "
                               "entry does at login."),
                             "\n\n",
                             _("Examples:"), "\n"
                             "  relasi --data-dir /tmp/demo --sample-data\n"
                             "  relasi --data-dir /tmp/big --sample-data --scale 1000000\n"
                             "  relasi --summary --json\n"
                             "  relasi --check-reminders\n\n",
                             _("Environment: RELASI_DATA_DIR chooses the folder like --data-dir; "
                               "RELASI_NOW (ISO 8601, e.g. 2026-03-01T09:00:00+07:00) sets the current time."),
                             "\n\n",
                             _("Exit status: 0 done, 1 the command failed, 2 wrong arguments."),
                             NULL);
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, error))
    return FALSE;

  if (*argc > 1)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_INVALID,
                   _("Unexpected argument “%s”"), (*argv)[1]);
      return FALSE;
    }

  if (data_dir != NULL && (*data_dir == '\0' || g_str_has_prefix (data_dir, "-")))
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_INVALID,
                   _("--data-dir needs the path of a folder"));
      return FALSE;
    }

  n_commands = (version ? 1 : 0) + (sample_data ? 1 : 0) + (summary ? 1 : 0) + (service ? 1 : 0) +
               (check_reminders ? 1 : 0) + (background ? 1 : 0);
  if (n_commands > 1)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_INVALID,
                   _("Give one command at a time: --version, --sample-data, --summary, --check-reminders and --background cannot be combined"));
      return FALSE;
    }

  if (scale_text != NULL)
    {
      if (!sample_data)
        {
          g_set_error (error, RELASI_ERROR, RELASI_ERROR_INVALID,
                       _("--scale only goes with --sample-data"));
          return FALSE;
        }
      if (!parse_scale (scale_text, &scale, error))
        return FALSE;
    }

  if (json && !summary)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_INVALID,
                   _("--json only goes with --summary"));
      return FALSE;
    }

  options->data_dir = g_steal_pointer (&data_dir);
  options->version = version;
  options->service = service;
  options->sample_data = sample_data;
  options->scale = scale;
  options->summary = summary;
  options->json = json;
  options->check_reminders = check_reminders;
  options->background = background;
  return TRUE;
}

/* ---- --sample-data ---------------------------------------------------------------- */

static int
run_sample_data (guint64 scale)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelasiStore) store = NULL;
  RelasiSampleResult result = { 0 };
  gint64 started = g_get_monotonic_time ();
  double seconds;

  store = relasi_store_open (NULL, &error);
  if (store == NULL)
    {
      g_printerr ("relasi: %s\n", error->message);
      return RELASI_CLI_EXIT_FAILURE;
    }

  if (!relasi_sample_fill (store, scale, &result, &error))
    {
      g_printerr ("relasi: %s\n", error->message);
      return RELASI_CLI_EXIT_FAILURE;
    }

  seconds = (double) (g_get_monotonic_time () - started) / G_USEC_PER_SEC;
  /* TRANSLATORS: %s is the database's path; then the numbers of customers and journal
   * entries and the seconds it took */
  g_print (_("Sample data added to “%s”: %u customers and %lu journal entries in %.1f seconds.\n"),
           relasi_store_get_path (store), result.customers, (gulong) result.interactions, seconds);
  return 0;
}

/* ---- --summary -------------------------------------------------------------------- */

static int
clamp_int (gint64 value)
{
  return (int) CLAMP (value, 0, G_MAXINT);
}

static char *
format_age (gint64 seconds)
{
  gint64 hours = seconds / 3600;

  if (hours < 1)
    return g_strdup (_("less than an hour"));
  if (hours < 48)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour", "%d hours", (gulong) hours),
                            clamp_int (hours));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", (gulong) (hours / 24)),
                          clamp_int (hours / 24));
}

static void
print_summary_text (const RelasiStoreSummary *s,
                    gint64                    now,
                    const char               *database)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (now);
  g_autoptr(GDateTime) local = g_date_time_to_local (utc);
  g_autofree char *when = g_date_time_format (local, "%Y-%m-%d %H:%M");
  g_autofree char *complaints = NULL;
  const char *labels[8];
  char *values[8];
  glong width = 0;

  if (s->complaints_awaiting_answer > 0)
    {
      g_autofree char *age = format_age (now - s->oldest_complaint_opened_at);

      /* TRANSLATORS: the number of complaints awaiting an answer, how many of them are
       * past their deadline, and how long the oldest has waited ("31 hours", "3 days") */
      complaints = g_strdup_printf (_("%d (%d past the deadline; the oldest has waited %s)"),
                                    clamp_int (s->complaints_awaiting_answer),
                                    clamp_int (s->complaints_overdue), age);
    }
  else
    complaints = g_strdup ("0");

  labels[0] = _("Complaints awaiting an answer:");
  values[0] = g_steal_pointer (&complaints);
  labels[1] = _("Overdue thank-yous:");
  values[1] = g_strdup_printf ("%d", clamp_int (s->overdue_thank_yous));
  labels[2] = _("Promises due this week:");
  values[2] = g_strdup_printf ("%d", clamp_int (s->promises_due_soon));
  labels[3] = _("Overdue promises:");
  values[3] = g_strdup_printf ("%d", clamp_int (s->promises_overdue));
  labels[4] = _("Drifting customers:");
  values[4] = g_strdup_printf ("%d", clamp_int (s->drifting_customers));
  labels[5] = _("Customer health:");
  /* TRANSLATORS: numbers of active customers whose relationship health is good, fair, poor */
  values[5] = g_strdup_printf (_("%d good, %d fair, %d poor"), clamp_int (s->health_good),
                               clamp_int (s->health_fair), clamp_int (s->health_poor));
  labels[6] = _("Customers:");
  /* TRANSLATORS: numbers of active and lost customers */
  values[6] = g_strdup_printf (_("%d active, %d lost"), clamp_int (s->active_customers),
                               clamp_int (s->lost_customers));
  labels[7] = _("Open repair cases:");
  values[7] = g_strdup_printf ("%d", clamp_int (s->open_cases));

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    width = MAX (width, g_utf8_strlen (labels[i], -1));

  /* TRANSLATORS: a heading; %s is a date and time */
  g_print (_("Relasi summary, %s"), when);
  g_print ("\n");
  if (database != NULL)
    g_print ("%s\n", database);
  g_print ("\n");
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_print ("%s%*s %s\n", labels[i], (int) (width - g_utf8_strlen (labels[i], -1)), "", values[i]);
      g_free (values[i]);
    }
}

static int
run_summary (gboolean json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RelasiStore) store = NULL;
  g_autofree char *dir = relasi_data_dir ();
  g_autofree char *path = g_build_filename (dir, "relasi.db", NULL);
  RelasiStoreSummary summary = { 0 };
  const char *database = NULL;
  GStatBuf info;
  gint64 now;

  /* A summary only reads: where there is no database yet, it does not make one (an
   * empty file is none yet either: opening would write one into it). A folder that is
   * not one, or cannot be read, is said so, not taken for "nothing yet". */
  if (g_stat (path, &info) != 0)
    {
      int saved = errno;

      if (saved == ENOTDIR)
        {
          g_printerr (_("relasi: “%s” is not a folder. Give a folder with --data-dir or RELASI_DATA_DIR.\n"), dir);
          return RELASI_CLI_EXIT_FAILURE;
        }
      if (saved != ENOENT)
        {
          g_printerr (_("relasi: cannot read “%s”: %s\n"), path, g_strerror (saved));
          return RELASI_CLI_EXIT_FAILURE;
        }
      info.st_size = 0;
    }
  if (info.st_size == 0)
    {
      /* ... unless a write-ahead log holds what the file does not have yet */
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      GStatBuf wal_info;

      if (g_stat (wal, &wal_info) == 0 && wal_info.st_size > 0)
        info.st_size = 1;
    }
  if (info.st_size > 0)
    {
      store = relasi_store_open (dir, &error);
      if (store == NULL || !relasi_store_get_summary (store, &summary, &error))
        {
          g_printerr ("relasi: %s\n", error->message);
          return RELASI_CLI_EXIT_FAILURE;
        }
      database = relasi_store_get_path (store);
    }
  else
    g_printerr (_("relasi: there is no database in “%s” yet, so every figure is zero.\n"), dir);

  now = relasi_clock_now ();
  if (json)
    {
      g_autofree char *text = relasi_summary_format_json (&summary, now, database);

      g_print ("%s", text);
    }
  else
    print_summary_text (&summary, now, database);
  return 0;
}

/* ---- --check-reminders ------------------------------------------------------------ */

static int
run_check_reminders (void)
{
  g_autoptr(GError) error = NULL;

  /* core and libnotify only: no display is opened */
  if (!relasi_notifier_check_once (NULL, &error))
    {
      g_printerr ("relasi: %s\n", error->message);
      return RELASI_CLI_EXIT_FAILURE;
    }
  return 0;
}

/**
 * relasi_cli_run:
 * @options: parsed options
 *
 * Runs a headless command if one was asked for.
 *
 * Returns: the exit status, or -1 when the application window should start
 */
int
relasi_cli_run (RelasiCliOptions *options)
{
  if (options->data_dir != NULL)
    {
      /* One place decides where the data lives; it reads RELASI_DATA_DIR. */
      g_autofree char *absolute = g_canonicalize_filename (options->data_dir, NULL);
      g_setenv ("RELASI_DATA_DIR", absolute, TRUE);
    }

  if (options->version)
    {
      g_print ("relasi %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (options->sample_data)
    return run_sample_data (options->scale);

  if (options->summary)
    return run_summary (options->json);

  if (options->check_reminders)
    return run_check_reminders ();

  return -1;
}

void
relasi_cli_options_clear (RelasiCliOptions *options)
{
  g_clear_pointer (&options->data_dir, g_free);
}
