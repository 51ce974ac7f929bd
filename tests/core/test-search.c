/* test-search.c — any text becomes a safe FTS5 query
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "relasi-clock.h"
#include "relasi-customer-list.h"
#include "relasi-journal-list.h"
#include "relasi-search.h"
#include "relasi-test-util.h"

static void
test_build (void)
{
  g_autofree char *simple = relasi_search_build_fts_query ("nasi goreng");
  g_autofree char *quoted = relasi_search_build_fts_query ("say \"hi\"");
  g_autofree char *ops = relasi_search_build_fts_query ("a OR NOT b");
  g_autofree char *empty = relasi_search_build_fts_query ("   ");
  g_autofree char *punct = relasi_search_build_fts_query ("()*:\"-^");
  g_autofree char *bad = relasi_search_build_fts_query ("abc\xff");
  g_autoptr(GString) many = g_string_new (NULL);
  g_autofree char *capped = NULL;

  /* a longer word followed by a space is whole; the word being typed is a prefix */
  g_assert_cmpstr (simple, ==, "\"nasi\" \"goreng\"*");
  g_assert_cmpstr (quoted, ==, "\"say\"* \"hi\"*");
  /* one letter: a whole word, unless it is being typed in the (small) customer index */
  g_assert_cmpstr (ops, ==, "\"a\" \"OR\"* \"NOT\"* \"b\"*");
  {
    g_autofree char *first_key = relasi_search_build_fts_query ("b");
    g_autofree char *long_prefix = NULL;
    g_autofree char *journal = relasi_search_build_journal_query ("b", &long_prefix);

    g_assert_cmpstr (first_key, ==, "\"b\"*");
    g_assert_cmpstr (journal, ==, "\"b\"");
  }
  g_assert_null (empty);
  g_assert_null (punct);
  g_assert_null (bad);
  g_assert_null (relasi_search_build_fts_query (NULL));
  {
    g_autofree char *typing = relasi_search_build_fts_query ("kue ulang ta");
    g_autofree char *done = relasi_search_build_fts_query ("kue ulang tahun ");
    g_autofree char *repeated = relasi_search_build_fts_query ("roti KUE Roti kue roti");

    /* up to three letters the index holds the prefix: always one */
    g_assert_cmpstr (typing, ==, "\"kue\"* \"ulang\" \"ta\"*");
    g_assert_cmpstr (done, ==, "\"kue\"* \"ulang\" \"tahun\"");
    /* a repeated word counts once; typed again at the end, it is the prefix */
    g_assert_cmpstr (repeated, ==, "\"KUE\"* \"roti\"*");
  }

  for (int i = 0; i < 100; i++)
    g_string_append_printf (many, "w%d ", i);
  capped = relasi_search_build_fts_query (many->str);
  {
    g_auto(GStrv) parts = g_strsplit (capped, " ", -1);

    g_assert_cmpuint (g_strv_length (parts), ==, RELASI_SEARCH_MAX_TOKENS);
  }
}

static const char *const hostile[] = {
  "\"", "\"\"", "\"\"\"", "*", "**", "AND", "OR", "NOT", "OR NOT", "a AND", "AND b", "NEAR(",
  "NEAR(a b, 5)", "-", "--", "-nasi", "^", "^nasi", ":", "col:", "summary:", "summary:nasi",
  "{summary details}: x", "(", ")", "()", "((a)", "a)", "+", "'", "';DROP TABLE customers;--",
  "\\", "%", "_", "😀", "👍🏽 terima kasih", "名前", "ß", "Ünïcödé", "\t\n\r", "   ", "",
  "nasi*goreng", "a\"b", "\"nasi goreng\"", "NEAR", "near(", "^^^", "***", "a - b", "x:y:z",
  "\xe2\x80\x8b", "\xef\xbb\xbf", "rowid", "rank", "MATCH", "customers_fts", "0", "-1", "1e10",
};

static void
check_lists (RelasiStore *store, const char *text)
{
  g_autoptr(RelasiJournalList) journal = relasi_journal_list_new (store);
  g_autoptr(RelasiCustomerList) customers = relasi_customer_list_new (store);
  guint n;

  relasi_journal_list_set_search_text (journal, text);
  relasi_customer_list_set_search_text (customers, text);
  n = g_list_model_get_n_items (G_LIST_MODEL (journal));
  g_assert_cmpuint (n, <=, 3);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (journal), i);

      g_assert_nonnull (item);
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (customers)), <=, 2);
}

