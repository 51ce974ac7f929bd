/* relasi-validate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "relasi-error.h"
#include "relasi-validate.h"

G_GNUC_PRINTF (3, 4)
static void
set_invalid (GError     **error,
             const char  *field,
             const char  *format,
             ...)
{
  va_list args;
  GError *e;

  if (error == NULL)
    return;

  va_start (args, format);
  e = g_error_new_valist (RELASI_ERROR, RELASI_ERROR_INVALID, format, args);
  va_end (args);
  relasi_error_set_field (e, field);
  g_propagate_error (error, e);
}

typedef enum {
  TEXT_OPTIONAL  = 0,
  TEXT_REQUIRED  = 1 << 0,
  TEXT_MULTILINE = 1 << 1,
} TextFlags;

/* @label is a translated noun phrase such as "The name". */
static gboolean
check_text (const char  *text,
            const char  *field,
            const char  *label,
            glong        max_chars,
            TextFlags    flags,
            GError     **error)
{
  glong n_chars;
  gboolean only_space = TRUE;

  if (text == NULL)
    text = "";

  if (!g_utf8_validate (text, -1, NULL))
    {
      /* TRANSLATORS: %s is a field, e.g. "The name" */
      set_invalid (error, field, _("%s contains characters that are not valid text."), label);
      return FALSE;
    }

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        only_space = FALSE;

      if (c < 0x20 || c == 0x7f)
        {
          if ((flags & TEXT_MULTILINE) != 0 && (c == '\n' || c == '\t' || c == '\r'))
            continue;
          if (c == '\n' || c == '\r')
            /* TRANSLATORS: %s is a field, e.g. "The name" */
            set_invalid (error, field, _("%s must fit on one line."), label);
          else
            /* TRANSLATORS: %s is a field, e.g. "The name" */
            set_invalid (error, field, _("%s contains control characters."), label);
          return FALSE;
        }
    }

  if ((flags & TEXT_REQUIRED) != 0 && only_space)
    {
      /* TRANSLATORS: %s is a field, e.g. "The name" */
      set_invalid (error, field, _("%s cannot be empty."), label);
      return FALSE;
    }

  n_chars = g_utf8_strlen (text, -1);
  if (n_chars > max_chars)
    {
      /* TRANSLATORS: first %s is a field, e.g. "The name"; %ld a number of characters */
      set_invalid (error, field, _("%s is too long: at most %ld characters, this has %ld."),
                   label, max_chars, n_chars);
      return FALSE;
    }

  return TRUE;
}

/**
 * relasi_validate_time:
 * @utc_seconds: a time, 0 for "not set"
 * @required: whether 0 is refused
 * @field: the property name to report
 * @error: return location for an error
 *
 * Returns: %TRUE when @utc_seconds lies between 1970 and 2200 (or is 0 and optional)
 */
gboolean
relasi_validate_time (gint64       utc_seconds,
                      gboolean     required,
                      const char  *field,
                      GError     **error)
{
  if (utc_seconds == 0 && !required)
    return TRUE;

  if (utc_seconds == 0)
    {
      set_invalid (error, field, _("Please choose a date."));
      return FALSE;
    }

  if (utc_seconds < 0 || utc_seconds >= RELASI_TIME_LIMIT)
    {
      set_invalid (error, field, _("The date must lie between the years 1970 and 2199."));
      return FALSE;
    }

  return TRUE;
}

/**
 * relasi_validate_email:
 * @email: (nullable): an e-mail address; empty is fine (the field is optional)
 * @error: return location for an error
 *
 * A deliberately simple check: one "@", something before it, a domain with a dot
 * after it, no spaces, no empty labels.
 */
gboolean
relasi_validate_email (const char  *email,
                       GError     **error)
{
  const char *at;
  const char *domain;
  gboolean ok = TRUE;

  if (!check_text (email, "email", _("The e-mail address"), RELASI_MAX_EMAIL, TEXT_OPTIONAL, error))
    return FALSE;
  if (email == NULL || *email == '\0')
    return TRUE;

  at = strchr (email, '@');
  if (at == NULL || at == email || strchr (at + 1, '@') != NULL)
    ok = FALSE;
  else
    {
      domain = at + 1;
      if (*domain == '\0' || *domain == '.' || strchr (domain, '.') == NULL ||
          g_str_has_suffix (domain, ".") || strstr (domain, "..") != NULL ||
          email[0] == '.' || at[-1] == '.' || strstr (email, "..") != NULL)
        ok = FALSE;
    }

  for (const char *p = email; ok && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == ',' || c == ';' || c == '<' || c == '>' ||
          c == '(' || c == ')' || c == '[' || c == ']' || c == '\\' || c == '"')
        ok = FALSE;
    }

  if (!ok)
    {
      set_invalid (error, "email",
                   _("“%s” is not an e-mail address. It should look like name@example.com."),
                   email);
      return FALSE;
    }

  return TRUE;
}

