/* relasi-summary-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "relasi-summary-format.h"

/**
 * relasi_json_append_string:
 * @out: where the JSON goes
 * @text: (nullable): any bytes; invalid UTF-8 is replaced by U+FFFD, %NULL is `null`
 *
 * Appends @text as a JSON string, quotes included: `"` and `\` are escaped, control
 * characters become \n, \t, ... or \u00XX. Everything else is copied as UTF-8.
 */
void
relasi_json_append_string (GString    *out,
                           const char *text)
{
  g_autofree char *valid = NULL;

  g_return_if_fail (out != NULL);

  if (text == NULL)
    {
      g_string_append (out, "null");
      return;
    }

  valid = g_utf8_make_valid (text, -1);
  g_string_append_c (out, '"');
  for (const guchar *p = (const guchar *) valid; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if (*p < 0x20 || *p == 0x7f)
            g_string_append_printf (out, "\\u%04x", *p);
          else
            g_string_append_c (out, (char) *p);
          break;
        }
    }
  g_string_append_c (out, '"');
}

static void
append_time (GString *out,
             gint64   utc)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *iso = NULL;

  if (utc <= 0 || (dt = g_date_time_new_from_unix_utc (utc)) == NULL)
    {
      g_string_append (out, "null");
      return;
    }
  iso = g_date_time_format (dt, "%Y-%m-%dT%H:%M:%SZ");
  relasi_json_append_string (out, iso);
}

/**
 * relasi_summary_format_json:
 * @summary: the figures
 * @now: the moment they are for (UTC seconds)
 * @database: (nullable): the database's path, or %NULL when there is none yet
 *
 * Returns: (transfer full): one JSON object, ending in a newline
 */
char *
relasi_summary_format_json (const RelasiStoreSummary *s,
                            gint64                    now,
                            const char               *database)
{
  GString *out;
  gint64 oldest_age;

  g_return_val_if_fail (s != NULL, NULL);

  out = g_string_new ("{\n");
  oldest_age = s->oldest_complaint_opened_at > 0 ? MAX (0, now - s->oldest_complaint_opened_at) : 0;

  g_string_append (out, "  \"database\": ");
  relasi_json_append_string (out, database);
  g_string_append_printf (out, ",\n  \"now\": %" G_GINT64_FORMAT ",\n  \"now_iso\": ", now);
  append_time (out, now);
  g_string_append_printf (out,
                          ",\n  \"complaints\": {\n"
                          "    \"awaiting_answer\": %" G_GINT64_FORMAT ",\n"
                          "    \"overdue\": %" G_GINT64_FORMAT ",\n",
                          s->complaints_awaiting_answer, s->complaints_overdue);
  if (s->oldest_complaint_opened_at > 0)
    g_string_append_printf (out,
                            "    \"oldest_opened_at\": %" G_GINT64_FORMAT ",\n"
                            "    \"oldest_age_seconds\": %" G_GINT64_FORMAT ",\n",
                            s->oldest_complaint_opened_at, oldest_age);
  else
    g_string_append (out,
                     "    \"oldest_opened_at\": null,\n"
                     "    \"oldest_age_seconds\": null,\n");
  g_string_append (out, "    \"oldest_opened_at_iso\": ");
  append_time (out, s->oldest_complaint_opened_at);
  g_string_append_printf (out,
                          "\n  },\n"
                          "  \"thank_yous\": {\n"
                          "    \"overdue\": %" G_GINT64_FORMAT "\n"
                          "  },\n"
                          "  \"promises\": {\n"
                          "    \"due_this_week\": %" G_GINT64_FORMAT ",\n"
                          "    \"overdue\": %" G_GINT64_FORMAT "\n"
                          "  },\n"
                          "  \"customers\": {\n"
                          "    \"active\": %" G_GINT64_FORMAT ",\n"
                          "    \"lost\": %" G_GINT64_FORMAT ",\n"
                          "    \"drifting\": %" G_GINT64_FORMAT "\n"
                          "  },\n"
                          "  \"health\": {\n"
                          "    \"good\": %" G_GINT64_FORMAT ",\n"
                          "    \"fair\": %" G_GINT64_FORMAT ",\n"
                          "    \"poor\": %" G_GINT64_FORMAT "\n"
                          "  },\n"
                          "  \"open_cases\": %" G_GINT64_FORMAT "\n"
                          "}\n",
                          s->overdue_thank_yous,
                          s->promises_due_soon, s->promises_overdue,
                          s->active_customers, s->lost_customers, s->drifting_customers,
                          s->health_good, s->health_fair, s->health_poor,
                          s->open_cases);
  return g_string_free (out, FALSE);
}
