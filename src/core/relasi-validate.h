/* relasi-validate.h — the rules every write must pass
 *
 * The store calls these again on every write; the UI calls them to check a form
 * inline with the very same rules. A failure is RELASI_ERROR_INVALID with a message a
 * person can read, and relasi_error_get_field() names the property that is wrong
 * (e.g. "name", "email", "due-at") so a form can show it next to the right field.
 *
 * Limits (in characters, not bytes):
 *   name, company ................ 200     e-mail ........................ 254
 *   phone ........................  50     address, tags ................ 1 000
 *   summary, reminder title ...... 500     notes, preferences, details,
 *                                          lost reason, every case text .. 20 000
 * Single-line fields (name, company, e-mail, phone, tags, summary, title, responsible,
 * shared-with) may not contain control characters or line breaks; long texts may hold
 * line breaks and tabs. All text must be valid UTF-8. Names, summaries and titles may
 * not be empty or only white space.
 * Dates: from 1970-01-01 up to (not including) 2200-01-01 UTC; 0 means "not set".
 * Sentiment: -2 .. +2. Amount: 0 .. 10^15, a finite number. Cadence: 0 (use the
 * default setting) or 1 .. 3650 days.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "relasi-case.h"
#include "relasi-customer.h"
#include "relasi-interaction.h"
#include "relasi-reminder.h"

G_BEGIN_DECLS

#define RELASI_MAX_NAME          200
#define RELASI_MAX_COMPANY       200
#define RELASI_MAX_EMAIL         254
#define RELASI_MAX_PHONE          50
#define RELASI_MAX_ADDRESS      1000
#define RELASI_MAX_TAGS         1000
#define RELASI_MAX_SUMMARY       500
#define RELASI_MAX_TITLE         500
#define RELASI_MAX_LONG_TEXT   20000
#define RELASI_MAX_AMOUNT      1e15
#define RELASI_MAX_CADENCE_DAYS 3650
#define RELASI_MIN_SENTIMENT     (-2)
#define RELASI_MAX_SENTIMENT       2
/* 2200-01-01T00:00:00Z: the first moment that is no longer accepted */
#define RELASI_TIME_LIMIT  G_GINT64_CONSTANT (7258118400)

gboolean relasi_customer_validate     (RelasiCustomer    *customer,
                                       GError           **error);
gboolean relasi_interaction_validate  (RelasiInteraction *interaction,
                                       GError           **error);
gboolean relasi_reminder_validate     (RelasiReminder    *reminder,
                                       GError           **error);
gboolean relasi_case_validate         (RelasiCase        *rcase,
                                       GError           **error);

/* The single checks, for a form that validates one field at a time. */
gboolean relasi_validate_email        (const char        *email,
                                       GError           **error);
gboolean relasi_validate_phone        (const char        *phone,
                                       GError           **error);
gboolean relasi_validate_time         (gint64             utc_seconds,
                                       gboolean           required,
                                       const char        *field,
                                       GError           **error);
gboolean relasi_validate_cadence_days (int                days,
                                       GError           **error);

G_END_DECLS
