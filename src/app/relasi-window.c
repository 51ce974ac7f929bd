/* relasi-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-dashboard-page.h"
#include "relasi-reminders-page.h"
#include "relasi-customers-page.h"
#include "relasi-journal-page.h"
#include "relasi-quick-add.h"
#include "relasi-status-page.h"
#include "relasi-toast-overlay.h"
#include "relasi-window.h"

struct _RelasiWindow
{
  GtkApplicationWindow  parent_instance;

  GtkMenuButton        *log_button;
  GtkListBox           *sidebar;
  GtkStack             *stack;

  GSettings            *settings;
  RelasiStore          *store;          /* given to each page when first shown */
};

G_DEFINE_FINAL_TYPE (RelasiWindow, relasi_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The pages in sidebar order; the names are the stack page names and the targets of
 * win.show-page. */
static const char * const page_names[] = { "dashboard", "customers", "journal", "reminders" };

/* The pages besides the dashboard (in the template) are made when first shown: starting
 * builds only what the first page needs. */
static const struct {
  const char *name;
  const char *title;
  GType     (*get_type) (void);
} lazy_pages[] = {
  { "customers", N_("Customers"), relasi_customers_page_get_type },
  { "journal", N_("Journal"), relasi_journal_page_get_type },
  { "reminders", N_("Reminders"), relasi_reminders_page_get_type },
};

static gboolean
is_page_name (const char *name)
{
  return name != NULL && g_strv_contains ((const char * const *) page_names, name);
}

static GtkWidget *
relasi_window_ensure_page (RelasiWindow *self,
                           const char   *name)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->stack, name);

  if (page != NULL)
    return page;
  for (guint i = 0; i < G_N_ELEMENTS (lazy_pages); i++)
    if (g_strcmp0 (lazy_pages[i].name, name) == 0)
      {
        page = g_object_new (lazy_pages[i].get_type (), NULL);
        gtk_stack_add_titled (self->stack, page, name, _(lazy_pages[i].title));
        return page;
      }
  g_return_val_if_reached (NULL);
}

static void
relasi_window_sync_sidebar (RelasiWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->stack);

  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    {
      if (g_strcmp0 (name, page_names[i]) == 0)
        {
          GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sidebar, i);

          if (gtk_list_box_get_selected_row (self->sidebar) != row)
            gtk_list_box_select_row (self->sidebar, row);
          break;
        }
    }
}

/* Each page that shows data has a "store" property. A page gets the application's store
 * when it is first shown, so starting reads only what the first page shows; pages never
 * reach for globals. */
static void
give_page_the_store (RelasiWindow *self,
                     GtkWidget    *child)
{
  RelasiStore *store = NULL;

  if (self->store == NULL || child == NULL ||
      g_object_class_find_property (G_OBJECT_GET_CLASS (child), "store") == NULL)
    return;
  g_object_get (child, "store", &store, NULL);
  if (store == NULL)
    g_object_set (child, "store", self->store, NULL);
  g_clear_object (&store);
}

static void
on_stack_visible_child_changed (RelasiWindow *self)
{
  GtkStackPage *page = gtk_stack_get_page (self->stack, gtk_stack_get_visible_child (self->stack));

  give_page_the_store (self, gtk_stack_get_visible_child (self->stack));
  relasi_window_sync_sidebar (self);
  gtk_window_set_title (GTK_WINDOW (self), gtk_stack_page_get_title (page));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

static void
on_sidebar_row_selected (RelasiWindow  *self,
                         GtkListBoxRow *row)
{
  int index;

  if (row == NULL)
    return;

  index = gtk_list_box_row_get_index (row);
  if (index >= 0 && index < (int) G_N_ELEMENTS (page_names))
    relasi_window_set_page (self, page_names[index]);
}

static void
show_page_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  RelasiWindow *self = user_data;
  const char *name = g_variant_get_string (parameter, NULL);

  if (!is_page_name (name))
    {
      g_warning ("No page called “%s”", name);
      return;
    }

  relasi_window_set_page (self, name);
}

/* win.new-reminder — the reminder editor, over the Reminders page */
static void
new_reminder_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  RelasiWindow *self = user_data;

  relasi_window_set_page (self, "reminders");
  relasi_reminders_page_new_reminder (RELASI_REMINDERS_PAGE (relasi_window_ensure_page (self, "reminders")));
}

/* The quick-add popover, made when first opened (it is not needed to start) */
static void
ensure_quick_add (GtkMenuButton *button,
                  gpointer       user_data)
{
  if (gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_popover (button, GTK_WIDGET (g_object_new (RELASI_TYPE_QUICK_ADD, NULL)));
}

/* win.log-interaction — the quick-add popover, from anywhere (Ctrl+L) */
static void
log_interaction_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  RelasiWindow *self = user_data;
  GtkWidget *popover;

  ensure_quick_add (self->log_button, NULL);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (self->log_button));
  if (gtk_widget_is_drawable (GTK_WIDGET (self->log_button)))
    gtk_menu_button_popup (self->log_button);
  else
    gtk_popover_popup (GTK_POPOVER (popover));
}

/* win.show-reminder(int64 id) — the Reminders page with that reminder selected; 0 for
 * just the page (a notification's Open button) */
static void
show_reminder_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  RelasiWindow *self = user_data;
  gint64 id = g_variant_get_int64 (parameter);

  relasi_window_set_page (self, "reminders");
  if (id > 0)
    relasi_reminders_page_show_reminder (RELASI_REMINDERS_PAGE (relasi_window_ensure_page (self, "reminders")), id);
}

/* win.show-help-overlay — the shortcuts window (Ctrl+?), made when first asked for:
 * GtkApplication would build it from gtk/help-overlay.ui with every window, which cost
 * the start 5 ms. The window keeps it (hidden when closed). */
