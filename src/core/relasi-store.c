/* relasi-store.c — opening, migrating, backing up; transactions and ::changed
 *
 * Opening never writes to a file it has not recognised as a Relasi database (or as a
 * new, empty one): the header is read with plain read(2), then SQLite looks at it
 * through an immutable read-only URI (which creates no -wal or -shm file), and only
 * then is the file opened for writing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "relasi-clock.h"
#include "relasi-error.h"
#include "relasi-paths.h"
#include "relasi-schema.h"
#include "relasi-search.h"
#include "relasi-store-private.h"

#define BUSY_TIMEOUT_MS 5000
#define SQLITE_MAGIC "SQLite format 3"

G_DEFINE_FINAL_TYPE (RelasiStore, relasi_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATA_DIR,
  PROP_PATH,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
relasi_stmt_release (RelasiStmt *stmt)
{
  if (stmt != NULL)
    sqlite3_reset (stmt);
}

static void
relasi_store_dispose (GObject *object)
{
  RelasiStore *self = RELASI_STORE (object);

  g_clear_pointer (&self->stmts, g_hash_table_unref);
  if (self->db != NULL)
    {
      int rc = sqlite3_close (self->db);

      if (rc != SQLITE_OK)
        g_warning ("Closing the database: %s", sqlite3_errstr (rc));
      self->db = NULL;
    }
  g_clear_pointer (&self->context, g_main_context_unref);

  G_OBJECT_CLASS (relasi_store_parent_class)->dispose (object);
}

static void
relasi_store_finalize (GObject *object)
{
  RelasiStore *self = RELASI_STORE (object);

  g_clear_pointer (&self->data_dir, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->dirty_customers, g_hash_table_unref);

  G_OBJECT_CLASS (relasi_store_parent_class)->finalize (object);
}

static void
relasi_store_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RelasiStore *self = RELASI_STORE (object);

  switch (prop_id)
    {
    case PROP_DATA_DIR:
      g_value_set_string (value, self->data_dir);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
relasi_store_class_init (RelasiStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = relasi_store_dispose;
  object_class->finalize = relasi_store_finalize;
  object_class->get_property = relasi_store_get_property;

  properties[PROP_DATA_DIR] =
    g_param_spec_string ("data-dir", NULL, "The folder that holds the database", NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, "The database file", NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RelasiStore::changed:
   * @store: the store
   * @changes: a #RelasiStoreChange: which tables a committed write touched
   *
   * Emitted after every committed write, in the main context of the thread that opened
   * the store.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, RELASI_TYPE_STORE_CHANGE);
}

static void
relasi_store_init (RelasiStore *self)
{
  self->stmts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) sqlite3_finalize);
  self->dirty_customers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->thank_you_after_days = RELASI_DEFAULT_THANK_YOU_AFTER_DAYS;
  self->complaint_answer_hours = RELASI_DEFAULT_COMPLAINT_ANSWER_HOURS;
  self->stay_in_touch_days = RELASI_DEFAULT_STAY_IN_TOUCH_DAYS;
}

/* ---- small SQL helpers ------------------------------------------------------ */

void
relasi_store_set_sqlite_error (RelasiStore  *self,
                               int           rc,
                               GError      **error)
{
  const char *detail = self != NULL && self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_BUSY,
                   _("The database is in use by another program. Please try again in a moment."));
      break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH:
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_PERMISSION,
                   _("The database cannot be written: %s"), detail);
      break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_NOT_A_DATABASE,
                   _("The database file is damaged: %s"), detail);
      break;
    case SQLITE_FULL:
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_FAILED,
                   _("The disk is full. Nothing was saved."));
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_INVALID,
                   _("The database refused the change: %s"), detail);
      break;
    default:
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_FAILED,
                   _("Database error: %s"), detail);
    }
}

RelasiStmt *
relasi_store_prepare (RelasiStore  *self,
                      const char   *sql,
                      GError      **error)
{
  sqlite3_stmt *stmt;

  stmt = g_hash_table_lookup (self->stmts, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  {
    int rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);

    if (rc != SQLITE_OK)
      {
        relasi_store_set_sqlite_error (self, rc, error);
        return NULL;
      }
  }

  g_hash_table_insert (self->stmts, g_strdup (sql), stmt);
  return stmt;
}

gboolean
relasi_store_step_done (RelasiStore  *self,
                        RelasiStmt   *stmt,
                        GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      relasi_store_set_sqlite_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
relasi_store_exec (RelasiStore  *self,
                   const char   *sql,
                   GError      **error)
{
  char *msg = NULL;
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, &msg);

  if (rc != SQLITE_OK)
    {
      relasi_store_set_sqlite_error (self, rc, error);
      sqlite3_free (msg);
      return FALSE;
    }
  return TRUE;
}

