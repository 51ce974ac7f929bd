/* relasi-enums.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "relasi-enums.h"

typedef struct {
  const char *token;
  const char *label;   /* N_() marked, translated in get_label */
} EnumEntry;

static const EnumEntry interaction_kinds[] = {
  { "note",      NC_("interaction kind", "Note") },
  { "call",      NC_("interaction kind", "Call") },
  { "meeting",   NC_("interaction kind", "Meeting") },
  { "email",     NC_("interaction kind", "E-mail") },
  { "message",   NC_("interaction kind", "Message") },
  { "purchase",  NC_("interaction kind", "Purchase") },
  { "complaint", NC_("interaction kind", "Complaint") },
  { "feedback",  NC_("interaction kind", "Feedback") },
  { "idea",      NC_("interaction kind", "Idea") },
  { "thank-you", NC_("interaction kind", "Thank-you") },
  { "promise",   NC_("interaction kind", "Promise") },
  { "mistake",   NC_("interaction kind", "Mistake") },
};

static const EnumEntry promise_outcomes[] = {
  { "none",         NC_("promise outcome", "Open") },
  { "kept",         NC_("promise outcome", "Kept") },
  { "late",         NC_("promise outcome", "Kept late") },
  { "broken",       NC_("promise outcome", "Broken") },
  { "renegotiated", NC_("promise outcome", "Renegotiated") },
};

static const EnumEntry reminder_kinds[] = {
  { "thank-you",        NC_("reminder kind", "Thank-you") },
  { "complaint-answer", NC_("reminder kind", "Answer a complaint") },
  { "promise",          NC_("reminder kind", "Promise") },
  { "feedback-request", NC_("reminder kind", "Ask for feedback") },
  { "check-in",         NC_("reminder kind", "Check in") },
  { "custom",           NC_("reminder kind", "Reminder") },
};

static const EnumEntry recurrences[] = {
  { "none",    NC_("recurrence", "Once") },
  { "weekly",  NC_("recurrence", "Every week") },
  { "monthly", NC_("recurrence", "Every month") },
  { "yearly",  NC_("recurrence", "Every year") },
};

static const EnumEntry case_kinds[] = {
  { "complaint",      NC_("case kind", "Complaint") },
  { "mistake",        NC_("case kind", "Mistake") },
  { "broken-promise", NC_("case kind", "Broken promise") },
  { "lost-customer",  NC_("case kind", "Lost customer") },
};

static const EnumEntry root_causes[] = {
  { "none",          NC_("root cause", "Not known yet") },
  { "product",       NC_("root cause", "Product") },
  { "service",       NC_("root cause", "Service") },
  { "delivery",      NC_("root cause", "Delivery") },
  { "price",         NC_("root cause", "Price") },
  { "communication", NC_("root cause", "Communication") },
  { "staff",         NC_("root cause", "Staff") },
  { "process",       NC_("root cause", "Process") },
  { "competitor",    NC_("root cause", "Competitor") },
  { "other",         NC_("root cause", "Other") },
};

static const EnumEntry customer_statuses[] = {
  { "active", NC_("customer status", "Active") },
  { "lost",   NC_("customer status", "Lost") },
};

static const char *
entry_to_string (const EnumEntry *entries, guint n, int value)
{
  if (value < 0 || (guint) value >= n)
    return NULL;
  return entries[value].token;
}

static gboolean
entry_from_string (const EnumEntry *entries, guint n, const char *text, int *value)
{
  if (text == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_str_equal (entries[i].token, text))
      {
        *value = (int) i;
        return TRUE;
      }
  return FALSE;
}

static const char *
entry_get_label (const EnumEntry *entries, guint n, const char *context, int value)
{
  if (value < 0 || (guint) value >= n)
    return _("Unknown");
  return g_dpgettext2 (GETTEXT_PACKAGE, context, entries[value].label);
}

