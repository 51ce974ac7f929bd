/* test-summary-format.c — the JSON of relasi --summary --json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "relasi-summary-format.h"

static char *
escape (const char *text)
{
  GString *out = g_string_new (NULL);

  relasi_json_append_string (out, text);
  return g_string_free (out, FALSE);
}

static void
test_escape (void)
{
  static const struct {
    const char *in;
    const char *out;
  } cases[] = {
    { "", "\"\"" },
    { "Toko Roti Sari", "\"Toko Roti Sari\"" },
    { "say \"hi\"", "\"say \\\"hi\\\"\"" },
    { "C:\\data\\", "\"C:\\\\data\\\\\"" },
    { "a\nb\tc\rd\be\ff", "\"a\\nb\\tc\\rd\\be\\ff\"" },
    { "\x01\x1f\x7f", "\"\\u0001\\u001f\\u007f\"" },
    { "/tmp/ü€😀", "\"/tmp/ü€😀\"" },
    { "</script>", "\"</script>\"" },
    { "bad \xff\xfe bytes", "\"bad \xef\xbf\xbd\xef\xbf\xbd bytes\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = escape (cases[i].in);

      g_assert_cmpstr (got, ==, cases[i].out);
      g_assert_true (g_utf8_validate (got, -1, NULL));
    }

  {
    g_autofree char *got = escape (NULL);

    g_assert_cmpstr (got, ==, "null");
  }
}

static void
test_summary (void)
{
  RelasiStoreSummary s = {
    .active_customers = 35,
    .lost_customers = 5,
    .complaints_awaiting_answer = 3,
    .complaints_overdue = 1,
    .oldest_complaint_opened_at = 1772330400 - 31 * 3600,
    .overdue_thank_yous = 4,
    .promises_due_soon = 1,
    .promises_overdue = 2,
    .drifting_customers = 6,
    .health_good = 28,
    .health_fair = 5,
    .health_poor = 2,
    .open_cases = 9,
  };
  g_autofree char *json = relasi_summary_format_json (&s, 1772330400, "/tmp/a \"b\"");

  g_assert_nonnull (strstr (json, "\"database\": \"/tmp/a \\\"b\\\"\""));
  g_assert_nonnull (strstr (json, "\"now\": 1772330400,"));
  g_assert_nonnull (strstr (json, "\"now_iso\": \"2026-03-01T02:00:00Z\""));
  g_assert_nonnull (strstr (json, "\"awaiting_answer\": 3,"));
  g_assert_nonnull (strstr (json, "\"oldest_age_seconds\": 111600,"));
  g_assert_nonnull (strstr (json, "\"due_this_week\": 1,"));
  g_assert_nonnull (strstr (json, "\"poor\": 2"));
  g_assert_nonnull (strstr (json, "\"open_cases\": 9"));
  g_assert_true (g_str_has_suffix (json, "}\n"));

  memset (&s, 0, sizeof s);
  g_clear_pointer (&json, g_free);
  json = relasi_summary_format_json (&s, 1772330400, NULL);
  g_assert_nonnull (strstr (json, "\"database\": null,"));
  g_assert_nonnull (strstr (json, "\"oldest_opened_at\": null,"));
  g_assert_nonnull (strstr (json, "\"oldest_age_seconds\": null,"));
  g_assert_nonnull (strstr (json, "\"oldest_opened_at_iso\": null"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/summary-format/escape", test_escape);
  g_test_add_func ("/summary-format/summary", test_summary);
  return g_test_run ();
}
