/* relasi-due-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "relasi-due-format.h"

static GDateTime *
local_from_unix (gint64 when)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (when);

  return g_date_time_to_local (utc);
}

/**
 * relasi_local_day_number:
 * @utc: a time, UTC seconds
 *
 * The local calendar day of @utc as a count of days since 1970-01-01: equal for times
 * on the same day, one apart for consecutive days (also across a clock change). Cheap
 * (no #GDateTime): lists call it for every row they show.
 *
 * Returns: the day number
 */
gint64
relasi_local_day_number (gint64 utc)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  int interval;
  gint64 local;

  /* the years 1..9999, as GDateTime: no overflow below */
  utc = CLAMP (utc, -62135596800, 253402300799);
  interval = g_time_zone_find_interval (zone, G_TIME_TYPE_UNIVERSAL, utc);
  local = utc + (interval >= 0 ? g_time_zone_get_offset (zone, interval) : 0);

  /* rounded down, also before 1970 */
  return local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
}

/* Days between the local calendar days of @a and @b (b - a). */
static int
local_day_difference (gint64 a,
                      gint64 b)
{
  return (int) (relasi_local_day_number (b) - relasi_local_day_number (a));
}

/**
 * relasi_due_format_relative:
 * @when: a time, UTC seconds
 * @now: the current time
 *
 * Returns: (transfer full): "in 3 hours", "2 days ago", "now"
 */
char *
relasi_due_format_relative (gint64 when,
                            gint64 now)
{
  gint64 diff = when - now;
  gint64 span = ABS (diff);
  gboolean future = diff > 0;
  gulong n;

  if (span < 60)
    return g_strdup (_("now"));

  if (span < 3600)
    {
      n = (gulong) (span / 60);
      return future
        ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %lu minute", "in %lu minutes", n), n)
        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lu minute ago", "%lu minutes ago", n), n);
    }

  if (span < 86400)
    {
      n = (gulong) (span / 3600);
      return future
        ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %lu hour", "in %lu hours", n), n)
        : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lu hour ago", "%lu hours ago", n), n);
    }

  n = (gulong) (span / 86400);
  return future
    ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "in %lu day", "in %lu days", n), n)
    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%lu day ago", "%lu days ago", n), n);
}

/**
 * relasi_due_format_absolute:
 * @when: a time, UTC seconds
 * @now: the current time
 *
 * Returns: (transfer full): the local date and time, "today, 14:00" close to @now
 */
char *
relasi_due_format_absolute (gint64 when,
                            gint64 now)
{
  g_autoptr(GDateTime) local = local_from_unix (when);
  g_autoptr(GDateTime) local_now = local_from_unix (now);
  int days = local_day_difference (now, when);
  const char *format;

  if (days == 0)
    /* TRANSLATORS: a due time; a g_date_time_format() format, %H:%M is the time of day */
    format = _("today, %H:%M");
  else if (days == 1)
    /* TRANSLATORS: a due time; a g_date_time_format() format, %H:%M is the time of day */
    format = _("tomorrow, %H:%M");
  else if (days == -1)
    /* TRANSLATORS: a due time; a g_date_time_format() format, %H:%M is the time of day */
    format = _("yesterday, %H:%M");
  else if (g_date_time_get_year (local) == g_date_time_get_year (local_now))
    /* TRANSLATORS: a due time in this year; a g_date_time_format() format: weekday, day, month, time */
    format = _("%a %-d %b, %H:%M");
  else
    /* TRANSLATORS: a due time in another year; a g_date_time_format() format */
    format = _("%-d %b %Y, %H:%M");

  return g_date_time_format (local, format);
}

/**
 * relasi_due_local_day_start:
 * @when: a time, UTC seconds
 * @days_later: how many local calendar days after @when's day
 *
 * Returns: the start (00:00 local time) of that day, as UTC seconds
 */
gint64
relasi_due_local_day_start (gint64 when,
                            int    days_later)
{
  return relasi_due_local_time (when, days_later, 0, 0);
}

/**
 * relasi_due_local_time:
 * @day: a time, UTC seconds, on the day meant
 * @days_later: how many local calendar days after @day
 * @hour: the hour, local time (0–23)
 * @minute: the minute
 *
 * Counts calendar days, not 24-hour spans, so "tomorrow at 09:00" is 09:00 on the
 * clock on the wall also when the clocks change in between.
 *
 * Returns: that local time as UTC seconds
 */
gint64
relasi_due_local_time (gint64 day,
                       int    days_later,
                       int    hour,
                       int    minute)
{
  g_autoptr(GDateTime) local = local_from_unix (day);
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) result = NULL;
  GDate date;

  g_return_val_if_fail (hour >= 0 && hour < 24 && minute >= 0 && minute < 60, day);

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  if (days_later > 0)
    g_date_add_days (&date, (guint) days_later);
  else if (days_later < 0)
    g_date_subtract_days (&date, (guint) -days_later);

  result = g_date_time_new (zone, g_date_get_year (&date), g_date_get_month (&date),
                            g_date_get_day (&date), hour, minute, 0);
  return result != NULL ? g_date_time_to_unix (result) : day;
}
