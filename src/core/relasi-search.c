/* relasi-search.c
 *
 * Any text becomes an FTS5 MATCH expression made only of quoted string literals joined
 * by spaces (implicit AND): `"nasi" "goreng"*`. The word being typed, and any word of
 * two or three letters, is a prefix ("*"); a longer word followed by a space is whole;
 * a word of one letter matches whole words only: as a prefix it would match nearly
 * every entry, and the prefix indexes start at two letters. Inside a string literal FTS5 gives no character a meaning except the double quote, which is
 * doubled, so AND, OR, NOT, NEAR(, ^, :, col:, - and * typed by a person are just words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

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

static gboolean has_word (const char *text,
                          const char *folded_prefix,
                          gboolean    whole);

/* Words of up to this many characters are prefixes the index holds ready
 * (prefix = '2 3' in relasi-schema.c), matched as a prefix even when they are not the
 * last one. */
#define SHORT_WORD_CHARS 3
#define INDEXED_PREFIX_CHARS 3

static void
append_token (GString    *query,
              const char *token,
              gboolean    prefix)
{
  if (query->len > 0)
    g_string_append_c (query, ' ');
  g_string_append_c (query, '"');
  for (const char *t = token; *t != '\0'; t++)
    {
      if (*t == '"')
        g_string_append_c (query, '"');
      g_string_append_c (query, *t);
    }
  g_string_append (query, prefix ? "\"*" : "\"");
}

/**
 * relasi_search_build_fts_query:
 * @user_text: (nullable): what the person typed
 *
 * Never fails: text that holds no word (only spaces or punctuation), invalid UTF-8 or
 * %NULL give %NULL, which callers treat as "no search". At most the first
 * %RELASI_SEARCH_MAX_CHARS characters and %RELASI_SEARCH_MAX_TOKENS different words
 * count.
 *
 * As the person types, the word at the end (not yet followed by a space or
 * punctuation) matches as a prefix, and so does every word of two or three letters
 * (the index holds those prefixes ready); a longer word followed by a space is taken
 * as typed whole; a word of one letter matches only itself. A word repeated counts
 * once.
 *
 * Returns: (transfer full) (nullable): an FTS5 MATCH expression, or %NULL
 */
static char *build_query (const char  *user_text,
                          char       **long_prefix,
                          GString     *pattern,
                          gboolean     one_letter_prefix);

char *
relasi_search_build_fts_query (const char *user_text)
{
  /* The customer index is small (one row per customer): the first letter typed may
   * already match as a prefix, so the list narrows from the first key press. */
  return build_query (user_text, NULL, NULL, TRUE);
}

/**
 * relasi_search_build_match_pattern:
 * @user_text: (nullable): what the person typed
 *
 * The same search as relasi_search_build_fts_query(), for relasi_search_matches():
 * checking a few rows (one customer's journal) directly costs less than asking the
 * index about each of them.
 *
 * Returns: (transfer full) (nullable): the words, folded, each with "p" (a prefix) or
 *   "w" (a whole word) before it and a newline after it; %NULL for no search
 */
char *
relasi_search_build_match_pattern (const char *user_text)
{
  g_autoptr(GString) pattern = g_string_new (NULL);
  g_autofree char *query = build_query (user_text, NULL, pattern, FALSE);

  if (query == NULL)
    return NULL;
  return g_string_free (g_steal_pointer (&pattern), FALSE);
}

/**
 * relasi_search_build_journal_query:
 * @user_text: (nullable): what the person typed
 * @long_prefix: (out) (transfer full) (optional): the word being typed, folded with
 *   relasi_search_fold(), when it is longer than the prefixes the index holds
 *
 * Like relasi_search_build_fts_query(), but a word being typed that is longer than
 * three letters is matched on its first three (a prefix the index holds ready, read
 * newest first) and given back in @long_prefix: the caller keeps only the rows where
 * relasi_search_has_word_prefix() finds it (the SQL function relasi_word_prefix()).
 * FTS5 would otherwise gather every row of every word that starts with it before
 * returning the first.
 *
 * Returns: (transfer full) (nullable): an FTS5 MATCH expression, or %NULL
 */
char *
relasi_search_build_journal_query (const char  *user_text,
                                   char       **long_prefix)
{
  g_return_val_if_fail (long_prefix != NULL, NULL);
  *long_prefix = NULL;
  return build_query (user_text, long_prefix, NULL, FALSE);
}

