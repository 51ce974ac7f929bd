/* relasi-status-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "relasi-status-page.h"

struct _RelasiStatusPage
{
  GtkWidget  parent_instance;

  GtkWidget *scroller;
  GtkBox    *child_box;
  GtkLabel  *description_label;
  GtkImage  *icon;
  GtkLabel  *title_label;

  GtkWidget *child;
};

G_DEFINE_FINAL_TYPE (RelasiStatusPage, relasi_status_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_ICON_NAME,
  PROP_CHILD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
relasi_status_page_dispose (GObject *object)
{
  RelasiStatusPage *self = RELASI_STATUS_PAGE (object);

  self->child = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), RELASI_TYPE_STATUS_PAGE);

  G_OBJECT_CLASS (relasi_status_page_parent_class)->dispose (object);
}

static void
relasi_status_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RelasiStatusPage *self = RELASI_STATUS_PAGE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, relasi_status_page_get_title (self));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, relasi_status_page_get_description (self));
      break;
    case PROP_ICON_NAME:
      g_value_set_string (value, relasi_status_page_get_icon_name (self));
      break;
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_status_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RelasiStatusPage *self = RELASI_STATUS_PAGE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      relasi_status_page_set_title (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      relasi_status_page_set_description (self, g_value_get_string (value));
      break;
    case PROP_ICON_NAME:
      relasi_status_page_set_icon_name (self, g_value_get_string (value));
      break;
    case PROP_CHILD:
      relasi_status_page_set_child (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_status_page_class_init (RelasiStatusPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relasi_status_page_dispose;
  object_class->get_property = relasi_status_page_get_property;
  object_class->set_property = relasi_status_page_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/relasi-status-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RelasiStatusPage, child_box);
  gtk_widget_class_bind_template_child (widget_class, RelasiStatusPage, description_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiStatusPage, icon);
  gtk_widget_class_bind_template_child (widget_class, RelasiStatusPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, RelasiStatusPage, title_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "statuspage");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
relasi_status_page_init (RelasiStatusPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
relasi_status_page_new (void)
{
  return g_object_new (RELASI_TYPE_STATUS_PAGE, NULL);
}

const char *
relasi_status_page_get_title (RelasiStatusPage *self)
{
  g_return_val_if_fail (RELASI_IS_STATUS_PAGE (self), NULL);

  return gtk_label_get_label (self->title_label);
}

void
relasi_status_page_set_title (RelasiStatusPage *self,
                              const char       *title)
{
  g_return_if_fail (RELASI_IS_STATUS_PAGE (self));

  if (g_strcmp0 (title, gtk_label_get_label (self->title_label)) == 0)
    return;

  gtk_label_set_label (self->title_label, title ? title : "");
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), title != NULL && *title != '\0');
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title ? title : "",
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
relasi_status_page_get_description (RelasiStatusPage *self)
{
  g_return_val_if_fail (RELASI_IS_STATUS_PAGE (self), NULL);

  return gtk_label_get_label (self->description_label);
}

void
relasi_status_page_set_description (RelasiStatusPage *self,
                                    const char       *description)
{
  g_return_if_fail (RELASI_IS_STATUS_PAGE (self));

  if (g_strcmp0 (description, gtk_label_get_label (self->description_label)) == 0)
    return;

  gtk_label_set_label (self->description_label, description ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_label),
                          description != NULL && *description != '\0');
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description ? description : "",
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

const char *
relasi_status_page_get_icon_name (RelasiStatusPage *self)
{
  g_return_val_if_fail (RELASI_IS_STATUS_PAGE (self), NULL);

  return gtk_image_get_icon_name (self->icon);
}

void
relasi_status_page_set_icon_name (RelasiStatusPage *self,
                                  const char       *icon_name)
{
  g_return_if_fail (RELASI_IS_STATUS_PAGE (self));

  if (g_strcmp0 (icon_name, gtk_image_get_icon_name (self->icon)) == 0)
    return;

  gtk_image_set_from_icon_name (self->icon, icon_name);
  gtk_widget_set_visible (GTK_WIDGET (self->icon), icon_name != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ICON_NAME]);
}

/**
 * relasi_status_page_get_child:
 *
 * Returns: (transfer none) (nullable): the widget below the description
 */
GtkWidget *
relasi_status_page_get_child (RelasiStatusPage *self)
{
  g_return_val_if_fail (RELASI_IS_STATUS_PAGE (self), NULL);

  return self->child;
}

void
relasi_status_page_set_child (RelasiStatusPage *self,
                              GtkWidget        *child)
{
  g_return_if_fail (RELASI_IS_STATUS_PAGE (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;

  if (self->child != NULL)
    gtk_box_remove (self->child_box, self->child);

  self->child = child;

  if (child != NULL)
    gtk_box_append (self->child_box, child);

  gtk_widget_set_visible (GTK_WIDGET (self->child_box), child != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}
