/* relasi-dashboard-page.c
 *
 * The figures on the cards are relasi_store_get_summary()'s (the same that
 * `relasi --summary` prints); what each card names, the reminders due today and the
 * charts come from relasi-store-dashboard.h. A refresh is a handful of indexed queries.
 *
 * The page refreshes itself once per burst of store changes (in an idle, and only
 * while it is shown: a hidden page refreshes when it is shown again), and every minute
 * while shown, so that "waiting 30 hours" stays true and a new day is noticed. The
 * clock is relasi_clock_now(); a jump of the clock refreshes at the next check too.
 *
 * A database without any customer (none in the trash either) gets the welcome state
 * instead: add the first customer, or fill the database with the core's sample data
 * after the user agrees (in a GTask thread on a worker store).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-dashboard-page.h"
#include "relasi-band-chart.h"
#include "relasi-bar-chart.h"
#include "relasi-clock.h"
#include "relasi-month-chart.h"
#include "relasi-sample.h"
#include "relasi-status-page.h"
#include "relasi-store-dashboard.h"
#include "relasi-summary-card.h"

#define CLOCK_CHECK_SECONDS 60
#define CLOCK_JUMP_SECONDS  90
#define HEALTH_CHECK_DELAY_MS 1000  /* after the first figures */

struct _RelasiDashboardPage
{
  GtkWidget          parent_instance;

  GtkButton         *add_first_button;
  RelasiBandChart   *band_chart;
  GtkButton         *cancel_sample_button;
  RelasiBarChart    *causes_chart;
  RelasiSummaryCard *complaints_card;
  GtkLabel          *date_label;
  RelasiSummaryCard *drifting_card;
  GtkLabel          *error_label;
  GtkButton         *explore_button;
  GtkButton         *fill_sample_button;
  GtkLabel          *greeting_label;
  RelasiMonthChart  *month_chart;
  RelasiSummaryCard *needs_care_card;
  RelasiSummaryCard *promises_card;
  RelasiBarChart    *reasons_chart;
  RelasiSummaryCard *reminders_card;
  GtkSpinner        *spinner;
  GtkStack          *stack;
  RelasiSummaryCard *thank_you_card;
  GtkStack          *welcome_stack;

  RelasiStore       *store;
  gulong             changed_id;
  GCancellable      *cancellable;
  guint              refresh_idle_id;
  guint              clock_timer_id;
  guint              health_check_id;  /* the first check for stale scores, after the start */
  gboolean           dirty;            /* the store changed since the last refresh */
  gboolean           busy;             /* sample data is being added */
  gboolean           welcome;
  GDate              shown_day;        /* the local day the figures are for */
  gint64             checked_at;       /* relasi_clock_now() at the last clock check */
  gint64             checked_mono;     /* g_get_monotonic_time() then */
  gint64             refreshed_mono;   /* g_get_monotonic_time() at the last refresh */

  RelasiStore       *reader;           /* the worker connection the figures are read on */
  gboolean           loading;          /* a read is running */
  gboolean           load_again;       /* ... and the store changed meanwhile */
  gboolean           loaded_once;      /* figures have been shown */
  RelasiDashboardPrefetch *prefetch;   /* figures read before the page existed */
};

G_DEFINE_FINAL_TYPE (RelasiDashboardPage, relasi_dashboard_page, GTK_TYPE_WIDGET)

static void prefetch_unref (gpointer data);

enum {
  PROP_0,
  PROP_STORE,
  PROP_WELCOME,
  PROP_BUSY,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* RelasiDashboardColumns: the page's children in as many columns of at least
 * column-width as fit (at most max-columns), each row as tall as its tallest child.
 * Cards and charts reflow from two or three columns to one as the window narrows. */

#define RELASI_TYPE_DASHBOARD_COLUMNS (relasi_dashboard_columns_get_type ())

G_DECLARE_FINAL_TYPE (RelasiDashboardColumns, relasi_dashboard_columns, RELASI, DASHBOARD_COLUMNS, GtkWidget)

struct _RelasiDashboardColumns
{
  GtkWidget parent_instance;

  int       column_width;
  int       max_columns;
  int       spacing;
};

G_DEFINE_FINAL_TYPE (RelasiDashboardColumns, relasi_dashboard_columns, GTK_TYPE_WIDGET)

enum {
  COLUMNS_PROP_0,
  COLUMNS_PROP_COLUMN_WIDTH,
  COLUMNS_PROP_MAX_COLUMNS,
  COLUMNS_PROP_SPACING,
  COLUMNS_N_PROPS
};

static GParamSpec *columns_properties[COLUMNS_N_PROPS];

static guint
columns_n_visible (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += gtk_widget_should_layout (child);
  return n;
}

static int
columns_for_width (RelasiDashboardColumns *self,
                   int                     width)
{
  int n = (width + self->spacing) / (self->column_width + self->spacing);

  return CLAMP (n, 1, MAX (1, (int) MIN ((guint) self->max_columns, columns_n_visible (GTK_WIDGET (self)))));
}

/* Lays the children out for @width; allocates them when @allocate, and returns the
 * height needed (minimum heights when @minimum). */
static int
columns_layout (RelasiDashboardColumns *self,
                int                     width,
                gboolean                allocate,
                gboolean                minimum)
{
  GtkWidget *widget = GTK_WIDGET (self);
  int n_columns = columns_for_width (self, width);
  int column_width = MAX (0, (width - (n_columns - 1) * self->spacing) / n_columns);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  GtkWidget *row_start = gtk_widget_get_first_child (widget);
  int y = 0;

  while (row_start != NULL)
    {
      GtkWidget *child = row_start;
      int row_height = 0;
      int column = 0;

      /* measure a row */
      for (; child != NULL && column < n_columns; child = gtk_widget_get_next_sibling (child))
        {
          int min, nat;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, column_width, &min, &nat, NULL, NULL);
          row_height = MAX (row_height, minimum ? min : nat);
          column++;
        }
      if (column == 0)
        break;

      if (allocate)
        {
          column = 0;
          for (GtkWidget *c = row_start; c != child; c = gtk_widget_get_next_sibling (c))
            {
              int x;

              if (!gtk_widget_should_layout (c))
                continue;
              x = column * (column_width + self->spacing);
              if (rtl)
                x = width - x - column_width;
              gtk_widget_size_allocate (c, &(GtkAllocation) { x, y, column_width, row_height }, -1);
              column++;
            }
        }

      y += row_height + self->spacing;
      row_start = child;
    }

