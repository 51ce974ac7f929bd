/* relasi-enums.h — the kinds and states Relasi knows
 *
 * Every enum has three helpers:
 *   relasi_<enum>_to_string ()   the stable token stored in the database and in files
 *                                ("thank-you"); NULL for an unknown value
 *   relasi_<enum>_from_string () parses a token; FALSE for anything unknown
 *   relasi_<enum>_get_label ()   a translated name for people ("Thank-you")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  RELASI_INTERACTION_KIND_NOTE,
  RELASI_INTERACTION_KIND_CALL,
  RELASI_INTERACTION_KIND_MEETING,
  RELASI_INTERACTION_KIND_EMAIL,
  RELASI_INTERACTION_KIND_MESSAGE,
  RELASI_INTERACTION_KIND_PURCHASE,
  RELASI_INTERACTION_KIND_COMPLAINT,
  RELASI_INTERACTION_KIND_FEEDBACK,
  RELASI_INTERACTION_KIND_IDEA,
  RELASI_INTERACTION_KIND_THANK_YOU,
  RELASI_INTERACTION_KIND_PROMISE,
  RELASI_INTERACTION_KIND_MISTAKE,
} RelasiInteractionKind;
#define RELASI_N_INTERACTION_KINDS (RELASI_INTERACTION_KIND_MISTAKE + 1)

typedef enum {
  RELASI_PROMISE_OUTCOME_NONE,          /* still open */
  RELASI_PROMISE_OUTCOME_KEPT,
  RELASI_PROMISE_OUTCOME_LATE,
  RELASI_PROMISE_OUTCOME_BROKEN,
  RELASI_PROMISE_OUTCOME_RENEGOTIATED,  /* open again, with a new due date */
} RelasiPromiseOutcome;

typedef enum {
  RELASI_REMINDER_KIND_THANK_YOU,
  RELASI_REMINDER_KIND_COMPLAINT_ANSWER,
  RELASI_REMINDER_KIND_PROMISE,
  RELASI_REMINDER_KIND_FEEDBACK_REQUEST,
  RELASI_REMINDER_KIND_CHECK_IN,
  RELASI_REMINDER_KIND_CUSTOM,
} RelasiReminderKind;

typedef enum {
  RELASI_RECURRENCE_NONE,
  RELASI_RECURRENCE_WEEKLY,
  RELASI_RECURRENCE_MONTHLY,
  RELASI_RECURRENCE_YEARLY,
} RelasiRecurrence;

typedef enum {
  RELASI_CASE_KIND_COMPLAINT,
  RELASI_CASE_KIND_MISTAKE,
  RELASI_CASE_KIND_BROKEN_PROMISE,
  RELASI_CASE_KIND_LOST_CUSTOMER,
} RelasiCaseKind;

/* Root-cause categories of repair cases, also the reason category of a lost customer. */
typedef enum {
  RELASI_ROOT_CAUSE_NONE,
  RELASI_ROOT_CAUSE_PRODUCT,
  RELASI_ROOT_CAUSE_SERVICE,
  RELASI_ROOT_CAUSE_DELIVERY,
  RELASI_ROOT_CAUSE_PRICE,
  RELASI_ROOT_CAUSE_COMMUNICATION,
  RELASI_ROOT_CAUSE_STAFF,
  RELASI_ROOT_CAUSE_PROCESS,
  RELASI_ROOT_CAUSE_COMPETITOR,
  RELASI_ROOT_CAUSE_OTHER,
} RelasiRootCause;
#define RELASI_N_ROOT_CAUSES (RELASI_ROOT_CAUSE_OTHER + 1)

typedef enum {
  RELASI_CUSTOMER_STATUS_ACTIVE,
  RELASI_CUSTOMER_STATUS_LOST,
} RelasiCustomerStatus;

/**
 * RelasiStoreChange:
 *
 * Which tables a committed write touched; the argument of RelasiStore::changed.
 */
typedef enum {
  RELASI_STORE_CHANGE_NONE         = 0,
  RELASI_STORE_CHANGE_CUSTOMERS    = 1 << 0,
  RELASI_STORE_CHANGE_INTERACTIONS = 1 << 1,
  RELASI_STORE_CHANGE_REMINDERS    = 1 << 2,
  RELASI_STORE_CHANGE_CASES        = 1 << 3,
  RELASI_STORE_CHANGE_ALL          = 0xf,
} RelasiStoreChange;

#define RELASI_TYPE_INTERACTION_KIND   (relasi_interaction_kind_get_type ())
#define RELASI_TYPE_PROMISE_OUTCOME    (relasi_promise_outcome_get_type ())
#define RELASI_TYPE_REMINDER_KIND      (relasi_reminder_kind_get_type ())
#define RELASI_TYPE_RECURRENCE         (relasi_recurrence_get_type ())
#define RELASI_TYPE_CASE_KIND          (relasi_case_kind_get_type ())
#define RELASI_TYPE_ROOT_CAUSE         (relasi_root_cause_get_type ())
#define RELASI_TYPE_CUSTOMER_STATUS    (relasi_customer_status_get_type ())
#define RELASI_TYPE_STORE_CHANGE       (relasi_store_change_get_type ())

GType relasi_interaction_kind_get_type (void) G_GNUC_CONST;
GType relasi_promise_outcome_get_type  (void) G_GNUC_CONST;
GType relasi_reminder_kind_get_type    (void) G_GNUC_CONST;
GType relasi_recurrence_get_type       (void) G_GNUC_CONST;
GType relasi_case_kind_get_type        (void) G_GNUC_CONST;
GType relasi_root_cause_get_type       (void) G_GNUC_CONST;
GType relasi_customer_status_get_type  (void) G_GNUC_CONST;
GType relasi_store_change_get_type     (void) G_GNUC_CONST;

#define RELASI_DECLARE_ENUM_HELPERS(Type, prefix)                                  \
  const char *prefix##_to_string   (Type value);                                   \
  gboolean    prefix##_from_string (const char *text, Type *value);               \
  const char *prefix##_get_label   (Type value);

RELASI_DECLARE_ENUM_HELPERS (RelasiInteractionKind, relasi_interaction_kind)
RELASI_DECLARE_ENUM_HELPERS (RelasiPromiseOutcome,  relasi_promise_outcome)
RELASI_DECLARE_ENUM_HELPERS (RelasiReminderKind,    relasi_reminder_kind)
RELASI_DECLARE_ENUM_HELPERS (RelasiRecurrence,      relasi_recurrence)
RELASI_DECLARE_ENUM_HELPERS (RelasiCaseKind,        relasi_case_kind)
RELASI_DECLARE_ENUM_HELPERS (RelasiRootCause,       relasi_root_cause)
RELASI_DECLARE_ENUM_HELPERS (RelasiCustomerStatus,  relasi_customer_status)

/* Kinds that count as contact with the customer (everything but note, idea, mistake). */
gboolean relasi_interaction_kind_is_contact (RelasiInteractionKind kind);

G_END_DECLS
