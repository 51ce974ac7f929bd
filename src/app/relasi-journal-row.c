/* relasi-journal-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "relasi-journal-row.h"

#include "relasi-due-format.h"
#include "relasi-search.h"

#define HOUR 3600
#define DAY  86400

struct _RelasiJournalRow
{
  GtkWidget          parent_instance;

  GtkWidget         *content;
  GtkLabel          *customer_label;
  GtkLabel          *day_label;
  GtkImage          *kind_icon;
  GtkLabel          *kind_label;
  GtkImage          *sentiment_icon;
  GtkLabel          *state_label;
  GtkLabel          *summary_label;
  GtkLabel          *time_label;

  RelasiInteraction *entry;
  const char        *kind_class;
  const char        *state_class;
};

G_DEFINE_FINAL_TYPE (RelasiJournalRow, relasi_journal_row, GTK_TYPE_WIDGET)

static const struct {
  const char *icon;
  const char *style;
} kind_styles[RELASI_N_INTERACTION_KINDS] = {
  [RELASI_INTERACTION_KIND_NOTE]      = { "x-office-document-symbolic", "kind-contact" },
  [RELASI_INTERACTION_KIND_CALL]      = { "call-start-symbolic", "kind-contact" },
  [RELASI_INTERACTION_KIND_MEETING]   = { "system-users-symbolic", "kind-contact" },
  [RELASI_INTERACTION_KIND_EMAIL]     = { "mail-unread-symbolic", "kind-contact" },
  [RELASI_INTERACTION_KIND_MESSAGE]   = { "chat-message-new-symbolic", "kind-contact" },
  [RELASI_INTERACTION_KIND_PURCHASE]  = { "emblem-documents-symbolic", "kind-purchase" },
  [RELASI_INTERACTION_KIND_COMPLAINT] = { "dialog-warning-symbolic", "kind-problem" },
  [RELASI_INTERACTION_KIND_FEEDBACK]  = { "mail-replied-symbolic", "kind-care" },
  [RELASI_INTERACTION_KIND_IDEA]      = { "starred-symbolic", "kind-care" },
  [RELASI_INTERACTION_KIND_THANK_YOU] = { "emblem-favorite-symbolic", "kind-care" },
  [RELASI_INTERACTION_KIND_PROMISE]   = { "appointment-soon-symbolic", "kind-promise" },
  [RELASI_INTERACTION_KIND_MISTAKE]   = { "error-correct-symbolic", "kind-problem" },
};

const char *
relasi_journal_kind_icon_name (RelasiInteractionKind kind)
{
  return (guint) kind < RELASI_N_INTERACTION_KINDS ? kind_styles[kind].icon : "x-office-document-symbolic";
}

const char *
relasi_journal_kind_style_class (RelasiInteractionKind kind)
{
  return (guint) kind < RELASI_N_INTERACTION_KINDS ? kind_styles[kind].style : "kind-contact";
}

/* ---- search highlighting -------------------------------------------------------- */

static gboolean
is_word_char (gunichar c)
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
      return TRUE;
    default:
      return FALSE;
    }
}

/**
 * relasi_journal_search_tokens:
 * @text: (nullable): what the person typed
 *
 * The words the full-text search looks for (the same split as relasi-search.c), in
 * lower case, at most %RELASI_SEARCH_MAX_TOKENS.
 *
 * Returns: (transfer full): a %NULL-terminated array, empty for no search
 */
char **
relasi_journal_search_tokens (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GString) token = g_string_new (NULL);
  guint n_tokens = 0, n_chars = 0;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_strv_builder_end (builder);

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean end = *p == '\0' || n_chars >= RELASI_SEARCH_MAX_CHARS;

      if (end || !is_word_char (c))
        {
          if (token->len > 0 && n_tokens < RELASI_SEARCH_MAX_TOKENS)
            {
              g_strv_builder_add (builder, token->str);
              n_tokens++;
            }
          g_string_truncate (token, 0);
          if (end)
            break;
        }
      else
        g_string_append_unichar (token, g_unichar_tolower (c));
      n_chars++;
    }
  return g_strv_builder_end (builder);
}

