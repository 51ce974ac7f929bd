/* relasi-reminder.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "relasi-reminder.h"
#include "relasi-model-private.h"

struct _RelasiReminder
{
  GObject parent_instance;

  gint64 id;
  gint64 customer_id;
  char *customer_name;
  gint64 interaction_id;
  RelasiReminderKind kind;
  char *title;
  gboolean title_auto;
  gint64 due_at;
  gint64 done_at;
  gint64 snoozed_until;
  gint64 notified_at;
  RelasiRecurrence recurrence;
  gint64 created_at;
  gint64 deleted_at;
};

G_DEFINE_FINAL_TYPE (RelasiReminder, relasi_reminder, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CUSTOMER_ID,
  PROP_CUSTOMER_NAME,
  PROP_INTERACTION_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_TITLE_AUTO,
  PROP_DUE_AT,
  PROP_DONE_AT,
  PROP_SNOOZED_UNTIL,
  PROP_NOTIFIED_AT,
  PROP_RECURRENCE,
  PROP_CREATED_AT,
  PROP_DELETED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * relasi_reminder_new:
 *
 * Returns: (transfer full): a new, empty reminder, not yet stored
 */
RelasiReminder *
relasi_reminder_new (void)
{
  return g_object_new (RELASI_TYPE_REMINDER, NULL);
}

/**
 * relasi_reminder_copy:
 * @self: a reminder
 *
 * Returns: (transfer full): an independent copy of @self (same id)
 */
RelasiReminder *
relasi_reminder_copy (RelasiReminder *self)
{
  RelasiReminder *copy;

  g_return_val_if_fail (RELASI_IS_REMINDER (self), NULL);

  copy = relasi_reminder_new ();
  copy->id = self->id;
  copy->customer_id = self->customer_id;
  copy->customer_name = g_strdup (self->customer_name);
  copy->interaction_id = self->interaction_id;
  copy->kind = self->kind;
  copy->title = g_strdup (self->title);
  copy->title_auto = self->title_auto;
  copy->due_at = self->due_at;
  copy->done_at = self->done_at;
  copy->snoozed_until = self->snoozed_until;
  copy->notified_at = self->notified_at;
  copy->recurrence = self->recurrence;
  copy->created_at = self->created_at;
  copy->deleted_at = self->deleted_at;
  return copy;
}

static void
relasi_reminder_finalize (GObject *object)
{
  RelasiReminder *self = (RelasiReminder *) object;

  g_clear_pointer (&self->customer_name, g_free);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (relasi_reminder_parent_class)->finalize (object);
}

