/* relasi-health.h — the relationship health score, a pure function of facts and now
 *
 * The formula is documented in HEALTH.md next to this file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What a reason reflects: the damages (and repairs) of DESIGN §1. */
typedef enum {
  RELASI_DAMAGE_CARE,           /* complaints answered (or not)          D8 */
  RELASI_DAMAGE_INTEGRITY,      /* promises kept (or not)                D1 */
  RELASI_DAMAGE_COMFORT,        /* thanks given (or owed)                D2 */
  RELASI_DAMAGE_UNDERSTANDING,  /* staying in touch                      D3 */
  RELASI_DAMAGE_HONESTY,        /* mistakes repaired (or hidden)         D4 */
  RELASI_DAMAGE_TRUST,          /* the customer's mood lately            D7 */
} RelasiDamage;

typedef enum {
  RELASI_HEALTH_BAND_POOR,      /*  0 .. 39 */
  RELASI_HEALTH_BAND_FAIR,      /* 40 .. 69 */
  RELASI_HEALTH_BAND_GOOD,      /* 70 .. 100 */
} RelasiHealthBand;

#define RELASI_HEALTH_GOOD_MIN 70
#define RELASI_HEALTH_FAIR_MIN 40
#define RELASI_HEALTH_BASE     80

/* Facts about one customer, gathered by the store (or made up by a test). Counts are
 * "as of now". */
typedef struct {
  gint64 created_at;                 /* when the customer was added */
  gint64 last_contact_at;            /* 0 = never */
  int    cadence_days;               /* the customer's, or the default when it has none */
  gboolean lost;                     /* lost customers are not "drifting" */
  int    unanswered_complaints;      /* open complaint cases without an answer, in time */
  int    overdue_complaints;         /* ... of which the answer deadline has passed */
  int    broken_promises;            /* broken in the last 365 days */
  int    late_promises;              /* kept late in the last 365 days */
  int    overdue_promises;           /* still open after their due date */
  int    kept_promises;              /* kept on time in the last 365 days */
  int    overdue_thank_yous;         /* owed thank-yous past their due date */
  int    recent_thank_yous;          /* thank-yous given in the last 90 days */
  int    unrepaired_mistakes;        /* open mistake cases with no corrective action */
  int    repaired_cases;             /* cases resolved with a corrective action, last 365 days */
  int    recent_sentiment_sum;       /* sum of the sentiments of the last 90 days */
} RelasiHealthFacts;

typedef struct {
  RelasiDamage damage;
  int          points;               /* negative: damage; positive: repair */
  char        *text;                 /* a translated sentence for people */
} RelasiHealthReason;

void              relasi_health_reason_free   (RelasiHealthReason *reason);

int               relasi_health_compute       (const RelasiHealthFacts *facts,
                                               gint64                   now,
                                               GPtrArray              **reasons);
RelasiHealthBand  relasi_health_band_for_score (int score);
const char       *relasi_health_band_get_label (RelasiHealthBand band);
const char       *relasi_health_band_to_string (RelasiHealthBand band);
const char       *relasi_damage_get_label      (RelasiDamage damage);
const char       *relasi_damage_to_string      (RelasiDamage damage);
gboolean          relasi_health_is_drifting    (const RelasiHealthFacts *facts,
                                                gint64                   now);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RelasiHealthReason, relasi_health_reason_free)

G_END_DECLS
