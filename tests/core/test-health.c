/* test-health.c — the health score as a pure function of facts and now
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "relasi-health.h"
#include "relasi-test-util.h"

static RelasiHealthFacts
fresh_facts (void)
{
  RelasiHealthFacts f = { 0 };

  f.created_at = T0 - 100 * DAY;
  f.last_contact_at = T0 - DAY;
  f.cadence_days = 60;
  return f;
}

static gboolean
has_reason (GPtrArray *reasons, RelasiDamage damage, int points)
{
  for (guint i = 0; i < reasons->len; i++)
    {
      RelasiHealthReason *r = g_ptr_array_index (reasons, i);

      if (r->damage == damage && r->points == points)
        {
          g_assert_nonnull (r->text);
          g_assert_true (g_utf8_validate (r->text, -1, NULL));
          return TRUE;
        }
    }
  return FALSE;
}

static void
test_baseline (void)
{
  RelasiHealthFacts f = fresh_facts ();
  g_autoptr(GPtrArray) reasons = NULL;

  g_assert_cmpint (relasi_health_compute (&f, T0, &reasons), ==, RELASI_HEALTH_BASE);
  g_assert_cmpuint (reasons->len, ==, 0);
  g_assert_cmpint (relasi_health_band_for_score (RELASI_HEALTH_BASE), ==, RELASI_HEALTH_BAND_GOOD);
  g_assert_cmpint (relasi_health_band_for_score (70), ==, RELASI_HEALTH_BAND_GOOD);
  g_assert_cmpint (relasi_health_band_for_score (69), ==, RELASI_HEALTH_BAND_FAIR);
  g_assert_cmpint (relasi_health_band_for_score (40), ==, RELASI_HEALTH_BAND_FAIR);
  g_assert_cmpint (relasi_health_band_for_score (39), ==, RELASI_HEALTH_BAND_POOR);
  g_assert_cmpstr (relasi_health_band_to_string (RELASI_HEALTH_BAND_FAIR), ==, "fair");
  g_assert_cmpstr (relasi_damage_to_string (RELASI_DAMAGE_HONESTY), ==, "honesty");
  g_assert_nonnull (relasi_damage_get_label (RELASI_DAMAGE_CARE));
}

static void
test_damages (void)
{
  RelasiHealthFacts f = fresh_facts ();
  g_autoptr(GPtrArray) reasons = NULL;
  int score;

  f.unanswered_complaints = 2;
  f.overdue_complaints = 1;
  f.broken_promises = 1;
  f.overdue_promises = 1;
  f.late_promises = 1;
  f.overdue_thank_yous = 3;
  f.unrepaired_mistakes = 1;
  f.recent_sentiment_sum = -2;
  score = relasi_health_compute (&f, T0, &reasons);

  /* 80 - 25 - 10 - 20 - 15 - 5 - 20 (capped) - 15 - 6 = -36 -> 0 */
  g_assert_cmpint (score, ==, 0);
  g_assert_true (has_reason (reasons, RELASI_DAMAGE_CARE, -25));
  g_assert_true (has_reason (reasons, RELASI_DAMAGE_CARE, -10));
  g_assert_true (has_reason (reasons, RELASI_DAMAGE_INTEGRITY, -20));
  g_assert_true (has_reason (reasons, RELASI_DAMAGE_INTEGRITY, -15));
  g_assert_true (has_reason (reasons, RELASI_DAMAGE_INTEGRITY, -5));
  g_assert_true (has_reason (reasons, RELASI_DAMAGE_COMFORT, -20));
  g_assert_true (has_reason (reasons, RELASI_DAMAGE_HONESTY, -15));
  g_assert_true (has_reason (reasons, RELASI_DAMAGE_TRUST, -6));
  /* the worst first */
  g_assert_cmpint (((RelasiHealthReason *) g_ptr_array_index (reasons, 0))->points, ==, -25);
}

static void
test_drifting (void)
{
  RelasiHealthFacts f = fresh_facts ();
  g_autoptr(GPtrArray) reasons = NULL;

  f.last_contact_at = T0 - 61 * DAY;
  g_assert_true (relasi_health_is_drifting (&f, T0));
  g_assert_cmpint (relasi_health_compute (&f, T0, &reasons), ==, 70);
  g_assert_true (has_reason (reasons, RELASI_DAMAGE_UNDERSTANDING, -10));
  g_clear_pointer (&reasons, g_ptr_array_unref);

  f.created_at = T0 - 400 * DAY;
  f.last_contact_at = T0 - 121 * DAY;
  g_assert_cmpint (relasi_health_compute (&f, T0, &reasons), ==, 60);
  g_assert_true (has_reason (reasons, RELASI_DAMAGE_UNDERSTANDING, -20));

  /* a new customer without contact starts counting when added */
  f.last_contact_at = 0;
  f.created_at = T0 - 10 * DAY;
  g_assert_false (relasi_health_is_drifting (&f, T0));
  /* lost customers do not drift */
  f.created_at = T0 - 1000 * DAY;
  f.lost = TRUE;
  g_assert_false (relasi_health_is_drifting (&f, T0));
}

static void
test_repairs (void)
{
  RelasiHealthFacts f = fresh_facts ();
  g_autoptr(GPtrArray) reasons = NULL;

  f.recent_thank_yous = 5;
  f.kept_promises = 1;
  f.repaired_cases = 1;
  f.recent_sentiment_sum = 9;
  /* 80 + 10 (capped) + 5 + 5 + 5 (capped) = 105 -> 100 */
  g_assert_cmpint (relasi_health_compute (&f, T0, &reasons), ==, 100);
  g_assert_true (has_reason (reasons, RELASI_DAMAGE_COMFORT, 10));
  g_assert_true (has_reason (reasons, RELASI_DAMAGE_INTEGRITY, 5));
  g_assert_true (has_reason (reasons, RELASI_DAMAGE_HONESTY, 5));
  g_assert_true (has_reason (reasons, RELASI_DAMAGE_TRUST, 5));
  g_assert_cmpint (relasi_health_compute (&f, T0, NULL), ==, 100);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/health/baseline", test_baseline);
  g_test_add_func ("/health/damages", test_damages);
  g_test_add_func ("/health/drifting", test_drifting);
  g_test_add_func ("/health/repairs", test_repairs);

  return g_test_run ();
}