  return MAX (0, y - self->spacing);
}

static void
relasi_dashboard_columns_measure (GtkWidget      *widget,
                                  GtkOrientation  orientation,
                                  int             for_size,
                                  int            *minimum,
                                  int            *natural,
                                  int            *minimum_baseline,
                                  int            *natural_baseline)
{
  RelasiDashboardColumns *self = RELASI_DASHBOARD_COLUMNS (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int min = 0, nat = 0;

      for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          min = MAX (min, child_min);
          nat = MAX (nat, MAX (child_nat, self->column_width));
        }
      *minimum = min;
      *natural = self->max_columns * nat + (self->max_columns - 1) * self->spacing;
      return;
    }

  if (for_size < 0)
    {
      int min_width, nat_width;

      relasi_dashboard_columns_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, &nat_width, NULL, NULL);
      for_size = nat_width;
    }
  *minimum = columns_layout (self, for_size, FALSE, TRUE);
  *natural = columns_layout (self, for_size, FALSE, FALSE);
}

static void
relasi_dashboard_columns_size_allocate (GtkWidget *widget,
                                        int        width,
                                        int        height,
                                        int        baseline)
{
  columns_layout (RELASI_DASHBOARD_COLUMNS (widget), width, TRUE, FALSE);
}

static GtkSizeRequestMode
relasi_dashboard_columns_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
relasi_dashboard_columns_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (relasi_dashboard_columns_parent_class)->dispose (object);
}

