/* test-clock.c — the one clock: RELASI_NOW, time travel, and a thread's own time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "relasi-clock.h"
#include "relasi-error.h"

static void
test_parse (void)
{
  g_autoptr(GError) error = NULL;
  gint64 utc = 0;

  g_assert_true (relasi_clock_parse_iso8601 ("2026-03-01T09:00:00+07:00", &utc, &error));
  g_assert_no_error (error);
  g_assert_cmpint (utc, ==, 1772330400);

  g_assert_false (relasi_clock_parse_iso8601 ("yesterday", &utc, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (relasi_clock_parse_iso8601 ("", &utc, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_INVALID);
}

static void
test_set_and_advance (void)
{
  relasi_clock_set_now (1772330400);
  g_assert_cmpint (relasi_clock_now () - 1772330400, <=, 1);
  relasi_clock_advance (86400);
  g_assert_cmpint (relasi_clock_now () - 1772330400 - 86400, <=, 1);
  relasi_clock_reset ();
  g_assert_cmpint (ABS (relasi_clock_now () - g_get_real_time () / G_USEC_PER_SEC), <=, 1);
}

static gpointer
replay_the_past (gpointer data)
{
  gint64 *seen = data;

  relasi_clock_set_thread_now (1000000000);
  seen[0] = relasi_clock_now ();
  relasi_clock_set_thread_now (1000003600);
  seen[1] = relasi_clock_now ();
  relasi_clock_clear_thread_now ();
  seen[2] = relasi_clock_now ();
  return NULL;
}

/* A worker replaying the past (the sample data) must not move anyone else's clock. */
static void
test_thread_now (void)
{
  gint64 seen[3] = { 0 };
  GThread *thread;

  relasi_clock_set_now (1772330400);
  thread = g_thread_new ("replay", replay_the_past, seen);
  g_thread_join (thread);

  g_assert_cmpint (seen[0], ==, 1000000000);
  g_assert_cmpint (seen[1], ==, 1000003600);
  g_assert_cmpint (seen[2] - 1772330400, <=, 1);
  g_assert_cmpint (relasi_clock_now () - 1772330400, <=, 1);

  relasi_clock_set_thread_now (5);
  g_assert_cmpint (relasi_clock_now (), ==, 5);
  relasi_clock_clear_thread_now ();
  g_assert_cmpint (relasi_clock_now () - 1772330400, <=, 1);
  relasi_clock_reset ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_unsetenv ("RELASI_NOW");

  g_test_add_func ("/clock/parse", test_parse);
  g_test_add_func ("/clock/set-and-advance", test_set_and_advance);
  g_test_add_func ("/clock/thread-now", test_thread_now);

  return g_test_run ();
}
