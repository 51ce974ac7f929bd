/* relasi-store-customers.c — customers: add, change, trash, lose and win back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "relasi-clock.h"
#include "relasi-error.h"
#include "relasi-store-private.h"
#include "relasi-validate.h"

RelasiCustomer *
relasi_customer_from_row (RelasiStmt *stmt)
{
  RelasiCustomer *c = relasi_customer_new ();
  RelasiCustomerStatus status = RELASI_CUSTOMER_STATUS_ACTIVE;
  RelasiRootCause cause = RELASI_ROOT_CAUSE_NONE;

  g_object_freeze_notify (G_OBJECT (c));
  relasi_customer_set_id (c, sqlite3_column_int64 (stmt, 0));
  relasi_customer_set_name (c, relasi_store_column_text (stmt, 1));
  relasi_customer_set_company (c, relasi_store_column_text (stmt, 2));
  relasi_customer_set_email (c, relasi_store_column_text (stmt, 3));
  relasi_customer_set_phone (c, relasi_store_column_text (stmt, 4));
  relasi_customer_set_address (c, relasi_store_column_text (stmt, 5));
  relasi_customer_set_notes (c, relasi_store_column_text (stmt, 6));
  relasi_customer_set_tags (c, relasi_store_column_text (stmt, 7));
  relasi_customer_set_preferences (c, relasi_store_column_text (stmt, 8));
  relasi_customer_status_from_string (relasi_store_column_text (stmt, 9), &status);
  relasi_customer_set_status (c, status);
  relasi_customer_set_lost_at (c, sqlite3_column_int64 (stmt, 10));
  relasi_root_cause_from_string (relasi_store_column_text (stmt, 11), &cause);
  relasi_customer_set_lost_reason_category (c, cause);
  relasi_customer_set_lost_reason (c, relasi_store_column_text (stmt, 12));
  relasi_customer_set_cadence_days (c, sqlite3_column_int (stmt, 13));
  relasi_customer_set_created_at (c, sqlite3_column_int64 (stmt, 14));
  relasi_customer_set_updated_at (c, sqlite3_column_int64 (stmt, 15));
  relasi_customer_set_deleted_at (c, sqlite3_column_int64 (stmt, 16));
  relasi_customer_set_last_contact_at (c, sqlite3_column_int64 (stmt, 17));
  relasi_customer_set_health (c, sqlite3_column_int (stmt, 18));
  g_object_thaw_notify (G_OBJECT (c));

  return c;
}

static void
set_not_found (GError **error)
{
  g_set_error (error, RELASI_ERROR, RELASI_ERROR_NOT_FOUND,
               _("This customer does not exist (any more)."));
}

/* FALSE with RELASI_ERROR_NOT_FOUND when there is no such customer (or, with
 * @live_only, when it is in the trash). */
gboolean
relasi_store_customer_exists (RelasiStore  *self,
                              gint64        id,
                              gboolean      live_only,
                              GError      **error)
{
  return relasi_store_customer_exists_named (self, id, live_only, NULL, error);
}

/* The same, and @name (optional) receives the customer's name: one lookup for a write
 * that needs both. */
gboolean
relasi_store_customer_exists_named (RelasiStore  *self,
                                    gint64        id,
                                    gboolean      live_only,
                                    char        **name,
                                    GError      **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;
  gint64 deleted_at = -1;
  int rc;

  stmt = relasi_store_prepare (self, "SELECT deleted_at, name FROM customers WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      deleted_at = sqlite3_column_int64 (stmt, 0);
      if (name != NULL)
        *name = g_strdup (relasi_store_column_text (stmt, 1));
    }
  else if (rc != SQLITE_DONE)
    {
      relasi_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }

  if (deleted_at < 0)
    {
      set_not_found (error);
      return FALSE;
    }
  if (live_only && deleted_at > 0)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_NOT_FOUND,
                   _("This customer is in the trash. Restore them first."));
      if (name != NULL)
        g_clear_pointer (name, g_free);
      return FALSE;
    }
  return TRUE;
}

