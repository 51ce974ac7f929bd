/* relasi-interaction.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "relasi-interaction.h"
#include "relasi-model-private.h"

struct _RelasiInteraction
{
  GObject parent_instance;

  gint64 id;
  gint64 customer_id;
  char *customer_name;
  RelasiInteractionKind kind;
  gint64 occurred_at;
  char *summary;
  char *details;
  int sentiment;
  double amount;
  gint64 due_at;
  RelasiPromiseOutcome outcome;
  gint64 outcome_at;
  gint64 created_at;
  gint64 updated_at;
  gint64 deleted_at;
};

G_DEFINE_FINAL_TYPE (RelasiInteraction, relasi_interaction, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CUSTOMER_ID,
  PROP_CUSTOMER_NAME,
  PROP_KIND,
  PROP_OCCURRED_AT,
  PROP_SUMMARY,
  PROP_DETAILS,
  PROP_SENTIMENT,
  PROP_AMOUNT,
  PROP_DUE_AT,
  PROP_OUTCOME,
  PROP_OUTCOME_AT,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_DELETED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * relasi_interaction_new:
 *
 * Returns: (transfer full): a new, empty interaction, not yet stored
 */
RelasiInteraction *
relasi_interaction_new (void)
{
  return g_object_new (RELASI_TYPE_INTERACTION, NULL);
}

/**
 * relasi_interaction_copy:
 * @self: an interaction
 *
 * Returns: (transfer full): an independent copy of @self (same id)
 */
RelasiInteraction *
relasi_interaction_copy (RelasiInteraction *self)
{
  RelasiInteraction *copy;

  g_return_val_if_fail (RELASI_IS_INTERACTION (self), NULL);

  copy = relasi_interaction_new ();
  copy->id = self->id;
  copy->customer_id = self->customer_id;
  copy->customer_name = g_strdup (self->customer_name);
  copy->kind = self->kind;
  copy->occurred_at = self->occurred_at;
  copy->summary = g_strdup (self->summary);
  copy->details = g_strdup (self->details);
  copy->sentiment = self->sentiment;
  copy->amount = self->amount;
  copy->due_at = self->due_at;
  copy->outcome = self->outcome;
  copy->outcome_at = self->outcome_at;
  copy->created_at = self->created_at;
  copy->updated_at = self->updated_at;
  copy->deleted_at = self->deleted_at;
  return copy;
}

static void
relasi_interaction_finalize (GObject *object)
{
  RelasiInteraction *self = (RelasiInteraction *) object;

  g_clear_pointer (&self->customer_name, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->details, g_free);

  G_OBJECT_CLASS (relasi_interaction_parent_class)->finalize (object);
}

