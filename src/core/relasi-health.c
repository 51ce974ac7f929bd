/* relasi-health.c — see HEALTH.md for the formula
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "relasi-health.h"

#define DAY 86400

void
relasi_health_reason_free (RelasiHealthReason *reason)
{
  if (reason == NULL)
    return;
  g_free (reason->text);
  g_free (reason);
}

G_GNUC_PRINTF (4, 5)
static void
add_reason (GPtrArray    *reasons,
            RelasiDamage  damage,
            int           points,
            const char   *format,
            ...)
{
  RelasiHealthReason *reason;
  va_list args;

  if (reasons == NULL || points == 0)
    return;

  reason = g_new0 (RelasiHealthReason, 1);
  reason->damage = damage;
  reason->points = points;
  va_start (args, format);
  reason->text = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (reasons, reason);
}

/* damages first, the worst first; repairs after */
static int
compare_reasons (gconstpointer a,
                 gconstpointer b)
{
  const RelasiHealthReason *ra = *(RelasiHealthReason * const *) a;
  const RelasiHealthReason *rb = *(RelasiHealthReason * const *) b;

  return (ra->points > rb->points) - (ra->points < rb->points);
}

static int
capped (int count, int each, int cap)
{
  return MIN (count * each, cap);
}

/**
 * relasi_health_is_drifting:
 * @facts: the facts about a customer
 * @now: the current time
 *
 * An active customer is drifting when the last contact (or, without any, the day they
 * were added) lies further back than their stay-in-touch cadence.
 */
gboolean
relasi_health_is_drifting (const RelasiHealthFacts *facts,
                           gint64                   now)
{
  gint64 base;

  g_return_val_if_fail (facts != NULL, FALSE);

  if (facts->lost || facts->cadence_days <= 0)
    return FALSE;

  base = MAX (facts->last_contact_at, facts->created_at);
  return now - base > (gint64) facts->cadence_days * DAY;
}

/**
 * relasi_health_compute:
 * @facts: the facts about a customer
 * @now: the current time, UTC seconds
 * @reasons: (out) (optional) (transfer full) (element-type RelasiHealthReason): the
 *   reasons behind the score, damages first
 *
 * Returns: the health score, 0 .. 100
 */