/**
 * relasi_store_get_customer:
 * @self: a store
 * @id: the customer's id
 * @error: return location for an error
 *
 * Also returns a customer in the trash (deleted-at is set then).
 *
 * Returns: (transfer full): the customer, or %NULL with %RELASI_ERROR_NOT_FOUND
 */
RelasiCustomer *
relasi_store_get_customer (RelasiStore  *self,
                           gint64        id,
                           GError      **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (RELASI_IS_STORE (self), NULL);

  stmt = relasi_store_prepare (self, "SELECT " RELASI_CUSTOMER_COLUMNS " FROM customers c WHERE c.id = ?1",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return relasi_customer_from_row (stmt);
  if (rc == SQLITE_DONE)
    set_not_found (error);
  else
    relasi_store_set_sqlite_error (self, rc, error);
  return NULL;
}

static void
bind_profile (RelasiStmt     *stmt,
              RelasiCustomer *c)
{
  relasi_store_bind_text (stmt, 1, relasi_customer_get_name (c));
  relasi_store_bind_text (stmt, 2, relasi_customer_get_company (c));
  relasi_store_bind_text (stmt, 3, relasi_customer_get_email (c));
  relasi_store_bind_text (stmt, 4, relasi_customer_get_phone (c));
  relasi_store_bind_text (stmt, 5, relasi_customer_get_address (c));
  relasi_store_bind_text (stmt, 6, relasi_customer_get_notes (c));
  relasi_store_bind_text (stmt, 7, relasi_customer_get_tags (c));
  relasi_store_bind_text (stmt, 8, relasi_customer_get_preferences (c));
  relasi_store_bind_text (stmt, 9, relasi_root_cause_to_string (relasi_customer_get_lost_reason_category (c)));
  relasi_store_bind_text (stmt, 10, relasi_customer_get_lost_reason (c));
  sqlite3_bind_int (stmt, 11, relasi_customer_get_cadence_days (c));
}

/**
 * relasi_store_add_customer:
 * @self: a store
 * @customer: the new customer; its id, created-at and updated-at are set on success
 * @error: return location for an error
 *
 * A customer is added as given, lost or active (with created-at = now unless set).
 */
gboolean
relasi_store_add_customer (RelasiStore     *self,
                           RelasiCustomer  *customer,
                           GError         **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;
  gint64 now = relasi_clock_now ();
  gint64 created = relasi_customer_get_created_at (customer);
  gint64 id;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (RELASI_IS_CUSTOMER (customer), FALSE);

  if (!relasi_customer_validate (customer, error) ||
      !relasi_validate_time (created, FALSE, "created-at", error))
    return FALSE;
  if (created == 0)
    created = now;

  if (!relasi_store_write_begin (self, error))
    return FALSE;

  stmt = relasi_store_prepare (self,
                               "INSERT INTO customers (name, company, email, phone, address, notes, tags,"
                               " preferences, lost_reason_category, lost_reason, cadence_days, status, lost_at,"
                               " created_at, updated_at)"
                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
                               error);
  if (stmt == NULL)
    goto fail;
  bind_profile (stmt, customer);
  relasi_store_bind_text (stmt, 12, relasi_customer_status_to_string (relasi_customer_get_status (customer)));
  sqlite3_bind_int64 (stmt, 13, relasi_customer_get_status (customer) == RELASI_CUSTOMER_STATUS_LOST
                                ? (relasi_customer_get_lost_at (customer) != 0 ? relasi_customer_get_lost_at (customer) : now)
                                : 0);
  sqlite3_bind_int64 (stmt, 14, created);
  sqlite3_bind_int64 (stmt, 15, now);
  if (!relasi_store_step_done (self, stmt, error))
    goto fail;

  id = sqlite3_last_insert_rowid (self->db);
  relasi_store_mark_dirty (self, id);
  if (!relasi_store_write_commit (self, RELASI_STORE_CHANGE_CUSTOMERS, error))
    return FALSE;

  relasi_customer_set_id (customer, id);
  relasi_customer_set_created_at (customer, created);
  relasi_customer_set_updated_at (customer, now);
  return TRUE;

fail:
  relasi_store_write_rollback (self);
  return FALSE;
}

/**
 * relasi_store_update_customer:
 * @self: a store
 * @customer: the customer with its new profile
 * @error: return location for an error
 *
 * Stores the profile: name, company, e-mail, phone, address, notes, tags,
 * preferences, cadence and the reason for leaving. Status changes go through
 * relasi_store_mark_customer_lost() and relasi_store_win_back_customer().
 */
gboolean
relasi_store_update_customer (RelasiStore     *self,
                              RelasiCustomer  *customer,
                              GError         **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;
  gint64 now = relasi_clock_now ();
  gint64 id;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (RELASI_IS_CUSTOMER (customer), FALSE);

  id = relasi_customer_get_id (customer);
  if (!relasi_customer_validate (customer, error))
    return FALSE;

  if (!relasi_store_write_begin (self, error))
    return FALSE;
  if (!relasi_store_customer_exists (self, id, FALSE, error))
    goto fail;

  stmt = relasi_store_prepare (self,
                               "UPDATE customers SET name = ?1, company = ?2, email = ?3, phone = ?4,"
                               " address = ?5, notes = ?6, tags = ?7, preferences = ?8,"
                               " lost_reason_category = ?9, lost_reason = ?10, cadence_days = ?11,"
                               " updated_at = ?12 WHERE id = ?13",
                               error);
  if (stmt == NULL)
    goto fail;
  bind_profile (stmt, customer);
  sqlite3_bind_int64 (stmt, 12, now);
  sqlite3_bind_int64 (stmt, 13, id);
  if (!relasi_store_step_done (self, stmt, error))
    goto fail;

  relasi_store_mark_dirty (self, id);
  if (!relasi_store_write_commit (self, RELASI_STORE_CHANGE_CUSTOMERS | RELASI_STORE_CHANGE_INTERACTIONS, error))
    return FALSE;
  relasi_customer_set_updated_at (customer, now);
  return TRUE;

fail:
  relasi_store_write_rollback (self);
  return FALSE;
}

/* Runs @sql (binding ?1 = now, ?2 = id) as one write; zero changed rows is
 * @conflict_message (or NOT_FOUND when the customer does not exist). */
static gboolean
customer_state_change (RelasiStore        *self,
                       gint64              id,
                       const char         *sql,
                       const char         *conflict_message,
                       RelasiStoreChange   changes,
                       GError            **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;

  if (!relasi_store_write_begin (self, error))
    return FALSE;
  if (!relasi_store_customer_exists (self, id, FALSE, error))
    goto fail;

  stmt = relasi_store_prepare (self, sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, relasi_clock_now ());
  sqlite3_bind_int64 (stmt, 2, id);
  if (!relasi_store_step_done (self, stmt, error))
    goto fail;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, RELASI_ERROR, RELASI_ERROR_CONFLICT, conflict_message);
      goto fail;
    }

  relasi_store_mark_dirty (self, id);
  return relasi_store_write_commit (self, changes, error);

