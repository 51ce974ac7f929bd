/* relasi-autostart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "relasi-autostart.h"

#define AUTOSTART_NAME APP_ID ".desktop"
#define INSTALLED_NAME APP_ID ".autostart.desktop"

/* Used when Relasi runs from its build tree, where nothing is installed. */
static const char fallback_entry[] =
  "[Desktop Entry]\n"
  "Type=Application\n"
  "Name=Relasi Reminders\n"
  "Comment=Remind you of owed thank-you notes and unanswered complaints\n"
  "Icon=" APP_ID "\n"
  "Exec=relasi --background\n"
  "Terminal=false\n"
  "NoDisplay=true\n"
  "X-GNOME-Autostart-enabled=true\n"
  "X-GNOME-UsesNotifications=true\n";

static gboolean
in_flatpak (void)
{
  return g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);
}

/**
 * relasi_autostart_get_path:
 *
 * Returns: (transfer full): where the autostart entry goes outside a sandbox
 */
char *
relasi_autostart_get_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "autostart", AUTOSTART_NAME, NULL);
}

static char *
find_installed_entry (void)
{
  const char * const *dirs = g_get_system_data_dirs ();

  for (guint i = 0; dirs[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (dirs[i], "relasi", INSTALLED_NAME, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&path);
    }
  return NULL;
}

static void
on_portal_reply (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GError) error = NULL;

  reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  if (reply == NULL)
    g_message ("The Background portal did not answer: %s", error->message);
}

static gboolean
request_background (gboolean   enabled,
                    GError   **error)
{
  g_autoptr(GDBusConnection) connection = NULL;
  GVariantBuilder options;
  const char * const commandline[] = { "relasi", "--background", NULL };

  connection = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, error);
  if (connection == NULL)
    return FALSE;

  g_variant_builder_init (&options, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&options, "{sv}", "reason",
                         g_variant_new_string (_("Relasi reminds you of owed thank-you notes and "
                                                 "unanswered complaints also when its window is closed.")));
  g_variant_builder_add (&options, "{sv}", "autostart", g_variant_new_boolean (enabled));
  g_variant_builder_add (&options, "{sv}", "commandline", g_variant_new_strv (commandline, -1));
  g_variant_builder_add (&options, "{sv}", "dbus-activatable", g_variant_new_boolean (FALSE));

  /* The answer (and the person's choice) arrives later as a Request::Response; Relasi
   * keeps working either way, so only a failure to ask is reported. */
  g_dbus_connection_call (connection, "org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop",
                          "org.freedesktop.portal.Background", "RequestBackground",
                          g_variant_new ("(sa{sv})", "", &options), G_VARIANT_TYPE ("(o)"),
                          G_DBUS_CALL_FLAGS_NONE, -1, NULL, on_portal_reply, NULL);
  return TRUE;
}

/**
 * relasi_autostart_set:
 * @enabled: start Relasi in the background at login
 * @error: return location for an error
 *
 * See the top of relasi-autostart.h.
 */
gboolean
relasi_autostart_set (gboolean   enabled,
                      GError   **error)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *installed = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *current = NULL;
  gsize length = 0;
  gsize current_length = 0;

  if (in_flatpak ())
    return request_background (enabled, error);

  path = relasi_autostart_get_path ();
  if (!enabled)
    {
      if (g_unlink (path) != 0 && errno != ENOENT)
        {
          int saved = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       _("Could not remove “%s”: %s"), path, g_strerror (saved));
          return FALSE;
        }
      return TRUE;
    }

  installed = find_installed_entry ();
  if (installed == NULL || !g_file_get_contents (installed, &contents, &length, NULL))
    {
      g_clear_pointer (&contents, g_free);
      contents = g_strdup (fallback_entry);
      length = strlen (contents);
    }

  /* at every start: write (and sync) only what changed */
  if (g_file_get_contents (path, &current, &current_length, NULL) &&
      current_length == length && memcmp (current, contents, length) == 0)
    return TRUE;

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  return g_file_set_contents_full (path, contents, (gssize) length,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}
