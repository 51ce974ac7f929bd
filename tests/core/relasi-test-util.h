/* relasi-test-util.h — helpers shared by the core tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "relasi-store.h"

G_BEGIN_DECLS

#define T0 G_GINT64_CONSTANT (1772330400)   /* 2026-03-01T02:00:00Z */
#define DAY 86400

typedef struct {
  char        *dir;
  RelasiStore *store;
} Fixture;

char           *test_make_data_dir   (void);
void            test_remove_dir      (const char *dir);
char           *test_file_checksum   (const char *path);
void            fixture_setup        (Fixture *f, gconstpointer data);
void            fixture_teardown     (Fixture *f, gconstpointer data);
RelasiCustomer *test_add_customer    (RelasiStore *store, const char *name);
RelasiInteraction *test_log          (RelasiStore *store, gint64 customer_id,
                                      RelasiInteractionKind kind, const char *summary);
char           *test_dump            (RelasiStore *store);

G_END_DECLS
