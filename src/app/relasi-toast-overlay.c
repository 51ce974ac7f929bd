/* relasi-toast-overlay.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-toast-overlay.h"

typedef struct {
  guint                     id;
  guint                     timeout_seconds;
  RelasiToastButtonFunc     button_func;
  RelasiToastDismissedFunc  dismissed_func;
  gpointer                  user_data;
  GDestroyNotify            destroy;
} Toast;

struct _RelasiToastOverlay
{
  GtkWidget   parent_instance;

  GtkButton  *button;
  GtkButton  *close_button;
  GtkOverlay *overlay;
  GtkRevealer *revealer;
  GtkLabel   *title_label;
  GtkWidget  *toast;

  Toast      *current;
  guint       last_id;
  guint       timeout_id;
  gboolean    hovered;
  gboolean    focused;
};

G_DEFINE_FINAL_TYPE (RelasiToastOverlay, relasi_toast_overlay, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHILD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
toast_free (Toast *toast)
{
  if (toast->destroy != NULL)
    toast->destroy (toast->user_data);
  g_free (toast);
}

/* Ends @toast, which is no longer current: runs its dismissed function once. */
static void
toast_finish (Toast                *toast,
              RelasiToastDismissal  reason)
{
  if (toast->dismissed_func != NULL)
    toast->dismissed_func (reason, toast->user_data);
  toast_free (toast);
}

static void
stop_timeout (RelasiToastOverlay *self)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
}

/* Takes the current toast away and hides it; the caller finishes it. */
static Toast *
take_current (RelasiToastOverlay *self)
{
  stop_timeout (self);
  /* A hidden toast gets no leave events. */
  self->hovered = FALSE;
  self->focused = FALSE;
  gtk_revealer_set_reveal_child (self->revealer, FALSE);
  gtk_widget_set_can_target (GTK_WIDGET (self->revealer), FALSE);

  return g_steal_pointer (&self->current);
}

static void
dismiss_current (RelasiToastOverlay   *self,
                 RelasiToastDismissal  reason)
{
  Toast *toast = take_current (self);

  if (toast != NULL)
    toast_finish (toast, reason);
}

static gboolean
on_timeout (gpointer data)
{
  RelasiToastOverlay *self = data;

  self->timeout_id = 0;
  dismiss_current (self, RELASI_TOAST_DISMISSED_TIMEOUT);

  return G_SOURCE_REMOVE;
}

/* The time runs only while nobody is reading or reaching for the toast. */
static void
update_timeout (RelasiToastOverlay *self)
{
  stop_timeout (self);

  if (self->current == NULL || self->current->timeout_seconds == 0 || self->hovered || self->focused)
    return;

  self->timeout_id = g_timeout_add_seconds (self->current->timeout_seconds, on_timeout, self);
  g_source_set_name_by_id (self->timeout_id, "[relasi] toast timeout");
}

static void
on_motion_enter (RelasiToastOverlay *self)
{
  self->hovered = TRUE;
  update_timeout (self);
}

static void
on_motion_leave (RelasiToastOverlay *self)
{
  self->hovered = FALSE;
  update_timeout (self);
}

static void
on_focus_enter (RelasiToastOverlay *self)
{
  self->focused = TRUE;
  update_timeout (self);
}

static void
on_focus_leave (RelasiToastOverlay *self)
{
  self->focused = FALSE;
  update_timeout (self);
}

static void
on_button_clicked (RelasiToastOverlay *self)
{
  Toast *toast = take_current (self);

  /* With an action name the button has already activated its action. */
  if (toast == NULL)
    return;

  if (toast->button_func != NULL)
    toast->button_func (toast->user_data);
  toast_finish (toast, RELASI_TOAST_DISMISSED_BUTTON);
}

static void
on_close_clicked (RelasiToastOverlay *self)
{
  dismiss_current (self, RELASI_TOAST_DISMISSED_CLOSED);
}

static gboolean
on_escape (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  RelasiToastOverlay *self = RELASI_TOAST_OVERLAY (widget);

  if (self->current == NULL)
    return FALSE;

  dismiss_current (self, RELASI_TOAST_DISMISSED_CLOSED);
  return TRUE;
}