/* Steps @stmt once and reads column 0 as an integer (0 when there is no row). */
gboolean
relasi_store_query_int64 (RelasiStore  *self,
                          RelasiStmt   *stmt,
                          gint64       *value,
                          GError      **error)
{
  int rc = sqlite3_step (stmt);

  *value = 0;
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int64 (stmt, 0);
  else if (rc != SQLITE_DONE)
    {
      relasi_store_set_sqlite_error (self, rc, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

void
relasi_store_bind_text (RelasiStmt *stmt,
                        int         index,
                        const char *text)
{
  sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
}

/* Binds 0 as NULL: optional references. */
void
relasi_store_bind_id (RelasiStmt *stmt,
                      int         index,
                      gint64      id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, index, id);
  else
    sqlite3_bind_null (stmt, index);
}

/* Binds @ids as one JSON array, for "SELECT value FROM json_each(?N)": one statement
 * text whatever the number of ids. */
void
relasi_store_bind_id_array (RelasiStmt   *stmt,
                            int           index,
                            const gint64 *ids,
                            guint         n_ids)
{
  g_autoptr(GString) json = g_string_sized_new (2 + (gsize) n_ids * 8);

  g_string_append_c (json, '[');
  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", ids[i]);
  g_string_append_c (json, ']');
  sqlite3_bind_text (stmt, index, json->str, (int) json->len, SQLITE_TRANSIENT);
}

const char *
relasi_store_column_text (RelasiStmt *stmt,
                          int         column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? (const char *) text : "";
}

/* ---- transactions and ::changed ---------------------------------------------- */

typedef struct {
  RelasiStore       *store;
  RelasiStoreChange  changes;
} ChangedIdle;

static gboolean
emit_changed_idle (gpointer data)
{
  ChangedIdle *idle = data;

  g_signal_emit (idle->store, signals[CHANGED], 0, idle->changes);
  g_object_unref (idle->store);
  g_free (idle);
  return G_SOURCE_REMOVE;
}

static void
emit_changed (RelasiStore       *self,
              RelasiStoreChange  changes)
{
  ChangedIdle *idle;

  if (changes == RELASI_STORE_CHANGE_NONE)
    return;

  if (g_thread_self () == self->owner_thread)
    {
      g_signal_emit (self, signals[CHANGED], 0, changes);
      return;
    }

  /* written from another thread: announce it where the store lives */
  idle = g_new0 (ChangedIdle, 1);
  idle->store = g_object_ref (self);
  idle->changes = changes;
  g_main_context_invoke (self->context, emit_changed_idle, idle);
}

/**
 * relasi_store_notify_external_change:
 * @self: a store
 * @changes: the tables another connection (a worker) changed
 *
 * Emits ::changed, so that lists refresh after background work.
 */
void
relasi_store_notify_external_change (RelasiStore       *self,
                                     RelasiStoreChange  changes)
{
  g_return_if_fail (RELASI_IS_STORE (self));

  self->health_fresh_at = 0;
  self->health_epoch++;
  if (self->batch_depth > 0)
    self->pending_changes |= changes;
  else
    emit_changed (self, changes);
}

void
relasi_store_mark_dirty (RelasiStore *self,
                         gint64       customer_id)
{
  if (customer_id > 0)
    g_hash_table_add (self->dirty_customers, g_memdup2 (&customer_id, sizeof customer_id));
}

/* A statement without parameters or rows (BEGIN, SAVEPOINT, ...), prepared once:
 * a batch runs one SAVEPOINT and one RELEASE per write. */
static gboolean
run_cached (RelasiStore  *self,
            const char   *sql,
            GError      **error)
{
  RelasiStmt *stmt = relasi_store_prepare (self, sql, error);

  return stmt != NULL && relasi_store_step_done (self, stmt, error);
}

/**
 * relasi_store_begin_read:
 * @self: a store, not inside a write
 * @error: return location for an error
 *
 * Starts a read transaction: the queries until relasi_store_end_read() see one
 * snapshot of the database, whatever other connections commit meanwhile.
 */
gboolean
relasi_store_begin_read (RelasiStore  *self,
                         GError      **error)
{
  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (!self->in_write && self->batch_depth == 0, FALSE);

  return run_cached (self, "BEGIN", error);
}

/**
 * relasi_store_end_read:
 * @self: a store after relasi_store_begin_read() (or a failed one: then nothing happens)
 */
void
relasi_store_end_read (RelasiStore *self)
{
  g_return_if_fail (RELASI_IS_STORE (self));

  if (!self->in_write && !sqlite3_get_autocommit (self->db))
    run_cached (self, "COMMIT", NULL);
}


gboolean
relasi_store_write_begin (RelasiStore  *self,
                          GError      **error)
{
  g_assert (!self->in_write);

  if (!run_cached (self, self->batch_depth > 0 ? "SAVEPOINT relasi_write" : "BEGIN IMMEDIATE", error))
    return FALSE;
  self->in_write = TRUE;
  return TRUE;
}

void
relasi_store_write_rollback (RelasiStore *self)
{
  g_assert (self->in_write);
  self->in_write = FALSE;

  if (self->batch_depth > 0)
    {
      if (!run_cached (self, "ROLLBACK TO relasi_write", NULL) ||
          !run_cached (self, "RELEASE relasi_write", NULL))
        g_warning ("Could not roll back a savepoint");
    }
  else
    {
      /* after some errors SQLite has rolled back already */
      if (!sqlite3_get_autocommit (self->db) && !relasi_store_exec (self, "ROLLBACK", NULL))
        g_warning ("Could not roll back a transaction");
      g_hash_table_remove_all (self->dirty_customers);
    }
}

gboolean
relasi_store_write_commit (RelasiStore        *self,
                           RelasiStoreChange   changes,
                           GError            **error)
{
  g_assert (self->in_write);

  if (self->batch_depth > 0)
    {
      if (!run_cached (self, "RELEASE relasi_write", error))
        {
          relasi_store_write_rollback (self);
          return FALSE;
        }
      self->in_write = FALSE;
      self->pending_changes |= changes;
      return TRUE;
    }

  if (g_hash_table_size (self->dirty_customers) > 0)
    {
      if (!relasi_store_refresh_health_for (self, self->dirty_customers, error))
        {
          relasi_store_write_rollback (self);
          return FALSE;
        }
      g_hash_table_remove_all (self->dirty_customers);
      changes |= RELASI_STORE_CHANGE_CUSTOMERS;
    }

  if (!run_cached (self, "COMMIT", error))
    {
      relasi_store_write_rollback (self);
      return FALSE;
    }
  self->in_write = FALSE;
  emit_changed (self, changes);
  return TRUE;
}

/**
 * relasi_store_batch_begin:
 * @self: a store
 * @error: return location for an error
 *
 * Groups the following writes into one transaction (an import, sample data). Each
 * write inside stays atomic on its own (a savepoint); ::changed is emitted once, at
 * relasi_store_batch_commit(). Batches do not nest.
 */
gboolean
relasi_store_batch_begin (RelasiStore  *self,
                          GError      **error)
{
  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->batch_depth == 0, FALSE);
  g_return_val_if_fail (!self->in_write, FALSE);

  /* Each write inside is a savepoint: keep its undo pages (the statement journal) in
   * memory rather than in a temporary file. */
  if (!relasi_store_exec (self, "PRAGMA temp_store = MEMORY", error))
    return FALSE;
  if (!run_cached (self, "BEGIN IMMEDIATE", error))
    {
      relasi_store_exec (self, "PRAGMA temp_store = DEFAULT", NULL);
      return FALSE;
    }
  if (!run_cached (self, "UPDATE meta SET value = (SELECT coalesce(max(id), 0) + 1 FROM interactions)"
                         " WHERE key = 'fts_deferred_interactions'", error) ||
      !run_cached (self, "UPDATE meta SET value = (SELECT coalesce(max(id), 0) + 1 FROM customers)"
                         " WHERE key = 'fts_deferred_customers'", error))
    {
      relasi_store_exec (self, "ROLLBACK", NULL);
      relasi_store_exec (self, "PRAGMA temp_store = DEFAULT", NULL);
      return FALSE;
    }
  self->batch_depth = 1;
  self->pending_changes = RELASI_STORE_CHANGE_NONE;
  return TRUE;
}

gboolean
relasi_store_batch_commit (RelasiStore  *self,
                           GError      **error)
{
  RelasiStoreChange changes;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->batch_depth == 1, FALSE);

  /* The rows the batch added go into the search indexes in one statement each (row by
   * row, FTS5 would write a tiny segment at every savepoint), in the same
   * transaction: a crash loses the rows and their index entries together. */
  if (!run_cached (self, "INSERT INTO interactions_fts (rowid, summary, details, customer_name)"
                         " SELECT (i.occurred_at << 30) | i.id, i.summary, i.details, c.name FROM interactions i"
                         " JOIN customers c ON c.id = i.customer_id"
                         " WHERE i.id >= (SELECT value FROM meta WHERE key = 'fts_deferred_interactions')"
                         /* FTS5 writes out its pending terms whenever a rowid is lower than
                          * the one before: in order, they are written once */
                         " ORDER BY 1", error) ||
      !run_cached (self, "INSERT INTO customers_fts (rowid, name, company, email, phone, tags, notes)"
                         " SELECT id, name, company, email, phone, tags, notes FROM customers"
                         " WHERE id >= (SELECT value FROM meta WHERE key = 'fts_deferred_customers')"
                         " ORDER BY id", error) ||
      !run_cached (self, "UPDATE meta SET value = " RELASI_SCHEMA_NO_DEFERRAL
                         " WHERE key IN ('fts_deferred_interactions', 'fts_deferred_customers')", error))
    {
      relasi_store_batch_rollback (self);
      return FALSE;
    }

  if (g_hash_table_size (self->dirty_customers) > 0)
    {
      if (!relasi_store_refresh_health_for (self, self->dirty_customers, error))
        {
          relasi_store_batch_rollback (self);
          return FALSE;
        }
      g_hash_table_remove_all (self->dirty_customers);
      self->pending_changes |= RELASI_STORE_CHANGE_CUSTOMERS;
    }

  if (!run_cached (self, "COMMIT", error))
    {
      relasi_store_batch_rollback (self);
      return FALSE;
    }

  self->batch_depth = 0;
  relasi_store_exec (self, "PRAGMA temp_store = DEFAULT", NULL);
  changes = self->pending_changes;
  self->pending_changes = RELASI_STORE_CHANGE_NONE;
  emit_changed (self, changes);
  return TRUE;
}

