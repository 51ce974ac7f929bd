/* test-validate.c — a table of bad inputs: each is refused with the expected error
 * and field, by the validator and again by the store, and nothing changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "relasi-clock.h"
#include "relasi-error.h"
#include "relasi-test-util.h"
#include "relasi-validate.h"

typedef enum { CUSTOMER, INTERACTION, REMINDER, CASE } Target;

typedef struct {
  const char *what;
  Target      target;
  int         code;
  const char *field;
  gboolean    store_only;   /* the validator cannot know (a missing customer, ...) */
} BadInput;

static const BadInput bad_inputs[] = {
  /*  0 */ { "empty name", CUSTOMER, RELASI_ERROR_INVALID, "name", FALSE },
  /*  1 */ { "name of spaces", CUSTOMER, RELASI_ERROR_INVALID, "name", FALSE },
  /*  2 */ { "name of tabs and newlines", CUSTOMER, RELASI_ERROR_INVALID, "name", FALSE },
  /*  3 */ { "name of 201 characters", CUSTOMER, RELASI_ERROR_INVALID, "name", FALSE },
  /*  4 */ { "name not UTF-8", CUSTOMER, RELASI_ERROR_INVALID, "name", FALSE },
  /*  5 */ { "name with a line break", CUSTOMER, RELASI_ERROR_INVALID, "name", FALSE },
  /*  6 */ { "company of 201 characters", CUSTOMER, RELASI_ERROR_INVALID, "company", FALSE },
  /*  7 */ { "e-mail without @", CUSTOMER, RELASI_ERROR_INVALID, "email", FALSE },
  /*  8 */ { "e-mail without a dot in the domain", CUSTOMER, RELASI_ERROR_INVALID, "email", FALSE },
  /*  9 */ { "e-mail without a local part", CUSTOMER, RELASI_ERROR_INVALID, "email", FALSE },
  /* 10 */ { "e-mail with two @", CUSTOMER, RELASI_ERROR_INVALID, "email", FALSE },
  /* 11 */ { "e-mail with a space", CUSTOMER, RELASI_ERROR_INVALID, "email", FALSE },
  /* 12 */ { "e-mail with two dots", CUSTOMER, RELASI_ERROR_INVALID, "email", FALSE },
  /* 13 */ { "e-mail domain starting with a dot", CUSTOMER, RELASI_ERROR_INVALID, "email", FALSE },
  /* 14 */ { "phone with letters", CUSTOMER, RELASI_ERROR_INVALID, "phone", FALSE },
  /* 15 */ { "phone with a word", CUSTOMER, RELASI_ERROR_INVALID, "phone", FALSE },
  /* 16 */ { "phone with two digits", CUSTOMER, RELASI_ERROR_INVALID, "phone", FALSE },
  /* 17 */ { "address not UTF-8", CUSTOMER, RELASI_ERROR_INVALID, "address", FALSE },
  /* 18 */ { "notes of 20 001 characters", CUSTOMER, RELASI_ERROR_INVALID, "notes", FALSE },
  /* 19 */ { "tags with a line break", CUSTOMER, RELASI_ERROR_INVALID, "tags", FALSE },
  /* 20 */ { "cadence -1", CUSTOMER, RELASI_ERROR_INVALID, "cadence-days", FALSE },
  /* 21 */ { "cadence 3651", CUSTOMER, RELASI_ERROR_INVALID, "cadence-days", FALSE },
  /* 22 */ { "unknown status", CUSTOMER, RELASI_ERROR_INVALID, "status", FALSE },
  /* 23 */ { "unknown reason category", CUSTOMER, RELASI_ERROR_INVALID, "lost-reason-category", FALSE },
  /* 24 */ { "lost before 1970", CUSTOMER, RELASI_ERROR_INVALID, "lost-at", FALSE },
  /* 25 */ { "lost in 2200", CUSTOMER, RELASI_ERROR_INVALID, "lost-at", FALSE },
  /* 26 */ { "entry without a customer", INTERACTION, RELASI_ERROR_INVALID, "customer-id", FALSE },
  /* 27 */ { "entry for a missing customer", INTERACTION, RELASI_ERROR_NOT_FOUND, "customer-id", TRUE },
  /* 28 */ { "entry for a customer in the trash", INTERACTION, RELASI_ERROR_NOT_FOUND, "customer-id", TRUE },
  /* 29 */ { "unknown kind", INTERACTION, RELASI_ERROR_INVALID, "kind", FALSE },
  /* 30 */ { "empty summary", INTERACTION, RELASI_ERROR_INVALID, "summary", FALSE },
  /* 31 */ { "summary of spaces", INTERACTION, RELASI_ERROR_INVALID, "summary", FALSE },
  /* 32 */ { "summary of 501 characters", INTERACTION, RELASI_ERROR_INVALID, "summary", FALSE },
  /* 33 */ { "details of 20 001 characters", INTERACTION, RELASI_ERROR_INVALID, "details", FALSE },
  /* 34 */ { "details not UTF-8", INTERACTION, RELASI_ERROR_INVALID, "details", FALSE },
  /* 35 */ { "sentiment +3", INTERACTION, RELASI_ERROR_INVALID, "sentiment", FALSE },
  /* 36 */ { "sentiment -3", INTERACTION, RELASI_ERROR_INVALID, "sentiment", FALSE },
  /* 37 */ { "negative amount", INTERACTION, RELASI_ERROR_INVALID, "amount", FALSE },
  /* 38 */ { "amount NaN", INTERACTION, RELASI_ERROR_INVALID, "amount", FALSE },
  /* 39 */ { "amount infinite", INTERACTION, RELASI_ERROR_INVALID, "amount", FALSE },
  /* 40 */ { "occurred before 1970", INTERACTION, RELASI_ERROR_INVALID, "occurred-at", FALSE },
  /* 41 */ { "occurred in 2200", INTERACTION, RELASI_ERROR_INVALID, "occurred-at", FALSE },
  /* 42 */ { "promise without a due date", INTERACTION, RELASI_ERROR_INVALID, "due-at", FALSE },
  /* 43 */ { "promise due in 2200", INTERACTION, RELASI_ERROR_INVALID, "due-at", FALSE },
  /* 44 */ { "a note with a due date", INTERACTION, RELASI_ERROR_INVALID, "due-at", FALSE },
  /* 45 */ { "a note that was kept", INTERACTION, RELASI_ERROR_INVALID, "outcome", FALSE },
  /* 46 */ { "unknown outcome", INTERACTION, RELASI_ERROR_INVALID, "outcome", FALSE },
  /* 47 */ { "reminder without a title", REMINDER, RELASI_ERROR_INVALID, "title", FALSE },
  /* 48 */ { "reminder title of 501 characters", REMINDER, RELASI_ERROR_INVALID, "title", FALSE },
  /* 49 */ { "reminder without a due date", REMINDER, RELASI_ERROR_INVALID, "due-at", FALSE },
  /* 50 */ { "reminder due in 2200", REMINDER, RELASI_ERROR_INVALID, "due-at", FALSE },
  /* 51 */ { "unknown reminder kind", REMINDER, RELASI_ERROR_INVALID, "kind", FALSE },
  /* 52 */ { "unknown recurrence", REMINDER, RELASI_ERROR_INVALID, "recurrence", FALSE },
  /* 53 */ { "reminder for a missing customer", REMINDER, RELASI_ERROR_NOT_FOUND, "customer-id", TRUE },
  /* 54 */ { "snoozed before 1970", REMINDER, RELASI_ERROR_INVALID, "snoozed-until", FALSE },
  /* 55 */ { "repeating reminder starting two years ago", REMINDER, RELASI_ERROR_INVALID, "due-at", FALSE },
  /* 56 */ { "unknown root cause", CASE, RELASI_ERROR_INVALID, "root-cause", FALSE },
  /* 57 */ { "corrective action of 20 001 characters", CASE, RELASI_ERROR_INVALID, "corrective-action", FALSE },
  /* 58 */ { "responsible with a line break", CASE, RELASI_ERROR_INVALID, "responsible", FALSE },
  /* 59 */ { "answered before opened", CASE, RELASI_ERROR_INVALID, "answered-at", FALSE },
  /* 60 */ { "shared in 2200", CASE, RELASI_ERROR_INVALID, "shared-at", FALSE },
  /* 61 */ { "root cause text not UTF-8", CASE, RELASI_ERROR_INVALID, "root-cause-text", FALSE },
};