static void
relasi_dashboard_columns_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  RelasiDashboardColumns *self = RELASI_DASHBOARD_COLUMNS (object);

  switch (prop_id)
    {
    case COLUMNS_PROP_COLUMN_WIDTH:
      g_value_set_int (value, self->column_width);
      break;
    case COLUMNS_PROP_MAX_COLUMNS:
      g_value_set_int (value, self->max_columns);
      break;
    case COLUMNS_PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_dashboard_columns_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  RelasiDashboardColumns *self = RELASI_DASHBOARD_COLUMNS (object);
  int *field;

  switch (prop_id)
    {
    case COLUMNS_PROP_COLUMN_WIDTH:
      field = &self->column_width;
      break;
    case COLUMNS_PROP_MAX_COLUMNS:
      field = &self->max_columns;
      break;
    case COLUMNS_PROP_SPACING:
      field = &self->spacing;
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (*field == g_value_get_int (value))
    return;
  *field = g_value_get_int (value);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (object, pspec);
}

static void
relasi_dashboard_columns_class_init (RelasiDashboardColumnsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relasi_dashboard_columns_dispose;
  object_class->get_property = relasi_dashboard_columns_get_property;
  object_class->set_property = relasi_dashboard_columns_set_property;

  widget_class->measure = relasi_dashboard_columns_measure;
  widget_class->size_allocate = relasi_dashboard_columns_size_allocate;
  widget_class->get_request_mode = relasi_dashboard_columns_get_request_mode;

  columns_properties[COLUMNS_PROP_COLUMN_WIDTH] =
    g_param_spec_int ("column-width", NULL, NULL, 1, G_MAXINT16, 240,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  columns_properties[COLUMNS_PROP_MAX_COLUMNS] =
    g_param_spec_int ("max-columns", NULL, NULL, 1, 12, 2,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  columns_properties[COLUMNS_PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT16, 12,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, COLUMNS_N_PROPS, columns_properties);

  gtk_widget_class_set_css_name (widget_class, "columns");
}

static void
relasi_dashboard_columns_init (RelasiDashboardColumns *self)
{
  self->column_width = 240;
  self->max_columns = 2;
  self->spacing = 12;
}

/* Text */

/* "45 minutes", "30 hours", "4 days": how long something has waited. */
static char *
format_duration (gint64 seconds)
{
  int n;

  if (seconds < 3600)
    {
      n = (int) MAX (1, seconds / 60);
      return g_strdup_printf (ngettext ("%d minute", "%d minutes", n), n);
    }
  if (seconds < 2 * 86400)
    {
      n = (int) (seconds / 3600);
      return g_strdup_printf (ngettext ("%d hour", "%d hours", n), n);
    }
  n = (int) MIN (seconds / 86400, G_MAXINT);
  return g_strdup_printf (ngettext ("%d day", "%d days", n), n);
}

static char *
format_time_of_day (GDateTime *dt)
{
  /* Translators: a time of day on the dashboard, a strftime() format; "%H.%M" in Indonesian */
  return g_date_time_format (dt, C_("time of day", "%H:%M"));
}

/* When something in the future is due: "today at 14:00", "tomorrow", "Thursday",
 * "4 December". */
static char *
format_when (GDateTime *now_local,
             gint64     at)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (at);
  g_autoptr(GDateTime) then = g_date_time_to_timezone (utc, g_date_time_get_timezone (now_local));
  GDate today, day;
  int days;

  g_date_clear (&today, 1);
  g_date_clear (&day, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now_local), g_date_time_get_month (now_local),
                  g_date_time_get_year (now_local));
  g_date_set_dmy (&day, g_date_time_get_day_of_month (then), g_date_time_get_month (then),
                  g_date_time_get_year (then));
  days = g_date_days_between (&today, &day);

  if (days <= 0)
    {
      g_autofree char *time = format_time_of_day (then);

      /* Translators: when something is due, "today at 14:00" */
      return g_strdup_printf (_("today at %s"), time);
    }
  if (days == 1)
    return g_strdup (_("tomorrow"));
  if (days < 7)
    /* Translators: a weekday, a strftime() format */
    return g_date_time_format (then, C_("due on weekday", "%A"));
  /* Translators: a date, a strftime() format: "4 December" */
  return g_date_time_format (then, C_("due on date", "%-d %B"));
}

/* Data into widgets */

static void
set_card (RelasiSummaryCard *card,
          gint64             value,
          const char        *detail,
          RelasiSeverity     severity)
{
  relasi_summary_card_set_value (card, (guint) CLAMP (value, 0, G_MAXUINT));
  relasi_summary_card_set_detail (card, detail);
  relasi_summary_card_set_severity (card, value > 0 ? severity : RELASI_SEVERITY_NEUTRAL);
}

static void
update_cards (RelasiDashboardPage         *self,
              const RelasiStoreSummary    *s,
              const RelasiDashboardUrgent *u,
              GDateTime                   *now_local)
{
  gint64 now = g_date_time_to_unix (now_local);
  gint64 promises = s->promises_due_soon + s->promises_overdue;

  /* complaints awaiting an answer: critical when one is past its deadline */
  {
    g_autofree char *detail = NULL;

    if (s->complaints_awaiting_answer > 0 && u->oldest_complaint.id != 0)
      {
        g_autofree char *waited = format_duration (now - u->oldest_complaint.at);

        /* Translators: a dashboard card: who has waited longest for an answer to a
         * complaint, and how long: "Oldest: Budi Santoso, waiting 30 hours" */
        detail = g_strdup_printf (_("Oldest: %s, waiting %s"), u->oldest_complaint.customer_name, waited);
      }
    else
      detail = g_strdup (_("No complaint is waiting for an answer"));
    set_card (self->complaints_card, s->complaints_awaiting_answer, detail,
              s->complaints_overdue > 0 ? RELASI_SEVERITY_CRITICAL : RELASI_SEVERITY_WARNING);
  }

  /* thank-you notes overdue */
  {
    g_autofree char *detail = NULL;

    if (s->overdue_thank_yous > 0 && u->oldest_thank_you.id != 0)
      {
        g_autofree char *late = format_duration (now - u->oldest_thank_you.due_at);

        /* Translators: a dashboard card: the customer who has waited longest for a
         * thank-you, and how long it is overdue: "Oldest: Sari Wulandari, 4 days overdue" */
        detail = g_strdup_printf (_("Oldest: %s, %s overdue"), u->oldest_thank_you.customer_name, late);
      }
    else
      detail = g_strdup (_("No thank-you note is overdue"));
    set_card (self->thank_you_card, s->overdue_thank_yous, detail, RELASI_SEVERITY_WARNING);
  }

  /* promises due within the week, and overdue ones: critical when one is overdue */
  {
    g_autofree char *detail = NULL;

    if (promises > 0 && u->first_promise.id != 0 && u->first_promise.due_at < now)
      {
        g_autofree char *late = format_duration (now - u->first_promise.due_at);

        /* Translators: a dashboard card: the customer a promise was made to that is
         * most overdue, and how late it is: "Overdue: Toko Makmur, 3 days late" */
        detail = g_strdup_printf (_("Overdue: %s, %s late"), u->first_promise.customer_name, late);
      }
    else if (promises > 0 && u->first_promise.id != 0)
      {
        g_autofree char *when = format_when (now_local, u->first_promise.due_at);

        /* Translators: a dashboard card: the next promise, to whom and when it is due:
         * "Next: Toko Makmur, Thursday" */
        detail = g_strdup_printf (_("Next: %s, %s"), u->first_promise.customer_name, when);
      }
    else
      detail = g_strdup (_("No promise is due this week"));
    set_card (self->promises_card, promises, detail,
              s->promises_overdue > 0 ? RELASI_SEVERITY_CRITICAL : RELASI_SEVERITY_WARNING);
  }

  /* customers drifting away */
  {
    g_autofree char *detail = NULL;

    if (s->drifting_customers > 0 && u->longest_drifting.id != 0)
      {
        if (u->longest_drifting.due_at > 0)
          {
            g_autofree char *since = format_duration (now - u->longest_drifting.due_at);

            /* Translators: a dashboard card: the customer who has drifted longest and
             * how long ago the last contact was: "Longest: Warung Bu Tini, no contact for 75 days" */
            detail = g_strdup_printf (_("Longest: %s, no contact for %s"), u->longest_drifting.customer_name, since);
          }
        else
          /* Translators: a dashboard card: the customer who has drifted longest has
           * never been contacted: "Longest: Warung Bu Tini, never contacted" */
          detail = g_strdup_printf (_("Longest: %s, never contacted"), u->longest_drifting.customer_name);
      }
    else
      detail = g_strdup (_("No customer is drifting away"));
    set_card (self->drifting_card, s->drifting_customers, detail, RELASI_SEVERITY_WARNING);
  }

  /* customers needing care: active, health below good (the Customers page's filter) */
  {
    g_autofree char *detail = NULL;
    gint64 needing = s->health_fair + s->health_poor;

    if (needing > 0 && u->lowest_health.id != 0)
      /* Translators: a dashboard card: the customer whose relationship is in the worst
       * health, and its score out of 100: "Lowest: Hadi Susanto, health 35" */
      detail = g_strdup_printf (_("Lowest: %s, health %d"), u->lowest_health.customer_name, u->lowest_health_score);
    else
      detail = g_strdup (_("Every relationship is in good health"));
    set_card (self->needs_care_card, needing, detail, RELASI_SEVERITY_WARNING);
  }

  /* reminders due today (overdue ones included): a warning when some are overdue */
  {
    g_autofree char *detail = NULL;

    if (u->reminders_due_today > 0 && u->first_reminder.id != 0)
      {
        if (u->first_reminder.at <= now)
          /* Translators: a dashboard card: the first reminder that is overdue, its title */
          detail = g_strdup_printf (_("Overdue: %s"), u->first_reminder.text);
        else
          {
            g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (u->first_reminder.at);
            g_autoptr(GDateTime) then = g_date_time_to_timezone (utc, g_date_time_get_timezone (now_local));
            g_autofree char *time = format_time_of_day (then);

            /* Translators: a dashboard card: the time and title of the next reminder:
             * "At 14:00: Call Bu Ani back" */
            detail = g_strdup_printf (_("At %s: %s"), time, u->first_reminder.text);
          }
      }
    else
      detail = g_strdup (_("Nothing is due today"));
    set_card (self->reminders_card, u->reminders_due_today, detail,
              u->reminders_overdue > 0 ? RELASI_SEVERITY_WARNING : RELASI_SEVERITY_NEUTRAL);
  }
}

static void
set_cause_items (RelasiBarChart *chart,
                 const gint64    counts[RELASI_N_ROOT_CAUSES])
{
  RelasiChartItem items[RELASI_N_ROOT_CAUSES];
  guint n = 0;

  for (guint i = 0; i < RELASI_N_ROOT_CAUSES; i++)
    if (counts[i] > 0)
      {
        items[n].label = relasi_root_cause_get_label ((RelasiRootCause) i);
        items[n].value = (double) counts[i];
        n++;
      }
  relasi_bar_chart_set_items (chart, items, n);
}

static void
update_header (RelasiDashboardPage *self,
               GDateTime           *now_local,
               gboolean             anything_due)
{
  g_autofree char *date = NULL;
  g_autofree char *greeting = NULL;
  int hour = g_date_time_get_hour (now_local);
  const char *hello;
  const char *status;

  /* Translators: today's date at the top of the dashboard, a strftime() format:
   * "Monday, 23 November" */
  date = g_date_time_format (now_local, C_("dashboard date", "%A, %-d %B"));
  gtk_label_set_label (self->date_label, date);

  if (hour >= 4 && hour < 11)
    hello = _("Good morning.");
  else if (hour >= 11 && hour < 15)
    hello = _("Good day.");
  else if (hour >= 15 && hour < 18)
    hello = _("Good afternoon.");
  else
    hello = _("Good evening.");
  status = anything_due ? _("Here is what needs your care today.")
                        : _("Nothing needs your care right now.");
  /* Translators: the greeting at the top of the dashboard, then one sentence about
   * today: "Good morning. Here is what needs your care today." */
  greeting = g_strdup_printf (C_("dashboard greeting", "%s %s"), hello, status);
  gtk_label_set_label (self->greeting_label, greeting);
}

static void
set_welcome (RelasiDashboardPage *self,
             gboolean             welcome)
{
  welcome = !!welcome;
  gtk_stack_set_visible_child_name (self->stack, welcome ? "welcome" : "dashboard");
  if (self->welcome == welcome)
    return;

  self->welcome = welcome;
  if (welcome && !self->busy)
    gtk_stack_set_visible_child_name (self->welcome_stack, "choices");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WELCOME]);
}