void
relasi_store_batch_rollback (RelasiStore *self)
{
  g_return_if_fail (RELASI_IS_STORE (self));
  g_return_if_fail (self->batch_depth == 1);

  if (!sqlite3_get_autocommit (self->db) && !relasi_store_exec (self, "ROLLBACK", NULL))
    g_warning ("Could not roll back a batch");
  relasi_store_exec (self, "PRAGMA temp_store = DEFAULT", NULL);
  self->batch_depth = 0;
  self->pending_changes = RELASI_STORE_CHANGE_NONE;
  g_hash_table_remove_all (self->dirty_customers);
}

/* ---- opening ------------------------------------------------------------------ */

typedef struct {
  gboolean exists;      /* a non-empty file is there */
  guint32  application_id;
  guint32  user_version;
} Inspection;

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static void
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *path)
{
  if (saved_errno == EACCES || saved_errno == EPERM || saved_errno == EROFS)
    g_set_error (error, RELASI_ERROR, RELASI_ERROR_PERMISSION,
                 _("Relasi is not allowed to open “%s”. Check the file’s permissions."), path);
  else
    g_set_error (error, RELASI_ERROR, RELASI_ERROR_FAILED,
                 _("Cannot open “%s”: %s"), path, g_strerror (saved_errno));
}

