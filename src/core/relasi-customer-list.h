/* relasi-customer-list.h — the customers as a GListModel that pages from SQLite
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "relasi-store.h"

G_BEGIN_DECLS

typedef enum {
  RELASI_CUSTOMER_FILTER_ALL,         /* every customer not in the trash */
  RELASI_CUSTOMER_FILTER_NEEDS_CARE,  /* active, health below "good" (< 70) */
  RELASI_CUSTOMER_FILTER_DRIFTING,    /* active, no contact beyond their cadence */
  RELASI_CUSTOMER_FILTER_LOST,
  RELASI_CUSTOMER_FILTER_TRASH,       /* in the trash */
  RELASI_CUSTOMER_FILTER_AWAITING_ANSWER,    /* a complaint case without a first answer */
  RELASI_CUSTOMER_FILTER_THANK_YOU_OVERDUE,  /* an owed thank-you past its due time */
  RELASI_CUSTOMER_FILTER_PROMISE_DUE,        /* an open promise due within 7 days, or overdue */
} RelasiCustomerFilter;

typedef enum {
  RELASI_CUSTOMER_SORT_NAME,                 /* A to Z */
  RELASI_CUSTOMER_SORT_LAST_CONTACT_RECENT,  /* the most recent contact first */
  RELASI_CUSTOMER_SORT_LAST_CONTACT_OLDEST,  /* the longest silence first */
  RELASI_CUSTOMER_SORT_HEALTH,               /* the worst health first */
} RelasiCustomerSort;

#define RELASI_TYPE_CUSTOMER_FILTER (relasi_customer_filter_get_type ())
#define RELASI_TYPE_CUSTOMER_SORT   (relasi_customer_sort_get_type ())
GType relasi_customer_filter_get_type (void) G_GNUC_CONST;
GType relasi_customer_sort_get_type   (void) G_GNUC_CONST;

#define RELASI_TYPE_CUSTOMER_LIST (relasi_customer_list_get_type ())

G_DECLARE_FINAL_TYPE (RelasiCustomerList, relasi_customer_list, RELASI, CUSTOMER_LIST, GObject)

RelasiCustomerList  *relasi_customer_list_new             (RelasiStore          *store);
RelasiStore         *relasi_customer_list_get_store       (RelasiCustomerList   *self);
const char          *relasi_customer_list_get_search_text (RelasiCustomerList   *self);
void                 relasi_customer_list_set_search_text (RelasiCustomerList   *self,
                                                           const char           *text);
RelasiCustomerFilter relasi_customer_list_get_filter      (RelasiCustomerList   *self);
void                 relasi_customer_list_set_filter      (RelasiCustomerList   *self,
                                                           RelasiCustomerFilter  filter);
RelasiCustomerSort   relasi_customer_list_get_sort        (RelasiCustomerList   *self);
void                 relasi_customer_list_set_sort        (RelasiCustomerList   *self,
                                                           RelasiCustomerSort    sort);
void                 relasi_customer_list_reload          (RelasiCustomerList   *self);

G_END_DECLS