static void
remember_clock (RelasiDashboardPage *self,
                GDateTime           *now_local)
{
  g_date_set_dmy (&self->shown_day, g_date_time_get_day_of_month (now_local),
                  g_date_time_get_month (now_local), g_date_time_get_year (now_local));
  self->checked_at = g_date_time_to_unix (now_local);
  self->checked_mono = self->refreshed_mono = g_get_monotonic_time ();
}

/* Actions */

static void
update_actions (RelasiDashboardPage *self)
{
  const char *state = gtk_stack_get_visible_child_name (self->welcome_stack);
  gboolean confirming = g_strcmp0 (state, "confirm") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.ask-sample",
                                 self->store != NULL && !self->busy && !confirming);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.cancel-sample", confirming);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.fill-sample",
                                 self->store != NULL && !self->busy && confirming);
}

static void
show_welcome_state (RelasiDashboardPage *self,
                    const char          *state,
                    GtkWidget           *focus)
{
  gtk_stack_set_visible_child_name (self->welcome_stack, state);
  update_actions (self);
  if (focus != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (focus);
}

static void
set_busy (RelasiDashboardPage *self,
          gboolean             busy)
{
  self->busy = busy;
  gtk_spinner_set_spinning (self->spinner, busy);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
ask_sample_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RelasiDashboardPage *self = RELASI_DASHBOARD_PAGE (widget);

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  show_welcome_state (self, "confirm", GTK_WIDGET (self->fill_sample_button));
}

static void
cancel_sample_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RelasiDashboardPage *self = RELASI_DASHBOARD_PAGE (widget);

  show_welcome_state (self, "choices", GTK_WIDGET (self->explore_button));
}

