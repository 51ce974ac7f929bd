/* relasi-customer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "relasi-customer.h"
#include "relasi-model-private.h"

struct _RelasiCustomer
{
  GObject parent_instance;

  gint64 id;
  char *name;
  char *company;
  char *email;
  char *phone;
  char *address;
  char *notes;
  char *tags;
  char *preferences;
  RelasiCustomerStatus status;
  gint64 lost_at;
  RelasiRootCause lost_reason_category;
  char *lost_reason;
  int cadence_days;
  gint64 created_at;
  gint64 updated_at;
  gint64 deleted_at;
  gint64 last_contact_at;
  int health;
};

G_DEFINE_FINAL_TYPE (RelasiCustomer, relasi_customer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_COMPANY,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_ADDRESS,
  PROP_NOTES,
  PROP_TAGS,
  PROP_PREFERENCES,
  PROP_STATUS,
  PROP_LOST_AT,
  PROP_LOST_REASON_CATEGORY,
  PROP_LOST_REASON,
  PROP_CADENCE_DAYS,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_DELETED_AT,
  PROP_LAST_CONTACT_AT,
  PROP_HEALTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * relasi_customer_new:
 *
 * Returns: (transfer full): a new, empty customer, not yet stored
 */
RelasiCustomer *
relasi_customer_new (void)
{
  return g_object_new (RELASI_TYPE_CUSTOMER, NULL);
}

/**
 * relasi_customer_copy:
 * @self: a customer
 *
 * Returns: (transfer full): an independent copy of @self (same id)
 */
RelasiCustomer *
relasi_customer_copy (RelasiCustomer *self)
{
  RelasiCustomer *copy;

  g_return_val_if_fail (RELASI_IS_CUSTOMER (self), NULL);

  copy = relasi_customer_new ();
  copy->id = self->id;
  copy->name = g_strdup (self->name);
  copy->company = g_strdup (self->company);
  copy->email = g_strdup (self->email);
  copy->phone = g_strdup (self->phone);
  copy->address = g_strdup (self->address);
  copy->notes = g_strdup (self->notes);
  copy->tags = g_strdup (self->tags);
  copy->preferences = g_strdup (self->preferences);
  copy->status = self->status;
  copy->lost_at = self->lost_at;
  copy->lost_reason_category = self->lost_reason_category;
  copy->lost_reason = g_strdup (self->lost_reason);
  copy->cadence_days = self->cadence_days;
  copy->created_at = self->created_at;
  copy->updated_at = self->updated_at;
  copy->deleted_at = self->deleted_at;
  copy->last_contact_at = self->last_contact_at;
  copy->health = self->health;
  return copy;
}

static void
relasi_customer_finalize (GObject *object)
{
  RelasiCustomer *self = (RelasiCustomer *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->company, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->tags, g_free);
  g_clear_pointer (&self->preferences, g_free);
  g_clear_pointer (&self->lost_reason, g_free);

  G_OBJECT_CLASS (relasi_customer_parent_class)->finalize (object);
}

