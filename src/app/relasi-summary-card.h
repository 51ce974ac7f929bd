/* relasi-summary-card.h — a dashboard card: a number, what it counts, the most urgent
 * item; activating it opens what it summarises
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum {
  RELASI_SEVERITY_NEUTRAL,
  RELASI_SEVERITY_WARNING,
  RELASI_SEVERITY_CRITICAL,
} RelasiSeverity;

#define RELASI_TYPE_SEVERITY (relasi_severity_get_type ())
GType relasi_severity_get_type (void) G_GNUC_CONST;

#define RELASI_TYPE_SUMMARY_CARD (relasi_summary_card_get_type ())

G_DECLARE_FINAL_TYPE (RelasiSummaryCard, relasi_summary_card, RELASI, SUMMARY_CARD, GtkButton)

GtkWidget      *relasi_summary_card_new           (void);
guint           relasi_summary_card_get_value     (RelasiSummaryCard *self);
void            relasi_summary_card_set_value     (RelasiSummaryCard *self,
                                                   guint              value);
const char     *relasi_summary_card_get_title     (RelasiSummaryCard *self);
void            relasi_summary_card_set_title     (RelasiSummaryCard *self,
                                                   const char        *title);
const char     *relasi_summary_card_get_detail    (RelasiSummaryCard *self);
void            relasi_summary_card_set_detail    (RelasiSummaryCard *self,
                                                   const char        *detail);
const char     *relasi_summary_card_get_icon_name (RelasiSummaryCard *self);
void            relasi_summary_card_set_icon_name (RelasiSummaryCard *self,
                                                   const char        *icon_name);
RelasiSeverity  relasi_summary_card_get_severity  (RelasiSummaryCard *self);
void            relasi_summary_card_set_severity  (RelasiSummaryCard *self,
                                                   RelasiSeverity     severity);

G_END_DECLS
