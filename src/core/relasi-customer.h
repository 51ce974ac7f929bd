/* relasi-customer.h — a customer: a person or company the business serves
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

#define RELASI_TYPE_CUSTOMER (relasi_customer_get_type ())

G_DECLARE_FINAL_TYPE (RelasiCustomer, relasi_customer, RELASI, CUSTOMER, GObject)

RelasiCustomer *relasi_customer_new (void);
RelasiCustomer *relasi_customer_copy (RelasiCustomer *self);

gint64 relasi_customer_get_id (RelasiCustomer *self);
void relasi_customer_set_id (RelasiCustomer *self, gint64 id);
const char *relasi_customer_get_name (RelasiCustomer *self);
void relasi_customer_set_name (RelasiCustomer *self, const char *name);
const char *relasi_customer_get_company (RelasiCustomer *self);
void relasi_customer_set_company (RelasiCustomer *self, const char *company);
const char *relasi_customer_get_email (RelasiCustomer *self);
void relasi_customer_set_email (RelasiCustomer *self, const char *email);
const char *relasi_customer_get_phone (RelasiCustomer *self);
void relasi_customer_set_phone (RelasiCustomer *self, const char *phone);
const char *relasi_customer_get_address (RelasiCustomer *self);
void relasi_customer_set_address (RelasiCustomer *self, const char *address);
const char *relasi_customer_get_notes (RelasiCustomer *self);
void relasi_customer_set_notes (RelasiCustomer *self, const char *notes);
const char *relasi_customer_get_tags (RelasiCustomer *self);
void relasi_customer_set_tags (RelasiCustomer *self, const char *tags);
const char *relasi_customer_get_preferences (RelasiCustomer *self);
void relasi_customer_set_preferences (RelasiCustomer *self, const char *preferences);
RelasiCustomerStatus relasi_customer_get_status (RelasiCustomer *self);
void relasi_customer_set_status (RelasiCustomer *self, RelasiCustomerStatus status);
gint64 relasi_customer_get_lost_at (RelasiCustomer *self);
void relasi_customer_set_lost_at (RelasiCustomer *self, gint64 lost_at);
RelasiRootCause relasi_customer_get_lost_reason_category (RelasiCustomer *self);
void relasi_customer_set_lost_reason_category (RelasiCustomer *self, RelasiRootCause lost_reason_category);
const char *relasi_customer_get_lost_reason (RelasiCustomer *self);
void relasi_customer_set_lost_reason (RelasiCustomer *self, const char *lost_reason);
int relasi_customer_get_cadence_days (RelasiCustomer *self);
void relasi_customer_set_cadence_days (RelasiCustomer *self, int cadence_days);
gint64 relasi_customer_get_created_at (RelasiCustomer *self);
void relasi_customer_set_created_at (RelasiCustomer *self, gint64 created_at);
gint64 relasi_customer_get_updated_at (RelasiCustomer *self);
void relasi_customer_set_updated_at (RelasiCustomer *self, gint64 updated_at);
gint64 relasi_customer_get_deleted_at (RelasiCustomer *self);
void relasi_customer_set_deleted_at (RelasiCustomer *self, gint64 deleted_at);
gint64 relasi_customer_get_last_contact_at (RelasiCustomer *self);
void relasi_customer_set_last_contact_at (RelasiCustomer *self, gint64 last_contact_at);
int relasi_customer_get_health (RelasiCustomer *self);
void relasi_customer_set_health (RelasiCustomer *self, int health);

G_END_DECLS