/* Length in bytes of the match of @token at @p (a word start), or 0. */
static gsize
match_at (const char *p,
          const char *token)
{
  const char *start = p;

  while (*token != '\0')
    {
      if (*p == '\0' || g_unichar_tolower (g_utf8_get_char (p)) != g_utf8_get_char (token))
        return 0;
      p = g_utf8_next_char (p);
      token = g_utf8_next_char (token);
    }
  return p - start;
}

/**
 * relasi_journal_highlight:
 * @text: (nullable): any text (escaped here)
 * @tokens: (nullable): lower-case words from relasi_journal_search_tokens()
 *
 * Returns: (transfer full): Pango markup of @text with the words that start with a
 *   token highlighted, as the full-text search matches them (prefixes of words)
 */
char *
relasi_journal_highlight (const char         *text,
                          const char * const *tokens)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *valid = NULL;
  const char *p, *plain;
  gboolean word_start = TRUE;

  if (text == NULL)
    return g_strdup ("");
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);
  if (tokens == NULL || tokens[0] == NULL)
    return g_markup_escape_text (text, -1);

  for (p = plain = text; *p != '\0'; )
    {
      gunichar c = g_utf8_get_char (p);
      gsize best = 0;

      if (word_start && is_word_char (c))
        for (guint t = 0; tokens[t] != NULL; t++)
          best = MAX (best, match_at (p, tokens[t]));

      if (best > 0)
        {
          g_autofree char *before = g_markup_escape_text (plain, p - plain);
          g_autofree char *match = g_markup_escape_text (p, best);

          g_string_append (out, before);
          g_string_append_printf (out, "<span bgcolor=\"#f6d32d\" bgalpha=\"45%%\" weight=\"bold\">%s</span>",
                                  match);
          p += best;
          plain = p;
          word_start = FALSE;
          continue;
        }

      word_start = !is_word_char (c);
      p = g_utf8_next_char (p);
    }
  {
    g_autofree char *rest = g_markup_escape_text (plain, -1);
    g_string_append (out, rest);
  }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* @text on @label, with the search words marked; as plain text (no markup to parse,
 * which was a sixth of binding a row) when none is in it. */
static void
set_highlighted (GtkLabel           *label,
                 const char         *text,
                 const char * const *tokens)
{
  g_autofree char *markup = NULL;

  if (text == NULL)
    text = "";
  if ((tokens == NULL || tokens[0] == NULL) && g_utf8_validate (text, -1, NULL))
    {
      gtk_label_set_text (label, text);
      return;
    }
  markup = relasi_journal_highlight (text, tokens);
  /* escaped text has no "<": a span is a word marked */
  if (strstr (markup, "<span") == NULL && g_utf8_validate (text, -1, NULL))
    gtk_label_set_text (label, text);
  else
    gtk_label_set_markup (label, markup);
}

/* ---- dates ---------------------------------------------------------------------- */

/**
 * relasi_journal_format_day:
 * @utc: a moment
 * @now: the current time
 *
 * Returns: (transfer full): "Today", "Yesterday", or the date in the user's language
 */
char *
relasi_journal_format_day (gint64 utc,
                           gint64 now)
{
  /* this runs for every row bound (about 200 after each search): day numbers, and a
   * GDateTime only for a date to write out */
  gint64 day = relasi_local_day_number (utc);
  gint64 today = relasi_local_day_number (now);
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) local_now = NULL;

  if (day == today)
    return g_strdup (_("Today"));
  if (day == today - 1)
    return g_strdup (_("Yesterday"));
  local = g_date_time_new_from_unix_local (utc);
  local_now = g_date_time_new_from_unix_local (now);
  if (local == NULL || local_now == NULL)
    return g_strdup ("");
  if (g_date_time_get_year (local) == g_date_time_get_year (local_now))
    /* TRANSLATORS: a day header in the journal this year, see strftime(3) */
    return g_date_time_format (local, _("%A, %-e %B"));
  /* TRANSLATORS: a day header in the journal in another year, see strftime(3) */
  return g_date_time_format (local, _("%A, %-e %B %Y"));
}

