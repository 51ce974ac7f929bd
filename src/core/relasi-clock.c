/* relasi-clock.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "relasi-clock.h"
#include "relasi-error.h"

/* Protected by clock_lock: the clock is read from worker threads too. */
static GMutex   clock_lock;
static gboolean clock_ready;
static gboolean clock_fixed;       /* RELASI_NOW or relasi_clock_set_now() in force */
static gint64   clock_base_utc;    /* seconds, when fixed */
static gint64   clock_base_mono;   /* g_get_monotonic_time() when the base was taken */
static gint64   clock_offset;      /* seconds added by relasi_clock_advance() */

/* A time that holds for one thread only (see relasi_clock_set_thread_now()). */
static GPrivate thread_now = G_PRIVATE_INIT (g_free);

gboolean
relasi_clock_parse_iso8601 (const char  *text,
                            gint64      *utc_seconds,
                            GError     **error)
{
  g_autoptr(GTimeZone) local = NULL;
  g_autoptr(GDateTime) dt = NULL;

  g_return_val_if_fail (utc_seconds != NULL, FALSE);

  if (text == NULL || *text == '\0' || !g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_INVALID,
                   _("“%s” is not a date and time (expected ISO 8601, e.g. 2026-03-01T09:00:00+07:00)"),
                   text != NULL && g_utf8_validate (text, -1, NULL) ? text : "");
      return FALSE;
    }

  /* A date and time without a zone is taken as local time, as a person means it. */
  local = g_time_zone_new_local ();
  dt = g_date_time_new_from_iso8601 (text, local);
  if (dt == NULL)
    {
      g_autofree char *with_time = g_strconcat (text, "T00:00:00", NULL);
      dt = g_date_time_new_from_iso8601 (with_time, local);
    }
  if (dt == NULL)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_INVALID,
                   _("“%s” is not a date and time (expected ISO 8601, e.g. 2026-03-01T09:00:00+07:00)"),
                   text);
      return FALSE;
    }

  *utc_seconds = g_date_time_to_unix (dt);
  return TRUE;
}

static void
clock_ensure_locked (void)
{
  const char *env;

  if (clock_ready)
    return;

  clock_ready = TRUE;
  env = g_getenv ("RELASI_NOW");
  if (env != NULL && *env != '\0')
    {
      gint64 utc;

      if (relasi_clock_parse_iso8601 (env, &utc, NULL))
        {
          clock_fixed = TRUE;
          clock_base_utc = utc;
          clock_base_mono = g_get_monotonic_time ();
        }
      else
        g_warning ("Ignoring RELASI_NOW=%s: not an ISO 8601 date and time", env);
    }
}

/**
 * relasi_clock_init:
 *
 * Reads RELASI_NOW. Call it once at start so that a malformed value is reported to the
 * person who set it instead of being silently ignored.
 *
 * Returns: %FALSE with @error set when RELASI_NOW is set but not a date and time
 */
gboolean
relasi_clock_init (GError **error)
{
  const char *env = g_getenv ("RELASI_NOW");
  gint64 utc;

  if (env != NULL && *env != '\0' && !relasi_clock_parse_iso8601 (env, &utc, error))
    {
      g_prefix_error (error, "RELASI_NOW: ");
      return FALSE;
    }

  g_mutex_lock (&clock_lock);
  clock_ensure_locked ();
  g_mutex_unlock (&clock_lock);
  return TRUE;
}

/**
 * relasi_clock_now:
 *
 * Returns: the current time as UTC seconds since the epoch
 */
gint64
relasi_clock_now (void)
{
  gint64 *for_thread = g_private_get (&thread_now);
  gint64 now;

  if (for_thread != NULL)
    return *for_thread;

  g_mutex_lock (&clock_lock);
  clock_ensure_locked ();
  if (clock_fixed)
    now = clock_base_utc + (g_get_monotonic_time () - clock_base_mono) / G_USEC_PER_SEC;
  else
    now = g_get_real_time () / G_USEC_PER_SEC;
  now += clock_offset;
  g_mutex_unlock (&clock_lock);

  return now;
}

/**
 * relasi_clock_now_local:
 *
 * Returns: (transfer full): the current time in the local time zone
 */
GDateTime *
relasi_clock_now_local (void)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (relasi_clock_now ());

  return g_date_time_to_local (utc);
}

/**
 * relasi_clock_advance:
 * @seconds: how far to jump
 *
 * Moves the clock forward (or back, with a negative value). For tests and demos: it
 * stands in for a suspend, a clock change or simply waiting.
 */
void
relasi_clock_advance (gint64 seconds)
{
  g_mutex_lock (&clock_lock);
  clock_ensure_locked ();
  clock_offset += seconds;
  g_mutex_unlock (&clock_lock);
}

/**
 * relasi_clock_set_now:
 * @utc_seconds: the new current time
 *
 * Fixes the clock at @utc_seconds, from where it runs on. For tests.
 */
void
relasi_clock_set_now (gint64 utc_seconds)
{
  g_mutex_lock (&clock_lock);
  clock_ready = TRUE;
  clock_fixed = TRUE;
  clock_base_utc = utc_seconds;
  clock_base_mono = g_get_monotonic_time ();
  clock_offset = 0;
  g_mutex_unlock (&clock_lock);
}

/**
 * relasi_clock_reset:
 *
 * Forgets any fixed time and offset and reads RELASI_NOW again. For tests.
 */
void
relasi_clock_reset (void)
{
  g_mutex_lock (&clock_lock);
  clock_ready = FALSE;
  clock_fixed = FALSE;
  clock_offset = 0;
  clock_ensure_locked ();
  g_mutex_unlock (&clock_lock);
}

/**
 * relasi_clock_set_thread_now:
 * @utc_seconds: the time this thread sees
 *
 * Makes relasi_clock_now() return @utc_seconds on the calling thread only, until
 * relasi_clock_clear_thread_now(). For work that replays the past on a worker thread
 * (the sample data) without moving the clock of the rest of the program.
 */
void
relasi_clock_set_thread_now (gint64 utc_seconds)
{
  gint64 *value = g_private_get (&thread_now);

  if (value == NULL)
    {
      value = g_new (gint64, 1);
      g_private_set (&thread_now, value);
    }
  *value = utc_seconds;
}

/**
 * relasi_clock_clear_thread_now:
 *
 * The calling thread sees the shared clock again.
 */
void
relasi_clock_clear_thread_now (void)
{
  g_private_replace (&thread_now, NULL);
}
