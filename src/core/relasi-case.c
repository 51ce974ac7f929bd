/* relasi-case.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "relasi-case.h"
#include "relasi-model-private.h"

struct _RelasiCase
{
  GObject parent_instance;

  gint64 id;
  gint64 customer_id;
  char *customer_name;
  gint64 interaction_id;
  RelasiCaseKind kind;
  gint64 opened_at;
  gint64 answered_at;
  gint64 resolved_at;
  RelasiRootCause root_cause;
  char *root_cause_text;
  char *corrective_action;
  char *responsible;
  char *internal_review;
  char *customer_answer;
  char *prevention;
  char *shared_with;
  gint64 shared_at;
  gint64 updated_at;
};

G_DEFINE_FINAL_TYPE (RelasiCase, relasi_case, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CUSTOMER_ID,
  PROP_CUSTOMER_NAME,
  PROP_INTERACTION_ID,
  PROP_KIND,
  PROP_OPENED_AT,
  PROP_ANSWERED_AT,
  PROP_RESOLVED_AT,
  PROP_ROOT_CAUSE,
  PROP_ROOT_CAUSE_TEXT,
  PROP_CORRECTIVE_ACTION,
  PROP_RESPONSIBLE,
  PROP_INTERNAL_REVIEW,
  PROP_CUSTOMER_ANSWER,
  PROP_PREVENTION,
  PROP_SHARED_WITH,
  PROP_SHARED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * relasi_case_new:
 *
 * Returns: (transfer full): a new, empty case, not yet stored
 */
RelasiCase *
relasi_case_new (void)
{
  return g_object_new (RELASI_TYPE_CASE, NULL);
}

/**
 * relasi_case_copy:
 * @self: a case
 *
 * Returns: (transfer full): an independent copy of @self (same id)
 */
RelasiCase *
relasi_case_copy (RelasiCase *self)
{
  RelasiCase *copy;

  g_return_val_if_fail (RELASI_IS_CASE (self), NULL);

  copy = relasi_case_new ();
  copy->id = self->id;
  copy->customer_id = self->customer_id;
  copy->customer_name = g_strdup (self->customer_name);
  copy->interaction_id = self->interaction_id;
  copy->kind = self->kind;
  copy->opened_at = self->opened_at;
  copy->answered_at = self->answered_at;
  copy->resolved_at = self->resolved_at;
  copy->root_cause = self->root_cause;
  copy->root_cause_text = g_strdup (self->root_cause_text);
  copy->corrective_action = g_strdup (self->corrective_action);
  copy->responsible = g_strdup (self->responsible);
  copy->internal_review = g_strdup (self->internal_review);
  copy->customer_answer = g_strdup (self->customer_answer);
  copy->prevention = g_strdup (self->prevention);
  copy->shared_with = g_strdup (self->shared_with);
  copy->shared_at = self->shared_at;
  copy->updated_at = self->updated_at;
  return copy;
}

static void
relasi_case_finalize (GObject *object)
{
  RelasiCase *self = (RelasiCase *) object;

  g_clear_pointer (&self->customer_name, g_free);
  g_clear_pointer (&self->root_cause_text, g_free);
  g_clear_pointer (&self->corrective_action, g_free);
  g_clear_pointer (&self->responsible, g_free);
  g_clear_pointer (&self->internal_review, g_free);
  g_clear_pointer (&self->customer_answer, g_free);
  g_clear_pointer (&self->prevention, g_free);
  g_clear_pointer (&self->shared_with, g_free);

  G_OBJECT_CLASS (relasi_case_parent_class)->finalize (object);
}