static void
set_not_a_database (GError     **error,
                    const char  *path)
{
  g_set_error (error, RELASI_ERROR, RELASI_ERROR_NOT_A_DATABASE,
               _("“%s” is not a Relasi database, or it is damaged. It was left untouched."), path);
}

static void
set_foreign (GError     **error,
             const char  *path)
{
  g_set_error (error, RELASI_ERROR, RELASI_ERROR_FOREIGN,
               _("“%s” is not a Relasi database: it belongs to another program. It was left untouched."),
               path);
}

static void
set_too_new (GError     **error,
             const char  *path,
             guint32      version)
{
  g_set_error (error, RELASI_ERROR, RELASI_ERROR_TOO_NEW,
               _("“%s” was written by a newer version of Relasi (database version %u; this version knows up to %d). Please update Relasi. The file was left untouched."),
               path, version, relasi_schema_get_version ());
}

/* Looks at the file without writing anything, not even a -wal or -shm file. */
static gboolean
inspect_file (const char  *path,
              Inspection  *out,
              GError     **error)
{
  GStatBuf st;
  guint8 header[100];
  ssize_t n;
  int fd;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *wal = NULL;
  int rc;
  gint64 n_objects = 0;

  memset (out, 0, sizeof *out);

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        return TRUE;
      set_errno_error (error, saved_errno, path);
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    {
      set_not_a_database (error, path);
      return FALSE;
    }

  if (st.st_size == 0)
    return TRUE;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      set_errno_error (error, errno, path);
      return FALSE;
    }
  n = read (fd, header, sizeof header);
  close (fd);

  if (n < (ssize_t) sizeof header || memcmp (header, SQLITE_MAGIC, sizeof SQLITE_MAGIC) != 0)
    {
      set_not_a_database (error, path);
      return FALSE;
    }

  out->exists = TRUE;
  out->user_version = read_be32 (header + 60);
  out->application_id = read_be32 (header + 68);

  if (out->application_id != RELASI_APPLICATION_ID && out->application_id != 0)
    {
      set_foreign (error, path);
      return FALSE;
    }
  if (out->application_id == 0 && out->user_version != 0)
    {
      set_foreign (error, path);
      return FALSE;
    }
  if (out->user_version > (guint32) relasi_schema_get_version ())
    {
      set_too_new (error, path, out->user_version);
      return FALSE;
    }

  /* A truncated file: shorter than the page count its header claims (only trusted
   * when no WAL holds newer pages). */
  wal = g_strconcat (path, "-wal", NULL);
  if (!g_file_test (wal, G_FILE_TEST_EXISTS) &&
      read_be32 (header + 24) == read_be32 (header + 92))
    {
      guint32 page_size = ((guint32) header[16] << 8) | header[17];
      guint64 pages = read_be32 (header + 28);

      if (page_size == 1)
        page_size = 65536;
      if (pages * page_size > (guint64) st.st_size)
        {
          set_not_a_database (error, path);
          return FALSE;
        }
    }

  escaped = g_uri_escape_string (path, "/", FALSE);
  uri = g_strconcat ("file:", escaped, "?immutable=1", NULL);
  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "SELECT count(*) FROM sqlite_schema", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          n_objects = sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  /* A crash in the middle of a checkpoint leaves the file behind its WAL: the header
   * already counts pages that are only in the WAL yet, and a look without the WAL finds
   * it damaged. Our own file with a WAL goes on to the real open, which reads (and
   * recovers) it through the WAL; the checks after that open decide. */
  if (rc != SQLITE_OK && out->application_id == RELASI_APPLICATION_ID &&
      g_file_test (wal, G_FILE_TEST_EXISTS) &&
      ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB))
    return TRUE;

  if (rc != SQLITE_OK)
    {
      if ((rc & 0xff) == SQLITE_CANTOPEN || (rc & 0xff) == SQLITE_PERM)
        g_set_error (error, RELASI_ERROR, RELASI_ERROR_PERMISSION,
                     _("Relasi is not allowed to open “%s”. Check the file’s permissions."), path);
      else
        set_not_a_database (error, path);
      return FALSE;
    }

  /* An SQLite file without our application_id that holds tables is someone else's. */
  if (out->application_id == 0 && n_objects > 0)
    {
      set_foreign (error, path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
pragma_int (RelasiStore  *self,
            const char   *sql,
            gint64       *value,
            GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  *value = 0;
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_OK;
        }
      else if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    {
      relasi_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

static char *
timestamp_for_file (void)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (relasi_clock_now ());

  return g_date_time_format (dt, "%Y%m%dT%H%M%SZ");
}

static gboolean
backup_connection (sqlite3     *src,
                   const char  *dest_path,
                   GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (dest_path);
  g_autofree char *tmp = g_strconcat (dest_path, ".part", NULL);
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int fd;
  int rc;

  if (!relasi_ensure_private_dir (dir, error))
    return FALSE;

  fd = g_open (tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      set_errno_error (error, errno, tmp);
      return FALSE;
    }
  close (fd);

  rc = sqlite3_open_v2 (tmp, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", src, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (dest);
      else
        {
          do
            {
              rc = sqlite3_backup_step (backup, -1);
              if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep (50);
            }
          while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
          if (sqlite3_backup_finish (backup) != SQLITE_OK && rc == SQLITE_OK)
            rc = sqlite3_errcode (dest);
        }
    }

  if (rc != SQLITE_OK)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_FAILED,
                   _("Could not make a backup in “%s”: %s"), dest_path,
                   dest != NULL ? sqlite3_errmsg (dest) : sqlite3_errstr (rc));
      sqlite3_close (dest);
      g_unlink (tmp);
      return FALSE;
    }

  sqlite3_close (dest);
  if (g_rename (tmp, dest_path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp);
      set_errno_error (error, saved_errno, dest_path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
migrate (RelasiStore  *self,
         gboolean      existed,
         GError      **error)
{
  const RelasiSchemaStep *steps[2];
  guint n_steps[2];
  gint64 current;
  int latest = relasi_schema_get_version ();

  if (!pragma_int (self, "PRAGMA user_version", &current, error))
    return FALSE;
  if (current >= latest)
    return TRUE;

  if (existed)
    {
      g_autofree char *stamp = timestamp_for_file ();
      g_autofree char *name = g_strdup_printf ("relasi-%s-before-v%d.db", stamp, latest);
      g_autofree char *dest = g_build_filename (self->data_dir, "backups", name, NULL);

      if (!backup_connection (self->db, dest, error))
        {
          g_prefix_error (error, _("The database was not upgraded, because no backup could be made. "));
          return FALSE;
        }
    }

  steps[0] = relasi_schema_get_steps (&n_steps[0]);
  steps[1] = relasi_schema_get_extra_steps (&n_steps[1]);

  for (guint s = 0; s < 2; s++)
    for (guint i = 0; i < n_steps[s]; i++)
      {
        const RelasiSchemaStep *step = &steps[s][i];
        g_autofree char *bump = NULL;
        g_autoptr(GError) local_error = NULL;

        if (step->version <= current)
          continue;

        bump = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d;",
                                RELASI_APPLICATION_ID, step->version);
        if (!relasi_store_exec (self, "BEGIN IMMEDIATE", error))
          return FALSE;
        if (!relasi_store_exec (self, step->sql, &local_error) ||
            !relasi_store_exec (self, bump, &local_error) ||
            !relasi_store_exec (self, "COMMIT", &local_error))
          {
            if (!sqlite3_get_autocommit (self->db))
              relasi_store_exec (self, "ROLLBACK", NULL);
            g_set_error (error, RELASI_ERROR, RELASI_ERROR_FAILED,
                         _("Could not upgrade the database to version %d: %s"),
                         step->version, local_error->message);
            return FALSE;
          }
        current = step->version;
      }

  return TRUE;
}

static gboolean
load_settings (RelasiStore  *self,
               GError      **error)
{
  g_autoptr(RelasiStmt) stmt = NULL;
  gint64 value;

  stmt = relasi_store_prepare (self, "SELECT value FROM meta WHERE key = 'stay_in_touch_days'", error);
  if (stmt == NULL || !relasi_store_query_int64 (self, stmt, &value, error))
    return FALSE;
  if (value > 0)
    self->stay_in_touch_days = (int) value;
  return TRUE;
}

/* relasi_word_prefix(prefix, text, ...): whether a word of one of the texts starts
 * with the prefix (folded with relasi_search_fold()); see
 * relasi_search_build_journal_query(). */
static void
word_prefix_func (sqlite3_context  *context,
                  int               argc,
                  sqlite3_value   **argv)
{
  const char *prefix;

  if (argc < 2 || (prefix = (const char *) sqlite3_value_text (argv[0])) == NULL)
    {
      sqlite3_result_int (context, 0);
      return;
    }
  for (int i = 1; i < argc; i++)
    if (relasi_search_has_word_prefix ((const char *) sqlite3_value_text (argv[i]), prefix))
      {
        sqlite3_result_int (context, 1);
        return;
      }
  sqlite3_result_int (context, 0);
}

/* SQLite keeps memory statistics under a global mutex on every allocation unless told
 * not to before it starts: nothing here reads them, and a batch allocates a lot. */
static void
configure_sqlite_once (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      /* SQLITE_MISUSE when something in the process started SQLite already: fine */
      sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0);
      g_once_init_leave (&done, 1);
    }
}

