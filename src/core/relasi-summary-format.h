/* relasi-summary-format.h — the dashboard figures as JSON (relasi --summary --json)
 *
 * The keys are stable: scripts read them. Numbers are JSON numbers, times are UTC
 * seconds and ISO 8601 strings, and every string is escaped (RFC 8259).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "relasi-store.h"

G_BEGIN_DECLS

void  relasi_json_append_string  (GString                  *out,
                                  const char               *text);
char *relasi_summary_format_json (const RelasiStoreSummary *summary,
                                  gint64                    now,
                                  const char               *database);

G_END_DECLS