static void
relasi_interaction_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RelasiInteraction *self = RELASI_INTERACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_CUSTOMER_ID:
      g_value_set_int64 (value, self->customer_id);
      break;
    case PROP_CUSTOMER_NAME:
      g_value_set_string (value, relasi_interaction_get_customer_name (self));
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_OCCURRED_AT:
      g_value_set_int64 (value, self->occurred_at);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, relasi_interaction_get_summary (self));
      break;
    case PROP_DETAILS:
      g_value_set_string (value, relasi_interaction_get_details (self));
      break;
    case PROP_SENTIMENT:
      g_value_set_int (value, self->sentiment);
      break;
    case PROP_AMOUNT:
      g_value_set_double (value, self->amount);
      break;
    case PROP_DUE_AT:
      g_value_set_int64 (value, self->due_at);
      break;
    case PROP_OUTCOME:
      g_value_set_enum (value, self->outcome);
      break;
    case PROP_OUTCOME_AT:
      g_value_set_int64 (value, self->outcome_at);
      break;
    case PROP_CREATED_AT:
      g_value_set_int64 (value, self->created_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_int64 (value, self->updated_at);
      break;
    case PROP_DELETED_AT:
      g_value_set_int64 (value, self->deleted_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_interaction_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RelasiInteraction *self = RELASI_INTERACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      relasi_interaction_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_CUSTOMER_ID:
      relasi_interaction_set_customer_id (self, g_value_get_int64 (value));
      break;
    case PROP_CUSTOMER_NAME:
      relasi_interaction_set_customer_name (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      relasi_interaction_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_OCCURRED_AT:
      relasi_interaction_set_occurred_at (self, g_value_get_int64 (value));
      break;
    case PROP_SUMMARY:
      relasi_interaction_set_summary (self, g_value_get_string (value));
      break;
    case PROP_DETAILS:
      relasi_interaction_set_details (self, g_value_get_string (value));
      break;
    case PROP_SENTIMENT:
      relasi_interaction_set_sentiment (self, g_value_get_int (value));
      break;
    case PROP_AMOUNT:
      relasi_interaction_set_amount (self, g_value_get_double (value));
      break;
    case PROP_DUE_AT:
      relasi_interaction_set_due_at (self, g_value_get_int64 (value));
      break;
    case PROP_OUTCOME:
      relasi_interaction_set_outcome (self, g_value_get_enum (value));
      break;
    case PROP_OUTCOME_AT:
      relasi_interaction_set_outcome_at (self, g_value_get_int64 (value));
      break;
    case PROP_CREATED_AT:
      relasi_interaction_set_created_at (self, g_value_get_int64 (value));
      break;
    case PROP_UPDATED_AT:
      relasi_interaction_set_updated_at (self, g_value_get_int64 (value));
      break;
    case PROP_DELETED_AT:
      relasi_interaction_set_deleted_at (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_interaction_class_init (RelasiInteractionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relasi_interaction_finalize;
  object_class->get_property = relasi_interaction_get_property;
  object_class->set_property = relasi_interaction_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, "Database id, 0 until stored", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CUSTOMER_ID] =
    g_param_spec_int64 ("customer-id", NULL, "The customer", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CUSTOMER_NAME] =
    g_param_spec_string ("customer-name", NULL, "The customer name (filled in when read from the store)", NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, "What happened", RELASI_TYPE_INTERACTION_KIND, RELASI_INTERACTION_KIND_NOTE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OCCURRED_AT] =
    g_param_spec_int64 ("occurred-at", NULL, "When it happened, UTC seconds (0 = now when stored)", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, "One-line summary (required)", NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DETAILS] =
    g_param_spec_string ("details", NULL, "Details", NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SENTIMENT] =
    g_param_spec_int ("sentiment", NULL, "Mood from -2 (very unhappy) to +2 (delighted)", G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AMOUNT] =
    g_param_spec_double ("amount", NULL, "Amount of a purchase, 0 if none", -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DUE_AT] =
    g_param_spec_int64 ("due-at", NULL, "When a promise is due", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OUTCOME] =
    g_param_spec_enum ("outcome", NULL, "How a promise ended", RELASI_TYPE_PROMISE_OUTCOME, RELASI_PROMISE_OUTCOME_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OUTCOME_AT] =
    g_param_spec_int64 ("outcome-at", NULL, "When the outcome of a promise was recorded", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, "Created, UTC seconds", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UPDATED_AT] =
    g_param_spec_int64 ("updated-at", NULL, "Last changed, UTC seconds", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DELETED_AT] =
    g_param_spec_int64 ("deleted-at", NULL, "Moved to the trash, 0 if not", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relasi_interaction_init (RelasiInteraction *self)
{
}

gint64
relasi_interaction_get_id (RelasiInteraction *self)
{
  g_return_val_if_fail (RELASI_IS_INTERACTION (self), 0);
  return self->id;
}

void
relasi_interaction_set_id (RelasiInteraction *self,
                           gint64 id)
{
  g_return_if_fail (RELASI_IS_INTERACTION (self));
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
relasi_interaction_get_customer_id (RelasiInteraction *self)
{
  g_return_val_if_fail (RELASI_IS_INTERACTION (self), 0);
  return self->customer_id;
}

void
relasi_interaction_set_customer_id (RelasiInteraction *self,
                                    gint64 customer_id)
{
  g_return_if_fail (RELASI_IS_INTERACTION (self));
  if (self->customer_id == customer_id)
    return;
  self->customer_id = customer_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER_ID]);
}

const char *
relasi_interaction_get_customer_name (RelasiInteraction *self)
{
  g_return_val_if_fail (RELASI_IS_INTERACTION (self), NULL);
  return self->customer_name != NULL ? self->customer_name : "";
}

void
relasi_interaction_set_customer_name (RelasiInteraction *self,
                                      const char *customer_name)
{
  g_return_if_fail (RELASI_IS_INTERACTION (self));
  if (relasi_set_string (&self->customer_name, customer_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER_NAME]);
}

RelasiInteractionKind
relasi_interaction_get_kind (RelasiInteraction *self)
{
  g_return_val_if_fail (RELASI_IS_INTERACTION (self), 0);
  return self->kind;
}

void
relasi_interaction_set_kind (RelasiInteraction *self,
                             RelasiInteractionKind kind)
{
  g_return_if_fail (RELASI_IS_INTERACTION (self));
  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

gint64
relasi_interaction_get_occurred_at (RelasiInteraction *self)
{
  g_return_val_if_fail (RELASI_IS_INTERACTION (self), 0);
  return self->occurred_at;
}

void
relasi_interaction_set_occurred_at (RelasiInteraction *self,
                                    gint64 occurred_at)
{
  g_return_if_fail (RELASI_IS_INTERACTION (self));
  if (self->occurred_at == occurred_at)
    return;
  self->occurred_at = occurred_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OCCURRED_AT]);
}

const char *
relasi_interaction_get_summary (RelasiInteraction *self)
{
  g_return_val_if_fail (RELASI_IS_INTERACTION (self), NULL);
  return self->summary != NULL ? self->summary : "";
}

void
relasi_interaction_set_summary (RelasiInteraction *self,
                                const char *summary)
{
  g_return_if_fail (RELASI_IS_INTERACTION (self));
  if (relasi_set_string (&self->summary, summary))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

const char *
relasi_interaction_get_details (RelasiInteraction *self)
{
  g_return_val_if_fail (RELASI_IS_INTERACTION (self), NULL);
  return self->details != NULL ? self->details : "";
}

void
relasi_interaction_set_details (RelasiInteraction *self,
                                const char *details)
{
  g_return_if_fail (RELASI_IS_INTERACTION (self));
  if (relasi_set_string (&self->details, details))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAILS]);
}

int
relasi_interaction_get_sentiment (RelasiInteraction *self)
{
  g_return_val_if_fail (RELASI_IS_INTERACTION (self), 0);
  return self->sentiment;
}

void
relasi_interaction_set_sentiment (RelasiInteraction *self,
                                  int sentiment)
{
  g_return_if_fail (RELASI_IS_INTERACTION (self));
  if (self->sentiment == sentiment)
    return;
  self->sentiment = sentiment;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENTIMENT]);
}

