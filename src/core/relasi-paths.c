/* relasi-paths.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "relasi-error.h"
#include "relasi-paths.h"

/**
 * relasi_data_dir:
 *
 * Returns: (transfer full): the folder that holds relasi.db and its backups
 */
char *
relasi_data_dir (void)
{
  const char *env = g_getenv ("RELASI_DATA_DIR");

  if (env != NULL && *env != '\0')
    return g_strdup (env);

  return g_build_filename (g_get_user_data_dir (), "relasi", NULL);
}

/**
 * relasi_ensure_private_dir:
 * @dir: a folder
 * @error: return location for an error
 *
 * Makes sure @dir exists; a folder it creates is readable by the owner only.
 *
 * Returns: %TRUE when @dir exists afterwards
 */
gboolean
relasi_ensure_private_dir (const char  *dir,
                           GError     **error)
{
  g_return_val_if_fail (dir != NULL, FALSE);

  if (g_file_test (dir, G_FILE_TEST_IS_DIR))
    return TRUE;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, RELASI_ERROR,
                   (saved_errno == EACCES || saved_errno == EPERM || saved_errno == EROFS)
                   ? RELASI_ERROR_PERMISSION : RELASI_ERROR_FAILED,
                   _("Cannot create the folder “%s”: %s"),
                   dir, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}