fail:
  relasi_store_write_rollback (self);
  return FALSE;
}

/**
 * relasi_store_delete_customer:
 * @self: a store
 * @id: the customer
 * @error: return location for an error
 *
 * Moves the customer to the trash; their journal, reminders and cases are hidden with
 * them until relasi_store_undelete_customer().
 */
gboolean
relasi_store_delete_customer (RelasiStore  *self,
                              gint64        id,
                              GError      **error)
{
  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);

  return customer_state_change (self, id,
                                "UPDATE customers SET deleted_at = ?1 WHERE id = ?2 AND deleted_at = 0",
                                _("This customer is already in the trash."),
                                RELASI_STORE_CHANGE_ALL, error);
}

gboolean
relasi_store_undelete_customer (RelasiStore  *self,
                                gint64        id,
                                GError      **error)
{
  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);

  return customer_state_change (self, id,
                                "UPDATE customers SET deleted_at = 0, updated_at = ?1"
                                " WHERE id = ?2 AND deleted_at > 0",
                                _("This customer is not in the trash."),
                                RELASI_STORE_CHANGE_ALL, error);
}

/**
 * relasi_store_purge_customer:
 * @self: a store
 * @id: the customer
 * @error: return location for an error
 *
 * Deletes the customer for good, with their journal, reminders and cases.
 */
