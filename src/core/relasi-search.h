/* relasi-search.h — turning what a person types into a safe full-text query
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RELASI_SEARCH_MAX_TOKENS 32
#define RELASI_SEARCH_MAX_CHARS  1000

char    *relasi_search_build_fts_query     (const char  *user_text);
char    *relasi_search_build_journal_query (const char  *user_text,
                                            char       **long_prefix);
char    *relasi_search_build_match_pattern (const char  *user_text);
gboolean relasi_search_matches             (const char        *pattern,
                                            const char *const *texts,
                                            guint              n_texts);
char    *relasi_search_fold                (const char  *text);
gboolean relasi_search_has_word_prefix     (const char  *text,
                                            const char  *folded_prefix);

G_END_DECLS