static void
show_help_overlay_action (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  GtkApplicationWindow *self = user_data;
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (self);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/relasi-shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));
      gtk_application_window_set_help_overlay (self, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

static RelasiCustomersPage *
relasi_window_get_customers_page (RelasiWindow *self)
{
  return RELASI_CUSTOMERS_PAGE (relasi_window_ensure_page (self, "customers"));
}

/* win.show-customers::needs-care — the Customers list with a filter (the dashboard's
 * cards open these) */
static void
show_customers_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  RelasiWindow *self = user_data;
  const char *filter = g_variant_get_string (parameter, NULL);

  if (!relasi_customers_page_show_filter (relasi_window_get_customers_page (self), filter))
    {
      g_warning ("No customer filter called “%s”", filter);
      return;
    }
  relasi_window_set_page (self, "customers");
}

/* win.show-customer(int64 id) — one customer's page */
static void
show_customer_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  RelasiWindow *self = user_data;
  gint64 id = g_variant_get_int64 (parameter);

  if (id <= 0)
    return;
  relasi_window_set_page (self, "customers");
  relasi_customers_page_show_customer (relasi_window_get_customers_page (self), id);
}

static void
new_customer_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  RelasiWindow *self = user_data;

  relasi_window_set_page (self, "customers");
  relasi_customers_page_new_customer (relasi_window_get_customers_page (self));
}

static gboolean
relasi_window_close_request (GtkWindow *window)
{
  RelasiWindow *self = RELASI_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);

  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (relasi_window_parent_class)->close_request (window);
}

static void
relasi_window_restore_state (RelasiWindow *self)
{

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  on_stack_visible_child_changed (self);
}

static void
relasi_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RelasiWindow *self = RELASI_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_string (value, relasi_window_get_page (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RelasiWindow *self = RELASI_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      relasi_window_set_page (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_window_dispose (GObject *object)
{
  RelasiWindow *self = RELASI_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELASI_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (relasi_window_parent_class)->dispose (object);
}

static void
relasi_window_class_init (RelasiWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = relasi_window_dispose;
  object_class->get_property = relasi_window_get_property;
  object_class->set_property = relasi_window_set_property;

  window_class->close_request = relasi_window_close_request;

  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL, "dashboard",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RELASI_TYPE_DASHBOARD_PAGE);
  g_type_ensure (RELASI_TYPE_QUICK_ADD);
  g_type_ensure (RELASI_TYPE_STATUS_PAGE);
  g_type_ensure (RELASI_TYPE_TOAST_OVERLAY);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/relasi-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RelasiWindow, log_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, RelasiWindow, stack);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_stack_visible_child_changed);

}

static const GActionEntry win_actions[] = {
  { .name = "show-page", .activate = show_page_action, .parameter_type = "s" },
  { .name = "show-customers", .activate = show_customers_action, .parameter_type = "s" },
  { .name = "show-customer", .activate = show_customer_action, .parameter_type = "x" },
  { .name = "new-customer", .activate = new_customer_action },
  { .name = "new-reminder", .activate = new_reminder_action },
  { .name = "log-interaction", .activate = log_interaction_action },
  { .name = "show-reminder", .activate = show_reminder_action, .parameter_type = "x" },
  { .name = "show-help-overlay", .activate = show_help_overlay_action },
};

static void
relasi_window_init (RelasiWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->log_button, ensure_quick_add, NULL, NULL);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   win_actions, G_N_ELEMENTS (win_actions),
                                   self);
}

RelasiWindow *
relasi_window_new (RelasiApplication *application)
{
  RelasiWindow *self;

  g_return_val_if_fail (RELASI_IS_APPLICATION (application), NULL);

  self = g_object_new (RELASI_TYPE_WINDOW,
                       "application", application,
                       NULL);
  self->settings = g_object_ref (relasi_application_get_settings (application));
  self->store = relasi_application_get_store (application);
  if (self->store != NULL)
    g_object_ref (self->store);
  {
    RelasiDashboardPrefetch *prefetch = relasi_application_take_dashboard_prefetch (application);

    if (prefetch != NULL)
      relasi_dashboard_page_take_prefetch (RELASI_DASHBOARD_PAGE (gtk_stack_get_child_by_name (self->stack,
                                                                                              "dashboard")),
                                           prefetch);
  }
  relasi_window_restore_state (self);
  give_page_the_store (self, gtk_stack_get_visible_child (self->stack));

  return self;
}

/**
 * relasi_window_get_page:
 *
 * Returns: the name of the visible page: dashboard, customers, journal or reminders
 */
const char *
relasi_window_get_page (RelasiWindow *self)
{
  g_return_val_if_fail (RELASI_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

void
relasi_window_set_page (RelasiWindow *self,
                        const char   *page_name)
{
  g_return_if_fail (RELASI_IS_WINDOW (self));
  g_return_if_fail (is_page_name (page_name));

  relasi_window_ensure_page (self, page_name);
  gtk_stack_set_visible_child_name (self->stack, page_name);
}

/**
 * relasi_window_get_toast_overlay:
 *
 * Returns: (transfer none): the overlay that shows in-window toasts ("Customer deleted —
 *   Undo")
 */
RelasiToastOverlay *
relasi_window_get_toast_overlay (RelasiWindow *self)
{
  g_return_val_if_fail (RELASI_IS_WINDOW (self), NULL);

  /* The window's own child: not a bound template child, because GTK 4.8 would unparent
   * it twice when the window is disposed. */
  return RELASI_TOAST_OVERLAY (gtk_window_get_child (GTK_WINDOW (self)));
}
