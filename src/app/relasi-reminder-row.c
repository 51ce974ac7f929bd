/* relasi-reminder-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "relasi-reminder-row.h"
#include "relasi-clock.h"
#include "relasi-due-format.h"
#include "relasi-notify-plan.h"

/* ---- RelasiReminderSection ---------------------------------------------------------- */

struct _RelasiReminderSection
{
  GObject  parent_instance;

  char    *title;
  guint    count;
};

G_DEFINE_FINAL_TYPE (RelasiReminderSection, relasi_reminder_section, G_TYPE_OBJECT)

static void
relasi_reminder_section_finalize (GObject *object)
{
  RelasiReminderSection *self = RELASI_REMINDER_SECTION (object);

  g_free (self->title);

  G_OBJECT_CLASS (relasi_reminder_section_parent_class)->finalize (object);
}

static void
relasi_reminder_section_class_init (RelasiReminderSectionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = relasi_reminder_section_finalize;
}

static void
relasi_reminder_section_init (RelasiReminderSection *self)
{
}

RelasiReminderSection *
relasi_reminder_section_new (const char *title,
                             guint       count)
{
  RelasiReminderSection *self = g_object_new (RELASI_TYPE_REMINDER_SECTION, NULL);

  self->title = g_strdup (title);
  self->count = count;
  return self;
}

const char *
relasi_reminder_section_get_title (RelasiReminderSection *self)
{
  g_return_val_if_fail (RELASI_IS_REMINDER_SECTION (self), NULL);

  return self->title;
}

guint
relasi_reminder_section_get_count (RelasiReminderSection *self)
{
  g_return_val_if_fail (RELASI_IS_REMINDER_SECTION (self), 0);

  return self->count;
}

/* ---- RelasiReminderRow ------------------------------------------------------------ */

struct _RelasiReminderRow
{
  GtkWidget       parent_instance;

  GtkBox         *actions_box;
  GtkCalendar    *calendar;
  GtkButton      *delete_button;
  GtkButton      *done_button;
  GtkLabel       *detail_label;
  GtkLabel       *due_absolute_label;
  GtkLabel       *due_relative_label;
  GtkButton      *edit_button;
  GtkSpinButton  *hour_spin;
  GtkImage       *kind_icon;
  GtkLabel       *section_count;
  GtkLabel       *section_title;
  GtkMenuButton  *snooze_button;
  GtkButton      *snooze_hour_button;
  GtkPopover     *snooze_popover;
  GtkButton      *snooze_tomorrow_button;
  GtkButton      *snooze_week_button;
  GtkStack       *stack;
  GtkLabel       *title_label;

  gint64          reminder_id;
};

G_DEFINE_FINAL_TYPE (RelasiReminderRow, relasi_reminder_row, GTK_TYPE_WIDGET)

/**
 * relasi_reminder_kind_icon_name:
 *
 * Returns: the symbolic icon shown for a kind of reminder
 */
const char *
relasi_reminder_kind_icon_name (RelasiReminderKind kind)
{
  switch (kind)
    {
    case RELASI_REMINDER_KIND_THANK_YOU:
      return "emote-love-symbolic";
    case RELASI_REMINDER_KIND_COMPLAINT_ANSWER:
      return "dialog-warning-symbolic";
    case RELASI_REMINDER_KIND_PROMISE:
      return "starred-symbolic";
    case RELASI_REMINDER_KIND_FEEDBACK_REQUEST:
      return "dialog-question-symbolic";
    case RELASI_REMINDER_KIND_CHECK_IN:
      return "call-start-symbolic";
    case RELASI_REMINDER_KIND_CUSTOM:
    default:
      return "alarm-symbolic";
    }
}

static void
on_snooze_preset_clicked (RelasiReminderRow *self)
{
  gtk_popover_popdown (self->snooze_popover);
}

