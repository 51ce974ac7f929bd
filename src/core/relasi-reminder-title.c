/* relasi-reminder-title.c — composing the titles of the reminders Relasi makes itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "relasi-reminder-title.h"
#include "relasi-validate.h"

/* Takes @full; reminder titles are capped at RELASI_MAX_TITLE characters. */
static char *
cap_title (char *full)
{
  char *cut;

  if (g_utf8_strlen (full, -1) <= RELASI_MAX_TITLE)
    return full;
  cut = g_utf8_substring (full, 0, RELASI_MAX_TITLE);
  g_free (full);
  return cut;
}

/**
 * relasi_reminder_title_compose:
 * @kind: the reminder's kind
 * @source_kind: the kind of the journal entry that made it (for a thank-you: a
 *   purchase or a meeting); ignored for a check-in
 * @customer_name: (nullable): the customer's name as it is now
 * @source_summary: (nullable): the summary of that entry as it is now (for a complaint
 *   answer and a promise)
 *
 * The automatic title of a reminder, in the current language, at most
 * RELASI_MAX_TITLE characters long.
 *
 * Returns: (transfer full) (nullable): the title, or %NULL when reminders of @kind
 *   have no automatic title or there is no customer name
 */
char *
relasi_reminder_title_compose (RelasiReminderKind     kind,
                               RelasiInteractionKind  source_kind,
                               const char            *customer_name,
                               const char            *source_summary)
{
  const char *summary = source_summary != NULL ? source_summary : "";

  if (customer_name == NULL || *customer_name == '\0')
    return NULL;

  switch (kind)
    {
    case RELASI_REMINDER_KIND_THANK_YOU:
      if (source_kind == RELASI_INTERACTION_KIND_PURCHASE)
        /* TRANSLATORS: a reminder; %s is a customer's name */
        return cap_title (g_strdup_printf (_("Thank %s for the purchase"), customer_name));
      /* TRANSLATORS: a reminder; %s is a customer's name */
      return cap_title (g_strdup_printf (_("Thank %s for the meeting"), customer_name));

    case RELASI_REMINDER_KIND_COMPLAINT_ANSWER:
      /* TRANSLATORS: a reminder; the first %s is a customer's name, the second what they complained about */
      return cap_title (g_strdup_printf (_("Answer the complaint of %s: %s"), customer_name, summary));

    case RELASI_REMINDER_KIND_PROMISE:
      /* TRANSLATORS: a reminder; the first %s is a customer's name, the second the promise */
      return cap_title (g_strdup_printf (_("Keep the promise to %s: %s"), customer_name, summary));

    case RELASI_REMINDER_KIND_CHECK_IN:
      /* TRANSLATORS: a reminder made for a customer without contact for too long; %s is the name */
      return cap_title (g_strdup_printf (_("Get in touch with %s"), customer_name));

    case RELASI_REMINDER_KIND_FEEDBACK_REQUEST:
    case RELASI_REMINDER_KIND_CUSTOM:
    default:
      return NULL;
    }
}
