/* relasi-notifier.h — desktop notifications for due reminders, through libnotify
 *
 * The rules of what to show live in core (relasi-notify-plan.h); this object asks the
 * store what is due, shows what the plan says, records it
 * (relasi_store_set_reminder_notified(), so a restart does not repeat it) and handles
 * the buttons. It needs no display: `relasi --check-reminders` uses it on core alone.
 *
 * Scheduling: relasi_notifier_start() polls the wall clock (relasi_clock_now()) every
 * 30 seconds instead of sleeping until the next due time, so a suspend, a clock change
 * or a change of daylight-saving time never makes a reminder late. A pass catches up
 * (one summary for more than one reminder) when it is the first one, when quiet hours
 * have just ended, and when the clock jumped (the machine slept).
 *
 * Test clock: when the environment variable RELASI_TEST_CLOCK_FILE names a file, each
 * pass first reads it; when its text changed since the last pass, an ISO 8601 time
 * ("2026-03-02T09:00:00+07:00") sets the clock there and an offset in seconds ("+86400")
 * moves it forward. For tests only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "relasi-store.h"

G_BEGIN_DECLS

#define RELASI_NOTIFIER_INTERVAL 30   /* seconds between passes */

#define RELASI_TYPE_NOTIFIER (relasi_notifier_get_type ())

G_DECLARE_FINAL_TYPE (RelasiNotifier, relasi_notifier, RELASI, NOTIFIER, GObject)

RelasiNotifier *relasi_notifier_new             (RelasiStore    *store,
                                                 GSettings      *settings);
void            relasi_notifier_set_interactive (RelasiNotifier *self,
                                                 gboolean        interactive);
void            relasi_notifier_start           (RelasiNotifier *self);
void            relasi_notifier_stop            (RelasiNotifier *self);
guint           relasi_notifier_poll            (RelasiNotifier *self,
                                                 GError        **error);
gboolean        relasi_notifier_has_server      (RelasiNotifier *self);

gboolean        relasi_notifier_check_once      (guint          *n_shown,
                                                 GError        **error);

G_END_DECLS
