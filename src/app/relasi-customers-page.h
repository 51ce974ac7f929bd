/* relasi-customers-page.h — the Customers page: the list, and one customer's page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "relasi-customer-list.h"
#include "relasi-store.h"

G_BEGIN_DECLS

#define RELASI_TYPE_CUSTOMERS_PAGE (relasi_customers_page_get_type ())

G_DECLARE_FINAL_TYPE (RelasiCustomersPage, relasi_customers_page, RELASI, CUSTOMERS_PAGE, GtkWidget)

RelasiStore        *relasi_customers_page_get_store     (RelasiCustomersPage *self);
void                relasi_customers_page_set_store     (RelasiCustomersPage *self,
                                                         RelasiStore         *store);
RelasiCustomerList *relasi_customers_page_get_list      (RelasiCustomersPage *self);
gboolean            relasi_customers_page_show_filter   (RelasiCustomersPage *self,
                                                         const char          *filter_name);
void                relasi_customers_page_show_list     (RelasiCustomersPage *self);
void                relasi_customers_page_show_customer (RelasiCustomersPage *self,
                                                         gint64               customer_id);
gint64              relasi_customers_page_get_customer_id (RelasiCustomersPage *self);
void                relasi_customers_page_new_customer  (RelasiCustomersPage *self);

G_END_DECLS