gboolean
relasi_store_purge_customer (RelasiStore  *self,
                             gint64        id,
                             GError      **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);

  if (!relasi_store_write_begin (self, error))
    return FALSE;
  if (!relasi_store_customer_exists (self, id, FALSE, error))
    goto fail;
  stmt = relasi_store_prepare (self, "DELETE FROM customers WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!relasi_store_step_done (self, stmt, error))
    goto fail;
  g_hash_table_remove (self->dirty_customers, &id);
  return relasi_store_write_commit (self, RELASI_STORE_CHANGE_ALL, error);

fail:
  relasi_store_write_rollback (self);
  return FALSE;
}

/**
 * relasi_store_mark_customer_lost:
 * @self: a store
 * @id: the customer
 * @reason_category: why they left, as a category
 * @reason_text: (nullable): why they left, in their words
 * @lost_at: when, 0 for now
 * @error: return location for an error
 *
 * Marks an active customer lost and opens a lost-customer case with the reason as
 * its root cause, so the lesson is not lost with the customer.
 */
gboolean
relasi_store_mark_customer_lost (RelasiStore      *self,
                                 gint64            id,
                                 RelasiRootCause   reason_category,
                                 const char       *reason_text,
                                 gint64            lost_at,
                                 GError          **error)
{
  g_autoptr(RelasiCustomer) customer = NULL;
  g_autoptr(RelasiStmt) stmt = NULL;
  g_autoptr(RelasiStmt) open_case = NULL;
  gint64 now = relasi_clock_now ();

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);

  if (lost_at == 0)
    lost_at = now;

  customer = relasi_store_get_customer (self, id, error);
  if (customer == NULL)
    return FALSE;
  if (relasi_customer_get_deleted_at (customer) != 0)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_NOT_FOUND,
                   _("This customer is in the trash. Restore them first."));
      return FALSE;
    }
  if (relasi_customer_get_status (customer) == RELASI_CUSTOMER_STATUS_LOST)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_CONFLICT,
                   _("This customer is already marked as lost."));
      return FALSE;
    }

  relasi_customer_set_status (customer, RELASI_CUSTOMER_STATUS_LOST);
  relasi_customer_set_lost_reason_category (customer, reason_category);
  relasi_customer_set_lost_reason (customer, reason_text);
  relasi_customer_set_lost_at (customer, lost_at);
  if (!relasi_customer_validate (customer, error))
    return FALSE;

  if (!relasi_store_write_begin (self, error))
    return FALSE;

  stmt = relasi_store_prepare (self,
                               "UPDATE customers SET status = 'lost', lost_at = ?1, lost_reason_category = ?2,"
                               " lost_reason = ?3, updated_at = ?4 WHERE id = ?5",
                               error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, lost_at);
  relasi_store_bind_text (stmt, 2, relasi_root_cause_to_string (reason_category));
  relasi_store_bind_text (stmt, 3, reason_text);
  sqlite3_bind_int64 (stmt, 4, now);
  sqlite3_bind_int64 (stmt, 5, id);
  if (!relasi_store_step_done (self, stmt, error))
    goto fail;

  open_case = relasi_store_prepare (self,
                                    "INSERT INTO cases (customer_id, kind, opened_at, root_cause,"
                                    " root_cause_text, updated_at)"
                                    " VALUES (?1, 'lost-customer', ?2, ?3, ?4, ?2)",
                                    error);
  if (open_case == NULL)
    goto fail;
  sqlite3_bind_int64 (open_case, 1, id);
  sqlite3_bind_int64 (open_case, 2, now);
  relasi_store_bind_text (open_case, 3, relasi_root_cause_to_string (reason_category));
  relasi_store_bind_text (open_case, 4, reason_text);
  if (!relasi_store_step_done (self, open_case, error))
    goto fail;

  relasi_store_mark_dirty (self, id);
  return relasi_store_write_commit (self, RELASI_STORE_CHANGE_CUSTOMERS | RELASI_STORE_CHANGE_CASES, error);