static void
announce (RelasiToastOverlay *self,
          const char         *title)
{
  /* The toast has the alert role: screen readers speak it when it appears. Newer GTK
   * can also say it outright. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->toast),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
#if GTK_CHECK_VERSION (4, 14, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_accessible_announce (GTK_ACCESSIBLE (self->toast), title,
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
  G_GNUC_END_IGNORE_DEPRECATIONS
#endif
}

static guint
show_toast (RelasiToastOverlay       *self,
            const char               *title,
            const char               *button_label,
            guint                     timeout_seconds,
            const char               *action_name,
            GVariant                 *action_target,
            RelasiToastButtonFunc     button_func,
            RelasiToastDismissedFunc  dismissed_func,
            gpointer                  user_data,
            GDestroyNotify            destroy)
{
  Toast *previous = take_current (self);
  Toast *toast = g_new0 (Toast, 1);
  gboolean has_button = button_label != NULL && *button_label != '\0';

  toast->id = ++self->last_id;
  toast->timeout_seconds = timeout_seconds;
  toast->button_func = button_func;
  toast->dismissed_func = dismissed_func;
  toast->user_data = user_data;
  toast->destroy = destroy;
  self->current = toast;

  gtk_label_set_label (self->title_label, title);
  gtk_button_set_label (self->button, has_button ? button_label : "");
  /* Name off first: the old name must never meet the new target. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->button), NULL);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->button), action_target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->button), action_name);
  gtk_widget_set_visible (GTK_WIDGET (self->button), has_button);
  gtk_widget_set_can_target (GTK_WIDGET (self->revealer), TRUE);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
  announce (self, title);
  update_timeout (self);

  /* The old toast ends after the new one is in place, so whatever its dismissed
   * function does (even showing another toast) sees a consistent overlay. */
  if (previous != NULL)
    toast_finish (previous, RELASI_TOAST_DISMISSED_REPLACED);

  return toast->id;
}

static void
relasi_toast_overlay_dispose (GObject *object)
{
  RelasiToastOverlay *self = RELASI_TOAST_OVERLAY (object);
  Toast *toast;

  stop_timeout (self);
  /* A pending delete is finished when the window closes, not lost. */
  toast = g_steal_pointer (&self->current);
  if (toast != NULL)
    toast_finish (toast, RELASI_TOAST_DISMISSED_DESTROYED);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELASI_TYPE_TOAST_OVERLAY);

  G_OBJECT_CLASS (relasi_toast_overlay_parent_class)->dispose (object);
}

