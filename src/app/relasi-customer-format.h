/* relasi-customer-format.h — times and kinds in words, for the customer pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "relasi-enums.h"

G_BEGIN_DECLS

char       *relasi_format_last_contact   (gint64                 when,
                                          gint64                 now);
char       *relasi_format_due            (gint64                 due_at,
                                          gint64                 now);
char       *relasi_format_date           (gint64                 when);
const char *relasi_interaction_kind_icon (RelasiInteractionKind  kind);
const char *relasi_reminder_kind_icon    (RelasiReminderKind     kind);

G_END_DECLS
