/* relasi-lost-customer-window.h — "Why did they leave?": marks a customer lost
 *
 * Asks for the reason (a short list plus the customer's own words) and when, then
 * stores it with relasi_store_mark_customer_lost(), which also opens a lost-customer
 * case so the lesson is kept. Escape cancels, Ctrl+Enter confirms.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "relasi-store.h"

G_BEGIN_DECLS

#define RELASI_TYPE_LOST_CUSTOMER_WINDOW (relasi_lost_customer_window_get_type ())

G_DECLARE_FINAL_TYPE (RelasiLostCustomerWindow, relasi_lost_customer_window, RELASI, LOST_CUSTOMER_WINDOW, GtkWindow)

/* The reasons offered, in the order shown. */
typedef enum {
  RELASI_LOST_REASON_PRICE,
  RELASI_LOST_REASON_SERVICE,
  RELASI_LOST_REASON_COMPLAINT,
  RELASI_LOST_REASON_COMPETITOR,
  RELASI_LOST_REASON_NO_LONGER_NEEDED,
  RELASI_LOST_REASON_UNKNOWN,
} RelasiLostReason;

RelasiLostCustomerWindow *relasi_lost_customer_window_new        (GtkWindow                *parent,
                                                                  RelasiStore              *store,
                                                                  RelasiCustomer           *customer);
void                      relasi_lost_customer_window_set_reason (RelasiLostCustomerWindow *self,
                                                                  RelasiLostReason          reason);
gboolean                  relasi_lost_customer_window_confirm    (RelasiLostCustomerWindow *self);
RelasiRootCause           relasi_lost_reason_to_root_cause       (RelasiLostReason          reason);

G_END_DECLS
