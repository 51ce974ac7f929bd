/* relasi-store-checkins.h — check-in reminders for customers who drift away
 *
 * A customer is drifting when there has been no contact for longer than their cadence
 * (relasi_store_list_drifting_customers()). relasi_store_sync_checkins() gives each
 * drifting customer one check-in reminder, due when the drift began, and closes the
 * open ones of customers who are no longer drifting (contact was logged, they were
 * marked lost). It is idempotent: a customer gets a new check-in only when none was
 * made since they started drifting, so one done or deleted by hand is not made again
 * until the next silence. The notifier and `relasi --check-reminders` run it on each
 * pass.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "relasi-store.h"

G_BEGIN_DECLS

gboolean relasi_store_sync_checkins (RelasiStore  *self,
                                     guint        *n_added,
                                     guint        *n_closed,
                                     GError      **error);

G_END_DECLS