static void
on_snooze_pick_clicked (RelasiReminderRow *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) until = NULL;

  until = g_date_time_new (zone, g_date_time_get_year (day), g_date_time_get_month (day),
                           g_date_time_get_day_of_month (day),
                           gtk_spin_button_get_value_as_int (self->hour_spin), 0, 0);
  gtk_popover_popdown (self->snooze_popover);
  if (until != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "reminders.snooze-until", "(xx)",
                                self->reminder_id, g_date_time_to_unix (until));
}

/* The target first, then the action: a parameterized action without its target
 * would be refused. */
static void
set_target (GtkButton  *button,
            const char *action,
            GVariant   *target)
{
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
}

static void
relasi_reminder_row_show_reminder (RelasiReminderRow *self,
                                   RelasiReminder    *reminder,
                                   gint64             now)
{
  RelasiReminderKind kind = relasi_reminder_get_kind (reminder);
  const char *customer = relasi_reminder_get_customer_name (reminder);
  gint64 id = relasi_reminder_get_id (reminder);
  gint64 due = relasi_reminder_get_due_at (reminder);
  gint64 snoozed = relasi_reminder_get_snoozed_until (reminder);
  gint64 done = relasi_reminder_get_done_at (reminder);
  gint64 shown_at = done > 0 ? done : MAX (due, snoozed);
  g_autofree char *relative = relasi_due_format_relative (shown_at, now);
  g_autofree char *absolute = relasi_due_format_absolute (shown_at, now);
  g_autofree char *relative_text = NULL;
  g_autoptr(GString) detail = g_string_new (relasi_reminder_kind_get_label (kind));
  g_autoptr(GDateTime) tomorrow = NULL;
  gboolean overdue = done == 0 && MAX (due, snoozed) <= now;

  self->reminder_id = id;
  gtk_stack_set_visible_child_name (self->stack, "reminder");

  gtk_image_set_from_icon_name (self->kind_icon, relasi_reminder_kind_icon_name (kind));
  gtk_label_set_label (self->title_label, relasi_reminder_get_title (reminder));

  if (customer != NULL && *customer != '\0')
    g_string_append_printf (g_string_append (detail, " · "), "%s", customer);
  if (relasi_reminder_get_recurrence (reminder) != RELASI_RECURRENCE_NONE)
    g_string_append_printf (detail, " · %s", relasi_recurrence_get_label (relasi_reminder_get_recurrence (reminder)));
  if (done == 0 && snoozed > due)
    /* TRANSLATORS: in a reminder's details; the reminder was put off */
    g_string_append_printf (detail, " · %s", _("snoozed"));
  gtk_label_set_label (self->detail_label, detail->str);

  if (done > 0)
    /* TRANSLATORS: %s is e.g. "2 hours ago" */
    relative_text = g_strdup_printf (_("done %s"), relative);
  else
    relative_text = g_strdup (relative);
  gtk_label_set_label (self->due_relative_label, relative_text);
  gtk_label_set_label (self->due_absolute_label, absolute);

  if (overdue)
    gtk_widget_add_css_class (GTK_WIDGET (self->due_relative_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->due_relative_label), "error");
  if (overdue && kind == RELASI_REMINDER_KIND_COMPLAINT_ANSWER)
    gtk_widget_add_css_class (GTK_WIDGET (self->kind_icon), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->kind_icon), "error");
  if (done > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "done");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "done");

  /* a done reminder keeps only Delete; the others keep their place so the due times
   * line up */
  gtk_widget_set_child_visible (GTK_WIDGET (self->done_button), done == 0);
  gtk_widget_set_child_visible (GTK_WIDGET (self->snooze_button), done == 0);
  gtk_widget_set_child_visible (GTK_WIDGET (self->edit_button), done == 0);

  set_target (self->done_button, "reminders.done", g_variant_new_int64 (id));
  set_target (self->edit_button, "reminders.edit", g_variant_new_int64 (id));
  set_target (self->delete_button, "reminders.delete", g_variant_new_int64 (id));
  set_target (self->snooze_hour_button, "reminders.snooze", g_variant_new ("(xi)", id, RELASI_SNOOZE_HOUR));
  set_target (self->snooze_tomorrow_button, "reminders.snooze", g_variant_new ("(xi)", id, RELASI_SNOOZE_TOMORROW));
  set_target (self->snooze_week_button, "reminders.snooze", g_variant_new ("(xi)", id, RELASI_SNOOZE_NEXT_WEEK));

  /* the time picker starts tomorrow at 09:00 */
  tomorrow = g_date_time_new_from_unix_local (relasi_snooze_until (RELASI_SNOOZE_TOMORROW, now));
  gtk_calendar_select_day (self->calendar, tomorrow);
  gtk_spin_button_set_value (self->hour_spin, RELASI_SNOOZE_MORNING_HOUR);

  {
    /* TRANSLATORS: the accessible description of a reminder row: title, kind and customer, due time */
    g_autofree char *description = g_strdup_printf (_("%s. %s. %s, %s."), relasi_reminder_get_title (reminder),
                                                    detail->str, relative_text, absolute);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  }
}

