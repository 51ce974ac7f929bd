/* relasi-schema.c — every table, index and trigger of the Relasi database
 *
 * Never edit a step once it has shipped: add a new one. Each step runs in its own
 * transaction after an automatic backup (see relasi-store.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "relasi-schema.h"

#define TIME_OK(col) "CHECK (" col " BETWEEN 0 AND 7258118399)"
#define LEN(col, n) "CHECK (length(" col ") <= " #n ")"
#define KINDS_INTERACTION "('note','call','meeting','email','message','purchase','complaint'," \
                          "'feedback','idea','thank-you','promise','mistake')"
#define KINDS_ROOT_CAUSE "('none','product','service','delivery','price','communication'," \
                         "'staff','process','competitor','other')"
#define CONTACT_KINDS_EXCLUDED "('note','idea','mistake')"

/* The last contact of a customer: the newest live interaction that counts as contact. */
#define LAST_CONTACT_OF(cid) \
  "coalesce((SELECT occurred_at FROM interactions WHERE customer_id = " cid \
  " AND deleted_at = 0 AND kind NOT IN " CONTACT_KINDS_EXCLUDED \
  " ORDER BY occurred_at DESC LIMIT 1), 0)"

/* The journal's search index is keyed by time: rowid = occurred_at << 30 | id (ids
 * below 2^30), so that it hands out matches newest first, in the journal's own order,
 * a page at a time, without sorting every match. */
#define FTS_KEY(row) "((" row ".occurred_at << 30) | " row ".id)"

/* When a customer starts drifting: the last contact (or the day they were added) plus
 * their cadence, or the default cadence kept in meta. */
#define DRIFT_AT(row) \
  "max(" row ".last_contact_at, " row ".created_at) + 86400 * (CASE WHEN " row ".cadence_days > 0" \
  " THEN " row ".cadence_days ELSE (SELECT value FROM meta WHERE key = 'stay_in_touch_days') END)"

