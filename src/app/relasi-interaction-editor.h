/* relasi-interaction-editor.h — the modal editor of one journal entry, with the fields
 * of its kind (a promise's due date and outcome, a complaint's answer, resolution and
 * root cause, a purchase's amount, what we will change after a mistake)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "relasi-store.h"

G_BEGIN_DECLS

#define RELASI_TYPE_INTERACTION_EDITOR (relasi_interaction_editor_get_type ())

G_DECLARE_FINAL_TYPE (RelasiInteractionEditor, relasi_interaction_editor, RELASI, INTERACTION_EDITOR, GtkWindow)

RelasiInteractionEditor *relasi_interaction_editor_new       (GtkWindow               *parent,
                                                              RelasiStore             *store,
                                                              RelasiInteraction       *entry);
gboolean                 relasi_interaction_editor_save      (RelasiInteractionEditor *self,
                                                              GError                 **error);
gboolean                 relasi_interaction_editor_can_save  (RelasiInteractionEditor *self);

G_END_DECLS
