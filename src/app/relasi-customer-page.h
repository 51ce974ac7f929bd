/* relasi-customer-page.h — one customer: health and why, what is owed, profile, journal
 *
 * Shown inside the Customers page. Emits ::close when the person goes back (Escape,
 * Alt+Left, the back button) or the customer goes away (deleted).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "relasi-store.h"

G_BEGIN_DECLS

#define RELASI_TYPE_CUSTOMER_PAGE (relasi_customer_page_get_type ())

G_DECLARE_FINAL_TYPE (RelasiCustomerPage, relasi_customer_page, RELASI, CUSTOMER_PAGE, GtkWidget)

RelasiStore *relasi_customer_page_get_store       (RelasiCustomerPage *self);
void         relasi_customer_page_set_store       (RelasiCustomerPage *self,
                                                   RelasiStore        *store);
gint64       relasi_customer_page_get_customer_id (RelasiCustomerPage *self);
void         relasi_customer_page_set_customer_id (RelasiCustomerPage *self,
                                                   gint64              customer_id);

G_END_DECLS