#define RELASI_DEFINE_ENUM_HELPERS(Type, prefix, table, context)                    \
  const char *                                                                      \
  prefix##_to_string (Type value)                                                   \
  {                                                                                 \
    return entry_to_string (table, G_N_ELEMENTS (table), (int) value);              \
  }                                                                                 \
  gboolean                                                                          \
  prefix##_from_string (const char *text, Type *value)                             \
  {                                                                                 \
    int v = 0;                                                                      \
    g_return_val_if_fail (value != NULL, FALSE);                                    \
    if (!entry_from_string (table, G_N_ELEMENTS (table), text, &v))                 \
      return FALSE;                                                                 \
    *value = (Type) v;                                                              \
    return TRUE;                                                                    \
  }                                                                                 \
  const char *                                                                      \
  prefix##_get_label (Type value)                                                   \
  {                                                                                 \
    return entry_get_label (table, G_N_ELEMENTS (table), context, (int) value);     \
  }

RELASI_DEFINE_ENUM_HELPERS (RelasiInteractionKind, relasi_interaction_kind, interaction_kinds, "interaction kind")
RELASI_DEFINE_ENUM_HELPERS (RelasiPromiseOutcome, relasi_promise_outcome, promise_outcomes, "promise outcome")
RELASI_DEFINE_ENUM_HELPERS (RelasiReminderKind, relasi_reminder_kind, reminder_kinds, "reminder kind")
RELASI_DEFINE_ENUM_HELPERS (RelasiRecurrence, relasi_recurrence, recurrences, "recurrence")
RELASI_DEFINE_ENUM_HELPERS (RelasiCaseKind, relasi_case_kind, case_kinds, "case kind")
RELASI_DEFINE_ENUM_HELPERS (RelasiRootCause, relasi_root_cause, root_causes, "root cause")
RELASI_DEFINE_ENUM_HELPERS (RelasiCustomerStatus, relasi_customer_status, customer_statuses, "customer status")

gboolean
relasi_interaction_kind_is_contact (RelasiInteractionKind kind)
{
  return kind != RELASI_INTERACTION_KIND_NOTE &&
         kind != RELASI_INTERACTION_KIND_IDEA &&
         kind != RELASI_INTERACTION_KIND_MISTAKE;
}

G_DEFINE_ENUM_TYPE (RelasiInteractionKind, relasi_interaction_kind,
  G_DEFINE_ENUM_VALUE (RELASI_INTERACTION_KIND_NOTE, "note"),
  G_DEFINE_ENUM_VALUE (RELASI_INTERACTION_KIND_CALL, "call"),
  G_DEFINE_ENUM_VALUE (RELASI_INTERACTION_KIND_MEETING, "meeting"),
  G_DEFINE_ENUM_VALUE (RELASI_INTERACTION_KIND_EMAIL, "email"),
  G_DEFINE_ENUM_VALUE (RELASI_INTERACTION_KIND_MESSAGE, "message"),
  G_DEFINE_ENUM_VALUE (RELASI_INTERACTION_KIND_PURCHASE, "purchase"),
  G_DEFINE_ENUM_VALUE (RELASI_INTERACTION_KIND_COMPLAINT, "complaint"),
  G_DEFINE_ENUM_VALUE (RELASI_INTERACTION_KIND_FEEDBACK, "feedback"),
  G_DEFINE_ENUM_VALUE (RELASI_INTERACTION_KIND_IDEA, "idea"),
  G_DEFINE_ENUM_VALUE (RELASI_INTERACTION_KIND_THANK_YOU, "thank-you"),
  G_DEFINE_ENUM_VALUE (RELASI_INTERACTION_KIND_PROMISE, "promise"),
  G_DEFINE_ENUM_VALUE (RELASI_INTERACTION_KIND_MISTAKE, "mistake"))

G_DEFINE_ENUM_TYPE (RelasiPromiseOutcome, relasi_promise_outcome,
  G_DEFINE_ENUM_VALUE (RELASI_PROMISE_OUTCOME_NONE, "none"),
  G_DEFINE_ENUM_VALUE (RELASI_PROMISE_OUTCOME_KEPT, "kept"),
  G_DEFINE_ENUM_VALUE (RELASI_PROMISE_OUTCOME_LATE, "late"),
  G_DEFINE_ENUM_VALUE (RELASI_PROMISE_OUTCOME_BROKEN, "broken"),
  G_DEFINE_ENUM_VALUE (RELASI_PROMISE_OUTCOME_RENEGOTIATED, "renegotiated"))