static void
relasi_reminder_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RelasiReminder *self = RELASI_REMINDER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_CUSTOMER_ID:
      g_value_set_int64 (value, self->customer_id);
      break;
    case PROP_CUSTOMER_NAME:
      g_value_set_string (value, relasi_reminder_get_customer_name (self));
      break;
    case PROP_INTERACTION_ID:
      g_value_set_int64 (value, self->interaction_id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_TITLE:
      g_value_set_string (value, relasi_reminder_get_title (self));
      break;
    case PROP_TITLE_AUTO:
      g_value_set_boolean (value, self->title_auto);
      break;
    case PROP_DUE_AT:
      g_value_set_int64 (value, self->due_at);
      break;
    case PROP_DONE_AT:
      g_value_set_int64 (value, self->done_at);
      break;
    case PROP_SNOOZED_UNTIL:
      g_value_set_int64 (value, self->snoozed_until);
      break;
    case PROP_NOTIFIED_AT:
      g_value_set_int64 (value, self->notified_at);
      break;
    case PROP_RECURRENCE:
      g_value_set_enum (value, self->recurrence);
      break;
    case PROP_CREATED_AT:
      g_value_set_int64 (value, self->created_at);
      break;
    case PROP_DELETED_AT:
      g_value_set_int64 (value, self->deleted_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_reminder_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RelasiReminder *self = RELASI_REMINDER (object);

  switch (prop_id)
    {
    case PROP_ID:
      relasi_reminder_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_CUSTOMER_ID:
      relasi_reminder_set_customer_id (self, g_value_get_int64 (value));
      break;
    case PROP_CUSTOMER_NAME:
      relasi_reminder_set_customer_name (self, g_value_get_string (value));
      break;
    case PROP_INTERACTION_ID:
      relasi_reminder_set_interaction_id (self, g_value_get_int64 (value));
      break;
    case PROP_KIND:
      relasi_reminder_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_TITLE:
      relasi_reminder_set_title (self, g_value_get_string (value));
      break;
    case PROP_TITLE_AUTO:
      relasi_reminder_set_title_auto (self, g_value_get_boolean (value));
      break;
    case PROP_DUE_AT:
      relasi_reminder_set_due_at (self, g_value_get_int64 (value));
      break;
    case PROP_DONE_AT:
      relasi_reminder_set_done_at (self, g_value_get_int64 (value));
      break;
    case PROP_SNOOZED_UNTIL:
      relasi_reminder_set_snoozed_until (self, g_value_get_int64 (value));
      break;
    case PROP_NOTIFIED_AT:
      relasi_reminder_set_notified_at (self, g_value_get_int64 (value));
      break;
    case PROP_RECURRENCE:
      relasi_reminder_set_recurrence (self, g_value_get_enum (value));
      break;
    case PROP_CREATED_AT:
      relasi_reminder_set_created_at (self, g_value_get_int64 (value));
      break;
    case PROP_DELETED_AT:
      relasi_reminder_set_deleted_at (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_reminder_class_init (RelasiReminderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = relasi_reminder_finalize;
  object_class->get_property = relasi_reminder_get_property;
  object_class->set_property = relasi_reminder_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, "Database id, 0 until stored", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CUSTOMER_ID] =
    g_param_spec_int64 ("customer-id", NULL, "The customer, 0 if none", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CUSTOMER_NAME] =
    g_param_spec_string ("customer-name", NULL, "The customer name (filled in when read from the store)", NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTERACTION_ID] =
    g_param_spec_int64 ("interaction-id", NULL, "The journal entry that caused it, 0 if none", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, "What is owed", RELASI_TYPE_REMINDER_KIND, RELASI_REMINDER_KIND_CUSTOM,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, "What to do (required)", NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE_AUTO] =
    g_param_spec_boolean ("title-auto", NULL,
                          "Relasi made the title and composes it anew when read (set by the store; changing the title clears it)", FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DUE_AT] =
    g_param_spec_int64 ("due-at", NULL, "When it is due, UTC seconds", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DONE_AT] =
    g_param_spec_int64 ("done-at", NULL, "When it was done, 0 if open", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SNOOZED_UNTIL] =
    g_param_spec_int64 ("snoozed-until", NULL, "Snoozed until, 0 if not", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTIFIED_AT] =
    g_param_spec_int64 ("notified-at", NULL, "When a notification was last shown, 0 if never", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECURRENCE] =
    g_param_spec_enum ("recurrence", NULL, "How it repeats", RELASI_TYPE_RECURRENCE, RELASI_RECURRENCE_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATED_AT] =
    g_param_spec_int64 ("created-at", NULL, "Created, UTC seconds", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DELETED_AT] =
    g_param_spec_int64 ("deleted-at", NULL, "Moved to the trash, 0 if not", G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
relasi_reminder_init (RelasiReminder *self)
{
}

gint64
relasi_reminder_get_id (RelasiReminder *self)
{
  g_return_val_if_fail (RELASI_IS_REMINDER (self), 0);
  return self->id;
}

void
relasi_reminder_set_id (RelasiReminder *self,
                        gint64 id)
{
  g_return_if_fail (RELASI_IS_REMINDER (self));
  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
relasi_reminder_get_customer_id (RelasiReminder *self)
{
  g_return_val_if_fail (RELASI_IS_REMINDER (self), 0);
  return self->customer_id;
}

void
relasi_reminder_set_customer_id (RelasiReminder *self,
                                 gint64 customer_id)
{
  g_return_if_fail (RELASI_IS_REMINDER (self));
  if (self->customer_id == customer_id)
    return;
  self->customer_id = customer_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER_ID]);
}

const char *
relasi_reminder_get_customer_name (RelasiReminder *self)
{
  g_return_val_if_fail (RELASI_IS_REMINDER (self), NULL);
  return self->customer_name != NULL ? self->customer_name : "";
}

void
relasi_reminder_set_customer_name (RelasiReminder *self,
                                   const char *customer_name)
{
  g_return_if_fail (RELASI_IS_REMINDER (self));
  if (relasi_set_string (&self->customer_name, customer_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOMER_NAME]);
}

gint64
relasi_reminder_get_interaction_id (RelasiReminder *self)
{
  g_return_val_if_fail (RELASI_IS_REMINDER (self), 0);
  return self->interaction_id;
}

void
relasi_reminder_set_interaction_id (RelasiReminder *self,
                                    gint64 interaction_id)
{
  g_return_if_fail (RELASI_IS_REMINDER (self));
  if (self->interaction_id == interaction_id)
    return;
  self->interaction_id = interaction_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERACTION_ID]);
}

RelasiReminderKind
relasi_reminder_get_kind (RelasiReminder *self)
{
  g_return_val_if_fail (RELASI_IS_REMINDER (self), 0);
  return self->kind;
}

void
relasi_reminder_set_kind (RelasiReminder *self,
                          RelasiReminderKind kind)
{
  g_return_if_fail (RELASI_IS_REMINDER (self));
  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
relasi_reminder_get_title (RelasiReminder *self)
{
  g_return_val_if_fail (RELASI_IS_REMINDER (self), NULL);
  return self->title != NULL ? self->title : "";
}

void
relasi_reminder_set_title (RelasiReminder *self,
                           const char *title)
{
  g_return_if_fail (RELASI_IS_REMINDER (self));
  if (!relasi_set_string (&self->title, title))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  /* a title given in other words is a person's from now on (the store keeps a title
   * Relasi made only while it is left as it was shown) */
  relasi_reminder_set_title_auto (self, FALSE);
}

gboolean
relasi_reminder_get_title_auto (RelasiReminder *self)
{
  g_return_val_if_fail (RELASI_IS_REMINDER (self), FALSE);
  return self->title_auto;
}

void
relasi_reminder_set_title_auto (RelasiReminder *self,
                                gboolean title_auto)
{
  g_return_if_fail (RELASI_IS_REMINDER (self));
  title_auto = !!title_auto;
  if (self->title_auto == title_auto)
    return;
  self->title_auto = title_auto;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE_AUTO]);
}

gint64
relasi_reminder_get_due_at (RelasiReminder *self)
{
  g_return_val_if_fail (RELASI_IS_REMINDER (self), 0);
  return self->due_at;
}

void
relasi_reminder_set_due_at (RelasiReminder *self,
                            gint64 due_at)
{
  g_return_if_fail (RELASI_IS_REMINDER (self));
  if (self->due_at == due_at)
    return;
  self->due_at = due_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_AT]);
}