static void
fill_sample_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  RelasiStore *main_store = task_data;   /* only its path and rules are read here */
  g_autoptr(RelasiStore) worker = NULL;
  g_autoptr(GError) error = NULL;

  worker = relasi_store_open_for_worker (main_store, &error);
  if (worker == NULL || !relasi_sample_fill (worker, 0, NULL, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
on_sample_filled (GObject      *source_object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  RelasiDashboardPage *self = RELASI_DASHBOARD_PAGE (source_object);
  RelasiStore *store = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (self->stack == NULL)   /* disposed meanwhile */
        return;
      set_busy (self, FALSE);
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      show_welcome_state (self, "choices", GTK_WIDGET (self->explore_button));
      return;
    }

  /* every view of the main store learns about the new rows */
  relasi_store_notify_external_change (store, RELASI_STORE_CHANGE_ALL);
  if (self->stack == NULL)
    return;
  set_busy (self, FALSE);
  gtk_stack_set_visible_child_name (self->welcome_stack, "choices");
  relasi_dashboard_page_refresh (self);
}

static void
fill_sample_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RelasiDashboardPage *self = RELASI_DASHBOARD_PAGE (widget);
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (self->store != NULL);
  g_return_if_fail (!self->busy);

  set_busy (self, TRUE);
  show_welcome_state (self, "progress", NULL);

  task = g_task_new (self, self->cancellable, on_sample_filled, NULL);
  g_task_set_source_tag (task, fill_sample_action);
  g_task_set_task_data (task, g_object_ref (self->store), g_object_unref);
  g_task_run_in_thread (task, fill_sample_thread);
}

/* Refreshing */

static gboolean
refresh_idle (gpointer user_data)
{
  RelasiDashboardPage *self = user_data;

  self->refresh_idle_id = 0;
  relasi_dashboard_page_refresh (self);
  return G_SOURCE_REMOVE;
}

/* Refreshes soon, once for a burst of changes; a hidden page waits until it is shown. */
static void
queue_refresh (RelasiDashboardPage *self)
{
  self->dirty = TRUE;
  if (self->refresh_idle_id != 0 || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  /* before the next frame is drawn */
  self->refresh_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, refresh_idle, self, NULL);
}

static void
on_store_changed (RelasiDashboardPage *self,
                  RelasiStoreChange    changes)
{
  queue_refresh (self);
}

static gboolean
on_clock_timer (gpointer user_data)
{
  relasi_dashboard_page_check_clock (user_data);
  return G_SOURCE_CONTINUE;
}

/* GObject */

static void
relasi_dashboard_page_map (GtkWidget *widget)
{
  RelasiDashboardPage *self = RELASI_DASHBOARD_PAGE (widget);

  GTK_WIDGET_CLASS (relasi_dashboard_page_parent_class)->map (widget);

  if (self->dirty)
    queue_refresh (self);
  else
    relasi_dashboard_page_check_clock (self);
}

static void
relasi_dashboard_page_dispose (GObject *object)
{
  RelasiDashboardPage *self = RELASI_DASHBOARD_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->refresh_idle_id, g_source_remove);
  g_clear_handle_id (&self->clock_timer_id, g_source_remove);
  g_clear_handle_id (&self->health_check_id, g_source_remove);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_clear_object (&self->store);
  g_clear_object (&self->reader);
  g_clear_pointer (&self->prefetch, prefetch_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELASI_TYPE_DASHBOARD_PAGE);

  G_OBJECT_CLASS (relasi_dashboard_page_parent_class)->dispose (object);
}

static void
relasi_dashboard_page_finalize (GObject *object)
{
  RelasiDashboardPage *self = RELASI_DASHBOARD_PAGE (object);

  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (relasi_dashboard_page_parent_class)->finalize (object);
}