static const char schema_v1[] =
  "CREATE TABLE meta ("
  "  key   TEXT PRIMARY KEY,"
  "  value INTEGER NOT NULL"
  ") WITHOUT ROWID;"
  "INSERT INTO meta (key, value) VALUES ('stay_in_touch_days', 60);"
  /* Rows with an id at or above these are indexed for search at the end of the batch
   * that wrote them (relasi_store_batch_commit()), not row by row. */
  "INSERT INTO meta (key, value) VALUES ('fts_deferred_interactions', " RELASI_SCHEMA_NO_DEFERRAL "),"
  "  ('fts_deferred_customers', " RELASI_SCHEMA_NO_DEFERRAL ");"

  "CREATE TABLE customers ("
  "  id                   INTEGER PRIMARY KEY,"
  "  name                 TEXT NOT NULL COLLATE NOCASE"
  "                       CHECK (length(trim(name)) > 0 AND length(name) <= 200),"
  "  company              TEXT NOT NULL DEFAULT '' " LEN ("company", 200) ","
  "  email                TEXT NOT NULL DEFAULT '' " LEN ("email", 254) ","
  "  phone                TEXT NOT NULL DEFAULT '' " LEN ("phone", 50) ","
  "  address              TEXT NOT NULL DEFAULT '' " LEN ("address", 1000) ","
  "  notes                TEXT NOT NULL DEFAULT '' " LEN ("notes", 20000) ","
  "  tags                 TEXT NOT NULL DEFAULT '' " LEN ("tags", 1000) ","
  "  preferences          TEXT NOT NULL DEFAULT '' " LEN ("preferences", 20000) ","
  "  status               TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'lost')),"
  "  lost_at              INTEGER NOT NULL DEFAULT 0 " TIME_OK ("lost_at") ","
  "  lost_reason_category TEXT NOT NULL DEFAULT 'none' CHECK (lost_reason_category IN " KINDS_ROOT_CAUSE "),"
  "  lost_reason          TEXT NOT NULL DEFAULT '' " LEN ("lost_reason", 20000) ","
  "  cadence_days         INTEGER NOT NULL DEFAULT 0 CHECK (cadence_days BETWEEN 0 AND 3650),"
  "  created_at           INTEGER NOT NULL " TIME_OK ("created_at") ","
  "  updated_at           INTEGER NOT NULL " TIME_OK ("updated_at") ","
  "  deleted_at           INTEGER NOT NULL DEFAULT 0 " TIME_OK ("deleted_at") ","
  "  last_contact_at      INTEGER NOT NULL DEFAULT 0,"
  "  drift_at             INTEGER NOT NULL DEFAULT 0,"
  "  health               INTEGER NOT NULL DEFAULT 80 CHECK (health BETWEEN 0 AND 100)"
  ");"
  "CREATE INDEX customers_by_name ON customers (name, id) WHERE deleted_at = 0;"
  "CREATE INDEX customers_by_last_contact ON customers (last_contact_at, id) WHERE deleted_at = 0;"
  /* status, drift_at (and deleted_at, which SQLite 3.40 wants in a covering index even
   * when the index holds only deleted_at = 0): the summary's counts read only this */
  "CREATE INDEX customers_by_health ON customers (health, id, status, drift_at, deleted_at)"
  "  WHERE deleted_at = 0;"
  "CREATE INDEX customers_by_drift ON customers (drift_at) WHERE deleted_at = 0 AND status = 'active';"
  "CREATE INDEX customers_lost ON customers (lost_at) WHERE deleted_at = 0 AND status = 'lost';"
  "CREATE INDEX customers_deleted ON customers (deleted_at) WHERE deleted_at > 0;"

  "CREATE TABLE interactions ("
  "  id               INTEGER PRIMARY KEY,"
  "  customer_id      INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
  "  kind             TEXT NOT NULL CHECK (kind IN " KINDS_INTERACTION "),"
  "  occurred_at      INTEGER NOT NULL " TIME_OK ("occurred_at") ","
  "  summary          TEXT NOT NULL CHECK (length(trim(summary)) > 0 AND length(summary) <= 500),"
  "  details          TEXT NOT NULL DEFAULT '' " LEN ("details", 20000) ","
  "  sentiment        INTEGER NOT NULL DEFAULT 0 CHECK (sentiment BETWEEN -2 AND 2),"
  "  amount           REAL NOT NULL DEFAULT 0 CHECK (amount >= 0 AND amount <= 1e15),"
  "  due_at           INTEGER NOT NULL DEFAULT 0 " TIME_OK ("due_at") ","
  "  outcome          TEXT NOT NULL DEFAULT 'none'"
  "                   CHECK (outcome IN ('none','kept','late','broken','renegotiated')),"
  "  outcome_at       INTEGER NOT NULL DEFAULT 0 " TIME_OK ("outcome_at") ","
  "  created_at       INTEGER NOT NULL " TIME_OK ("created_at") ","
  "  updated_at       INTEGER NOT NULL " TIME_OK ("updated_at") ","
  "  deleted_at       INTEGER NOT NULL DEFAULT 0 " TIME_OK ("deleted_at") ","
  "  customer_deleted INTEGER NOT NULL DEFAULT 0 CHECK (customer_deleted IN (0, 1)),"
  "  CHECK (kind = 'promise' OR (due_at = 0 AND outcome = 'none')),"
  "  CHECK (kind <> 'promise' OR due_at > 0)"
  ");"
  /* customer_id and sentiment: everyone's mood of the last 90 days (health) from the
   * index alone */
  "CREATE INDEX interactions_by_time ON interactions (occurred_at, id, customer_id, sentiment)"
  "  WHERE deleted_at = 0 AND customer_deleted = 0;"
  /* One customer's entries, covering what their health facts read on every write
   * (promises, thank-yous and moods of the last 90 days), their journal page and
   * their last contact; also the children of a customer (cascade, trash). */
  "CREATE INDEX interactions_by_customer ON interactions"
  "  (customer_id, occurred_at, id, kind, sentiment, deleted_at, customer_deleted);"
  "CREATE INDEX interactions_by_kind ON interactions (kind, occurred_at, id, customer_id)"
  "  WHERE deleted_at = 0 AND customer_deleted = 0;"
  /* every live promise with what health reads of it, per customer */
  "CREATE INDEX interactions_promises ON interactions (customer_id, outcome, outcome_at, due_at)"
  "  WHERE kind = 'promise' AND deleted_at = 0 AND customer_deleted = 0;"
  "CREATE INDEX interactions_open_promises ON interactions (due_at)"
  "  WHERE kind = 'promise' AND outcome IN ('none', 'renegotiated') AND deleted_at = 0;"
  "CREATE INDEX interactions_deleted ON interactions (deleted_at) WHERE deleted_at > 0;"

  /* Live entries (the whole journal list) per hour of occurred_at, kept by the
   * triggers below and interactions_ai: the journal counts its rows and jumps to any
   * row from here (relasi-pager.c) instead of counting or walking a million index
   * entries. */
  "CREATE TABLE journal_hours ("
  "  hour INTEGER PRIMARY KEY,"
  "  n    INTEGER NOT NULL"
  ");"
  "CREATE TRIGGER interactions_ad_hours AFTER DELETE ON interactions"
  "  WHEN OLD.deleted_at = 0 AND OLD.customer_deleted = 0 BEGIN"
  "  UPDATE journal_hours SET n = n - 1 WHERE hour = OLD.occurred_at / 3600;"
  "END;"
  "CREATE TRIGGER interactions_au_hours AFTER UPDATE OF occurred_at, deleted_at, customer_deleted"
  "  ON interactions WHEN OLD.occurred_at / 3600 <> NEW.occurred_at / 3600"
  "    OR (OLD.deleted_at = 0 AND OLD.customer_deleted = 0) <> (NEW.deleted_at = 0 AND NEW.customer_deleted = 0)"
  "  BEGIN"
  "  UPDATE journal_hours SET n = n - 1"
  "    WHERE hour = OLD.occurred_at / 3600 AND OLD.deleted_at = 0 AND OLD.customer_deleted = 0;"
  "  INSERT INTO journal_hours (hour, n) SELECT NEW.occurred_at / 3600, 1"
  "    WHERE NEW.deleted_at = 0 AND NEW.customer_deleted = 0"
  "    ON CONFLICT (hour) DO UPDATE SET n = n + 1;"
  "END;"

  "CREATE TABLE reminders ("
  "  id                       INTEGER PRIMARY KEY,"
  "  customer_id              INTEGER REFERENCES customers (id) ON DELETE CASCADE,"
  "  interaction_id           INTEGER REFERENCES interactions (id) ON DELETE CASCADE,"
  "  closed_by_interaction_id INTEGER REFERENCES interactions (id) ON DELETE SET NULL,"
  "  kind                     TEXT NOT NULL CHECK (kind IN ('thank-you','complaint-answer','promise',"
  "                           'feedback-request','check-in','custom')),"
  "  title                    TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 500),"
  "  due_at                   INTEGER NOT NULL CHECK (due_at BETWEEN 1 AND 7258118399),"
  "  done_at                  INTEGER NOT NULL DEFAULT 0 " TIME_OK ("done_at") ","
  "  snoozed_until            INTEGER NOT NULL DEFAULT 0 " TIME_OK ("snoozed_until") ","
  "  notified_at              INTEGER NOT NULL DEFAULT 0 " TIME_OK ("notified_at") ","
  "  recurrence               TEXT NOT NULL DEFAULT 'none'"
  "                           CHECK (recurrence IN ('none','weekly','monthly','yearly')),"
  "  created_at               INTEGER NOT NULL " TIME_OK ("created_at") ","
  "  deleted_at               INTEGER NOT NULL DEFAULT 0 " TIME_OK ("deleted_at")
  ");"
  "CREATE INDEX reminders_open ON reminders (max(due_at, snoozed_until))"
  "  WHERE done_at = 0 AND deleted_at = 0;"
  "CREATE INDEX reminders_done ON reminders (done_at) WHERE done_at > 0;"
  /* with done_at and deleted_at: "the customer's open thank-yous" (every purchase and
   * every thank-you asks) is a seek, not a walk through all they ever had */
  "CREATE INDEX reminders_by_customer ON reminders (customer_id, kind, done_at, deleted_at);"
  "CREATE INDEX reminders_by_interaction ON reminders (interaction_id);"
  "CREATE INDEX reminders_by_closer ON reminders (closed_by_interaction_id)"
  "  WHERE closed_by_interaction_id IS NOT NULL;"

  "CREATE TABLE cases ("
  "  id                INTEGER PRIMARY KEY,"
  "  customer_id       INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
  "  interaction_id    INTEGER REFERENCES interactions (id) ON DELETE CASCADE,"
  "  kind              TEXT NOT NULL CHECK (kind IN ('complaint','mistake','broken-promise','lost-customer')),"
  "  opened_at         INTEGER NOT NULL " TIME_OK ("opened_at") ","
  "  answer_due_at     INTEGER NOT NULL DEFAULT 0 " TIME_OK ("answer_due_at") ","
  "  answered_at       INTEGER NOT NULL DEFAULT 0 " TIME_OK ("answered_at") ","
  "  resolved_at       INTEGER NOT NULL DEFAULT 0 " TIME_OK ("resolved_at") ","
  "  root_cause        TEXT NOT NULL DEFAULT 'none' CHECK (root_cause IN " KINDS_ROOT_CAUSE "),"
  "  root_cause_text   TEXT NOT NULL DEFAULT '' " LEN ("root_cause_text", 20000) ","
  "  corrective_action TEXT NOT NULL DEFAULT '' " LEN ("corrective_action", 20000) ","
  "  responsible       TEXT NOT NULL DEFAULT '' " LEN ("responsible", 200) ","
  "  internal_review   TEXT NOT NULL DEFAULT '' " LEN ("internal_review", 20000) ","
  "  customer_answer   TEXT NOT NULL DEFAULT '' " LEN ("customer_answer", 20000) ","
  "  prevention        TEXT NOT NULL DEFAULT '' " LEN ("prevention", 20000) ","
  "  shared_with       TEXT NOT NULL DEFAULT '' " LEN ("shared_with", 1000) ","
  "  shared_at         INTEGER NOT NULL DEFAULT 0 " TIME_OK ("shared_at") ","
  "  updated_at        INTEGER NOT NULL " TIME_OK ("updated_at") ","
  "  CHECK (answered_at = 0 OR answered_at >= opened_at),"
  "  CHECK (resolved_at = 0 OR resolved_at >= opened_at)"
  ");"
  "CREATE INDEX cases_open ON cases (opened_at) WHERE resolved_at = 0;"
  "CREATE INDEX cases_resolved ON cases (resolved_at) WHERE resolved_at > 0;"
  "CREATE INDEX cases_by_customer ON cases (customer_id, opened_at);"
  "CREATE INDEX cases_by_interaction ON cases (interaction_id);"
  /* they cover the dashboard's counts (complaints per month, root causes): no table reads */
  "CREATE INDEX cases_by_kind ON cases (kind, opened_at, answered_at, answer_due_at);"
  "CREATE INDEX cases_by_cause ON cases (kind, root_cause, opened_at);"

  /* Full-text search. The FTS tables keep their own copy of the text (the journal's
   * one also carries the customer's name), so a rename is one trigger away. Soft-deleted
   * rows stay indexed: queries join back and filter on deleted_at. Prefix indexes for
   * 2 and 3 characters: a word being typed matches from a ready list, newest first,
   * instead of a merge of everything every word that starts with it was ever in
   * (relasi-search.c never makes a one-letter prefix, and checks longer ones on the
   * rows a three-letter one finds). */
  "CREATE VIRTUAL TABLE interactions_fts USING fts5 ("
  "  summary, details, customer_name, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');"
  "CREATE VIRTUAL TABLE customers_fts USING fts5 ("
  "  name, company, email, phone, tags, notes, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');"

  "CREATE TRIGGER customers_ai_fts AFTER INSERT ON customers"
  "  WHEN NEW.id < (SELECT value FROM meta WHERE key = 'fts_deferred_customers') BEGIN"
  "  INSERT INTO customers_fts (rowid, name, company, email, phone, tags, notes)"
  "    VALUES (NEW.id, NEW.name, NEW.company, NEW.email, NEW.phone, NEW.tags, NEW.notes);"
  "END;"
  "CREATE TRIGGER customers_ai AFTER INSERT ON customers BEGIN"
  "  UPDATE customers SET drift_at = " DRIFT_AT ("NEW") " WHERE id = NEW.id;"
  "END;"
  "CREATE TRIGGER customers_au_fts AFTER UPDATE OF name, company, email, phone, tags, notes"
  "  ON customers BEGIN"
  "  UPDATE customers_fts SET name = NEW.name, company = NEW.company, email = NEW.email,"
  "    phone = NEW.phone, tags = NEW.tags, notes = NEW.notes WHERE rowid = NEW.id;"
  "END;"
  "CREATE TRIGGER customers_au_name AFTER UPDATE OF name ON customers"
  "  WHEN OLD.name IS NOT NEW.name BEGIN"
  "  UPDATE interactions_fts SET customer_name = NEW.name"
  "    WHERE rowid IN (SELECT " FTS_KEY ("interactions") " FROM interactions WHERE customer_id = NEW.id);"
  "END;"
  "CREATE TRIGGER customers_au_drift AFTER UPDATE OF last_contact_at, cadence_days, created_at"
  "  ON customers BEGIN"
  "  UPDATE customers SET drift_at = " DRIFT_AT ("NEW") " WHERE id = NEW.id;"
  "END;"
  "CREATE TRIGGER customers_au_deleted AFTER UPDATE OF deleted_at ON customers"
  "  WHEN (OLD.deleted_at = 0) <> (NEW.deleted_at = 0) BEGIN"
  "  UPDATE interactions SET customer_deleted = (NEW.deleted_at <> 0) WHERE customer_id = NEW.id;"
  "END;"
  "CREATE TRIGGER customers_ad AFTER DELETE ON customers BEGIN"
  "  DELETE FROM customers_fts WHERE rowid = OLD.id;"
  "END;"

  /* one trigger (each costs its own setup on every insert) */
  "CREATE TRIGGER interactions_ai AFTER INSERT ON interactions BEGIN"
  "  INSERT INTO interactions_fts (rowid, summary, details, customer_name)"
  "    SELECT " FTS_KEY ("NEW") ", NEW.summary, NEW.details,"
  "      (SELECT name FROM customers WHERE id = NEW.customer_id)"
  "    WHERE NEW.id < (SELECT value FROM meta WHERE key = 'fts_deferred_interactions');"
  "  INSERT INTO journal_hours (hour, n) SELECT NEW.occurred_at / 3600, 1"
  "    WHERE NEW.deleted_at = 0 AND NEW.customer_deleted = 0"
  "    ON CONFLICT (hour) DO UPDATE SET n = n + 1;"
  "  UPDATE customers SET last_contact_at = NEW.occurred_at"
  "    WHERE id = NEW.customer_id AND NEW.deleted_at = 0"
  "      AND NEW.kind NOT IN " CONTACT_KINDS_EXCLUDED " AND last_contact_at < NEW.occurred_at;"
  "END;"
  /* a row a batch has not indexed yet is indexed at its end, as it is then */
  "CREATE TRIGGER interactions_au_fts AFTER UPDATE OF summary, details, customer_id, occurred_at"
  "  ON interactions WHEN OLD.summary IS NOT NEW.summary OR OLD.details IS NOT NEW.details"
  "    OR OLD.customer_id IS NOT NEW.customer_id OR OLD.occurred_at IS NOT NEW.occurred_at BEGIN"
  "  DELETE FROM interactions_fts WHERE rowid = " FTS_KEY ("OLD") ";"
  "  INSERT INTO interactions_fts (rowid, summary, details, customer_name)"
  "    SELECT " FTS_KEY ("NEW") ", NEW.summary, NEW.details,"
  "      (SELECT name FROM customers WHERE id = NEW.customer_id)"
  "    WHERE NEW.id < (SELECT value FROM meta WHERE key = 'fts_deferred_interactions');"
  "END;"
  "CREATE TRIGGER interactions_au_contact AFTER UPDATE OF occurred_at, kind, deleted_at, customer_id"
  "  ON interactions BEGIN"
  "  UPDATE customers SET last_contact_at = " LAST_CONTACT_OF ("customers.id")
  "    WHERE id IN (OLD.customer_id, NEW.customer_id);"
  "END;"
  "CREATE TRIGGER interactions_ad AFTER DELETE ON interactions BEGIN"
  "  DELETE FROM interactions_fts WHERE rowid = " FTS_KEY ("OLD") ";"
  "  UPDATE customers SET last_contact_at = " LAST_CONTACT_OF ("customers.id")
  "    WHERE id = OLD.customer_id;"
  "END;";

