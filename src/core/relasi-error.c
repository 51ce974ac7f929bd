/* relasi-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "relasi-error.h"

typedef struct {
  char *field;
} RelasiErrorPrivate;

static void
relasi_error_private_init (RelasiErrorPrivate *priv)
{
  priv->field = NULL;
}

static void
relasi_error_private_copy (const RelasiErrorPrivate *src,
                           RelasiErrorPrivate       *dest)
{
  dest->field = g_strdup (src->field);
}

static void
relasi_error_private_clear (RelasiErrorPrivate *priv)
{
  g_clear_pointer (&priv->field, g_free);
}

G_DEFINE_EXTENDED_ERROR (RelasiError, relasi_error)

/**
 * relasi_error_get_field:
 * @error: an error
 *
 * Returns: (nullable): the property name a validation error is about, or %NULL
 */
const char *
relasi_error_get_field (const GError *error)
{
  if (error == NULL || error->domain != RELASI_ERROR)
    return NULL;

  return relasi_error_get_private (error)->field;
}

/**
 * relasi_error_set_field:
 * @error: (nullable): an error in the %RELASI_ERROR domain; %NULL is ignored, so
 *   callers may pass `error != NULL ? *error : NULL`
 * @field: (nullable): the property name the error is about
 */
void
relasi_error_set_field (GError     *error,
                        const char *field)
{
  RelasiErrorPrivate *priv;

  if (error == NULL)
    return;
  g_return_if_fail (error->domain == RELASI_ERROR);

  priv = relasi_error_get_private (error);
  g_free (priv->field);
  priv->field = g_strdup (field);
}