static void
relasi_dashboard_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  RelasiDashboardPage *self = RELASI_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_WELCOME:
      g_value_set_boolean (value, self->welcome);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_dashboard_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  RelasiDashboardPage *self = RELASI_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      relasi_dashboard_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_dashboard_page_class_init (RelasiDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relasi_dashboard_page_dispose;
  object_class->finalize = relasi_dashboard_page_finalize;
  object_class->get_property = relasi_dashboard_page_get_property;
  object_class->set_property = relasi_dashboard_page_set_property;

  widget_class->map = relasi_dashboard_page_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, RELASI_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WELCOME] =
    g_param_spec_boolean ("welcome", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RELASI_TYPE_BAND_CHART);
  g_type_ensure (RELASI_TYPE_DASHBOARD_COLUMNS);
  g_type_ensure (RELASI_TYPE_BAR_CHART);
  g_type_ensure (RELASI_TYPE_MONTH_CHART);
  g_type_ensure (RELASI_TYPE_STATUS_PAGE);
  g_type_ensure (RELASI_TYPE_SUMMARY_CARD);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/relasi-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelasiDashboardPage, add_first_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiDashboardPage, band_chart);
  gtk_widget_class_bind_template_child (widget_class, RelasiDashboardPage, cancel_sample_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiDashboardPage, causes_chart);
  gtk_widget_class_bind_template_child (widget_class, RelasiDashboardPage, complaints_card);
  gtk_widget_class_bind_template_child (widget_class, RelasiDashboardPage, date_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiDashboardPage, drifting_card);
  gtk_widget_class_bind_template_child (widget_class, RelasiDashboardPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiDashboardPage, explore_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiDashboardPage, fill_sample_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiDashboardPage, greeting_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiDashboardPage, month_chart);
  gtk_widget_class_bind_template_child (widget_class, RelasiDashboardPage, needs_care_card);
  gtk_widget_class_bind_template_child (widget_class, RelasiDashboardPage, promises_card);
  gtk_widget_class_bind_template_child (widget_class, RelasiDashboardPage, reasons_chart);
  gtk_widget_class_bind_template_child (widget_class, RelasiDashboardPage, reminders_card);
  gtk_widget_class_bind_template_child (widget_class, RelasiDashboardPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, RelasiDashboardPage, stack);
  gtk_widget_class_bind_template_child (widget_class, RelasiDashboardPage, thank_you_card);
  gtk_widget_class_bind_template_child (widget_class, RelasiDashboardPage, welcome_stack);

  gtk_widget_class_install_action (widget_class, "dashboard.ask-sample", NULL, ask_sample_action);
  gtk_widget_class_install_action (widget_class, "dashboard.cancel-sample", NULL, cancel_sample_action);
  gtk_widget_class_install_action (widget_class, "dashboard.fill-sample", NULL, fill_sample_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "dashboard.cancel-sample", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dashboardpage");
}

static void
relasi_dashboard_page_init (RelasiDashboardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  gtk_widget_set_opacity (GTK_WIDGET (self->stack), 0.0);
  g_date_clear (&self->shown_day, 1);
  self->clock_timer_id = g_timeout_add_seconds (CLOCK_CHECK_SECONDS, on_clock_timer, self);
  update_actions (self);
}

GtkWidget *
relasi_dashboard_page_new (void)
{
  return g_object_new (RELASI_TYPE_DASHBOARD_PAGE, NULL);
}

RelasiStore *
relasi_dashboard_page_get_store (RelasiDashboardPage *self)
{
  g_return_val_if_fail (RELASI_IS_DASHBOARD_PAGE (self), NULL);

  return self->store;
}

/**
 * relasi_dashboard_page_set_store:
 * @store: (nullable): the store to show
 *
 * Reads @store's figures (on a worker thread; the page stays blank until they are in,
 * a frame or two) and follows its changes.
 */
