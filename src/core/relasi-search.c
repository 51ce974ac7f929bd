/* relasi-search.c
 *
 * Any text becomes an FTS5 MATCH expression made only of quoted string literals, each
 * with a prefix "*", joined by spaces (implicit AND): `"nasi"* "goreng"*`. Inside a
 * string literal FTS5 gives no character a meaning except the double quote, which is
 * doubled, so AND, OR, NOT, NEAR(, ^, :, col:, - and * typed by a person are just words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "relasi-search.h"

/* Word characters as the unicode61 tokenizer sees them: letters, numbers, marks and
 * private-use characters. Everything else separates words, so that a token never
 * holds a character FTS5 would only drop (and "(" never becomes an empty phrase). */
static gboolean
is_separator (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_LOWERCASE_LETTER:
    case G_UNICODE_MODIFIER_LETTER:
    case G_UNICODE_OTHER_LETTER:
    case G_UNICODE_TITLECASE_LETTER:
    case G_UNICODE_UPPERCASE_LETTER:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_DECIMAL_NUMBER:
    case G_UNICODE_LETTER_NUMBER:
    case G_UNICODE_OTHER_NUMBER:
    case G_UNICODE_PRIVATE_USE:
      return FALSE;
    default:
      return TRUE;
    }
}

/**
 * relasi_search_build_fts_query:
 * @user_text: (nullable): what the person typed
 *
 * Never fails: text that holds no word (only spaces or punctuation), invalid UTF-8 or
 * %NULL give %NULL, which callers treat as "no search". At most the first
 * %RELASI_SEARCH_MAX_CHARS characters and %RELASI_SEARCH_MAX_TOKENS words count.
 *
 * Returns: (transfer full) (nullable): an FTS5 MATCH expression, or %NULL
 */
char *
relasi_search_build_fts_query (const char *user_text)
{
  g_autoptr(GString) query = NULL;
  g_autoptr(GString) token = NULL;
  guint n_tokens = 0;
  guint n_chars = 0;
  const char *p;

  if (user_text == NULL || !g_utf8_validate (user_text, -1, NULL))
    return NULL;

  query = g_string_new (NULL);
  token = g_string_new (NULL);

  for (p = user_text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean end = (*p == '\0' || n_chars >= RELASI_SEARCH_MAX_CHARS);

      if (end || is_separator (c))
        {
          if (token->len > 0 && n_tokens < RELASI_SEARCH_MAX_TOKENS)
            {
              if (query->len > 0)
                g_string_append_c (query, ' ');
              g_string_append_c (query, '"');
              for (const char *t = token->str; *t != '\0'; t++)
                {
                  if (*t == '"')
                    g_string_append_c (query, '"');
                  g_string_append_c (query, *t);
                }
              g_string_append (query, "\"*");
              n_tokens++;
            }
          g_string_truncate (token, 0);
          if (end)
            break;
        }
      else
        g_string_append_unichar (token, c);

      n_chars++;
    }

  if (query->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&query), FALSE);
}