typedef struct {
  Fixture  f;
  gint64   live;
  gint64   trashed;
  gint64   case_id;
} ValidateFixture;

static char *
repeat (char c, guint n)
{
  char *s = g_malloc (n + 1);

  memset (s, c, n);
  s[n] = '\0';
  return s;
}

static void
mutate (guint n, gpointer obj, ValidateFixture *vf)
{
  g_autofree char *long201 = repeat ('a', 201);
  g_autofree char *long501 = repeat ('b', 501);
  g_autofree char *long20001 = repeat ('c', 20001);
  RelasiCustomer *c = obj;
  RelasiInteraction *i = obj;
  RelasiReminder *r = obj;
  RelasiCase *k = obj;

  switch (n)
    {
    case 0: relasi_customer_set_name (c, ""); break;
    case 1: relasi_customer_set_name (c, "    "); break;
    case 2: relasi_customer_set_name (c, "\t\n "); break;
    case 3: relasi_customer_set_name (c, long201); break;
    case 4: relasi_customer_set_name (c, "Bud\xff\xfe"); break;
    case 5: relasi_customer_set_name (c, "Budi\nSantoso"); break;
    case 6: relasi_customer_set_company (c, long201); break;
    case 7: relasi_customer_set_email (c, "budi.example.com"); break;
    case 8: relasi_customer_set_email (c, "budi@localhost"); break;
    case 9: relasi_customer_set_email (c, "@example.com"); break;
    case 10: relasi_customer_set_email (c, "budi@@example.com"); break;
    case 11: relasi_customer_set_email (c, "budi santoso@example.com"); break;
    case 12: relasi_customer_set_email (c, "budi@example..com"); break;
    case 13: relasi_customer_set_email (c, "budi@.example.com"); break;
    case 14: relasi_customer_set_phone (c, "0812ab34"); break;
    case 15: relasi_customer_set_phone (c, "+62 812 CALL ME"); break;
    case 16: relasi_customer_set_phone (c, "12"); break;
    case 17: relasi_customer_set_address (c, "Jl. \xc3\x28"); break;
    case 18: relasi_customer_set_notes (c, long20001); break;
    case 19: relasi_customer_set_tags (c, "vip\nwholesale"); break;
    case 20: relasi_customer_set_cadence_days (c, -1); break;
    case 21: relasi_customer_set_cadence_days (c, 3651); break;
    case 22: relasi_customer_set_status (c, (RelasiCustomerStatus) 7); break;
    case 23: relasi_customer_set_lost_reason_category (c, (RelasiRootCause) 99); break;
    case 24: relasi_customer_set_lost_at (c, -5); break;
    case 25: relasi_customer_set_lost_at (c, RELASI_TIME_LIMIT); break;
    case 26: relasi_interaction_set_customer_id (i, 0); break;
    case 27: relasi_interaction_set_customer_id (i, 999999); break;
    case 28: relasi_interaction_set_customer_id (i, vf->trashed); break;
    case 29: relasi_interaction_set_kind (i, (RelasiInteractionKind) 99); break;
    case 30: relasi_interaction_set_summary (i, ""); break;
    case 31: relasi_interaction_set_summary (i, "   "); break;
    case 32: relasi_interaction_set_summary (i, long501); break;
    case 33: relasi_interaction_set_details (i, long20001); break;
    case 34: relasi_interaction_set_details (i, "\xed\xa0\x80 surrogate"); break;
    case 35: relasi_interaction_set_sentiment (i, 3); break;
    case 36: relasi_interaction_set_sentiment (i, -3); break;
    case 37: relasi_interaction_set_amount (i, -1.0); break;
    case 38: relasi_interaction_set_amount (i, NAN); break;
    case 39: relasi_interaction_set_amount (i, INFINITY); break;
    case 40: relasi_interaction_set_occurred_at (i, -1); break;
    case 41: relasi_interaction_set_occurred_at (i, RELASI_TIME_LIMIT); break;
    case 42: relasi_interaction_set_kind (i, RELASI_INTERACTION_KIND_PROMISE); break;
    case 43:
      relasi_interaction_set_kind (i, RELASI_INTERACTION_KIND_PROMISE);
      relasi_interaction_set_due_at (i, RELASI_TIME_LIMIT + 1);
      break;
    case 44: relasi_interaction_set_due_at (i, T0 + DAY); break;
    case 45: relasi_interaction_set_outcome (i, RELASI_PROMISE_OUTCOME_KEPT); break;
    case 46:
      relasi_interaction_set_kind (i, RELASI_INTERACTION_KIND_PROMISE);
      relasi_interaction_set_due_at (i, T0 + DAY);
      relasi_interaction_set_outcome (i, (RelasiPromiseOutcome) 42);
      break;
    case 47: relasi_reminder_set_title (r, ""); break;
    case 48: relasi_reminder_set_title (r, long501); break;
    case 49: relasi_reminder_set_due_at (r, 0); break;
    case 50: relasi_reminder_set_due_at (r, RELASI_TIME_LIMIT); break;
    case 51: relasi_reminder_set_kind (r, (RelasiReminderKind) 77); break;
    case 52: relasi_reminder_set_recurrence (r, (RelasiRecurrence) 9); break;
    case 53: relasi_reminder_set_customer_id (r, 999999); break;
    case 54: relasi_reminder_set_snoozed_until (r, -1); break;
    case 55:
      relasi_reminder_set_recurrence (r, RELASI_RECURRENCE_MONTHLY);
      relasi_reminder_set_created_at (r, T0);
      relasi_reminder_set_due_at (r, T0 - 730 * DAY);
      break;
    case 56: relasi_case_set_root_cause (k, (RelasiRootCause) 99); break;
    case 57: relasi_case_set_corrective_action (k, long20001); break;
    case 58: relasi_case_set_responsible (k, "Sales\nand service"); break;
    case 59: relasi_case_set_answered_at (k, relasi_case_get_opened_at (k) - 10); break;
    case 60: relasi_case_set_shared_at (k, RELASI_TIME_LIMIT); break;
    case 61: relasi_case_set_root_cause_text (k, "late \xf8\x88\x80\x80\x80 delivery"); break;
    default: g_assert_not_reached ();
    }
}