/**
 * relasi_validate_phone:
 * @phone: (nullable): a phone number; empty is fine
 * @error: return location for an error
 *
 * Digits, spaces and + - ( ) . / only, with at least three digits.
 */
gboolean
relasi_validate_phone (const char  *phone,
                       GError     **error)
{
  guint digits = 0;

  if (!check_text (phone, "phone", _("The phone number"), RELASI_MAX_PHONE, TEXT_OPTIONAL, error))
    return FALSE;
  if (phone == NULL || *phone == '\0')
    return TRUE;

  for (const char *p = phone; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (strchr (" +-()./", *p) == NULL)
        {
          set_invalid (error, "phone",
                       _("A phone number can only contain digits, spaces and + - ( ) . /"));
          return FALSE;
        }
    }

  if (digits < 3)
    {
      set_invalid (error, "phone", _("A phone number needs at least three digits."));
      return FALSE;
    }

  return TRUE;
}

/**
 * relasi_validate_cadence_days:
 * @days: 0 for "use the default", or a number of days
 * @error: return location for an error
 */
gboolean
relasi_validate_cadence_days (int      days,
                              GError **error)
{
  if (days == 0 || (days >= 1 && days <= RELASI_MAX_CADENCE_DAYS))
    return TRUE;

  set_invalid (error, "cadence-days",
               _("Stay in touch every 1 to %d days, or leave it at the default."),
               RELASI_MAX_CADENCE_DAYS);
  return FALSE;
}

/**
 * relasi_customer_validate:
 * @customer: a customer
 * @error: return location for an error
 *
 * Returns: %TRUE when @customer may be stored
 */
gboolean
relasi_customer_validate (RelasiCustomer  *customer,
                          GError         **error)
{
  RelasiCustomer *c = customer;

  g_return_val_if_fail (RELASI_IS_CUSTOMER (customer), FALSE);

  if (!check_text (relasi_customer_get_name (c), "name", _("The name"),
                   RELASI_MAX_NAME, TEXT_REQUIRED, error) ||
      !check_text (relasi_customer_get_company (c), "company", _("The company"),
                   RELASI_MAX_COMPANY, TEXT_OPTIONAL, error) ||
      !relasi_validate_email (relasi_customer_get_email (c), error) ||
      !relasi_validate_phone (relasi_customer_get_phone (c), error) ||
      !check_text (relasi_customer_get_address (c), "address", _("The address"),
                   RELASI_MAX_ADDRESS, TEXT_MULTILINE, error) ||
      !check_text (relasi_customer_get_notes (c), "notes", _("The notes"),
                   RELASI_MAX_LONG_TEXT, TEXT_MULTILINE, error) ||
      !check_text (relasi_customer_get_tags (c), "tags", _("The tags"),
                   RELASI_MAX_TAGS, TEXT_OPTIONAL, error) ||
      !check_text (relasi_customer_get_preferences (c), "preferences", _("The preferences"),
                   RELASI_MAX_LONG_TEXT, TEXT_MULTILINE, error) ||
      !check_text (relasi_customer_get_lost_reason (c), "lost-reason", _("The reason for leaving"),
                   RELASI_MAX_LONG_TEXT, TEXT_MULTILINE, error) ||
      !relasi_validate_cadence_days (relasi_customer_get_cadence_days (c), error) ||
      !relasi_validate_time (relasi_customer_get_lost_at (c), FALSE, "lost-at", error))
    return FALSE;

  if (relasi_customer_status_to_string (relasi_customer_get_status (c)) == NULL)
    {
      set_invalid (error, "status", _("Unknown customer status."));
      return FALSE;
    }

  if (relasi_root_cause_to_string (relasi_customer_get_lost_reason_category (c)) == NULL)
    {
      set_invalid (error, "lost-reason-category", _("Unknown reason category."));
      return FALSE;
    }

  return TRUE;
}