double
relasi_interaction_get_amount (RelasiInteraction *self)
{
  g_return_val_if_fail (RELASI_IS_INTERACTION (self), 0);
  return self->amount;
}

void
relasi_interaction_set_amount (RelasiInteraction *self,
                               double amount)
{
  g_return_if_fail (RELASI_IS_INTERACTION (self));
  if (memcmp (&self->amount, &amount, sizeof amount) == 0)
    return;
  self->amount = amount;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMOUNT]);
}

gint64
relasi_interaction_get_due_at (RelasiInteraction *self)
{
  g_return_val_if_fail (RELASI_IS_INTERACTION (self), 0);
  return self->due_at;
}

void
relasi_interaction_set_due_at (RelasiInteraction *self,
                               gint64 due_at)
{
  g_return_if_fail (RELASI_IS_INTERACTION (self));
  if (self->due_at == due_at)
    return;
  self->due_at = due_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_AT]);
}

RelasiPromiseOutcome
relasi_interaction_get_outcome (RelasiInteraction *self)
{
  g_return_val_if_fail (RELASI_IS_INTERACTION (self), 0);
  return self->outcome;
}

void
relasi_interaction_set_outcome (RelasiInteraction *self,
                                RelasiPromiseOutcome outcome)
{
  g_return_if_fail (RELASI_IS_INTERACTION (self));
  if (self->outcome == outcome)
    return;
  self->outcome = outcome;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
}

gint64
relasi_interaction_get_outcome_at (RelasiInteraction *self)
{
  g_return_val_if_fail (RELASI_IS_INTERACTION (self), 0);
  return self->outcome_at;
}

void
relasi_interaction_set_outcome_at (RelasiInteraction *self,
                                   gint64 outcome_at)
{
  g_return_if_fail (RELASI_IS_INTERACTION (self));
  if (self->outcome_at == outcome_at)
    return;
  self->outcome_at = outcome_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME_AT]);
}

gint64
relasi_interaction_get_created_at (RelasiInteraction *self)
{
  g_return_val_if_fail (RELASI_IS_INTERACTION (self), 0);
  return self->created_at;
}

void
relasi_interaction_set_created_at (RelasiInteraction *self,
                                   gint64 created_at)
{
  g_return_if_fail (RELASI_IS_INTERACTION (self));
  if (self->created_at == created_at)
    return;
  self->created_at = created_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

gint64
relasi_interaction_get_updated_at (RelasiInteraction *self)
{
  g_return_val_if_fail (RELASI_IS_INTERACTION (self), 0);
  return self->updated_at;
}

void
relasi_interaction_set_updated_at (RelasiInteraction *self,
                                   gint64 updated_at)
{
  g_return_if_fail (RELASI_IS_INTERACTION (self));
  if (self->updated_at == updated_at)
    return;
  self->updated_at = updated_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
}

gint64
relasi_interaction_get_deleted_at (RelasiInteraction *self)
{
  g_return_val_if_fail (RELASI_IS_INTERACTION (self), 0);
  return self->deleted_at;
}

void
relasi_interaction_set_deleted_at (RelasiInteraction *self,
                                   gint64 deleted_at)
{
  g_return_if_fail (RELASI_IS_INTERACTION (self));
  if (self->deleted_at == deleted_at)
    return;
  self->deleted_at = deleted_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELETED_AT]);
}