static void
relasi_customer_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RelasiCustomer *self = RELASI_CUSTOMER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, relasi_customer_get_name (self));
      break;
    case PROP_COMPANY:
      g_value_set_string (value, relasi_customer_get_company (self));
      break;
    case PROP_EMAIL:
      g_value_set_string (value, relasi_customer_get_email (self));
      break;
    case PROP_PHONE:
      g_value_set_string (value, relasi_customer_get_phone (self));
      break;
    case PROP_ADDRESS:
      g_value_set_string (value, relasi_customer_get_address (self));
      break;
    case PROP_NOTES:
      g_value_set_string (value, relasi_customer_get_notes (self));
      break;
    case PROP_TAGS:
      g_value_set_string (value, relasi_customer_get_tags (self));
      break;
    case PROP_PREFERENCES:
      g_value_set_string (value, relasi_customer_get_preferences (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_LOST_AT:
      g_value_set_int64 (value, self->lost_at);
      break;
    case PROP_LOST_REASON_CATEGORY:
      g_value_set_enum (value, self->lost_reason_category);
      break;
    case PROP_LOST_REASON:
      g_value_set_string (value, relasi_customer_get_lost_reason (self));
      break;
    case PROP_CADENCE_DAYS:
      g_value_set_int (value, self->cadence_days);
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
    case PROP_LAST_CONTACT_AT:
      g_value_set_int64 (value, self->last_contact_at);
      break;
    case PROP_HEALTH:
      g_value_set_int (value, self->health);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_customer_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RelasiCustomer *self = RELASI_CUSTOMER (object);

  switch (prop_id)
    {
    case PROP_ID:
      relasi_customer_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_NAME:
      relasi_customer_set_name (self, g_value_get_string (value));
      break;
    case PROP_COMPANY:
      relasi_customer_set_company (self, g_value_get_string (value));
      break;
    case PROP_EMAIL:
      relasi_customer_set_email (self, g_value_get_string (value));
      break;
    case PROP_PHONE:
      relasi_customer_set_phone (self, g_value_get_string (value));
      break;
    case PROP_ADDRESS:
      relasi_customer_set_address (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      relasi_customer_set_notes (self, g_value_get_string (value));
      break;
    case PROP_TAGS:
      relasi_customer_set_tags (self, g_value_get_string (value));
      break;
    case PROP_PREFERENCES:
      relasi_customer_set_preferences (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      relasi_customer_set_status (self, g_value_get_enum (value));
      break;
    case PROP_LOST_AT:
      relasi_customer_set_lost_at (self, g_value_get_int64 (value));
      break;
    case PROP_LOST_REASON_CATEGORY:
      relasi_customer_set_lost_reason_category (self, g_value_get_enum (value));
      break;
    case PROP_LOST_REASON:
      relasi_customer_set_lost_reason (self, g_value_get_string (value));
      break;
    case PROP_CADENCE_DAYS:
      relasi_customer_set_cadence_days (self, g_value_get_int (value));
      break;
    case PROP_CREATED_AT:
      relasi_customer_set_created_at (self, g_value_get_int64 (value));
      break;
    case PROP_UPDATED_AT:
      relasi_customer_set_updated_at (self, g_value_get_int64 (value));
      break;
    case PROP_DELETED_AT:
      relasi_customer_set_deleted_at (self, g_value_get_int64 (value));
      break;
    case PROP_LAST_CONTACT_AT:
      relasi_customer_set_last_contact_at (self, g_value_get_int64 (value));
      break;
    case PROP_HEALTH:
      relasi_customer_set_health (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_customer_class_init (RelasiCustomerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relasi_customer_finalize;
  object_class->get_property = relasi_customer_get_property;
  object_class->set_property = relasi_customer_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, "Database id, 0 until stored", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, "Name (required)", NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPANY] =
    g_param_spec_string ("company", NULL, "Company", NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, "E-mail address", NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, "Phone number", NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, "Address", NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, "Free notes", NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TAGS] =
    g_param_spec_string ("tags", NULL, "Comma-separated tags", NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PREFERENCES] =
    g_param_spec_string ("preferences", NULL, "What the customer prefers and expects", NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, "Active or lost", RELASI_TYPE_CUSTOMER_STATUS, RELASI_CUSTOMER_STATUS_ACTIVE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOST_AT] =
    g_param_spec_int64 ("lost-at", NULL, "When the customer was lost, 0 if not", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOST_REASON_CATEGORY] =
    g_param_spec_enum ("lost-reason-category", NULL, "Why the customer left (category)", RELASI_TYPE_ROOT_CAUSE, RELASI_ROOT_CAUSE_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOST_REASON] =
    g_param_spec_string ("lost-reason", NULL, "Why the customer left, in their words", NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CADENCE_DAYS] =
    g_param_spec_int ("cadence-days", NULL, "Stay-in-touch cadence in days, 0 = the default setting", G_MININT, G_MAXINT, 0,
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
  properties[PROP_LAST_CONTACT_AT] =
    g_param_spec_int64 ("last-contact-at", NULL, "Last contact (maintained by the store), 0 if none", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HEALTH] =
    g_param_spec_int ("health", NULL, "Health score 0-100 as last computed by the store", G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relasi_customer_init (RelasiCustomer *self)
{
}

gint64
relasi_customer_get_id (RelasiCustomer *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER (self), 0);
  return self->id;
}

void
relasi_customer_set_id (RelasiCustomer *self,
                        gint64 id)
{
  g_return_if_fail (RELASI_IS_CUSTOMER (self));
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
relasi_customer_get_name (RelasiCustomer *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER (self), NULL);
  return self->name != NULL ? self->name : "";
}

void
relasi_customer_set_name (RelasiCustomer *self,
                          const char *name)
{
  g_return_if_fail (RELASI_IS_CUSTOMER (self));
  if (relasi_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
relasi_customer_get_company (RelasiCustomer *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER (self), NULL);
  return self->company != NULL ? self->company : "";
}

void
relasi_customer_set_company (RelasiCustomer *self,
                             const char *company)
{
  g_return_if_fail (RELASI_IS_CUSTOMER (self));
  if (relasi_set_string (&self->company, company))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPANY]);
}

const char *
relasi_customer_get_email (RelasiCustomer *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER (self), NULL);
  return self->email != NULL ? self->email : "";
}

void
relasi_customer_set_email (RelasiCustomer *self,
                           const char *email)
{
  g_return_if_fail (RELASI_IS_CUSTOMER (self));
  if (relasi_set_string (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
relasi_customer_get_phone (RelasiCustomer *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER (self), NULL);
  return self->phone != NULL ? self->phone : "";
}

void
relasi_customer_set_phone (RelasiCustomer *self,
                           const char *phone)
{
  g_return_if_fail (RELASI_IS_CUSTOMER (self));
  if (relasi_set_string (&self->phone, phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char *
relasi_customer_get_address (RelasiCustomer *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER (self), NULL);
  return self->address != NULL ? self->address : "";
}

void
relasi_customer_set_address (RelasiCustomer *self,
                             const char *address)
{
  g_return_if_fail (RELASI_IS_CUSTOMER (self));
  if (relasi_set_string (&self->address, address))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

const char *
relasi_customer_get_notes (RelasiCustomer *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER (self), NULL);
  return self->notes != NULL ? self->notes : "";
}

void
relasi_customer_set_notes (RelasiCustomer *self,
                           const char *notes)
{
  g_return_if_fail (RELASI_IS_CUSTOMER (self));
  if (relasi_set_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

const char *
relasi_customer_get_tags (RelasiCustomer *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER (self), NULL);
  return self->tags != NULL ? self->tags : "";
}

void
relasi_customer_set_tags (RelasiCustomer *self,
                          const char *tags)
{
  g_return_if_fail (RELASI_IS_CUSTOMER (self));
  if (relasi_set_string (&self->tags, tags))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

const char *
relasi_customer_get_preferences (RelasiCustomer *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER (self), NULL);
  return self->preferences != NULL ? self->preferences : "";
}

void
relasi_customer_set_preferences (RelasiCustomer *self,
                                 const char *preferences)
{
  g_return_if_fail (RELASI_IS_CUSTOMER (self));
  if (relasi_set_string (&self->preferences, preferences))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREFERENCES]);
}

RelasiCustomerStatus
relasi_customer_get_status (RelasiCustomer *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER (self), 0);
  return self->status;
}

void
relasi_customer_set_status (RelasiCustomer *self,
                            RelasiCustomerStatus status)
{
  g_return_if_fail (RELASI_IS_CUSTOMER (self));
  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

gint64
relasi_customer_get_lost_at (RelasiCustomer *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER (self), 0);
  return self->lost_at;
}

void
relasi_customer_set_lost_at (RelasiCustomer *self,
                             gint64 lost_at)
{
  g_return_if_fail (RELASI_IS_CUSTOMER (self));
  if (self->lost_at == lost_at)
    return;
  self->lost_at = lost_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOST_AT]);
}

RelasiRootCause
relasi_customer_get_lost_reason_category (RelasiCustomer *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER (self), 0);
  return self->lost_reason_category;
}

void
relasi_customer_set_lost_reason_category (RelasiCustomer *self,
                                          RelasiRootCause lost_reason_category)
{
  g_return_if_fail (RELASI_IS_CUSTOMER (self));
  if (self->lost_reason_category == lost_reason_category)
    return;
  self->lost_reason_category = lost_reason_category;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOST_REASON_CATEGORY]);
}

const char *
relasi_customer_get_lost_reason (RelasiCustomer *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER (self), NULL);
  return self->lost_reason != NULL ? self->lost_reason : "";
}

void
relasi_customer_set_lost_reason (RelasiCustomer *self,
                                 const char *lost_reason)
{
  g_return_if_fail (RELASI_IS_CUSTOMER (self));
  if (relasi_set_string (&self->lost_reason, lost_reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOST_REASON]);
}

int
relasi_customer_get_cadence_days (RelasiCustomer *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER (self), 0);
  return self->cadence_days;
}

