/* relasi-reset-model.h — passes a list model through, splitting each change in two
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RELASI_TYPE_RESET_MODEL (relasi_reset_model_get_type ())
G_DECLARE_FINAL_TYPE (RelasiResetModel, relasi_reset_model, RELASI, RESET_MODEL, GObject)

GListModel *relasi_reset_model_new      (GListModel       *model);
void        relasi_reset_model_set_view (RelasiResetModel *self,
                                         GtkWidget        *view);

G_END_DECLS