static gpointer
valid_object (Target target, ValidateFixture *vf)
{
  g_autoptr(GError) error = NULL;

  switch (target)
    {
    case CUSTOMER:
      {
        RelasiCustomer *c = relasi_customer_new ();

        relasi_customer_set_name (c, "Siti Rahayu");
        relasi_customer_set_email (c, "siti@example.co.id");
        relasi_customer_set_phone (c, "+62 (21) 555-0100");
        return c;
      }
    case INTERACTION:
      {
        RelasiInteraction *i = relasi_interaction_new ();

        relasi_interaction_set_customer_id (i, vf->live);
        relasi_interaction_set_kind (i, RELASI_INTERACTION_KIND_NOTE);
        relasi_interaction_set_summary (i, "Prefers delivery in the morning");
        return i;
      }
    case REMINDER:
      {
        RelasiReminder *r = relasi_reminder_new ();

        relasi_reminder_set_customer_id (r, vf->live);
        relasi_reminder_set_title (r, "Call about the new catalogue");
        relasi_reminder_set_due_at (r, T0 + DAY);
        return r;
      }
    case CASE:
      {
        RelasiCase *k = relasi_store_get_case (vf->f.store, vf->case_id, &error);

        g_assert_no_error (error);
        return k;
      }
    default:
      g_assert_not_reached ();
    }
}