static void
relasi_case_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RelasiCase *self = RELASI_CASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_CUSTOMER_ID:
      g_value_set_int64 (value, self->customer_id);
      break;
    case PROP_CUSTOMER_NAME:
      g_value_set_string (value, relasi_case_get_customer_name (self));
      break;
    case PROP_INTERACTION_ID:
      g_value_set_int64 (value, self->interaction_id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_OPENED_AT:
      g_value_set_int64 (value, self->opened_at);
      break;
    case PROP_ANSWERED_AT:
      g_value_set_int64 (value, self->answered_at);
      break;
    case PROP_RESOLVED_AT:
      g_value_set_int64 (value, self->resolved_at);
      break;
    case PROP_ROOT_CAUSE:
      g_value_set_enum (value, self->root_cause);
      break;
    case PROP_ROOT_CAUSE_TEXT:
      g_value_set_string (value, relasi_case_get_root_cause_text (self));
      break;
    case PROP_CORRECTIVE_ACTION:
      g_value_set_string (value, relasi_case_get_corrective_action (self));
      break;
    case PROP_RESPONSIBLE:
      g_value_set_string (value, relasi_case_get_responsible (self));
      break;
    case PROP_INTERNAL_REVIEW:
      g_value_set_string (value, relasi_case_get_internal_review (self));
      break;
    case PROP_CUSTOMER_ANSWER:
      g_value_set_string (value, relasi_case_get_customer_answer (self));
      break;
    case PROP_PREVENTION:
      g_value_set_string (value, relasi_case_get_prevention (self));
      break;
    case PROP_SHARED_WITH:
      g_value_set_string (value, relasi_case_get_shared_with (self));
      break;
    case PROP_SHARED_AT:
      g_value_set_int64 (value, self->shared_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_int64 (value, self->updated_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_case_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RelasiCase *self = RELASI_CASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      relasi_case_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_CUSTOMER_ID:
      relasi_case_set_customer_id (self, g_value_get_int64 (value));
      break;
    case PROP_CUSTOMER_NAME:
      relasi_case_set_customer_name (self, g_value_get_string (value));
      break;
    case PROP_INTERACTION_ID:
      relasi_case_set_interaction_id (self, g_value_get_int64 (value));
      break;
    case PROP_KIND:
      relasi_case_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_OPENED_AT:
      relasi_case_set_opened_at (self, g_value_get_int64 (value));
      break;
    case PROP_ANSWERED_AT:
      relasi_case_set_answered_at (self, g_value_get_int64 (value));
      break;
    case PROP_RESOLVED_AT:
      relasi_case_set_resolved_at (self, g_value_get_int64 (value));
      break;
    case PROP_ROOT_CAUSE:
      relasi_case_set_root_cause (self, g_value_get_enum (value));
      break;
    case PROP_ROOT_CAUSE_TEXT:
      relasi_case_set_root_cause_text (self, g_value_get_string (value));
      break;
    case PROP_CORRECTIVE_ACTION:
      relasi_case_set_corrective_action (self, g_value_get_string (value));
      break;
    case PROP_RESPONSIBLE:
      relasi_case_set_responsible (self, g_value_get_string (value));
      break;
    case PROP_INTERNAL_REVIEW:
      relasi_case_set_internal_review (self, g_value_get_string (value));
      break;
    case PROP_CUSTOMER_ANSWER:
      relasi_case_set_customer_answer (self, g_value_get_string (value));
      break;
    case PROP_PREVENTION:
      relasi_case_set_prevention (self, g_value_get_string (value));
      break;
    case PROP_SHARED_WITH:
      relasi_case_set_shared_with (self, g_value_get_string (value));
      break;
    case PROP_SHARED_AT:
      relasi_case_set_shared_at (self, g_value_get_int64 (value));
      break;
    case PROP_UPDATED_AT:
      relasi_case_set_updated_at (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_case_class_init (RelasiCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relasi_case_finalize;
  object_class->get_property = relasi_case_get_property;
  object_class->set_property = relasi_case_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, "Database id, 0 until stored", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CUSTOMER_ID] =
    g_param_spec_int64 ("customer-id", NULL, "The customer", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CUSTOMER_NAME] =
    g_param_spec_string ("customer-name", NULL, "The customer name (filled in when read from the store)", NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTERACTION_ID] =
    g_param_spec_int64 ("interaction-id", NULL, "The journal entry that opened it, 0 if none", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, "What kind of case", RELASI_TYPE_CASE_KIND, RELASI_CASE_KIND_COMPLAINT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OPENED_AT] =
    g_param_spec_int64 ("opened-at", NULL, "Opened, UTC seconds", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANSWERED_AT] =
    g_param_spec_int64 ("answered-at", NULL, "First answer to the customer, 0 if none yet", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESOLVED_AT] =
    g_param_spec_int64 ("resolved-at", NULL, "Resolved, 0 if open", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROOT_CAUSE] =
    g_param_spec_enum ("root-cause", NULL, "Root-cause category", RELASI_TYPE_ROOT_CAUSE, RELASI_ROOT_CAUSE_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROOT_CAUSE_TEXT] =
    g_param_spec_string ("root-cause-text", NULL, "Root cause in words", NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CORRECTIVE_ACTION] =
    g_param_spec_string ("corrective-action", NULL, "What changes so it does not happen again", NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESPONSIBLE] =
    g_param_spec_string ("responsible", NULL, "Responsible department or person", NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTERNAL_REVIEW] =
    g_param_spec_string ("internal-review", NULL, "Repair step 1: what the team found in its own review", NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CUSTOMER_ANSWER] =
    g_param_spec_string ("customer-answer", NULL, "Repair step 2: what the customer said when asked", NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PREVENTION] =
    g_param_spec_string ("prevention", NULL, "Repair step 3: how recurrence is prevented", NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHARED_WITH] =
    g_param_spec_string ("shared-with", NULL, "Repair step 4: who the lesson was shared with", NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHARED_AT] =
    g_param_spec_int64 ("shared-at", NULL, "When the lesson was shared, 0 if not yet", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UPDATED_AT] =
    g_param_spec_int64 ("updated-at", NULL, "Last changed, UTC seconds", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relasi_case_init (RelasiCase *self)
{
}

gint64
relasi_case_get_id (RelasiCase *self)
{
  g_return_val_if_fail (RELASI_IS_CASE (self), 0);
  return self->id;
}

void
relasi_case_set_id (RelasiCase *self,
                    gint64 id)
{
  g_return_if_fail (RELASI_IS_CASE (self));
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
relasi_case_get_customer_id (RelasiCase *self)
{
  g_return_val_if_fail (RELASI_IS_CASE (self), 0);
  return self->customer_id;
}

void
relasi_case_set_customer_id (RelasiCase *self,
                             gint64 customer_id)
{
  g_return_if_fail (RELASI_IS_CASE (self));
  if (self->customer_id == customer_id)
    return;
  self->customer_id = customer_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER_ID]);
}

const char *
relasi_case_get_customer_name (RelasiCase *self)
{
  g_return_val_if_fail (RELASI_IS_CASE (self), NULL);
  return self->customer_name != NULL ? self->customer_name : "";
}

void
relasi_case_set_customer_name (RelasiCase *self,
                               const char *customer_name)
{
  g_return_if_fail (RELASI_IS_CASE (self));
  if (relasi_set_string (&self->customer_name, customer_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER_NAME]);
}

gint64
relasi_case_get_interaction_id (RelasiCase *self)
{
  g_return_val_if_fail (RELASI_IS_CASE (self), 0);
  return self->interaction_id;
}

void
relasi_case_set_interaction_id (RelasiCase *self,
                                gint64 interaction_id)
{
  g_return_if_fail (RELASI_IS_CASE (self));
  if (self->interaction_id == interaction_id)
    return;
  self->interaction_id = interaction_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERACTION_ID]);
}

RelasiCaseKind
relasi_case_get_kind (RelasiCase *self)
{
  g_return_val_if_fail (RELASI_IS_CASE (self), 0);
  return self->kind;
}

void
relasi_case_set_kind (RelasiCase *self,
                      RelasiCaseKind kind)
{
  g_return_if_fail (RELASI_IS_CASE (self));
  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

gint64
relasi_case_get_opened_at (RelasiCase *self)
{
  g_return_val_if_fail (RELASI_IS_CASE (self), 0);
  return self->opened_at;
}

void
relasi_case_set_opened_at (RelasiCase *self,
                           gint64 opened_at)
{
  g_return_if_fail (RELASI_IS_CASE (self));
  if (self->opened_at == opened_at)
    return;
  self->opened_at = opened_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPENED_AT]);
}

gint64
relasi_case_get_answered_at (RelasiCase *self)
{
  g_return_val_if_fail (RELASI_IS_CASE (self), 0);
  return self->answered_at;
}

void
relasi_case_set_answered_at (RelasiCase *self,
                             gint64 answered_at)
{
  g_return_if_fail (RELASI_IS_CASE (self));
  if (self->answered_at == answered_at)
    return;
  self->answered_at = answered_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWERED_AT]);
}