static char *
build_query (const char  *user_text,
             char       **long_prefix,
             GString     *pattern,
             gboolean     one_letter_prefix)
{
  g_autoptr(GString) query = NULL;
  g_autoptr(GString) token = NULL;
  g_autoptr(GPtrArray) tokens = NULL;
  g_autoptr(GHashTable) seen = NULL;
  gboolean last_open = FALSE;
  guint n_chars = 0;
  const char *p;

  if (user_text == NULL || !g_utf8_validate (user_text, -1, NULL))
    return NULL;

  token = g_string_new (NULL);
  tokens = g_ptr_array_new_with_free_func (g_free);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (p = user_text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean end = (*p == '\0' || n_chars >= RELASI_SEARCH_MAX_CHARS);

      if (end || is_separator (c))
        {
          if (token->len > 0 && tokens->len < RELASI_SEARCH_MAX_TOKENS)
            {
              char *folded = g_utf8_casefold (token->str, -1);

              /* the end of the text right after a word: still being typed */
              last_open = end;
              if (g_hash_table_add (seen, folded))
                g_ptr_array_add (tokens, g_strdup (token->str));
              else if (end)
                {
                  /* repeated as the last word: move it to the end, as a prefix */
                  for (guint i = 0; i < tokens->len; i++)
                    {
                      g_autofree char *other = g_utf8_casefold (g_ptr_array_index (tokens, i), -1);

                      if (g_strcmp0 (other, folded) == 0)
                        {
                          g_ptr_array_add (tokens, g_ptr_array_steal_index (tokens, i));
                          break;
                        }
                    }
                }
            }
          else if (!end)
            last_open = FALSE;
          g_string_truncate (token, 0);
          if (end)
            break;
        }
      else
        g_string_append_unichar (token, c);

      n_chars++;
    }

  if (tokens->len == 0)
    return NULL;

  query = g_string_new (NULL);
  for (guint i = 0; i < tokens->len; i++)
    {
      const char *t = g_ptr_array_index (tokens, i);
      glong length = g_utf8_strlen (t, -1);
      gboolean typing = last_open && i + 1 == tokens->len;

      if (pattern != NULL)
        {
          g_autofree char *folded = relasi_search_fold (t);

          g_string_append_printf (pattern, "%c%s\n",
                                  length > 1 && (typing || length <= SHORT_WORD_CHARS) ? 'p' : 'w', folded);
        }
      if (typing && long_prefix != NULL && length > INDEXED_PREFIX_CHARS)
        {
          g_autofree char *head = g_utf8_substring (t, 0, INDEXED_PREFIX_CHARS);

          append_token (query, head, TRUE);
          *long_prefix = relasi_search_fold (t);
        }
      else
        append_token (query, t, (length > 1 || (one_letter_prefix && typing)) &&
                                (typing || length <= SHORT_WORD_CHARS));
    }

  return g_string_free (g_steal_pointer (&query), FALSE);
}

/**
 * relasi_search_fold:
 * @text: UTF-8 text
 *
 * Returns: (transfer full): @text without case and diacritics, as the search index
 *   compares words
 */
char *
relasi_search_fold (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  g_autoptr(GString) bare = g_string_new (NULL);

  if (decomposed == NULL)
    return g_strdup ("");
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (bare, c);
    }
  return g_utf8_casefold (bare->str, -1);
}

/**
 * relasi_search_has_word_prefix:
 * @text: (nullable): UTF-8 text
 * @folded_prefix: a prefix folded with relasi_search_fold()
 *
 * Returns: whether a word of @text starts with @folded_prefix
 */
gboolean
relasi_search_has_word_prefix (const char *text,
                               const char *folded_prefix)
{
  return has_word (text, folded_prefix, FALSE);
}

/* Whether a word of @text starts with @folded (is @folded, with @whole). */
static gboolean
has_word (const char *text,
          const char *folded_prefix,
          gboolean    whole)
{
  g_autofree char *folded = NULL;
  gsize n = strlen (folded_prefix);
  gboolean at_start = TRUE;
  gboolean ascii = TRUE;

  if (text == NULL || n == 0)
    return FALSE;

  /* plain ASCII text (most of it): compare in place */
  for (const char *p = folded_prefix; *p != '\0' && ascii; p++)
    ascii = (guchar) *p < 0x80;
  for (const char *p = text; *p != '\0' && ascii; p++)
    {
      gboolean sep;

      if ((guchar) *p >= 0x80)
        {
          ascii = FALSE;
          break;
        }
      sep = !g_ascii_isalnum (*p);
      if (at_start && !sep && g_ascii_strncasecmp (p, folded_prefix, n) == 0 &&
          (!whole || !g_ascii_isalnum (p[n])))
        return TRUE;
      at_start = sep;
    }
  if (ascii)
    return FALSE;

  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;
  at_start = TRUE;
  folded = relasi_search_fold (text);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean sep = is_separator (g_utf8_get_char (p));

      if (at_start && !sep && strncmp (p, folded_prefix, n) == 0 &&
          (!whole || p[n] == '\0' || is_separator (g_utf8_get_char (p + n))))
        return TRUE;
      at_start = sep;
    }
  return FALSE;
}

/**
 * relasi_search_matches:
 * @pattern: from relasi_search_build_match_pattern()
 * @texts: (array length=n_texts): the texts of a row (%NULL ones are skipped)
 * @n_texts: their number
 *
 * Returns: whether every word of @pattern is in one of @texts
 */
gboolean
relasi_search_matches (const char        *pattern,
                       const char *const *texts,
                       guint              n_texts)
{
  const char *line = pattern;

  while (line != NULL && *line != '\0')
    {
      const char *end = strchr (line, '\n');
      g_autofree char *word = g_strndup (line + 1, end != NULL ? (gsize) (end - line - 1) : strlen (line + 1));
      gboolean found = FALSE;

      for (guint i = 0; i < n_texts && !found; i++)
        found = has_word (texts[i], word, line[0] == 'w');
      if (!found)
        return FALSE;
      line = end != NULL ? end + 1 : NULL;
    }
  return TRUE;
}