static void
test_hostile (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) c = test_add_customer (f->store, "Budi Santoso");
  g_autoptr(RelasiCustomer) d = test_add_customer (f->store, "Siti 😀 Rahayu");
  g_autoptr(RelasiInteraction) a = test_log (f->store, relasi_customer_get_id (c),
                                             RELASI_INTERACTION_KIND_PURCHASE, "Nasi goreng for 40 people");
  g_autoptr(RelasiInteraction) b = test_log (f->store, relasi_customer_get_id (d),
                                             RELASI_INTERACTION_KIND_NOTE, "Likes \"es teh\" AND coffee");
  g_autoptr(RelasiInteraction) e = test_log (f->store, relasi_customer_get_id (d),
                                             RELASI_INTERACTION_KIND_NOTE, "NEAR( summary: col:x ^start -minus");
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(GString) invalid = g_string_new ("nasi ");

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *q = relasi_search_build_fts_query (hostile[i]);

      g_test_message ("hostile: %s -> %s", hostile[i], q != NULL ? q : "(none)");
      check_lists (f->store, hostile[i]);
    }

  for (int i = 0; i < 10000; i++)
    g_string_append_c (long_text, "ab \"*()-:^"[i % 10]);
  check_lists (f->store, long_text->str);
  g_string_append_len (invalid, "\xc0\xaf\xff", 3);
  check_lists (f->store, invalid->str);

  {
    g_autoptr(RelasiJournalList) journal = relasi_journal_list_new (f->store);

    /* prefix matching as the person types */
    relasi_journal_list_set_search_text (journal, "nas");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 1);
    relasi_journal_list_set_search_text (journal, "GORENG nasi");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 1);
    /* the customer's name is searchable in the journal */
    relasi_journal_list_set_search_text (journal, "rahay");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 2);
    /* operators are words */
    relasi_journal_list_set_search_text (journal, "AND coffee");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 1);
    relasi_journal_list_set_search_text (journal, "\"es teh\"");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 1);
    relasi_journal_list_set_search_text (journal, "NEAR( col:x");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 1);
    /* diacritics are folded */
    relasi_journal_list_set_search_text (journal, "nâsi");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 1);
  }
  {
    g_autoptr(RelasiCustomerList) customers = relasi_customer_list_new (f->store);
    g_autoptr(GError) error = NULL;

    relasi_customer_list_set_search_text (customers, "bud");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (customers)), ==, 1);
    /* a rename reaches both indexes */
    relasi_customer_set_name (c, "Bambang Wijaya");
    g_assert_true (relasi_store_update_customer (f->store, c, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (customers)), ==, 0);
    relasi_customer_list_set_search_text (customers, "bamb");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (customers)), ==, 1);
    {
      g_autoptr(RelasiJournalList) journal = relasi_journal_list_new (f->store);

      relasi_journal_list_set_search_text (journal, "wijaya");
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 1);
    }
  }
}

/* A word being typed that is longer than the prefixes the index holds: found through
 * its first three letters, then checked on each row. */
static void
test_long_prefix (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) c = test_add_customer (f->store, "Hérmawan Gandaria");
  g_autoptr(RelasiInteraction) a = test_log (f->store, relasi_customer_get_id (c), RELASI_INTERACTION_KIND_NOTE,
                                             "Roti gandum utuh");
  g_autoptr(RelasiInteraction) b = test_log (f->store, relasi_customer_get_id (c), RELASI_INTERACTION_KIND_NOTE,
                                             "Kirim ke Gandasari, lalu (gandumnya) habis");
  g_autoptr(RelasiInteraction) d = test_log (f->store, relasi_customer_get_id (c), RELASI_INTERACTION_KIND_NOTE,
                                             "Tepungandum bukan kata");
  g_autoptr(RelasiJournalList) journal = relasi_journal_list_new (f->store);
  g_autofree char *long_prefix = NULL;
  g_autofree char *match = relasi_search_build_journal_query ("roti gandu", &long_prefix);

  g_assert_cmpstr (match, ==, "\"roti\" \"gan\"*");
  g_assert_cmpstr (long_prefix, ==, "gandu");
  g_clear_pointer (&match, g_free);
  g_clear_pointer (&long_prefix, g_free);
  match = relasi_search_build_journal_query ("gand ", &long_prefix);
  g_assert_cmpstr (match, ==, "\"gand\"");
  g_assert_null (long_prefix);

  {
    g_autofree char *pattern = relasi_search_build_match_pattern ("Kue ulang ta");
    const char *row[] = { "Pesan kue ulang tahun", NULL, "Budi" };
    const char *other[] = { "Pesan kue ulangan", "tahu", "Budi" };

    g_assert_cmpstr (pattern, ==, "pkue\nwulang\npta\n");
    g_assert_true (relasi_search_matches (pattern, row, G_N_ELEMENTS (row)));
    /* "ulang" is a whole word once a space follows it */
    g_assert_false (relasi_search_matches (pattern, other, G_N_ELEMENTS (other)));
    g_assert_null (relasi_search_build_match_pattern (" ()"));
  }

  g_assert_true (relasi_search_has_word_prefix ("Ke (Gandumnya)", "gandu"));
  g_assert_true (relasi_search_has_word_prefix ("ÉCLAIR cokelat", "eclai"));
  g_assert_false (relasi_search_has_word_prefix ("tepungandum", "gandu"));
  g_assert_false (relasi_search_has_word_prefix (NULL, "gandu"));

  relasi_journal_list_set_search_text (journal, "gandu");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 2);
  relasi_journal_list_set_search_text (journal, "ganda");
  /* the customer's name is one of the texts checked */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 3);
  relasi_journal_list_set_search_text (journal, "gandas");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 1);
  relasi_journal_list_set_search_text (journal, "hermaw");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 3);
  /* and within one customer's journal */
  relasi_journal_list_set_customer_id (journal, relasi_customer_get_id (c));
  relasi_journal_list_set_search_text (journal, "gandum");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 2);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/build", test_build);
  g_test_add ("/search/hostile", Fixture, NULL, fixture_setup, test_hostile, fixture_teardown);
  g_test_add ("/search/long-prefix", Fixture, NULL, fixture_setup, test_long_prefix, fixture_teardown);

  return g_test_run ();
}