static char *
format_age (gint64 seconds)
{
  if (seconds < HOUR)
    {
      int minutes = (int) MAX (seconds / 60, 1);
      /* TRANSLATORS: a short duration */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d min", "%d min", minutes), minutes);
    }
  if (seconds < 2 * DAY)
    {
      int hours = (int) (seconds / HOUR);
      /* TRANSLATORS: a short duration in hours */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d h", "%d h", hours), hours);
    }
  {
    int days = (int) (seconds / DAY);
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", days), days);
  }
}

static char *
format_short_date (gint64 utc,
                   gint64 now)
{
  g_autoptr(GDateTime) local = NULL;

  if (relasi_local_day_number (utc) == relasi_local_day_number (now))
    return g_strdup (_("today"));
  local = g_date_time_new_from_unix_local (utc);
  if (local == NULL)
    return g_strdup ("");
  if (ABS (utc - now) < 6 * DAY)
    /* TRANSLATORS: a weekday ("Thu"), see strftime(3) */
    return g_date_time_format (local, _("%a"));
  /* TRANSLATORS: a short date ("5 Mar"), see strftime(3) */
  return g_date_time_format (local, _("%-e %b"));
}

/* ---- the row -------------------------------------------------------------------- */

static void
set_state (RelasiJournalRow *self,
           char             *text,
           const char       *style)
{
  if (self->state_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->state_label), self->state_class);
  self->state_class = style;
  gtk_widget_set_visible (GTK_WIDGET (self->state_label), text != NULL);
  gtk_label_set_text (self->state_label, text != NULL ? text : "");
  if (style != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->state_label), style);
  g_free (text);
}

static void
update_state (RelasiJournalRow           *self,
              const RelasiEntryCaseState *state,
              gint64                      now)
{
  RelasiInteraction *e = self->entry;
  gint64 occurred = relasi_interaction_get_occurred_at (e);

  switch (relasi_interaction_get_kind (e))
    {
    case RELASI_INTERACTION_KIND_COMPLAINT:
      if (state == NULL || state->case_id == 0)
        set_state (self, NULL, NULL);
      else if (state->resolved_at != 0)
        set_state (self, g_strdup (_("Resolved")), "success");
      else if (state->answered_at != 0)
        set_state (self, g_strdup (_("Answered")), "neutral");
      else
        {
          g_autofree char *age = format_age (MAX (now - occurred, 0));
          /* TRANSLATORS: a complaint's state; %s is how long, e.g. "30 h" */
          set_state (self, g_strdup_printf (_("Awaiting answer · %s"), age),
                     state->answer_due_at != 0 && now > state->answer_due_at ? "error" : "warning");
        }
      break;

    case RELASI_INTERACTION_KIND_MISTAKE:
      if (state == NULL || state->case_id == 0)
        set_state (self, NULL, NULL);
      else if (state->resolved_at != 0)
        set_state (self, g_strdup (_("Repaired")), "success");
      else
        set_state (self, g_strdup (_("Being repaired")), "warning");
      break;

    case RELASI_INTERACTION_KIND_PROMISE:
      {
        gint64 due = relasi_interaction_get_due_at (e);
        g_autofree char *when = format_short_date (due, now);

        switch (relasi_interaction_get_outcome (e))
          {
          case RELASI_PROMISE_OUTCOME_KEPT:
            set_state (self, g_strdup (_("Kept")), "success");
            break;
          case RELASI_PROMISE_OUTCOME_LATE:
            set_state (self, g_strdup (_("Kept late")), "warning");
            break;
          case RELASI_PROMISE_OUTCOME_BROKEN:
            set_state (self, g_strdup (_("Broken")), "error");
            break;
          case RELASI_PROMISE_OUTCOME_RENEGOTIATED:
            /* TRANSLATORS: a promise's state; %s is a day ("Thu", "5 Mar") */
            set_state (self, g_strdup_printf (_("Renegotiated · due %s"), when),
                       due < now ? "error" : "warning");
            break;
          case RELASI_PROMISE_OUTCOME_NONE:
          default:
            if (due < now)
              /* TRANSLATORS: a promise's state; %s is a day ("Thu", "5 Mar") */
              set_state (self, g_strdup_printf (_("Overdue since %s"), when), "error");
            else
              /* TRANSLATORS: a promise's state; %s is a day ("Thu", "5 Mar") */
              set_state (self, g_strdup_printf (_("Due %s"), when), "neutral");
            break;
          }
      }
      break;

    case RELASI_INTERACTION_KIND_NOTE:
    case RELASI_INTERACTION_KIND_CALL:
    case RELASI_INTERACTION_KIND_MEETING:
    case RELASI_INTERACTION_KIND_EMAIL:
    case RELASI_INTERACTION_KIND_MESSAGE:
    case RELASI_INTERACTION_KIND_PURCHASE:
    case RELASI_INTERACTION_KIND_FEEDBACK:
    case RELASI_INTERACTION_KIND_IDEA:
    case RELASI_INTERACTION_KIND_THANK_YOU:
    default:
      set_state (self, NULL, NULL);
      break;
    }
}