/* Version 2: reminders remember whether Relasi made their title (title_auto =
 * 1: composed again whenever it is read, in the language in use and with the names of
 * the moment, relasi-reminder-title.c; 0: a person's title, shown as stored — also
 * every reminder made before this version, whose titles may have been edited), and
 * reminders_open carries the columns the dashboard counts read. */
static const char schema_v2[] =
  "ALTER TABLE reminders ADD COLUMN title_auto INTEGER NOT NULL DEFAULT 0"
  "  CHECK (title_auto IN (0, 1));"
  "DROP INDEX reminders_open;"
  "CREATE INDEX reminders_open ON reminders (max(due_at, snoozed_until), kind, due_at,"
  "  customer_id, interaction_id, done_at, deleted_at)"
  "  WHERE done_at = 0 AND deleted_at = 0;";

static const RelasiSchemaStep steps[] = {
  { 1, schema_v1 },
  { 2, schema_v2 },
};

static const RelasiSchemaStep *extra_steps;
static guint n_extra_steps;

const RelasiSchemaStep *
relasi_schema_get_steps (guint *n_steps)
{
  g_return_val_if_fail (n_steps != NULL, NULL);

  *n_steps = G_N_ELEMENTS (steps);
  return steps;
}

int
relasi_schema_get_version (void)
{
  if (n_extra_steps > 0)
    return extra_steps[n_extra_steps - 1].version;
  return steps[G_N_ELEMENTS (steps) - 1].version;
}

void
relasi_schema_set_extra_steps_for_testing (const RelasiSchemaStep *extra,
                                           guint                   n_extra)
{
  extra_steps = extra;
  n_extra_steps = extra != NULL ? n_extra : 0;
}

const RelasiSchemaStep *
relasi_schema_get_extra_steps (guint *n_steps)
{
  *n_steps = n_extra_steps;
  return extra_steps;
}