static void
relasi_reminder_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RELASI_TYPE_REMINDER_ROW);

  G_OBJECT_CLASS (relasi_reminder_row_parent_class)->dispose (object);
}

static void
relasi_reminder_row_class_init (RelasiReminderRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relasi_reminder_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/relasi-reminder-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderRow, actions_box);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderRow, calendar);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderRow, delete_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderRow, done_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderRow, due_absolute_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderRow, due_relative_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderRow, hour_spin);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderRow, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderRow, section_count);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderRow, section_title);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderRow, snooze_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderRow, snooze_hour_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderRow, snooze_popover);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderRow, snooze_tomorrow_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderRow, snooze_week_button);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderRow, stack);
  gtk_widget_class_bind_template_child (widget_class, RelasiReminderRow, title_label);
  gtk_widget_class_bind_template_callback (widget_class, on_snooze_preset_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_snooze_pick_clicked);
  gtk_widget_class_set_css_name (widget_class, "reminderrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* The whole title, for when it is cut short. Asked for when shown: setting a tooltip
 * text on every bind would ask the X server where the pointer is, row after row. */
static gboolean
on_title_query_tooltip (GtkWidget  *label,
                        int         x,
                        int         y,
                        gboolean    keyboard_tooltip,
                        GtkTooltip *tooltip,
                        gpointer    user_data)
{
  const char *text = gtk_label_get_text (GTK_LABEL (label));

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
relasi_reminder_row_init (RelasiReminderRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->title_label), TRUE);
  g_signal_connect (self->title_label, "query-tooltip", G_CALLBACK (on_title_query_tooltip), NULL);
}

GtkWidget *
relasi_reminder_row_new (void)
{
  return g_object_new (RELASI_TYPE_REMINDER_ROW, NULL);
}

/**
 * relasi_reminder_row_set_item:
 * @item: a RelasiReminder or a RelasiReminderSection
 * @now: the time the due times are told relative to
 */
void
relasi_reminder_row_set_item (RelasiReminderRow *self,
                              GObject           *item,
                              gint64             now)
{
  g_return_if_fail (RELASI_IS_REMINDER_ROW (self));

  if (RELASI_IS_REMINDER_SECTION (item))
    {
      RelasiReminderSection *section = RELASI_REMINDER_SECTION (item);
      g_autofree char *count = g_strdup_printf ("%u", section->count);

      self->reminder_id = 0;
      gtk_stack_set_visible_child_name (self->stack, "header");
      gtk_label_set_label (self->section_title, section->title);
      gtk_label_set_label (self->section_count, count);
      gtk_widget_add_css_class (GTK_WIDGET (self), "section");
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self), "section");
  g_return_if_fail (RELASI_IS_REMINDER (item));
  relasi_reminder_row_show_reminder (self, RELASI_REMINDER (item), now);
}
