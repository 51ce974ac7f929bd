/* relasi-error.h — the error domain every core function reports through
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RELASI_ERROR (relasi_error_quark ())

/**
 * RelasiError:
 * @RELASI_ERROR_INVALID: an input failed validation; the message says which and why,
 *   relasi_error_get_field() names the property that is wrong
 * @RELASI_ERROR_NOT_FOUND: the object asked for does not exist (or was purged)
 * @RELASI_ERROR_NOT_A_DATABASE: the file is not an SQLite database, or is damaged
 * @RELASI_ERROR_FOREIGN: an SQLite database that belongs to another program
 * @RELASI_ERROR_TOO_NEW: a database written by a newer Relasi
 * @RELASI_ERROR_PERMISSION: the file or its folder cannot be read or written
 * @RELASI_ERROR_NOT_EMPTY: an operation that needs an empty database got a full one
 * @RELASI_ERROR_FAILED: anything else (the message has the details)
 * @RELASI_ERROR_BUSY: the database is locked by another program for too long
 * @RELASI_ERROR_CONFLICT: the operation does not fit the object's current state
 *   (e.g. answering a case that is already resolved, completing a done reminder)
 */
typedef enum {
  RELASI_ERROR_INVALID,
  RELASI_ERROR_NOT_FOUND,
  RELASI_ERROR_NOT_A_DATABASE,
  RELASI_ERROR_FOREIGN,
  RELASI_ERROR_TOO_NEW,
  RELASI_ERROR_PERMISSION,
  RELASI_ERROR_NOT_EMPTY,
  RELASI_ERROR_FAILED,
  RELASI_ERROR_BUSY,
  RELASI_ERROR_CONFLICT,
} RelasiError;

GQuark      relasi_error_quark      (void);

/* RELASI_ERROR is an extended error domain: a validation error carries the name of
 * the property (e.g. "email", "due-at") it is about, so a form can show the message
 * next to the right field. NULL when the error is not about one field. */
const char *relasi_error_get_field  (const GError *error);
void        relasi_error_set_field  (GError       *error,
                                     const char   *field);

G_END_DECLS
