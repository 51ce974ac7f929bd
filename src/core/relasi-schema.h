/* relasi-schema.h — the database schema as an ordered list of migrations (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* PRAGMA application_id of every Relasi database: the bytes "Rela" (0x52656c61). */
#define RELASI_APPLICATION_ID 0x52656c61

/* meta.fts_deferred_*: no batch is deferring search indexing (the largest rowid). */
#define RELASI_SCHEMA_NO_DEFERRAL "9223372036854775807"

typedef struct {
  int         version;   /* user_version after this step */
  const char *sql;       /* run in one transaction together with the version bump */
} RelasiSchemaStep;

/* The steps in order; *n_steps receives their number. */
const RelasiSchemaStep *relasi_schema_get_steps   (guint *n_steps);
int                     relasi_schema_get_version (void);

/* For tests only: appends extra steps after the real ones (NULL to remove them). The
 * array must stay alive while stores are opened. */
const RelasiSchemaStep *relasi_schema_get_extra_steps (guint *n_steps);
void relasi_schema_set_extra_steps_for_testing (const RelasiSchemaStep *steps,
                                                guint                   n_steps);

G_END_DECLS