static void
relasi_toast_overlay_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RelasiToastOverlay *self = RELASI_TOAST_OVERLAY (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, relasi_toast_overlay_get_child (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_toast_overlay_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RelasiToastOverlay *self = RELASI_TOAST_OVERLAY (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      relasi_toast_overlay_set_child (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_toast_overlay_class_init (RelasiToastOverlayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relasi_toast_overlay_dispose;
  object_class->get_property = relasi_toast_overlay_get_property;
  object_class->set_property = relasi_toast_overlay_set_property;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/relasi-toast-overlay.ui");
  gtk_widget_class_bind_template_child (widget_class, RelasiToastOverlay, button);
  gtk_widget_class_bind_template_child (widget_class, RelasiToastOverlay, close_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiToastOverlay, overlay);
  gtk_widget_class_bind_template_child (widget_class, RelasiToastOverlay, revealer);
  gtk_widget_class_bind_template_child (widget_class, RelasiToastOverlay, title_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiToastOverlay, toast);
  gtk_widget_class_bind_template_callback (widget_class, on_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_close_clicked);

  /* Escape closes the toast when nothing inside the child wanted the key. */
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, on_escape, NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "toastoverlay");
}

static void
relasi_toast_overlay_init (RelasiToastOverlay *self)
{
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_can_target (GTK_WIDGET (self->revealer), FALSE);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (on_motion_enter), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (on_motion_leave), self);
  gtk_widget_add_controller (self->toast, controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (on_focus_enter), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (on_focus_leave), self);
  gtk_widget_add_controller (self->toast, controller);
}

GtkWidget *
relasi_toast_overlay_new (void)
{
  return g_object_new (RELASI_TYPE_TOAST_OVERLAY, NULL);
}

/**
 * relasi_toast_overlay_get_child:
 *
 * Returns: (transfer none) (nullable): the content the toasts float over
 */
GtkWidget *
relasi_toast_overlay_get_child (RelasiToastOverlay *self)
{
  g_return_val_if_fail (RELASI_IS_TOAST_OVERLAY (self), NULL);

  return gtk_overlay_get_child (self->overlay);
}

void
relasi_toast_overlay_set_child (RelasiToastOverlay *self,
                                GtkWidget          *child)
{
  g_return_if_fail (RELASI_IS_TOAST_OVERLAY (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (gtk_overlay_get_child (self->overlay) == child)
    return;

  gtk_overlay_set_child (self->overlay, child);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

/**
 * relasi_toast_overlay_show:
 * @title: what happened, "Customer deleted"
 * @button_label: (nullable): a mnemonic label for the one button, "_Undo"
 * @timeout_seconds: how long the toast stays (while not hovered or focused); 0: until
 *   closed
 * @button_func: (nullable): runs when the button is activated
 * @dismissed_func: (nullable): runs exactly once when the toast ends, for any reason,
 *   after @button_func
 * @user_data: for both functions
 * @destroy: (nullable): frees @user_data after the toast ended
 *
 * Shows a toast, replacing the one showing (whose dismissed function then runs with
 * %RELASI_TOAST_DISMISSED_REPLACED).
 *
 * Returns: the toast's id, for relasi_toast_overlay_dismiss()
 */
guint
relasi_toast_overlay_show (RelasiToastOverlay       *self,
                           const char               *title,
                           const char               *button_label,
                           guint                     timeout_seconds,
                           RelasiToastButtonFunc     button_func,
                           RelasiToastDismissedFunc  dismissed_func,
                           gpointer                  user_data,
                           GDestroyNotify            destroy)
{
  g_return_val_if_fail (RELASI_IS_TOAST_OVERLAY (self), 0);
  g_return_val_if_fail (title != NULL, 0);

  return show_toast (self, title, button_label, timeout_seconds, NULL, NULL,
                     button_func, dismissed_func, user_data, destroy);
}

/**
 * relasi_toast_overlay_show_with_action:
 * @action_name: (nullable): a detailed action the button activates, "win.undo"
 * @action_target: (nullable): its parameter; floating references are sunk
 *
 * Like relasi_toast_overlay_show(), with an action on the button instead of a function.
 */
guint
relasi_toast_overlay_show_with_action (RelasiToastOverlay *self,
                                       const char         *title,
                                       const char         *button_label,
                                       guint               timeout_seconds,
                                       const char         *action_name,
                                       GVariant           *action_target)
{
  g_return_val_if_fail (RELASI_IS_TOAST_OVERLAY (self), 0);
  g_return_val_if_fail (title != NULL, 0);

  return show_toast (self, title, button_label, timeout_seconds, action_name, action_target,
                     NULL, NULL, NULL, NULL);
}

/**
 * relasi_toast_overlay_dismiss:
 * @toast_id: the id relasi_toast_overlay_show() returned, or 0 for whichever shows
 *
 * Closes the toast if it is still showing.
 */
void
relasi_toast_overlay_dismiss (RelasiToastOverlay *self,
                              guint               toast_id)
{
  g_return_if_fail (RELASI_IS_TOAST_OVERLAY (self));

  if (self->current != NULL && (toast_id == 0 || self->current->id == toast_id))
    dismiss_current (self, RELASI_TOAST_DISMISSED_CLOSED);
}

/**
 * relasi_toast_overlay_get_current:
 *
 * Returns: the id of the toast showing, or 0
 */
guint
relasi_toast_overlay_get_current (RelasiToastOverlay *self)
{
  g_return_val_if_fail (RELASI_IS_TOAST_OVERLAY (self), 0);

  return self->current ? self->current->id : 0;
}

/**
 * relasi_toast_overlay_get_title:
 *
 * Returns: (nullable): the title of the toast showing
 */
const char *
relasi_toast_overlay_get_title (RelasiToastOverlay *self)
{
  g_return_val_if_fail (RELASI_IS_TOAST_OVERLAY (self), NULL);

  return self->current ? gtk_label_get_label (self->title_label) : NULL;
}
