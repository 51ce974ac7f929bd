/* relasi-date-button.c
 *
 * The date is a local calendar day (a GDateTime at local midnight).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-date-button.h"

struct _RelasiDateButton
{
  GtkWidget      parent_instance;

  GtkMenuButton *button;
  GtkCalendar   *calendar;
  GtkPopover    *popover;

  GDateTime     *date;
};

G_DEFINE_FINAL_TYPE (RelasiDateButton, relasi_date_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * relasi_date_format_day:
 * @date: a local date
 *
 * Returns: (transfer full): the date as people read it in their language ("Thu, 5
 *   March 2026")
 */
char *
relasi_date_format_day (GDateTime *date)
{
  /* TRANSLATORS: a date on a button, see strftime(3); keep it short */
  return g_date_time_format (date, _("%a, %-e %B %Y"));
}

static void
update_label (RelasiDateButton *self)
{
  g_autofree char *text = NULL;

  text = self->date != NULL ? relasi_date_format_day (self->date) : g_strdup (_("Choose a date"));
  gtk_menu_button_set_label (self->button, text);
}

static void
on_day_selected (RelasiDateButton *self)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (self->calendar);
  g_autoptr(GDateTime) local = NULL;

  local = g_date_time_new_local (g_date_time_get_year (picked), g_date_time_get_month (picked),
                                 g_date_time_get_day_of_month (picked), 0, 0, 0);
  if (self->date != NULL && g_date_time_equal (self->date, local))
    return;
  g_clear_pointer (&self->date, g_date_time_unref);
  self->date = g_steal_pointer (&local);
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

static gboolean
relasi_date_button_mnemonic_activate (GtkWidget *widget,
                                      gboolean   group_cycling)
{
  RelasiDateButton *self = RELASI_DATE_BUTTON (widget);

  return gtk_widget_mnemonic_activate (GTK_WIDGET (self->button), group_cycling);
}

static gboolean
relasi_date_button_grab_focus (GtkWidget *widget)
{
  RelasiDateButton *self = RELASI_DATE_BUTTON (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->button));
}

static void
relasi_date_button_dispose (GObject *object)
{
  RelasiDateButton *self = RELASI_DATE_BUTTON (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELASI_TYPE_DATE_BUTTON);

  G_OBJECT_CLASS (relasi_date_button_parent_class)->dispose (object);
}

static void
relasi_date_button_finalize (GObject *object)
{
  RelasiDateButton *self = RELASI_DATE_BUTTON (object);

  g_clear_pointer (&self->date, g_date_time_unref);

  G_OBJECT_CLASS (relasi_date_button_parent_class)->finalize (object);
}

static void
relasi_date_button_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  RelasiDateButton *self = RELASI_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_date_button_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  RelasiDateButton *self = RELASI_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      relasi_date_button_set_date (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_date_button_class_init (RelasiDateButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relasi_date_button_dispose;
  object_class->finalize = relasi_date_button_finalize;
  object_class->get_property = relasi_date_button_get_property;
  object_class->set_property = relasi_date_button_set_property;
  widget_class->mnemonic_activate = relasi_date_button_mnemonic_activate;
  widget_class->grab_focus = relasi_date_button_grab_focus;

  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/relasi-date-button.ui");
  gtk_widget_class_bind_template_child (widget_class, RelasiDateButton, button);
  gtk_widget_class_bind_template_child (widget_class, RelasiDateButton, calendar);
  gtk_widget_class_bind_template_child (widget_class, RelasiDateButton, popover);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected);
}

static void
relasi_date_button_init (RelasiDateButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_label (self);
}

GtkWidget *
relasi_date_button_new (void)
{
  return g_object_new (RELASI_TYPE_DATE_BUTTON, NULL);
}

/**
 * relasi_date_button_get_date:
 *
 * Returns: (transfer none) (nullable): the chosen day, at local midnight
 */
GDateTime *
relasi_date_button_get_date (RelasiDateButton *self)
{
  g_return_val_if_fail (RELASI_IS_DATE_BUTTON (self), NULL);
  return self->date;
}

void
relasi_date_button_set_date (RelasiDateButton *self,
                             GDateTime        *date)
{
  g_return_if_fail (RELASI_IS_DATE_BUTTON (self));

  g_clear_pointer (&self->date, g_date_time_unref);
  if (date != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (date);

      self->date = g_date_time_new_local (g_date_time_get_year (local), g_date_time_get_month (local),
                                          g_date_time_get_day_of_month (local), 0, 0, 0);
      g_signal_handlers_block_by_func (self->calendar, on_day_selected, self);
      gtk_calendar_select_day (self->calendar, self->date);
      g_signal_handlers_unblock_by_func (self->calendar, on_day_selected, self);
    }
  update_label (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/* The first second of the chosen day, as UTC seconds; 0 without a date. */
gint64
relasi_date_button_get_start_of_day (RelasiDateButton *self)
{
  g_return_val_if_fail (RELASI_IS_DATE_BUTTON (self), 0);
  return self->date != NULL ? g_date_time_to_unix (self->date) : 0;
}

/* The last second of the chosen day (a due date is kept until the day ends). */
gint64
relasi_date_button_get_end_of_day (RelasiDateButton *self)
{
  g_autoptr(GDateTime) next = NULL;

  g_return_val_if_fail (RELASI_IS_DATE_BUTTON (self), 0);
  if (self->date == NULL)
    return 0;
  next = g_date_time_add_days (self->date, 1);
  return g_date_time_to_unix (next) - 1;
}
