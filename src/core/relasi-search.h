/* relasi-search.h — turning what a person types into a safe full-text query
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RELASI_SEARCH_MAX_TOKENS 32
#define RELASI_SEARCH_MAX_CHARS  1000

char *relasi_search_build_fts_query (const char *user_text);

G_END_DECLS