/* relasi_text_matches(pattern, text, ...): whether the row's texts hold every word of
 * a relasi_search_build_match_pattern() pattern. */
static void
text_matches_func (sqlite3_context  *context,
                   int               argc,
                   sqlite3_value   **argv)
{
  const char *texts[8];
  const char *pattern;
  guint n = 0;

  if (argc < 2 || argc > 9 || (pattern = (const char *) sqlite3_value_text (argv[0])) == NULL)
    {
      sqlite3_result_int (context, 0);
      return;
    }
  for (int i = 1; i < argc; i++)
    texts[n++] = (const char *) sqlite3_value_text (argv[i]);
  sqlite3_result_int (context, relasi_search_matches (pattern, texts, n));
}

static gboolean
open_connection (RelasiStore  *self,
                 gboolean      create,
                 GError      **error)
{
  Inspection insp;
  gint64 app_id, version;
  g_autofree char *mode = NULL;
  int rc;

  configure_sqlite_once ();

  if (!relasi_ensure_private_dir (self->data_dir, error))
    return FALSE;

  /* A worker opens a file its main store has open and has looked at already. Looking
   * again would be harmful: closing any descriptor of the file in this process drops
   * every POSIX lock the process holds on it, the main connection's included, and
   * another process could then take the database for unused (and reset its WAL under
   * us). SQLite's own opens in one process share their locks safely. */
  if (self->is_worker)
    {
      memset (&insp, 0, sizeof insp);
      insp.exists = TRUE;
    }
  else if (!inspect_file (self->path, &insp, error))
    return FALSE;

  if (!insp.exists && !create)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_NOT_FOUND,
                   _("There is no database in “%s”."), self->data_dir);
      return FALSE;
    }

  if (!insp.exists)
    {
      int fd = g_open (self->path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);

      if (fd < 0)
        {
          set_errno_error (error, errno, self->path);
          return FALSE;
        }
      close (fd);
    }
  else if (g_access (self->path, R_OK | W_OK) != 0 || g_access (self->data_dir, W_OK) != 0)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_PERMISSION,
                   _("Relasi is not allowed to change “%s”. Check the permissions of the file and its folder."),
                   self->path);
      return FALSE;
    }

  rc = sqlite3_open_v2 (self->path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      relasi_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }

  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);

  /* Again, through SQLite, which also sees pages still in the WAL. */
  if (!pragma_int (self, "PRAGMA application_id", &app_id, error) ||
      !pragma_int (self, "PRAGMA user_version", &version, error))
    return FALSE;
  if (app_id != RELASI_APPLICATION_ID && (app_id != 0 || version != 0))
    {
      set_foreign (error, self->path);
      return FALSE;
    }
  if (version > relasi_schema_get_version ())
    {
      set_too_new (error, self->path, (guint32) version);
      return FALSE;
    }

  {
    sqlite3_stmt *stmt = NULL;

    rc = sqlite3_prepare_v2 (self->db, "PRAGMA journal_mode = WAL", -1, &stmt, NULL);
    if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
      mode = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    else
      rc = sqlite3_errcode (self->db);
    sqlite3_finalize (stmt);
    if (mode == NULL || g_ascii_strcasecmp (mode, "wal") != 0)
      {
        relasi_store_set_sqlite_error (self, rc != SQLITE_OK ? rc : SQLITE_CANTOPEN, error);
        return FALSE;
      }
  }

  if (!relasi_store_exec (self, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
                                RELASI_STORE_CACHE_PRAGMA, error))
    return FALSE;

  rc = sqlite3_create_function_v2 (self->db, "relasi_word_prefix", -1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                   NULL, word_prefix_func, NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function_v2 (self->db, "relasi_text_matches", -1,
                                     SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                     NULL, text_matches_func, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      relasi_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

/**
 * relasi_store_open:
 * @data_dir: (nullable): the folder of the database, %NULL for relasi_data_dir()
 * @error: return location for an error
 *
 * Opens <data_dir>/relasi.db, creating it when there is none (or it is empty), and
 * upgrades an older database after making a backup. A file that is not a database
 * (%RELASI_ERROR_NOT_A_DATABASE), belongs to another program (%RELASI_ERROR_FOREIGN),
 * comes from a newer Relasi (%RELASI_ERROR_TOO_NEW) or may not be opened
 * (%RELASI_ERROR_PERMISSION) is left exactly as it was.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
RelasiStore *
relasi_store_open (const char  *data_dir,
                   GError     **error)
{
  g_autoptr(RelasiStore) self = g_object_new (RELASI_TYPE_STORE, NULL);
  Inspection insp;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self->data_dir = data_dir != NULL ? g_strdup (data_dir) : relasi_data_dir ();
  self->path = g_build_filename (self->data_dir, "relasi.db", NULL);
  self->context = g_main_context_ref_thread_default ();
  self->owner_thread = g_thread_self ();

  if (!open_connection (self, TRUE, error))
    return NULL;

  /* inspect_file() passed inside open_connection(); ask again only whether it had
   * content, to decide about the backup */
  {
    gint64 page_count = 0, version = 0;

    if (!pragma_int (self, "PRAGMA user_version", &version, error) ||
        !pragma_int (self, "PRAGMA page_count", &page_count, error))
      return NULL;
    insp.exists = page_count > 0 && (version > 0 || page_count > 1);
  }

  /* Health scores are brought up to date by whoever reads them
   * (relasi_store_refresh_health_if_stale() from the lists and the summary), not here:
   * commands that never look at health (--check-reminders) open at once. */
  if (!migrate (self, insp.exists, error) ||
      !load_settings (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * relasi_store_open_for_worker:
 * @self: the main store
 * @error: return location for an error
 *
 * Opens a second connection to the same database, for a GTask thread. Use it only on
 * that thread; when done, call relasi_store_notify_external_change() on @self.
 *
 * Returns: (transfer full): a store of its own, or %NULL with @error set
 */
RelasiStore *
relasi_store_open_for_worker (RelasiStore  *self,
                              GError      **error)
{
  g_autoptr(RelasiStore) worker = NULL;

  g_return_val_if_fail (RELASI_IS_STORE (self), NULL);

  worker = g_object_new (RELASI_TYPE_STORE, NULL);
  worker->data_dir = g_strdup (self->data_dir);
  worker->path = g_strdup (self->path);
  worker->context = g_main_context_ref_thread_default ();
  worker->owner_thread = g_thread_self ();
  worker->is_worker = TRUE;
  worker->thank_you_after_days = self->thank_you_after_days;
  worker->complaint_answer_hours = self->complaint_answer_hours;

  if (!open_connection (worker, FALSE, error) ||
      !load_settings (worker, error))
    return NULL;

  worker->health_fresh_at = relasi_clock_now ();
  return g_steal_pointer (&worker);
}

const char *
relasi_store_get_data_dir (RelasiStore *self)
{
  g_return_val_if_fail (RELASI_IS_STORE (self), NULL);
  return self->data_dir;
}

const char *
relasi_store_get_path (RelasiStore *self)
{
  g_return_val_if_fail (RELASI_IS_STORE (self), NULL);
  return self->path;
}

int
relasi_store_get_thank_you_after_days (RelasiStore *self)
{
  g_return_val_if_fail (RELASI_IS_STORE (self), 0);
  return self->thank_you_after_days;
}

int
relasi_store_get_complaint_answer_hours (RelasiStore *self)
{
  g_return_val_if_fail (RELASI_IS_STORE (self), 0);
  return self->complaint_answer_hours;
}

int
relasi_store_get_stay_in_touch_days (RelasiStore *self)
{
  g_return_val_if_fail (RELASI_IS_STORE (self), 0);
  return self->stay_in_touch_days;
}

static void
set_field_error (GError     **error,
                 const char  *field,
                 const char  *message)
{
  GError *e = g_error_new_literal (RELASI_ERROR, RELASI_ERROR_INVALID, message);

  relasi_error_set_field (e, field);
  g_propagate_error (error, e);
}

/**
 * relasi_store_set_rules:
 * @self: a store
 * @thank_you_after_days: a purchase or meeting owes a thank-you after this many days (0 .. 365)
 * @complaint_answer_hours: a complaint must be answered within this many hours (1 .. 720)
 * @stay_in_touch_days: the default cadence; a customer without contact for longer is
 *   drifting (1 .. 3650)
 * @error: return location for an error
 *
 * The settings the rules follow; the app passes them from GSettings. They apply to
 * what is logged from now on; the default cadence applies at once.
 */
gboolean
relasi_store_set_rules (RelasiStore  *self,
                        int           thank_you_after_days,
                        int           complaint_answer_hours,
                        int           stay_in_touch_days,
                        GError      **error)
{
  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);

  if (thank_you_after_days < 0 || thank_you_after_days > 365)
    {
      set_field_error (error, "thank-you-after-days", _("Thank-yous can be owed after 0 to 365 days."));
      return FALSE;
    }
  if (complaint_answer_hours < 1 || complaint_answer_hours > 720)
    {
      set_field_error (error, "complaint-answer-hours", _("Complaints must be answered within 1 to 720 hours."));
      return FALSE;
    }
  if (stay_in_touch_days < 1 || stay_in_touch_days > 3650)
    {
      set_field_error (error, "stay-in-touch-days", _("Stay in touch every 1 to 3650 days."));
      return FALSE;
    }

  self->thank_you_after_days = thank_you_after_days;
  self->complaint_answer_hours = complaint_answer_hours;

  if (stay_in_touch_days != self->stay_in_touch_days)
    {
      g_autoptr(RelasiStmt) meta = NULL;
      g_autoptr(RelasiStmt) drift = NULL;

      if (!relasi_store_write_begin (self, error))
        return FALSE;
      meta = relasi_store_prepare (self, "UPDATE meta SET value = ?1 WHERE key = 'stay_in_touch_days'", error);
      if (meta != NULL)
        sqlite3_bind_int (meta, 1, stay_in_touch_days);
      if (meta == NULL || !relasi_store_step_done (self, meta, error))
        {
          relasi_store_write_rollback (self);
          return FALSE;
        }
      drift = relasi_store_prepare (self,
                                    "UPDATE customers SET drift_at = max(last_contact_at, created_at) + 86400 * ?1"
                                    " WHERE cadence_days = 0", error);
      if (drift != NULL)
        sqlite3_bind_int (drift, 1, stay_in_touch_days);
      if (drift == NULL || !relasi_store_step_done (self, drift, error))
        {
          relasi_store_write_rollback (self);
          return FALSE;
        }
      self->stay_in_touch_days = stay_in_touch_days;
      self->health_fresh_at = 0;
      self->health_epoch++;
      if (!relasi_store_write_commit (self, RELASI_STORE_CHANGE_CUSTOMERS, error))
        {
          self->stay_in_touch_days = (int) 0;
          load_settings (self, NULL);
          return FALSE;
        }
    }

  return TRUE;
}

/* ---- backups ------------------------------------------------------------------ */

/**
 * relasi_store_backup:
 * @self: a store
 * @dest_path: the file to write (replaced atomically if it exists)
 * @error: return location for an error
 *
 * Copies the whole database with the SQLite backup API; the copy is readable by the
 * owner only.
 */
gboolean
relasi_store_backup (RelasiStore  *self,
                     const char   *dest_path,
                     GError      **error)
{
  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);
  g_return_val_if_fail (!self->in_write && self->batch_depth == 0, FALSE);

  return backup_connection (self->db, dest_path, error);
}

static int
compare_names_desc (gconstpointer a,
                    gconstpointer b)
{
  return -g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * relasi_store_daily_backup:
 * @self: a store
 * @keep: how many daily backups to keep (at least 1)
 * @error: return location for an error
 *
 * Makes today's backup <data dir>/backups/relasi-daily-YYYY-MM-DD.db (local date)
 * unless it exists, then deletes the oldest daily backups beyond @keep.
 *
 * Returns: (transfer full): the path of today's backup, or %NULL with @error set
 */
char *
relasi_store_daily_backup (RelasiStore  *self,
                           guint         keep,
                           GError      **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *day = NULL;
  g_autofree char *name = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *dest = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *entry;

  g_return_val_if_fail (RELASI_IS_STORE (self), NULL);
  g_return_val_if_fail (keep > 0, NULL);

  now = relasi_clock_now_local ();
  day = g_date_time_format (now, "%Y-%m-%d");
  name = g_strdup_printf ("relasi-daily-%s.db", day);
  dir = g_build_filename (self->data_dir, "backups", NULL);
  dest = g_build_filename (dir, name, NULL);

  if (!g_file_test (dest, G_FILE_TEST_EXISTS) && !relasi_store_backup (self, dest, error))
    return NULL;

  listing = g_dir_open (dir, 0, error);
  if (listing == NULL)
    return NULL;

  names = g_ptr_array_new_with_free_func (g_free);
  while ((entry = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (entry, "relasi-daily-") && g_str_has_suffix (entry, ".db"))
      g_ptr_array_add (names, g_strdup (entry));
  g_ptr_array_sort (names, compare_names_desc);

  for (guint i = keep; i < names->len; i++)
    {
      g_autofree char *old = g_build_filename (dir, g_ptr_array_index (names, i), NULL);

      if (g_unlink (old) != 0)
        g_warning ("Could not remove the old backup %s: %s", old, g_strerror (errno));
    }

  return g_steal_pointer (&dest);
}

/**
 * relasi_store_check_integrity:
 * @self: a store
 * @error: return location for an error
 *
 * Runs PRAGMA integrity_check (slow on a big database: run it in a worker).
 *
 * Returns: %TRUE when the database is sound
 */
gboolean
relasi_store_check_integrity (RelasiStore  *self,
                              GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  int rc;

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);

  rc = sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check(20)", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      rc = SQLITE_OK;
      if (g_strcmp0 (line, "ok") != 0)
        g_string_append_printf (problems, "%s\n", line);
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_OK)
    {
      relasi_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  if (problems->len > 0)
    {
      g_set_error (error, RELASI_ERROR, RELASI_ERROR_NOT_A_DATABASE,
                   _("The database is damaged:\n%s"), problems->str);
      return FALSE;
    }
  return TRUE;
}

/**
 * relasi_store_get_counts:
 * @self: a store
 * @counts: (out): the number of rows per table, soft-deleted ones included
 * @error: return location for an error
 */
gboolean
relasi_store_get_counts (RelasiStore        *self,
                         RelasiStoreCounts  *counts,
                         GError            **error)
{
  static const char *const sql[] = {
    "SELECT count(*) FROM customers",
    "SELECT count(*) FROM interactions",
    "SELECT count(*) FROM reminders",
    "SELECT count(*) FROM cases",
  };
  gint64 *fields[] = { &counts->customers, &counts->interactions, &counts->reminders, &counts->cases };

  g_return_val_if_fail (RELASI_IS_STORE (self), FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (sql); i++)
    {
      g_autoptr(RelasiStmt) stmt = relasi_store_prepare (self, sql[i], error);

      if (stmt == NULL || !relasi_store_query_int64 (self, stmt, fields[i], error))
        return FALSE;
    }
  return TRUE;
}