static gboolean
validate (Target target, gpointer obj, GError **error)
{
  switch (target)
    {
    case CUSTOMER: return relasi_customer_validate (obj, error);
    case INTERACTION: return relasi_interaction_validate (obj, error);
    case REMINDER: return relasi_reminder_validate (obj, error);
    case CASE: return relasi_case_validate (obj, error);
    default: g_assert_not_reached ();
    }
}

static gboolean
store_write (Target target, RelasiStore *store, gpointer obj, GError **error)
{
  switch (target)
    {
    case CUSTOMER: return relasi_store_add_customer (store, obj, error);
    case INTERACTION: return relasi_store_add_interaction (store, obj, error);
    case REMINDER: return relasi_store_add_reminder (store, obj, error);
    case CASE: return relasi_store_update_case (store, obj, error);
    default: g_assert_not_reached ();
    }
}

static void
test_bad_inputs (void)
{
  ValidateFixture vf = { 0 };
  g_autoptr(RelasiCustomer) live = NULL;
  g_autoptr(RelasiCustomer) trashed = NULL;
  g_autoptr(RelasiInteraction) complaint = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;

  fixture_setup (&vf.f, NULL);
  live = test_add_customer (vf.f.store, "Budi Santoso");
  trashed = test_add_customer (vf.f.store, "Old Customer");
  g_assert_true (relasi_store_delete_customer (vf.f.store, relasi_customer_get_id (trashed), &error));
  vf.live = relasi_customer_get_id (live);
  vf.trashed = relasi_customer_get_id (trashed);
  complaint = test_log (vf.f.store, vf.live, RELASI_INTERACTION_KIND_COMPLAINT, "The rice was wet");
  cases = relasi_store_list_cases (vf.f.store, RELASI_CASE_FILTER_ALL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cases->len, ==, 1);
  vf.case_id = relasi_case_get_id (g_ptr_array_index (cases, 0));

  g_assert_cmpuint (G_N_ELEMENTS (bad_inputs), >=, 40);
  before = test_dump (vf.f.store);

  for (guint n = 0; n < G_N_ELEMENTS (bad_inputs); n++)
    {
      const BadInput *bad = &bad_inputs[n];
      g_autoptr(GObject) good = valid_object (bad->target, &vf);
      g_autoptr(GObject) obj = valid_object (bad->target, &vf);
      g_autoptr(GError) v_error = NULL;
      g_autoptr(GError) s_error = NULL;
      g_autofree char *after = NULL;

      g_test_message ("bad input %u: %s", n, bad->what);
      /* the unchanged object passes, so the mutation is what fails */
      g_assert_true (validate (bad->target, good, NULL));

      mutate (n, obj, &vf);
      if (!bad->store_only)
        {
          g_assert_false (validate (bad->target, obj, &v_error));
          g_assert_error (v_error, RELASI_ERROR, bad->code);
          g_assert_cmpstr (relasi_error_get_field (v_error), ==, bad->field);
          g_assert_true (g_utf8_validate (v_error->message, -1, NULL));
        }

      g_assert_false (store_write (bad->target, vf.f.store, obj, &s_error));
      g_assert_error (s_error, RELASI_ERROR, bad->code);
      g_assert_cmpstr (relasi_error_get_field (s_error), ==, bad->field);

      after = test_dump (vf.f.store);
      g_assert_cmpstr (after, ==, before);
    }

  fixture_teardown (&vf.f, NULL);
}