gint64
relasi_reminder_get_done_at (RelasiReminder *self)
{
  g_return_val_if_fail (RELASI_IS_REMINDER (self), 0);
  return self->done_at;
}

void
relasi_reminder_set_done_at (RelasiReminder *self,
                             gint64 done_at)
{
  g_return_if_fail (RELASI_IS_REMINDER (self));
  if (self->done_at == done_at)
    return;
  self->done_at = done_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE_AT]);
}

gint64
relasi_reminder_get_snoozed_until (RelasiReminder *self)
{
  g_return_val_if_fail (RELASI_IS_REMINDER (self), 0);
  return self->snoozed_until;
}

void
relasi_reminder_set_snoozed_until (RelasiReminder *self,
                                   gint64 snoozed_until)
{
  g_return_if_fail (RELASI_IS_REMINDER (self));
  if (self->snoozed_until == snoozed_until)
    return;
  self->snoozed_until = snoozed_until;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SNOOZED_UNTIL]);
}

gint64
relasi_reminder_get_notified_at (RelasiReminder *self)
{
  g_return_val_if_fail (RELASI_IS_REMINDER (self), 0);
  return self->notified_at;
}

void
relasi_reminder_set_notified_at (RelasiReminder *self,
                                 gint64 notified_at)
{
  g_return_if_fail (RELASI_IS_REMINDER (self));
  if (self->notified_at == notified_at)
    return;
  self->notified_at = notified_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTIFIED_AT]);
}

RelasiRecurrence
relasi_reminder_get_recurrence (RelasiReminder *self)
{
  g_return_val_if_fail (RELASI_IS_REMINDER (self), 0);
  return self->recurrence;
}

void
relasi_reminder_set_recurrence (RelasiReminder *self,
                                RelasiRecurrence recurrence)
{
  g_return_if_fail (RELASI_IS_REMINDER (self));
  if (self->recurrence == recurrence)
    return;
  self->recurrence = recurrence;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECURRENCE]);
}

gint64
relasi_reminder_get_created_at (RelasiReminder *self)
{
  g_return_val_if_fail (RELASI_IS_REMINDER (self), 0);
  return self->created_at;
}

void
relasi_reminder_set_created_at (RelasiReminder *self,
                                gint64 created_at)
{
  g_return_if_fail (RELASI_IS_REMINDER (self));
  if (self->created_at == created_at)
    return;
  self->created_at = created_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED_AT]);
}

gint64
relasi_reminder_get_deleted_at (RelasiReminder *self)
{
  g_return_val_if_fail (RELASI_IS_REMINDER (self), 0);
  return self->deleted_at;
}

void
relasi_reminder_set_deleted_at (RelasiReminder *self,
                                gint64 deleted_at)
{
  g_return_if_fail (RELASI_IS_REMINDER (self));
  if (self->deleted_at == deleted_at)
    return;
  self->deleted_at = deleted_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELETED_AT]);
}