gint64
relasi_case_get_resolved_at (RelasiCase *self)
{
  g_return_val_if_fail (RELASI_IS_CASE (self), 0);
  return self->resolved_at;
}

void
relasi_case_set_resolved_at (RelasiCase *self,
                             gint64 resolved_at)
{
  g_return_if_fail (RELASI_IS_CASE (self));
  if (self->resolved_at == resolved_at)
    return;
  self->resolved_at = resolved_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESOLVED_AT]);
}

RelasiRootCause
relasi_case_get_root_cause (RelasiCase *self)
{
  g_return_val_if_fail (RELASI_IS_CASE (self), 0);
  return self->root_cause;
}

void
relasi_case_set_root_cause (RelasiCase *self,
                            RelasiRootCause root_cause)
{
  g_return_if_fail (RELASI_IS_CASE (self));
  if (self->root_cause == root_cause)
    return;
  self->root_cause = root_cause;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROOT_CAUSE]);
}

const char *
relasi_case_get_root_cause_text (RelasiCase *self)
{
  g_return_val_if_fail (RELASI_IS_CASE (self), NULL);
  return self->root_cause_text != NULL ? self->root_cause_text : "";
}

void
relasi_case_set_root_cause_text (RelasiCase *self,
                                 const char *root_cause_text)
{
  g_return_if_fail (RELASI_IS_CASE (self));
  if (relasi_set_string (&self->root_cause_text, root_cause_text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROOT_CAUSE_TEXT]);
}