int
relasi_health_compute (const RelasiHealthFacts  *facts,
                       gint64                    now,
                       GPtrArray               **reasons)
{
  g_autoptr(GPtrArray) list = NULL;
  int score = RELASI_HEALTH_BASE;
  int p;

  g_return_val_if_fail (facts != NULL, 0);

  if (reasons != NULL)
    list = g_ptr_array_new_with_free_func ((GDestroyNotify) relasi_health_reason_free);

  /* care: complaints */
  p = capped (facts->overdue_complaints, 25, 50);
  if (p > 0)
    add_reason (list, RELASI_DAMAGE_CARE, -p,
                g_dngettext (GETTEXT_PACKAGE,
                             "A complaint has waited for an answer past its deadline.",
                             "%d complaints have waited for an answer past their deadline.",
                             facts->overdue_complaints),
                facts->overdue_complaints);
  score -= p;
  {
    int waiting = MAX (0, facts->unanswered_complaints - facts->overdue_complaints);
    int q = capped (waiting, 10, MAX (0, 50 - p));

    if (q > 0)
      add_reason (list, RELASI_DAMAGE_CARE, -q,
                  g_dngettext (GETTEXT_PACKAGE,
                               "A complaint is waiting for an answer.",
                               "%d complaints are waiting for an answer.", waiting),
                  waiting);
    score -= q;
  }

  /* integrity: promises */
  p = capped (facts->broken_promises, 20, 40);
  if (p > 0)
    add_reason (list, RELASI_DAMAGE_INTEGRITY, -p,
                g_dngettext (GETTEXT_PACKAGE,
                             "A promise was broken this year.",
                             "%d promises were broken this year.", facts->broken_promises),
                facts->broken_promises);
  score -= p;
  p = capped (facts->overdue_promises, 15, 30);
  if (p > 0)
    add_reason (list, RELASI_DAMAGE_INTEGRITY, -p,
                g_dngettext (GETTEXT_PACKAGE,
                             "A promise is overdue.",
                             "%d promises are overdue.", facts->overdue_promises),
                facts->overdue_promises);
  score -= p;
  p = capped (facts->late_promises, 5, 15);
  if (p > 0)
    add_reason (list, RELASI_DAMAGE_INTEGRITY, -p,
                g_dngettext (GETTEXT_PACKAGE,
                             "A promise was kept late this year.",
                             "%d promises were kept late this year.", facts->late_promises),
                facts->late_promises);
  score -= p;

  /* comfort: thanks */
  p = capped (facts->overdue_thank_yous, 10, 20);
  if (p > 0)
    add_reason (list, RELASI_DAMAGE_COMFORT, -p,
                g_dngettext (GETTEXT_PACKAGE,
                             "A thank-you is overdue.",
                             "%d thank-yous are overdue.", facts->overdue_thank_yous),
                facts->overdue_thank_yous);
  score -= p;

  /* understanding: staying in touch */
  if (relasi_health_is_drifting (facts, now))
    {
      gint64 base = MAX (facts->last_contact_at, facts->created_at);
      gint64 days = (now - base) / DAY;

      p = days > 2 * (gint64) facts->cadence_days ? 20 : 10;
      add_reason (list, RELASI_DAMAGE_UNDERSTANDING, -p,
                  g_dngettext (GETTEXT_PACKAGE,
                               "No contact for %d day: the customer is drifting away.",
                               "No contact for %d days: the customer is drifting away.",
                               (gulong) MIN (days, G_MAXINT)),
                  (int) MIN (days, G_MAXINT));
      score -= p;
    }

  /* honesty: mistakes */
  p = capped (facts->unrepaired_mistakes, 15, 30);
  if (p > 0)
    add_reason (list, RELASI_DAMAGE_HONESTY, -p,
                g_dngettext (GETTEXT_PACKAGE,
                             "A mistake has no corrective action yet.",
                             "%d mistakes have no corrective action yet.",
                             facts->unrepaired_mistakes),
                facts->unrepaired_mistakes);
  score -= p;

  /* trust: the customer's mood in the last 90 days */
  if (facts->recent_sentiment_sum < 0)
    {
      p = MIN (-facts->recent_sentiment_sum * 3, 15);
      add_reason (list, RELASI_DAMAGE_TRUST, -p, "%s",
                  _("The customer has been unhappy lately."));
      score -= p;
    }
  else if (facts->recent_sentiment_sum > 0)
    {
      p = MIN (facts->recent_sentiment_sum, 5);
      add_reason (list, RELASI_DAMAGE_TRUST, p, "%s",
                  _("The customer has been happy lately."));
      score += p;
    }

  /* repairs */
  p = capped (facts->recent_thank_yous, 5, 10);
  if (p > 0)
    add_reason (list, RELASI_DAMAGE_COMFORT, p,
                g_dngettext (GETTEXT_PACKAGE,
                             "Thanked recently.",
                             "Thanked %d times recently.", facts->recent_thank_yous),
                facts->recent_thank_yous);
  score += p;
  p = capped (facts->kept_promises, 5, 10);
  if (p > 0)
    add_reason (list, RELASI_DAMAGE_INTEGRITY, p,
                g_dngettext (GETTEXT_PACKAGE,
                             "A promise was kept on time this year.",
                             "%d promises were kept on time this year.", facts->kept_promises),
                facts->kept_promises);
  score += p;
  p = capped (facts->repaired_cases, 5, 10);
  if (p > 0)
    add_reason (list, RELASI_DAMAGE_HONESTY, p,
                g_dngettext (GETTEXT_PACKAGE,
                             "A problem was repaired with a corrective action.",
                             "%d problems were repaired with a corrective action.",
                             facts->repaired_cases),
                facts->repaired_cases);
  score += p;

  if (list != NULL)
    g_ptr_array_sort (list, compare_reasons);

  if (reasons != NULL)
    *reasons = g_steal_pointer (&list);

  return CLAMP (score, 0, 100);
}

RelasiHealthBand
relasi_health_band_for_score (int score)
{
  if (score >= RELASI_HEALTH_GOOD_MIN)
    return RELASI_HEALTH_BAND_GOOD;
  if (score >= RELASI_HEALTH_FAIR_MIN)
    return RELASI_HEALTH_BAND_FAIR;
  return RELASI_HEALTH_BAND_POOR;
}

const char *
relasi_health_band_to_string (RelasiHealthBand band)
{
  switch (band)
    {
    case RELASI_HEALTH_BAND_GOOD: return "good";
    case RELASI_HEALTH_BAND_FAIR: return "fair";
    case RELASI_HEALTH_BAND_POOR: return "poor";
    default: return NULL;
    }
}

const char *
relasi_health_band_get_label (RelasiHealthBand band)
{
  switch (band)
    {
    case RELASI_HEALTH_BAND_GOOD: return C_("health", "Good");
    case RELASI_HEALTH_BAND_FAIR: return C_("health", "Fair");
    case RELASI_HEALTH_BAND_POOR: return C_("health", "Poor");
    default: return _("Unknown");
    }
}

const char *
relasi_damage_to_string (RelasiDamage damage)
{
  static const char *const tokens[] = {
    "care", "integrity", "comfort", "understanding", "honesty", "trust",
  };

  if ((guint) damage >= G_N_ELEMENTS (tokens))
    return NULL;
  return tokens[damage];
}

const char *
relasi_damage_get_label (RelasiDamage damage)
{
  switch (damage)
    {
    case RELASI_DAMAGE_CARE: return C_("damage", "Care");
    case RELASI_DAMAGE_INTEGRITY: return C_("damage", "Integrity");
    case RELASI_DAMAGE_COMFORT: return C_("damage", "Comfort");
    case RELASI_DAMAGE_UNDERSTANDING: return C_("damage", "Understanding");
    case RELASI_DAMAGE_HONESTY: return C_("damage", "Honesty");
    case RELASI_DAMAGE_TRUST: return C_("damage", "Trust");
    default: return _("Unknown");
    }
}