static const char *
sentiment_label (int sentiment)
{
  switch (sentiment)
    {
    case -2: return _("Very unhappy");
    case -1: return _("Unhappy");
    case 1: return _("Happy");
    case 2: return _("Very happy");
    default: return _("Neutral");
    }
}

static void
update_sentiment (RelasiJournalRow *self,
                  int               sentiment)
{
  static const char * const icons[] = {
    "face-angry-symbolic", "face-sad-symbolic", NULL, "face-smile-symbolic", "face-smile-big-symbolic",
  };
  const char *icon = sentiment >= -2 && sentiment <= 2 ? icons[sentiment + 2] : NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->sentiment_icon), icon != NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->sentiment_icon), "positive");
  gtk_widget_remove_css_class (GTK_WIDGET (self->sentiment_icon), "negative");
  if (icon == NULL)
    return;
  gtk_image_set_from_icon_name (self->sentiment_icon, icon);
  gtk_widget_add_css_class (GTK_WIDGET (self->sentiment_icon), sentiment > 0 ? "positive" : "negative");
  /* the tooltip is asked for (query-tooltip): setting its text on every bind would ask
   * the X server where the pointer is, for each row */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sentiment_icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, sentiment_label (sentiment), -1);
}

static gboolean
on_sentiment_query_tooltip (GtkWidget  *widget,
                            int         x,
                            int         y,
                            gboolean    keyboard,
                            GtkTooltip *tooltip,
                            gpointer    user_data)
{
  RelasiJournalRow *self = user_data;

  if (self->entry == NULL || relasi_interaction_get_sentiment (self->entry) == 0)
    return FALSE;
  gtk_tooltip_set_text (tooltip, sentiment_label (relasi_interaction_get_sentiment (self->entry)));
  return TRUE;
}

static void
update_accessible (RelasiJournalRow *self,
                   const char       *day,
                   const char       *time)
{
  RelasiInteraction *e = self->entry;
  g_autoptr(GString) text = g_string_new (NULL);

  /* TRANSLATORS: read by a screen reader for a journal row: kind, customer, day, time, summary */
  g_string_printf (text, _("%s with %s, %s at %s: %s."),
                   relasi_interaction_kind_get_label (relasi_interaction_get_kind (e)),
                   relasi_interaction_get_customer_name (e), day, time,
                   relasi_interaction_get_summary (e));
  if (gtk_widget_get_visible (GTK_WIDGET (self->state_label)))
    g_string_append_printf (text, " %s.", gtk_label_get_text (self->state_label));
  if (relasi_interaction_get_sentiment (e) != 0)
    {
      g_string_append_c (text, ' ');
      /* TRANSLATORS: read by a screen reader; %s is a mood ("Unhappy") */
      g_string_append_printf (text, _("Mood: %s."), sentiment_label (relasi_interaction_get_sentiment (e)));
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text->str,
                                  -1);
}

