package org.civicrelay.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicrelay.privacy.Retention;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.suggestion.SuggestionSettings;
import org.civicrelay.suggestion.Suggestions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderators' internal notes on suggestions: how moderators discuss a suggestion ("spam? this sounds like
 * ..."), kept with it and shown to moderators only. A note reaches the author only when a moderator sends it
 * explicitly, once. Notes are erased together with their suggestion's text (a remark can identify the author
 * as well as the text can), and deleted with the suggestion.
 */
@Service
@Transactional
public class Notes implements Retention {

    private final ModeratorNoteRepository notes;
    private final Suggestions suggestions;
    private final AuditTrail audit;
    private final SuggestionSettings settings;
    private final Clock clock;

    Notes(
            ModeratorNoteRepository notes,
            Suggestions suggestions,
            AuditTrail audit,
            SuggestionSettings settings,
            Clock clock) {
        this.notes = notes;
        this.suggestions = suggestions;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** Keeps the note (audited, without its text); empty when there is no such suggestion. */
    public Optional<Note> add(SuggestionRef ref, String moderator, String text) {
        if (suggestions.find(ref).isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        long id = notes.insert(ref, moderator, text, now);
        audit.record(moderator, "note", ref.value());
        return notes.find(id);
    }

    @Transactional(readOnly = true)
    public Optional<Note> find(long id) {
        return notes.find(id);
    }

    /** The newest {@code limit} notes of the suggestion, in the order they were written. */
    @Transactional(readOnly = true)
    public List<Note> latest(SuggestionRef ref, int limit) {
        return notes.latest(ref, limit);
    }

    @Transactional(readOnly = true)
    public int count(SuggestionRef ref) {
        return notes.count(ref);
    }

    /**
     * Marks the note as sent to the author, once: false if it had been sent already (another press, another
     * moderator). The caller sends it through the relay in the same transaction.
     */
    public boolean markSent(long id) {
        return notes.markSent(id, clock.instant());
    }

    @Override
    public String what() {
        return "moderators' notes on decided suggestions";
    }

    /** Notes go when their suggestion's text goes: {@code bot.retention.suggestion-text} after the decision. */
    @Override
    public int purge(Instant now) {
        return notes.deleteFor(
                suggestions.decidedBefore(now.minus(settings.retention().suggestionText())));
    }
}