const char *
relasi_case_get_corrective_action (RelasiCase *self)
{
  g_return_val_if_fail (RELASI_IS_CASE (self), NULL);
  return self->corrective_action != NULL ? self->corrective_action : "";
}

void
relasi_case_set_corrective_action (RelasiCase *self,
                                   const char *corrective_action)
{
  g_return_if_fail (RELASI_IS_CASE (self));
  if (relasi_set_string (&self->corrective_action, corrective_action))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORRECTIVE_ACTION]);
}

const char *
relasi_case_get_responsible (RelasiCase *self)
{
  g_return_val_if_fail (RELASI_IS_CASE (self), NULL);
  return self->responsible != NULL ? self->responsible : "";
}

void
relasi_case_set_responsible (RelasiCase *self,
                             const char *responsible)
{
  g_return_if_fail (RELASI_IS_CASE (self));
  if (relasi_set_string (&self->responsible, responsible))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONSIBLE]);
}

const char *
relasi_case_get_internal_review (RelasiCase *self)
{
  g_return_val_if_fail (RELASI_IS_CASE (self), NULL);
  return self->internal_review != NULL ? self->internal_review : "";
}

void
relasi_case_set_internal_review (RelasiCase *self,
                                 const char *internal_review)
{
  g_return_if_fail (RELASI_IS_CASE (self));
  if (relasi_set_string (&self->internal_review, internal_review))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERNAL_REVIEW]);
}

const char *
relasi_case_get_customer_answer (RelasiCase *self)
{
  g_return_val_if_fail (RELASI_IS_CASE (self), NULL);
  return self->customer_answer != NULL ? self->customer_answer : "";
}

void
relasi_case_set_customer_answer (RelasiCase *self,
                                 const char *customer_answer)
{
  g_return_if_fail (RELASI_IS_CASE (self));
  if (relasi_set_string (&self->customer_answer, customer_answer))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER_ANSWER]);
}

const char *
relasi_case_get_prevention (RelasiCase *self)
{
  g_return_val_if_fail (RELASI_IS_CASE (self), NULL);
  return self->prevention != NULL ? self->prevention : "";
}

void
relasi_case_set_prevention (RelasiCase *self,
                            const char *prevention)
{
  g_return_if_fail (RELASI_IS_CASE (self));
  if (relasi_set_string (&self->prevention, prevention))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREVENTION]);
}

const char *
relasi_case_get_shared_with (RelasiCase *self)
{
  g_return_val_if_fail (RELASI_IS_CASE (self), NULL);
  return self->shared_with != NULL ? self->shared_with : "";
}

void
relasi_case_set_shared_with (RelasiCase *self,
                             const char *shared_with)
{
  g_return_if_fail (RELASI_IS_CASE (self));
  if (relasi_set_string (&self->shared_with, shared_with))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHARED_WITH]);
}

gint64
relasi_case_get_shared_at (RelasiCase *self)
{
  g_return_val_if_fail (RELASI_IS_CASE (self), 0);
  return self->shared_at;
}

void
relasi_case_set_shared_at (RelasiCase *self,
                           gint64 shared_at)
{
  g_return_if_fail (RELASI_IS_CASE (self));
  if (self->shared_at == shared_at)
    return;
  self->shared_at = shared_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHARED_AT]);
}

gint64
relasi_case_get_updated_at (RelasiCase *self)
{
  g_return_val_if_fail (RELASI_IS_CASE (self), 0);
  return self->updated_at;
}

void
relasi_case_set_updated_at (RelasiCase *self,
                            gint64 updated_at)
{
  g_return_if_fail (RELASI_IS_CASE (self));
  if (self->updated_at == updated_at)
    return;
  self->updated_at = updated_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
}