static void
test_bad_operations (Fixture *f, gconstpointer data)
{
  g_autoptr(RelasiCustomer) c = test_add_customer (f->store, "Dewi Lestari");
  g_autoptr(RelasiInteraction) promise = test_log (f->store, relasi_customer_get_id (c),
                                                   RELASI_INTERACTION_KIND_PROMISE, "Deliver by Friday");
  g_autoptr(RelasiInteraction) complaint = test_log (f->store, relasi_customer_get_id (c),
                                                     RELASI_INTERACTION_KIND_COMPLAINT, "Wrong size");
  g_autoptr(GPtrArray) reminders = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GError *error = NULL;
  gint64 reminder_id, case_id;

  reminders = relasi_store_list_reminders (f->store, RELASI_REMINDER_FILTER_OPEN, 0, &error);
  g_assert_no_error (error);
  reminder_id = relasi_reminder_get_id (g_ptr_array_index (reminders, 0));
  cases = relasi_store_list_cases (f->store, RELASI_CASE_FILTER_OPEN, 0, &error);
  g_assert_no_error (error);
  case_id = relasi_case_get_id (g_ptr_array_index (cases, 0));
  before = test_dump (f->store);

  g_assert_false (relasi_store_snooze_reminder (f->store, reminder_id, T0 - 10, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_INVALID);
  g_assert_cmpstr (relasi_error_get_field (error), ==, "snoozed-until");
  g_clear_error (&error);

  g_assert_false (relasi_store_set_rules (f->store, -1, 24, 60, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (relasi_store_set_rules (f->store, 2, 0, 60, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (relasi_store_set_rules (f->store, 2, 24, 0, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_INVALID);
  g_assert_cmpstr (relasi_error_get_field (error), ==, "stay-in-touch-days");
  g_clear_error (&error);

  g_assert_false (relasi_store_mark_customer_lost (f->store, relasi_customer_get_id (c),
                                                   RELASI_ROOT_CAUSE_PRICE, "too \xff expensive", 0, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_INVALID);
  g_assert_cmpstr (relasi_error_get_field (error), ==, "lost-reason");
  g_clear_error (&error);

  g_assert_false (relasi_store_set_promise_outcome (f->store, relasi_interaction_get_id (promise),
                                                    RELASI_PROMISE_OUTCOME_NONE, 0, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (relasi_store_set_promise_outcome (f->store, relasi_interaction_get_id (promise),
                                                    RELASI_PROMISE_OUTCOME_RENEGOTIATED, 0, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_INVALID);
  g_assert_cmpstr (relasi_error_get_field (error), ==, "due-at");
  g_clear_error (&error);
  g_assert_false (relasi_store_set_promise_outcome (f->store, relasi_interaction_get_id (complaint),
                                                    RELASI_PROMISE_OUTCOME_KEPT, 0, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (relasi_store_answer_case (f->store, case_id, T0 - DAY, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_INVALID);
  g_assert_cmpstr (relasi_error_get_field (error), ==, "answered-at");
  g_clear_error (&error);

  g_assert_false (relasi_store_complete_reminder (f->store, 424242, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (relasi_store_get_customer (f->store, 424242, &error));
  g_assert_error (error, RELASI_ERROR, RELASI_ERROR_NOT_FOUND);
  g_clear_error (&error);

  {
    g_autoptr(RelasiInteraction) changed = relasi_interaction_copy (complaint);

    relasi_interaction_set_kind (changed, RELASI_INTERACTION_KIND_NOTE);
    g_assert_false (relasi_store_update_interaction (f->store, changed, &error));
    g_assert_error (error, RELASI_ERROR, RELASI_ERROR_CONFLICT);
    g_assert_cmpstr (relasi_error_get_field (error), ==, "kind");
    g_clear_error (&error);
  }

  after = test_dump (f->store);
  g_assert_cmpstr (after, ==, before);
}

static void
test_good_inputs (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (relasi_validate_email ("", &error));
  g_assert_true (relasi_validate_email ("budi.santoso+toko@mail.example.co.id", &error));
  g_assert_true (relasi_validate_phone ("+62 (812) 555-0100 / 21.555", &error));
  g_assert_true (relasi_validate_time (0, FALSE, "x", &error));
  g_assert_true (relasi_validate_time (RELASI_TIME_LIMIT - 1, TRUE, "x", &error));
  g_assert_true (relasi_validate_cadence_days (0, &error));
  g_assert_true (relasi_validate_cadence_days (3650, &error));
  g_assert_no_error (error);
  g_assert_false (relasi_validate_time (0, TRUE, "due-at", &error));
  g_assert_cmpstr (relasi_error_get_field (error), ==, "due-at");
  g_clear_error (&error);

  {
    /* the limits are in characters: 200 four-byte characters are fine */
    g_autoptr(GString) name = g_string_new (NULL);
    g_autoptr(RelasiCustomer) c = relasi_customer_new ();

    for (int i = 0; i < 200; i++)
      g_string_append (name, "😀");
    relasi_customer_set_name (c, name->str);
    g_assert_true (relasi_customer_validate (c, &error));
    g_assert_no_error (error);
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validate/bad-inputs", test_bad_inputs);
  g_test_add_func ("/validate/good-inputs", test_good_inputs);
  g_test_add ("/validate/bad-operations", Fixture, NULL, fixture_setup, test_bad_operations, fixture_teardown);

  return g_test_run ();
}
