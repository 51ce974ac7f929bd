/* relasi-customer-editor.h — the modal window that creates or edits a customer
 *
 * Every field is checked as it is typed with core's own rules (relasi_customer_validate);
 * the field that is wrong says so under it and Save stays disabled. Saving is one
 * store call: the customer is stored completely or not at all. Escape cancels,
 * Ctrl+Enter saves. Emits ::saved (id, created) after a successful save, then closes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "relasi-store.h"

G_BEGIN_DECLS

#define RELASI_TYPE_CUSTOMER_EDITOR (relasi_customer_editor_get_type ())

G_DECLARE_FINAL_TYPE (RelasiCustomerEditor, relasi_customer_editor, RELASI, CUSTOMER_EDITOR, GtkWindow)

RelasiCustomerEditor *relasi_customer_editor_new        (GtkWindow            *parent,
                                                         RelasiStore          *store,
                                                         RelasiCustomer       *customer);
gboolean              relasi_customer_editor_save       (RelasiCustomerEditor *self);
const char           *relasi_customer_editor_get_error  (RelasiCustomerEditor *self,
                                                         const char           *field);

G_END_DECLS
