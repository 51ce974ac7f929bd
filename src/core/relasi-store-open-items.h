/* relasi-store-open-items.h — what is still owed to each customer of a page of rows
 *
 * The customer list shows, per row, the complaints awaiting an answer, the promises
 * due and the thank-yous owed. One query answers a whole page of rows, so scrolling a
 * list of 10 000 customers costs one small indexed query per page, not one per row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "relasi-store.h"

G_BEGIN_DECLS

/* A promise counts as "due" from this long before its due date (and while overdue). */
#define RELASI_PROMISE_DUE_SOON_DAYS 7

typedef struct {
  gint64 customer_id;
  guint  complaints_awaiting_answer;  /* complaint cases without a first answer */
  guint  promises_due;                /* open promises due within 7 days or overdue */
  guint  thank_yous_owed;             /* open thank-you reminders, due or not */
  guint  thank_yous_overdue;          /* ... of which the due time has passed */
} RelasiOpenItems;

GArray *relasi_store_count_open_items (RelasiStore   *self,
                                       const gint64  *customer_ids,
                                       guint          n_ids,
                                       GError       **error);

G_END_DECLS
