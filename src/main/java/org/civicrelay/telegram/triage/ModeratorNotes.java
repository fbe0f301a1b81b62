package org.civicrelay.telegram.triage;

import java.util.Optional;
import org.civicrelay.moderation.Moderators;
import org.civicrelay.moderation.Note;
import org.civicrelay.moderation.Notes;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.suggestion.SuggestionSettings;
import org.civicrelay.suggestion.Suggestions;
import org.civicrelay.telegram.chat.Interaction;
import org.springframework.stereotype.Component;

/** Keeps a moderator's note (from a reply to a card, or /note): checked, stored, confirmed; never sent anywhere. */
@Component
class ModeratorNotes {

    private final Notes notes;
    private final Suggestions suggestions;
    private final Moderators moderators;
    private final NoteViews views;
    private final int maxLength;

    ModeratorNotes(
            Notes notes, Suggestions suggestions, Moderators moderators, NoteViews views, SuggestionSettings settings) {
        this.notes = notes;
        this.suggestions = suggestions;
        this.moderators = moderators;
        this.views = views;
        this.maxLength = settings.suggestion().maxLength();
    }

    /** {@code offerToSend}: a reply to a card may be meant for the author, a /note never is. */
    void keep(Interaction in, SuggestionRef ref, String text, boolean offerToSend) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            in.reply(in.t("note.usage"));
            return;
        }
        int length = trimmed.length(); // UTF-16 units, as Telegram counts its limit: a note may be sent on
        if (length > maxLength) {
            in.reply(in.t("note.too-long", length, maxLength));
            return;
        }
        Optional<Suggestion> suggestion = suggestions.find(ref);
        Optional<Note> note = suggestion.flatMap(
                found -> notes.add(ref, moderators.alias(in.userId()).orElseThrow(), trimmed));
        if (note.isEmpty()) {
            in.reply(in.t("note.unknown", ref.value()));
            return;
        }
        views.confirm(
                in,
                note.get(),
                suggestion.get(),
                offerToSend && suggestion.get().askable());
    }
}