fail:
  relasi_store_write_rollback (self);
  return FALSE;
}

/**
 * relasi_store_win_back_customer:
 * @self: a store
 * @id: a lost customer
 * @error: return location for an error
 *
 * Makes a lost customer active again and resolves their open lost-customer case.
 */
gboolean
relasi_store_win_back_customer (RelasiStore  *self,
                                gint64        id,
                                GError      **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;
  g_autoptr(RelasiStmt) cases = NULL;
  gint64 now = relasi_clock_now ();

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);

  if (!relasi_store_write_begin (self, error))
    return FALSE;
  if (!relasi_store_customer_exists (self, id, TRUE, error))
    goto fail;

  stmt = relasi_store_prepare (self,
                               "UPDATE customers SET status = 'active', lost_at = 0, updated_at = ?1"
                               " WHERE id = ?2 AND status = 'lost'",
                               error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, now);
  sqlite3_bind_int64 (stmt, 2, id);
  if (!relasi_store_step_done (self, stmt, error))
    goto fail;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_CONFLICT, _("This customer is not marked as lost."));
      goto fail;
    }

  cases = relasi_store_prepare (self,
                                "UPDATE cases SET resolved_at = max(?1, opened_at), updated_at = ?1"
                                " WHERE customer_id = ?2 AND kind = 'lost-customer' AND resolved_at = 0",
                                error);
  if (cases == NULL)
    goto fail;
  sqlite3_bind_int64 (cases, 1, now);
  sqlite3_bind_int64 (cases, 2, id);
  if (!relasi_store_step_done (self, cases, error))
    goto fail;

  relasi_store_mark_dirty (self, id);
  return relasi_store_write_commit (self, RELASI_STORE_CHANGE_CUSTOMERS | RELASI_STORE_CHANGE_CASES, error);

fail:
  relasi_store_write_rollback (self);
  return FALSE;
}

static GPtrArray *
list_customers (RelasiStore  *self,
                const char   *sql,
                gboolean      bind_now,
                GError      **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  stmt = relasi_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  if (bind_now)
    sqlite3_bind_int64 (stmt, 1, relasi_clock_now ());
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (result, relasi_customer_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      relasi_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&result);
}

/**
 * relasi_store_list_drifting_customers:
 * @self: a store
 * @error: return location for an error
 *
 * Active customers without contact for longer than their cadence, the longest
 * silence first.
 *
 * Returns: (transfer full) (element-type RelasiCustomer): the customers
 */
GPtrArray *
relasi_store_list_drifting_customers (RelasiStore  *self,
                                      GError      **error)
{
  g_return_val_if_fail (RELASI_IS_STORE (self), NULL);

  return list_customers (self,
                         "SELECT " RELASI_CUSTOMER_COLUMNS " FROM customers c"
                         " WHERE c.deleted_at = 0 AND c.status = 'active' AND c.drift_at < ?1"
                         " ORDER BY c.drift_at",
                         TRUE, error);
}

/**
 * relasi_store_list_deleted_customers:
 * @self: a store
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type RelasiCustomer): the customers in the trash,
 *   the most recently deleted first
 */
GPtrArray *
relasi_store_list_deleted_customers (RelasiStore  *self,
                                     GError      **error)
{
  g_return_val_if_fail (RELASI_IS_STORE (self), NULL);

  return list_customers (self,
                         "SELECT " RELASI_CUSTOMER_COLUMNS " FROM customers c"
                         " WHERE c.deleted_at > 0 ORDER BY c.deleted_at DESC",
                         FALSE, error);
}