void
relasi_customer_set_cadence_days (RelasiCustomer *self,
                                  int cadence_days)
{
  g_return_if_fail (RELASI_IS_CUSTOMER (self));
  if (self->cadence_days == cadence_days)
    return;
  self->cadence_days = cadence_days;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CADENCE_DAYS]);
}

gint64
relasi_customer_get_created_at (RelasiCustomer *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER (self), 0);
  return self->created_at;
}

void
relasi_customer_set_created_at (RelasiCustomer *self,
                                gint64 created_at)
{
  g_return_if_fail (RELASI_IS_CUSTOMER (self));
  if (self->created_at == created_at)
    return;
  self->created_at = created_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

gint64
relasi_customer_get_updated_at (RelasiCustomer *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER (self), 0);
  return self->updated_at;
}

void
relasi_customer_set_updated_at (RelasiCustomer *self,
                                gint64 updated_at)
{
  g_return_if_fail (RELASI_IS_CUSTOMER (self));
  if (self->updated_at == updated_at)
    return;
  self->updated_at = updated_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED_AT]);
}

gint64
relasi_customer_get_deleted_at (RelasiCustomer *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER (self), 0);
  return self->deleted_at;
}

void
relasi_customer_set_deleted_at (RelasiCustomer *self,
                                gint64 deleted_at)
{
  g_return_if_fail (RELASI_IS_CUSTOMER (self));
  if (self->deleted_at == deleted_at)
    return;
  self->deleted_at = deleted_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELETED_AT]);
}

gint64
relasi_customer_get_last_contact_at (RelasiCustomer *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER (self), 0);
  return self->last_contact_at;
}

void
relasi_customer_set_last_contact_at (RelasiCustomer *self,
                                     gint64 last_contact_at)
{
  g_return_if_fail (RELASI_IS_CUSTOMER (self));
  if (self->last_contact_at == last_contact_at)
    return;
  self->last_contact_at = last_contact_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_CONTACT_AT]);
}

int
relasi_customer_get_health (RelasiCustomer *self)
{
  g_return_val_if_fail (RELASI_IS_CUSTOMER (self), 0);
  return self->health;
}

void
relasi_customer_set_health (RelasiCustomer *self,
                            int health)
{
  g_return_if_fail (RELASI_IS_CUSTOMER (self));
  if (self->health == health)
    return;
  self->health = health;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEALTH]);
}