static void
relasi_journal_row_dispose (GObject *object)
{
  RelasiJournalRow *self = RELASI_JOURNAL_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), RELASI_TYPE_JOURNAL_ROW);
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (relasi_journal_row_parent_class)->dispose (object);
}

static void
relasi_journal_row_class_init (RelasiJournalRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = relasi_journal_row_dispose;

  gtk_widget_class_set_css_name (widget_class, "journalrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/relasi-journal-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalRow, content);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalRow, customer_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalRow, day_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalRow, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalRow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalRow, sentiment_icon);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalRow, state_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalRow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, RelasiJournalRow, time_label);
}

static void
relasi_journal_row_init (RelasiJournalRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->sentiment_icon), TRUE);
  g_signal_connect (self->sentiment_icon, "query-tooltip", G_CALLBACK (on_sentiment_query_tooltip), self);
}

GtkWidget *
relasi_journal_row_new (void)
{
  return g_object_new (RELASI_TYPE_JOURNAL_ROW, NULL);
}

/**
 * relasi_journal_row_set_entry:
 * @self: a row
 * @entry: (nullable): the entry shown
 * @day_header: (nullable): the day header above it, %NULL when it is not the first
 *   entry of its day
 * @tokens: (nullable): search words to highlight
 * @state: (nullable): the state of the case the entry opened
 * @now: the current time
 */
void
relasi_journal_row_set_entry (RelasiJournalRow           *self,
                              RelasiInteraction          *entry,
                              const char                 *day_header,
                              const char * const         *tokens,
                              const RelasiEntryCaseState *state,
                              gint64                      now)
{
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *time = NULL;
  g_autofree char *day = NULL;
  RelasiInteractionKind kind;

  g_return_if_fail (RELASI_IS_JOURNAL_ROW (self));

  g_set_object (&self->entry, entry);
  if (entry == NULL)
    return;

  kind = relasi_interaction_get_kind (entry);
  gtk_widget_set_visible (GTK_WIDGET (self->day_label), day_header != NULL);
  gtk_label_set_text (self->day_label, day_header != NULL ? day_header : "");

  if (self->kind_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->kind_icon), self->kind_class);
  self->kind_class = relasi_journal_kind_style_class (kind);
  gtk_widget_add_css_class (GTK_WIDGET (self->kind_icon), self->kind_class);
  gtk_image_set_from_icon_name (self->kind_icon, relasi_journal_kind_icon_name (kind));
  gtk_label_set_text (self->kind_label, relasi_interaction_kind_get_label (kind));

  set_highlighted (self->customer_label, relasi_interaction_get_customer_name (entry), tokens);
  set_highlighted (self->summary_label, relasi_interaction_get_summary (entry), tokens);

  local = g_date_time_new_from_unix_local (relasi_interaction_get_occurred_at (entry));
  /* TRANSLATORS: the time of a journal entry, see strftime(3) */
  time = local != NULL ? g_date_time_format (local, _("%H:%M")) : g_strdup ("");
  gtk_label_set_text (self->time_label, time);

  update_state (self, state, now);
  update_sentiment (self, relasi_interaction_get_sentiment (entry));
  day = relasi_journal_format_day (relasi_interaction_get_occurred_at (entry), now);
  update_accessible (self, day, time);
}

/**
 * relasi_journal_row_get_entry:
 *
 * Returns: (transfer none) (nullable): the entry shown
 */
RelasiInteraction *
relasi_journal_row_get_entry (RelasiJournalRow *self)
{
  g_return_val_if_fail (RELASI_IS_JOURNAL_ROW (self), NULL);
  return self->entry;
}

/* The state shown ("Awaiting answer · 30 h"), "" for none. */
const char *
relasi_journal_row_get_state_text (RelasiJournalRow *self)
{
  g_return_val_if_fail (RELASI_IS_JOURNAL_ROW (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->state_label)) ? gtk_label_get_text (self->state_label) : "";
}
