/* relasi-reminder-title.h — the titles Relasi gives the reminders it makes itself
 *
 * A thank-you, a complaint answer, a promise and a check-in that Relasi made carry an
 * automatic title (the reminders column title_auto = 1). It is composed again whenever
 * the reminder is read: in the language in use then, with the customer's name and the
 * journal entry's summary as they are then. The title stored with the reminder is the
 * one composed when it was made or last saved; it is shown only when the title cannot
 * be composed (no customer or source entry any more).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "relasi-enums.h"

G_BEGIN_DECLS

char *relasi_reminder_title_compose (RelasiReminderKind     kind,
                                     RelasiInteractionKind  source_kind,
                                     const char            *customer_name,
                                     const char            *source_summary);

G_END_DECLS
