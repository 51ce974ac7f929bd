/* relasi-toast-overlay.h — in-window toasts ("Customer deleted — Undo") over a child
 *
 * One toast at a time: a new toast replaces the one showing. Every toast ends exactly
 * once, and its dismissed function says how, so a caller can finish what it held back
 * (a delete waiting for Undo) whatever happens: timeout, close, replaced, or the window
 * going away.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum {
  RELASI_TOAST_DISMISSED_TIMEOUT,    /* its time ran out */
  RELASI_TOAST_DISMISSED_CLOSED,     /* the close button, Escape, or relasi_toast_overlay_dismiss() */
  RELASI_TOAST_DISMISSED_BUTTON,     /* its button ("Undo") was activated */
  RELASI_TOAST_DISMISSED_REPLACED,   /* another toast took its place */
  RELASI_TOAST_DISMISSED_DESTROYED,  /* the overlay went away */
} RelasiToastDismissal;

typedef void (*RelasiToastButtonFunc)    (gpointer             user_data);
typedef void (*RelasiToastDismissedFunc) (RelasiToastDismissal reason,
                                          gpointer             user_data);

#define RELASI_TYPE_TOAST_OVERLAY (relasi_toast_overlay_get_type ())

G_DECLARE_FINAL_TYPE (RelasiToastOverlay, relasi_toast_overlay, RELASI, TOAST_OVERLAY, GtkWidget)

GtkWidget  *relasi_toast_overlay_new              (void);
GtkWidget  *relasi_toast_overlay_get_child        (RelasiToastOverlay       *self);
void        relasi_toast_overlay_set_child        (RelasiToastOverlay       *self,
                                                   GtkWidget                *child);
guint       relasi_toast_overlay_show             (RelasiToastOverlay       *self,
                                                   const char               *title,
                                                   const char               *button_label,
                                                   guint                     timeout_seconds,
                                                   RelasiToastButtonFunc     button_func,
                                                   RelasiToastDismissedFunc  dismissed_func,
                                                   gpointer                  user_data,
                                                   GDestroyNotify            destroy);
guint       relasi_toast_overlay_show_with_action (RelasiToastOverlay       *self,
                                                   const char               *title,
                                                   const char               *button_label,
                                                   guint                     timeout_seconds,
                                                   const char               *action_name,
                                                   GVariant                 *action_target);
void        relasi_toast_overlay_dismiss          (RelasiToastOverlay       *self,
                                                   guint                     toast_id);
guint       relasi_toast_overlay_get_current      (RelasiToastOverlay       *self);
const char *relasi_toast_overlay_get_title        (RelasiToastOverlay       *self);

G_END_DECLS
