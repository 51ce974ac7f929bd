/* relasi-model-private.h — what the model objects (customer, interaction, reminder,
 * case) share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Replaces *field with a copy of value; TRUE when it changed (then notify). GLib 2.76
 * has g_set_str(); Relasi keeps to 2.74. */
static inline gboolean
relasi_set_string (char       **field,
                   const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

G_END_DECLS
