/* relasi-case.h — a repair case: a complaint, mistake, broken promise or lost customer
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

#define RELASI_TYPE_CASE (relasi_case_get_type ())

G_DECLARE_FINAL_TYPE (RelasiCase, relasi_case, RELASI, CASE, GObject)

RelasiCase *relasi_case_new (void);
RelasiCase *relasi_case_copy (RelasiCase *self);

gint64 relasi_case_get_id (RelasiCase *self);
void relasi_case_set_id (RelasiCase *self, gint64 id);
gint64 relasi_case_get_customer_id (RelasiCase *self);
void relasi_case_set_customer_id (RelasiCase *self, gint64 customer_id);
const char *relasi_case_get_customer_name (RelasiCase *self);
void relasi_case_set_customer_name (RelasiCase *self, const char *customer_name);
gint64 relasi_case_get_interaction_id (RelasiCase *self);
void relasi_case_set_interaction_id (RelasiCase *self, gint64 interaction_id);
RelasiCaseKind relasi_case_get_kind (RelasiCase *self);
void relasi_case_set_kind (RelasiCase *self, RelasiCaseKind kind);
gint64 relasi_case_get_opened_at (RelasiCase *self);
void relasi_case_set_opened_at (RelasiCase *self, gint64 opened_at);
gint64 relasi_case_get_answered_at (RelasiCase *self);
void relasi_case_set_answered_at (RelasiCase *self, gint64 answered_at);
gint64 relasi_case_get_resolved_at (RelasiCase *self);
void relasi_case_set_resolved_at (RelasiCase *self, gint64 resolved_at);
RelasiRootCause relasi_case_get_root_cause (RelasiCase *self);
void relasi_case_set_root_cause (RelasiCase *self, RelasiRootCause root_cause);
const char *relasi_case_get_root_cause_text (RelasiCase *self);
void relasi_case_set_root_cause_text (RelasiCase *self, const char *root_cause_text);
const char *relasi_case_get_corrective_action (RelasiCase *self);
void relasi_case_set_corrective_action (RelasiCase *self, const char *corrective_action);
const char *relasi_case_get_responsible (RelasiCase *self);
void relasi_case_set_responsible (RelasiCase *self, const char *responsible);
const char *relasi_case_get_internal_review (RelasiCase *self);
void relasi_case_set_internal_review (RelasiCase *self, const char *internal_review);
const char *relasi_case_get_customer_answer (RelasiCase *self);
void relasi_case_set_customer_answer (RelasiCase *self, const char *customer_answer);
const char *relasi_case_get_prevention (RelasiCase *self);
void relasi_case_set_prevention (RelasiCase *self, const char *prevention);
const char *relasi_case_get_shared_with (RelasiCase *self);
void relasi_case_set_shared_with (RelasiCase *self, const char *shared_with);
gint64 relasi_case_get_shared_at (RelasiCase *self);
void relasi_case_set_shared_at (RelasiCase *self, gint64 shared_at);
gint64 relasi_case_get_updated_at (RelasiCase *self);
void relasi_case_set_updated_at (RelasiCase *self, gint64 updated_at);

G_END_DECLS