G_DEFINE_ENUM_TYPE (RelasiReminderKind, relasi_reminder_kind,
  G_DEFINE_ENUM_VALUE (RELASI_REMINDER_KIND_THANK_YOU, "thank-you"),
  G_DEFINE_ENUM_VALUE (RELASI_REMINDER_KIND_COMPLAINT_ANSWER, "complaint-answer"),
  G_DEFINE_ENUM_VALUE (RELASI_REMINDER_KIND_PROMISE, "promise"),
  G_DEFINE_ENUM_VALUE (RELASI_REMINDER_KIND_FEEDBACK_REQUEST, "feedback-request"),
  G_DEFINE_ENUM_VALUE (RELASI_REMINDER_KIND_CHECK_IN, "check-in"),
  G_DEFINE_ENUM_VALUE (RELASI_REMINDER_KIND_CUSTOM, "custom"))

G_DEFINE_ENUM_TYPE (RelasiRecurrence, relasi_recurrence,
  G_DEFINE_ENUM_VALUE (RELASI_RECURRENCE_NONE, "none"),
  G_DEFINE_ENUM_VALUE (RELASI_RECURRENCE_WEEKLY, "weekly"),
  G_DEFINE_ENUM_VALUE (RELASI_RECURRENCE_MONTHLY, "monthly"),
  G_DEFINE_ENUM_VALUE (RELASI_RECURRENCE_YEARLY, "yearly"))

G_DEFINE_ENUM_TYPE (RelasiCaseKind, relasi_case_kind,
  G_DEFINE_ENUM_VALUE (RELASI_CASE_KIND_COMPLAINT, "complaint"),
  G_DEFINE_ENUM_VALUE (RELASI_CASE_KIND_MISTAKE, "mistake"),
  G_DEFINE_ENUM_VALUE (RELASI_CASE_KIND_BROKEN_PROMISE, "broken-promise"),
  G_DEFINE_ENUM_VALUE (RELASI_CASE_KIND_LOST_CUSTOMER, "lost-customer"))

G_DEFINE_ENUM_TYPE (RelasiRootCause, relasi_root_cause,
  G_DEFINE_ENUM_VALUE (RELASI_ROOT_CAUSE_NONE, "none"),
  G_DEFINE_ENUM_VALUE (RELASI_ROOT_CAUSE_PRODUCT, "product"),
  G_DEFINE_ENUM_VALUE (RELASI_ROOT_CAUSE_SERVICE, "service"),
  G_DEFINE_ENUM_VALUE (RELASI_ROOT_CAUSE_DELIVERY, "delivery"),
  G_DEFINE_ENUM_VALUE (RELASI_ROOT_CAUSE_PRICE, "price"),
  G_DEFINE_ENUM_VALUE (RELASI_ROOT_CAUSE_COMMUNICATION, "communication"),
  G_DEFINE_ENUM_VALUE (RELASI_ROOT_CAUSE_STAFF, "staff"),
  G_DEFINE_ENUM_VALUE (RELASI_ROOT_CAUSE_PROCESS, "process"),
  G_DEFINE_ENUM_VALUE (RELASI_ROOT_CAUSE_COMPETITOR, "competitor"),
  G_DEFINE_ENUM_VALUE (RELASI_ROOT_CAUSE_OTHER, "other"))

G_DEFINE_ENUM_TYPE (RelasiCustomerStatus, relasi_customer_status,
  G_DEFINE_ENUM_VALUE (RELASI_CUSTOMER_STATUS_ACTIVE, "active"),
  G_DEFINE_ENUM_VALUE (RELASI_CUSTOMER_STATUS_LOST, "lost"))

G_DEFINE_FLAGS_TYPE (RelasiStoreChange, relasi_store_change,
  G_DEFINE_ENUM_VALUE (RELASI_STORE_CHANGE_NONE, "none"),
  G_DEFINE_ENUM_VALUE (RELASI_STORE_CHANGE_CUSTOMERS, "customers"),
  G_DEFINE_ENUM_VALUE (RELASI_STORE_CHANGE_INTERACTIONS, "interactions"),
  G_DEFINE_ENUM_VALUE (RELASI_STORE_CHANGE_REMINDERS, "reminders"),
  G_DEFINE_ENUM_VALUE (RELASI_STORE_CHANGE_CASES, "cases"),
  G_DEFINE_ENUM_VALUE (RELASI_STORE_CHANGE_ALL, "all"))