void
relasi_dashboard_page_set_store (RelasiDashboardPage *self,
                                 RelasiStore         *store)
{
  g_return_if_fail (RELASI_IS_DASHBOARD_PAGE (self));
  g_return_if_fail (store == NULL || RELASI_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_id, self->store);
  g_set_object (&self->store, store);
  g_clear_object (&self->reader);
  if (store != NULL)
    self->changed_id = g_signal_connect_swapped (store, "changed", G_CALLBACK (on_store_changed), self);

  update_actions (self);
  relasi_dashboard_page_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * relasi_dashboard_page_get_welcome:
 *
 * Returns: whether the welcome state shows (the database has no customer at all)
 */
gboolean
relasi_dashboard_page_get_welcome (RelasiDashboardPage *self)
{
  g_return_val_if_fail (RELASI_IS_DASHBOARD_PAGE (self), FALSE);

  return self->welcome;
}

/**
 * relasi_dashboard_page_get_busy:
 *
 * Returns: whether sample data is being added
 */
gboolean
relasi_dashboard_page_get_busy (RelasiDashboardPage *self)
{
  g_return_val_if_fail (RELASI_IS_DASHBOARD_PAGE (self), FALSE);

  return self->busy;
}

/* Reading: on a worker thread, on a connection of its own kept for the next time (its
 * page cache stays warm). One read at a time; a change meanwhile reads again after. */

typedef struct {
  RelasiStore         *store;      /* the main store: only its path is read in the thread */
  RelasiStore         *reader;     /* the page's reader, or NULL: opened in the thread */
  GDateTime           *now_local;
  RelasiDashboardData  data;
} Load;

static void
load_free (gpointer data)
{
  Load *load = data;

  g_clear_object (&load->store);
  g_clear_object (&load->reader);
  g_clear_pointer (&load->now_local, g_date_time_unref);
  relasi_dashboard_data_clear (&load->data);
  g_free (load);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Load *load = task_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (load->reader == NULL)
    load->reader = relasi_store_open_for_worker (load->store, &error);
  if (load->reader == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* one snapshot: the figures agree with each other */
  ok = relasi_store_begin_read (load->reader, &error) &&
       relasi_store_load_dashboard (load->reader, load->now_local, &load->data, &error);
  relasi_store_end_read (load->reader);
  if (!ok)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
show_figures (RelasiDashboardPage       *self,
              GDateTime                 *now_local,
              const RelasiDashboardData *data)
{
  const RelasiStoreSummary *summary = &data->summary;

  set_welcome (self, !data->has_customers);
  if (!data->has_customers)
    return;

  update_header (self, now_local,
                 summary->complaints_awaiting_answer + summary->overdue_thank_yous + summary->promises_due_soon +
                 summary->promises_overdue + summary->drifting_customers + summary->health_fair +
                 summary->health_poor + data->urgent.reminders_due_today > 0);
  update_cards (self, summary, &data->urgent, now_local);
  relasi_month_chart_set_data (self->month_chart, now_local, data->opened, data->answered_in_time,
                               RELASI_DASHBOARD_MONTHS);
  set_cause_items (self->causes_chart, data->causes);
  set_cause_items (self->reasons_chart, data->reasons);
  relasi_band_chart_set_counts (self->band_chart, (guint) summary->health_good, (guint) summary->health_fair,
                                (guint) summary->health_poor);
}

static void
set_loading (RelasiDashboardPage *self,
             gboolean             loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
check_health (RelasiDashboardPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store != NULL && !relasi_store_refresh_health_if_stale (self->store, &error))
    g_warning ("Could not refresh the health scores: %s", error->message);
}

static gboolean
health_check_cb (gpointer data)
{
  RelasiDashboardPage *self = data;

  self->health_check_id = 0;
  check_health (self);
  return G_SOURCE_REMOVE;
}

/* A read has ended (@load is NULL after a failure, already reported): show its
 * figures, then read again if the store changed meanwhile, or refresh stale health. */
static void
finish_load (RelasiDashboardPage *self,
             Load                *load)
{
  gboolean first;

  if (load != NULL && load->store == self->store)
    {
      if (self->reader == NULL)
        self->reader = g_steal_pointer (&load->reader);
      show_figures (self, load->now_local, &load->data);
    }
  first = !self->loaded_once;
  if (first)
    {
      /* blank until the first figures are in: never a frame of empty cards */
      self->loaded_once = TRUE;
      gtk_widget_set_opacity (GTK_WIDGET (self->stack), 1.0);
      /* The scores go stale with time alone (thank-yous fall overdue, customers drift):
       * the store refreshes them when they are an hour old — on its own worker in the
       * application — and the page reads again when they are in. After the first
       * figures, a second later: a refresh of every score (200 ms of work at 10 000
       * customers) would otherwise share the processor with the window's first frame
       * (also when this read has to run again at once). */
      if (self->health_check_id == 0)
        self->health_check_id = g_timeout_add_full (G_PRIORITY_LOW, HEALTH_CHECK_DELAY_MS, health_check_cb,
                                                    self, NULL);
    }

  set_loading (self, FALSE);
  if (self->load_again)
    {
      self->load_again = FALSE;
      relasi_dashboard_page_refresh (self);
      return;
    }

  if (self->health_check_id == 0)
    check_health (self);
}

static void
on_loaded (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  RelasiDashboardPage *self = RELASI_DASHBOARD_PAGE (object);
  Load *load = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (load->store == self->store && self->reader == NULL)
        self->reader = g_steal_pointer (&load->reader);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* the figures shown stay as they were; the next change or minute tries again */
      g_warning ("The dashboard could not read its figures: %s", error->message);
      finish_load (self, NULL);
      return;
    }
  finish_load (self, load);
}

/* ---- reading before the page exists -------------------------------------------- */

/* The application starts reading the figures as soon as the database is open, before
 * GTK has started, and the page takes them when it is given the store: the window's
 * first frame then has its figures. */
struct _RelasiDashboardPrefetch
{
  gint                 ref_count;
  Load                *load;
  gint64               started;      /* g_get_monotonic_time() */
  gboolean             done;
  gboolean             failed;
  RelasiDashboardPage *page;         /* weak: the page waiting for it */
};

#define PREFETCH_FRESH_USEC (3 * G_USEC_PER_SEC)

static RelasiDashboardPrefetch *
prefetch_ref (RelasiDashboardPrefetch *prefetch)
{
  g_atomic_int_inc (&prefetch->ref_count);
  return prefetch;
}

static void
prefetch_unref (gpointer data)
{
  RelasiDashboardPrefetch *prefetch = data;

  if (!g_atomic_int_dec_and_test (&prefetch->ref_count))
    return;
  g_clear_weak_pointer (&prefetch->page);
  g_clear_pointer (&prefetch->load, load_free);
  g_free (prefetch);
}

static void
prefetch_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  load_thread (task, source_object, ((RelasiDashboardPrefetch *) task_data)->load, cancellable);
}

static void
on_prefetched (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  RelasiDashboardPrefetch *prefetch = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  RelasiDashboardPage *page;

  prefetch->done = TRUE;
  prefetch->failed = !g_task_propagate_boolean (G_TASK (result), &error);
  if (prefetch->failed)
    g_warning ("The dashboard could not read its figures: %s", error->message);
  page = prefetch->page;
  if (page != NULL && page->prefetch == prefetch)
    {
      page->prefetch = NULL;
      finish_load (page, prefetch->failed ? NULL : prefetch->load);
      prefetch_unref (prefetch);
    }
}

/**
 * relasi_dashboard_prefetch_start:
 * @store: the store the window will show
 *
 * Starts reading the dashboard's figures on a worker thread now.
 *
 * Returns: (transfer full): give it to relasi_dashboard_page_take_prefetch()
 */
RelasiDashboardPrefetch *
relasi_dashboard_prefetch_start (RelasiStore *store)
{
  g_autoptr(GTask) task = NULL;
  RelasiDashboardPrefetch *prefetch;

  g_return_val_if_fail (RELASI_IS_STORE (store), NULL);

  prefetch = g_new0 (RelasiDashboardPrefetch, 1);
  prefetch->ref_count = 1;
  prefetch->started = g_get_monotonic_time ();
  prefetch->load = g_new0 (Load, 1);
  prefetch->load->store = g_object_ref (store);
  prefetch->load->now_local = relasi_clock_now_local ();

  task = g_task_new (NULL, NULL, on_prefetched, NULL);
  g_task_set_source_tag (task, relasi_dashboard_prefetch_start);
  g_task_set_task_data (task, prefetch_ref (prefetch), prefetch_unref);
  g_task_run_in_thread (task, prefetch_thread);
  return prefetch;
}

void
relasi_dashboard_prefetch_free (RelasiDashboardPrefetch *prefetch)
{
  if (prefetch != NULL)
    prefetch_unref (prefetch);
}

/**
 * relasi_dashboard_page_take_prefetch:
 * @self: a page not given a store yet
 * @prefetch: (transfer full): figures read for the store it will be given
 *
 * The page shows these figures (once read) instead of reading its own, if they are for
 * the store it is then given and only seconds old.
 */
void
relasi_dashboard_page_take_prefetch (RelasiDashboardPage     *self,
                                     RelasiDashboardPrefetch *prefetch)
{
  g_return_if_fail (RELASI_IS_DASHBOARD_PAGE (self));
  g_return_if_fail (prefetch != NULL);

  g_clear_pointer (&self->prefetch, prefetch_unref);
  self->prefetch = prefetch;
}

/* In a refresh: whether the prefetched figures serve (and are being waited for or were
 * shown) */
static gboolean
use_prefetch (RelasiDashboardPage *self)
{
  RelasiDashboardPrefetch *prefetch = g_steal_pointer (&self->prefetch);

  if (prefetch == NULL)
    return FALSE;
  if (prefetch->load->store != self->store ||
      g_get_monotonic_time () - prefetch->started > PREFETCH_FRESH_USEC ||
      (prefetch->done && prefetch->failed))
    {
      prefetch_unref (prefetch);
      return FALSE;
    }

  remember_clock (self, prefetch->load->now_local);
  set_loading (self, TRUE);
  if (prefetch->done)
    {
      finish_load (self, prefetch->load);
      prefetch_unref (prefetch);
    }
  else
    {
      /* on_prefetched() finishes */
      self->prefetch = prefetch;
      g_set_weak_pointer (&prefetch->page, self);
    }
  return TRUE;
}

/**
 * relasi_dashboard_page_refresh:
 *
 * Reads every figure from the store again, on a worker thread (the page does this by
 * itself when the store changes, every minute while shown, and when the day changes);
 * #RelasiDashboardPage:loading is %TRUE until they are shown.
 */
void
relasi_dashboard_page_refresh (RelasiDashboardPage *self)
{
  g_autoptr(GTask) task = NULL;
  Load *load;

  g_return_if_fail (RELASI_IS_DASHBOARD_PAGE (self));

  g_clear_handle_id (&self->refresh_idle_id, g_source_remove);
  if (self->store == NULL || self->busy)
    return;
  self->dirty = FALSE;
  if (self->loading)
    {
      self->load_again = TRUE;
      return;
    }
  if (use_prefetch (self))
    return;

  load = g_new0 (Load, 1);
  load->store = g_object_ref (self->store);
  /* the reader is used by one thread at a time: the page gives it to the task, which
   * hands it back */
  load->reader = g_steal_pointer (&self->reader);
  load->now_local = relasi_clock_now_local ();
  remember_clock (self, load->now_local);

  task = g_task_new (self, self->cancellable, on_loaded, NULL);
  g_task_set_source_tag (task, relasi_dashboard_page_refresh);
  g_task_set_task_data (task, load, load_free);
  set_loading (self, TRUE);
  g_task_run_in_thread (task, load_thread);
}

/**
 * relasi_dashboard_page_get_loading:
 *
 * Returns: whether the figures are being read
 */
gboolean
relasi_dashboard_page_get_loading (RelasiDashboardPage *self)
{
  g_return_val_if_fail (RELASI_IS_DASHBOARD_PAGE (self), FALSE);

  return self->loading;
}

/**
 * relasi_dashboard_page_check_clock:
 *
 * What the page does every minute: refreshes when the local day changed or the clock
 * jumped since the last refresh (a suspend, a clock change, a test traveling in time),
 * and otherwise too while the page is shown and the figures are a minute old, so that
 * ages ("waiting 30 hours") stay true.
 *
 * Returns: %TRUE when the day changed or the clock jumped
 */
gboolean
relasi_dashboard_page_check_clock (RelasiDashboardPage *self)
{
  g_autoptr(GDateTime) now_local = NULL;
  gint64 now, expected;
  gboolean new_day, jumped;

  g_return_val_if_fail (RELASI_IS_DASHBOARD_PAGE (self), FALSE);

  if (self->store == NULL || self->busy)
    return FALSE;

  now_local = relasi_clock_now_local ();
  now = g_date_time_to_unix (now_local);
  expected = self->checked_at + (g_get_monotonic_time () - self->checked_mono) / G_USEC_PER_SEC;
  jumped = self->checked_at != 0 && ABS (now - expected) > CLOCK_JUMP_SECONDS;
  new_day = !g_date_valid (&self->shown_day) ||
            g_date_get_day (&self->shown_day) != g_date_time_get_day_of_month (now_local) ||
            g_date_get_month (&self->shown_day) != (GDateMonth) g_date_time_get_month (now_local) ||
            g_date_get_year (&self->shown_day) != g_date_time_get_year (now_local);

  if (new_day || jumped)
    {
      relasi_dashboard_page_refresh (self);
      return TRUE;
    }

  self->checked_at = now;
  self->checked_mono = g_get_monotonic_time ();
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) &&
      self->checked_mono - self->refreshed_mono >= (CLOCK_CHECK_SECONDS - 10) * G_USEC_PER_SEC)
    queue_refresh (self);
  return FALSE;
}