/**
 * relasi_interaction_validate:
 * @interaction: a journal entry
 * @error: return location for an error
 *
 * Checks the entry itself; whether its customer exists is checked by the store.
 */
gboolean
relasi_interaction_validate (RelasiInteraction  *interaction,
                             GError            **error)
{
  RelasiInteraction *i = interaction;
  RelasiInteractionKind kind;
  int sentiment;
  double amount;

  g_return_val_if_fail (RELASI_IS_INTERACTION (interaction), FALSE);

  kind = relasi_interaction_get_kind (i);
  if (relasi_interaction_kind_to_string (kind) == NULL)
    {
      set_invalid (error, "kind", _("Unknown kind of journal entry."));
      return FALSE;
    }

  if (relasi_interaction_get_customer_id (i) <= 0)
    {
      set_invalid (error, "customer-id", _("Please choose a customer."));
      return FALSE;
    }

  if (!check_text (relasi_interaction_get_summary (i), "summary", _("The summary"),
                   RELASI_MAX_SUMMARY, TEXT_REQUIRED, error) ||
      !check_text (relasi_interaction_get_details (i), "details", _("The details"),
                   RELASI_MAX_LONG_TEXT, TEXT_MULTILINE, error) ||
      !relasi_validate_time (relasi_interaction_get_occurred_at (i), FALSE, "occurred-at", error) ||
      !relasi_validate_time (relasi_interaction_get_outcome_at (i), FALSE, "outcome-at", error))
    return FALSE;

  sentiment = relasi_interaction_get_sentiment (i);
  if (sentiment < RELASI_MIN_SENTIMENT || sentiment > RELASI_MAX_SENTIMENT)
    {
      set_invalid (error, "sentiment", _("The mood must be between −2 and +2."));
      return FALSE;
    }

  amount = relasi_interaction_get_amount (i);
  if (!isfinite (amount) || amount < 0 || amount > RELASI_MAX_AMOUNT)
    {
      set_invalid (error, "amount", _("The amount must be zero or a positive number."));
      return FALSE;
    }

  if (relasi_promise_outcome_to_string (relasi_interaction_get_outcome (i)) == NULL)
    {
      set_invalid (error, "outcome", _("Unknown outcome of a promise."));
      return FALSE;
    }

  if (kind == RELASI_INTERACTION_KIND_PROMISE)
    {
      if (!relasi_validate_time (relasi_interaction_get_due_at (i), TRUE, "due-at", error))
        {
          if (error != NULL && relasi_interaction_get_due_at (i) == 0)
            {
              g_clear_error (error);
              set_invalid (error, "due-at", _("A promise needs a date by which it is kept."));
            }
          return FALSE;
        }
    }
  else
    {
      if (relasi_interaction_get_due_at (i) != 0)
        {
          set_invalid (error, "due-at", _("Only a promise has a due date."));
          return FALSE;
        }
      if (relasi_interaction_get_outcome (i) != RELASI_PROMISE_OUTCOME_NONE)
        {
          set_invalid (error, "outcome", _("Only a promise can be kept or broken."));
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * relasi_reminder_validate:
 * @reminder: a reminder
 * @error: return location for an error
 */
gboolean
relasi_reminder_validate (RelasiReminder  *reminder,
                          GError         **error)
{
  RelasiReminder *r = reminder;

  g_return_val_if_fail (RELASI_IS_REMINDER (reminder), FALSE);

  if (relasi_reminder_kind_to_string (relasi_reminder_get_kind (r)) == NULL)
    {
      set_invalid (error, "kind", _("Unknown kind of reminder."));
      return FALSE;
    }

  if (relasi_recurrence_to_string (relasi_reminder_get_recurrence (r)) == NULL)
    {
      set_invalid (error, "recurrence", _("Unknown repetition."));
      return FALSE;
    }

  if (relasi_reminder_get_customer_id (r) < 0 || relasi_reminder_get_interaction_id (r) < 0)
    {
      set_invalid (error, "customer-id", _("Please choose a customer."));
      return FALSE;
    }

  if (!check_text (relasi_reminder_get_title (r), "title", _("The title"),
                   RELASI_MAX_TITLE, TEXT_REQUIRED, error) ||
      !relasi_validate_time (relasi_reminder_get_due_at (r), TRUE, "due-at", error) ||
      !relasi_validate_time (relasi_reminder_get_done_at (r), FALSE, "done-at", error) ||
      !relasi_validate_time (relasi_reminder_get_snoozed_until (r), FALSE, "snoozed-until", error) ||
      !relasi_validate_time (relasi_reminder_get_notified_at (r), FALSE, "notified-at", error))
    return FALSE;

  if (relasi_reminder_get_created_at (r) != 0 &&
      relasi_reminder_get_recurrence (r) != RELASI_RECURRENCE_NONE &&
      relasi_reminder_get_due_at (r) + 366 * 86400 < relasi_reminder_get_created_at (r))
    {
      /* A repeating reminder anchored more than a year before it was made would
       * fire a backlog of repetitions at once. */
      set_invalid (error, "due-at", _("A repeating reminder cannot start more than a year in the past."));
      return FALSE;
    }

  return TRUE;
}

/**
 * relasi_case_validate:
 * @rcase: a repair case
 * @error: return location for an error
 */
gboolean
relasi_case_validate (RelasiCase  *rcase,
                      GError     **error)
{
  RelasiCase *c = rcase;
  gint64 opened;

  g_return_val_if_fail (RELASI_IS_CASE (rcase), FALSE);

  if (relasi_case_kind_to_string (relasi_case_get_kind (c)) == NULL)
    {
      set_invalid (error, "kind", _("Unknown kind of case."));
      return FALSE;
    }

  if (relasi_root_cause_to_string (relasi_case_get_root_cause (c)) == NULL)
    {
      set_invalid (error, "root-cause", _("Unknown root-cause category."));
      return FALSE;
    }

  if (relasi_case_get_customer_id (c) <= 0)
    {
      set_invalid (error, "customer-id", _("Please choose a customer."));
      return FALSE;
    }

  if (!check_text (relasi_case_get_root_cause_text (c), "root-cause-text", _("The root cause"),
                   RELASI_MAX_LONG_TEXT, TEXT_MULTILINE, error) ||
      !check_text (relasi_case_get_corrective_action (c), "corrective-action", _("The corrective action"),
                   RELASI_MAX_LONG_TEXT, TEXT_MULTILINE, error) ||
      !check_text (relasi_case_get_responsible (c), "responsible", _("The responsible person or department"),
                   RELASI_MAX_NAME, TEXT_OPTIONAL, error) ||
      !check_text (relasi_case_get_internal_review (c), "internal-review", _("The internal review"),
                   RELASI_MAX_LONG_TEXT, TEXT_MULTILINE, error) ||
      !check_text (relasi_case_get_customer_answer (c), "customer-answer", _("The customer’s answer"),
                   RELASI_MAX_LONG_TEXT, TEXT_MULTILINE, error) ||
      !check_text (relasi_case_get_prevention (c), "prevention", _("The prevention"),
                   RELASI_MAX_LONG_TEXT, TEXT_MULTILINE, error) ||
      !check_text (relasi_case_get_shared_with (c), "shared-with", _("“Shared with”"),
                   RELASI_MAX_ADDRESS, TEXT_OPTIONAL, error) ||
      !relasi_validate_time (relasi_case_get_opened_at (c), FALSE, "opened-at", error) ||
      !relasi_validate_time (relasi_case_get_answered_at (c), FALSE, "answered-at", error) ||
      !relasi_validate_time (relasi_case_get_resolved_at (c), FALSE, "resolved-at", error) ||
      !relasi_validate_time (relasi_case_get_shared_at (c), FALSE, "shared-at", error))
    return FALSE;

  opened = relasi_case_get_opened_at (c);
  if (opened != 0 && relasi_case_get_answered_at (c) != 0 && relasi_case_get_answered_at (c) < opened)
    {
      set_invalid (error, "answered-at", _("A case cannot be answered before it was opened."));
      return FALSE;
    }
  if (opened != 0 && relasi_case_get_resolved_at (c) != 0 && relasi_case_get_resolved_at (c) < opened)
    {
      set_invalid (error, "resolved-at", _("A case cannot be resolved before it was opened."));
      return FALSE;
    }

  return TRUE;
}
