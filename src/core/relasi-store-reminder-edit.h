/* relasi-store-reminder-edit.h — editing a reminder, and the recently done ones
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "relasi-store.h"

G_BEGIN_DECLS

gboolean   relasi_store_update_reminder             (RelasiStore     *self,
                                                     RelasiReminder  *reminder,
                                                     GError         **error);
GPtrArray *relasi_store_list_recently_done_reminders (RelasiStore    *self,
                                                      gint64          since,
                                                      guint           limit,
                                                      GError        **error);

G_END_DECLS
