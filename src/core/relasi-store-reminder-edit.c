/* relasi-store-reminder-edit.c — editing a reminder, and the recently done ones
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "relasi-clock.h"
#include "relasi-error.h"
#include "relasi-store-private.h"
#include "relasi-store-reminder-edit.h"
#include "relasi-validate.h"

/**
 * relasi_store_update_reminder:
 * @self: a store
 * @reminder: an open reminder with its new title, due time, repetition and customer
 * @error: return location for an error
 *
 * Saves what a person edits. The kind stays; a reminder made by a journal entry stays
 * with that entry's customer. A new due time ends any snooze and lets the reminder
 * notify again when it comes. A reminder with an automatic title (title-auto) keeps it
 * while @reminder's title-auto is set (a reminder read from the store, its title left
 * as it was); a title the person changed (which clears title-auto) is stored as typed
 * and shown so from then on.
 */
gboolean
relasi_store_update_reminder (RelasiStore     *self,
                              RelasiReminder  *reminder,
                              GError         **error)
{
  g_autoptr(RelasiReminder) old = NULL;
  g_autoptr(RelasiReminder) check = NULL;
  g_autoptr(RelasiStmt) stmt = NULL;
  gint64 id, customer_id, due_at;
  gboolean due_changed, title_auto;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (RELASI_IS_REMINDER (reminder), FALSE);

  id = relasi_reminder_get_id (reminder);
  old = relasi_store_get_reminder (self, id, error);
  if (old == NULL)
    return FALSE;
  if (relasi_reminder_get_deleted_at (old) != 0)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_NOT_FOUND, _("This reminder is in the trash."));
      return FALSE;
    }
  if (relasi_reminder_get_done_at (old) != 0)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_CONFLICT, _("This reminder is already done."));
      return FALSE;
    }

  customer_id = relasi_reminder_get_customer_id (reminder);
  due_at = relasi_reminder_get_due_at (reminder);
  if (relasi_reminder_get_interaction_id (old) > 0 && customer_id != relasi_reminder_get_customer_id (old))
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_INVALID,
                   _("This reminder belongs to a journal entry; its customer cannot change."));
      relasi_error_set_field (error != NULL ? *error : NULL, "customer-id");
      return FALSE;
    }

  /* validate what will be stored: the old row with the new values */
  check = relasi_reminder_copy (old);
  relasi_reminder_set_title (check, relasi_reminder_get_title (reminder));
  relasi_reminder_set_due_at (check, due_at);
  relasi_reminder_set_recurrence (check, relasi_reminder_get_recurrence (reminder));
  relasi_reminder_set_customer_id (check, customer_id);
  if (!relasi_reminder_validate (check, error))
    return FALSE;
  due_changed = due_at != relasi_reminder_get_due_at (old);
  /* Relasi's title stays Relasi's while the caller left it as it was shown (its
   * title-auto is cleared when the title is set to other words): also when the editor
   * was opened before the customer was renamed and only the due time was changed */
  title_auto = relasi_reminder_get_title_auto (old) && relasi_reminder_get_title_auto (reminder);

  if (!relasi_store_write_begin (self, error))
    return FALSE;
  if (customer_id > 0 && !relasi_store_customer_exists (self, customer_id, TRUE, error))
    {
      relasi_error_set_field (error != NULL ? *error : NULL, "customer-id");
      goto fail;
    }

  stmt = relasi_store_prepare (self,
                               "UPDATE reminders SET title = ?1, due_at = ?2, recurrence = ?3, customer_id = ?4,"
                               " snoozed_until = CASE WHEN ?5 THEN 0 ELSE snoozed_until END,"
                               " notified_at = CASE WHEN ?5 THEN 0 ELSE notified_at END,"
                               " title_auto = ?7"
                               " WHERE id = ?6",
                               error);
  if (stmt == NULL)
    goto fail;
  relasi_store_bind_text (stmt, 1, relasi_reminder_get_title (check));
  sqlite3_bind_int64 (stmt, 2, due_at);
  relasi_store_bind_text (stmt, 3, relasi_recurrence_to_string (relasi_reminder_get_recurrence (check)));
  relasi_store_bind_id (stmt, 4, customer_id);
  sqlite3_bind_int (stmt, 5, due_changed);
  sqlite3_bind_int64 (stmt, 6, id);
  sqlite3_bind_int (stmt, 7, title_auto);
  if (!relasi_store_step_done (self, stmt, error))
    goto fail;

  relasi_store_mark_dirty (self, relasi_reminder_get_customer_id (old));
  relasi_store_mark_dirty (self, customer_id);
  return relasi_store_write_commit (self, RELASI_STORE_CHANGE_REMINDERS, error);

fail:
  relasi_store_write_rollback (self);
  return FALSE;
}

/**
 * relasi_store_list_recently_done_reminders:
 * @self: a store
 * @since: only those done at or after this time
 * @limit: at most this many, the newest first
 * @error: return location for an error
 *
 * A bounded list for the "Done (recent)" section: a big journal has hundreds of
 * thousands of done reminders, and this never reads more than @limit of them.
 *
 * Returns: (transfer full) (element-type RelasiReminder): the reminders
 */
GPtrArray *
relasi_store_list_recently_done_reminders (RelasiStore  *self,
                                           gint64        since,
                                           guint         limit,
                                           GError      **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  g_return_val_if_fail (RELASI_IS_STORE (self), NULL);

  stmt = relasi_store_prepare (self,
                               "SELECT " RELASI_REMINDER_COLUMNS
                               " FROM reminders r LEFT JOIN customers c ON c.id = r.customer_id"
                               " LEFT JOIN interactions si ON si.id = r.interaction_id"
                               " WHERE r.done_at >= max(?1, 1) AND " RELASI_REMINDER_VISIBLE
                               " ORDER BY r.done_at DESC, r.id DESC LIMIT ?2",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, since);
  sqlite3_bind_int64 (stmt, 2, limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (result, relasi_reminder_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      relasi_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&result);
}
