/* relasi-interaction.h — one entry in the journal
 *
 * A plain value object: setting properties does not touch the database; pass it to
 * the RelasiStore functions to store it. Timestamps are UTC seconds, 0 = unset.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "relasi-enums.h"

G_BEGIN_DECLS

#define RELASI_TYPE_INTERACTION (relasi_interaction_get_type ())

G_DECLARE_FINAL_TYPE (RelasiInteraction, relasi_interaction, RELASI, INTERACTION, GObject)

RelasiInteraction *relasi_interaction_new (void);
RelasiInteraction *relasi_interaction_copy (RelasiInteraction *self);

gint64 relasi_interaction_get_id (RelasiInteraction *self);
void relasi_interaction_set_id (RelasiInteraction *self, gint64 id);
gint64 relasi_interaction_get_customer_id (RelasiInteraction *self);
void relasi_interaction_set_customer_id (RelasiInteraction *self, gint64 customer_id);
const char *relasi_interaction_get_customer_name (RelasiInteraction *self);
void relasi_interaction_set_customer_name (RelasiInteraction *self, const char *customer_name);
RelasiInteractionKind relasi_interaction_get_kind (RelasiInteraction *self);
void relasi_interaction_set_kind (RelasiInteraction *self, RelasiInteractionKind kind);
gint64 relasi_interaction_get_occurred_at (RelasiInteraction *self);
void relasi_interaction_set_occurred_at (RelasiInteraction *self, gint64 occurred_at);
const char *relasi_interaction_get_summary (RelasiInteraction *self);
void relasi_interaction_set_summary (RelasiInteraction *self, const char *summary);
const char *relasi_interaction_get_details (RelasiInteraction *self);
void relasi_interaction_set_details (RelasiInteraction *self, const char *details);
int relasi_interaction_get_sentiment (RelasiInteraction *self);
void relasi_interaction_set_sentiment (RelasiInteraction *self, int sentiment);
double relasi_interaction_get_amount (RelasiInteraction *self);
void relasi_interaction_set_amount (RelasiInteraction *self, double amount);
gint64 relasi_interaction_get_due_at (RelasiInteraction *self);
void relasi_interaction_set_due_at (RelasiInteraction *self, gint64 due_at);
RelasiPromiseOutcome relasi_interaction_get_outcome (RelasiInteraction *self);
void relasi_interaction_set_outcome (RelasiInteraction *self, RelasiPromiseOutcome outcome);
gint64 relasi_interaction_get_outcome_at (RelasiInteraction *self);
void relasi_interaction_set_outcome_at (RelasiInteraction *self, gint64 outcome_at);
gint64 relasi_interaction_get_created_at (RelasiInteraction *self);
void relasi_interaction_set_created_at (RelasiInteraction *self, gint64 created_at);
gint64 relasi_interaction_get_updated_at (RelasiInteraction *self);
void relasi_interaction_set_updated_at (RelasiInteraction *self, gint64 updated_at);
gint64 relasi_interaction_get_deleted_at (RelasiInteraction *self);
void relasi_interaction_set_deleted_at (RelasiInteraction *self, gint64 deleted_at);

G_END_DECLS
