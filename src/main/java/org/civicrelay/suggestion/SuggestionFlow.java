package org.civicrelay.suggestion;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.privacy.ChatAddress;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.SealedId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suggestion flow: choose a working group, write, review, choose whether moderators may reply,
 * store. The draft lives in SQLite between steps; the stored suggestion keeps no trace of its author
 * unless they chose to be reachable, and then only a sealed reply address.
 */
@Service
@Transactional
public class SuggestionFlow {

    private final DraftRepository drafts;
    private final SuggestionRepository suggestions;
    private final SpamBlocks spamBlocks;
    private final Identities identities;
    private final Catalogue catalogue;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RandomGenerator random;
    private final SuggestionSettings.Limits limits;

    SuggestionFlow(DraftRepository drafts, SuggestionRepository suggestions, SpamBlocks spamBlocks, Identities identities,
            Catalogue catalogue, ApplicationEventPublisher events, Clock clock, RandomGenerator secureRandom,
            SuggestionSettings settings) {
        this.drafts = drafts;
        this.suggestions = suggestions;
        this.spamBlocks = spamBlocks;
        this.identities = identities;
        this.catalogue = catalogue;
        this.events = events;
        this.clock = clock;
        this.random = secureRandom;
        this.limits = settings.suggestion();
    }

    public int maxLength() {
        return limits.maxLength();
    }

    public Optional<Draft> current(Pseudonym author) {
        return drafts.find(author, clock.instant().minus(limits.draftLifetime()));
    }

    /**
     * Starts (or restarts) a suggestion: the author now chooses a working group. Empty when the author may
     * not submit for now (a moderator marked an earlier suggestion of theirs as spam).
     */
    public Optional<Draft> start(Pseudonym author) {
        if (spamBlocks.isBlocked(author)) {
            drafts.delete(author);
            return Optional.empty();
        }
        Draft draft = Draft.started();
        drafts.save(author, draft, clock.instant());
        return Optional.of(draft);
    }

    /** Empty when the button is stale (no draft, or past that step) or names no working group. */
    public Optional<Draft> chooseWorkingGroup(Pseudonym author, String workingGroup) {
        if (catalogue.workingGroup(workingGroup).isEmpty()) {
            return Optional.empty();
        }
        return current(author).filter(Draft::canChooseWorkingGroup).map(draft -> save(author, draft.withWorkingGroup(workingGroup)));
    }

    public WriteResult write(Pseudonym author, String text) {
        Optional<Draft> draft = current(author).filter(Draft::canWrite);
        if (draft.isEmpty()) {
            return new WriteResult.NotWriting();
        }
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return new WriteResult.Empty();
        }
        // Counted as Telegram counts its 4096-character limit (UTF-16 units), so that the review and the
        // card always fit: an emoji counts twice.
        int length = trimmed.length();
        if (length > limits.maxLength()) {
            return new WriteResult.TooLong(length, limits.maxLength());
        }
        return new WriteResult.Accepted(save(author, draft.get().withText(trimmed)));
    }

    /** From the review back to writing. */
    public Optional<Draft> edit(Pseudonym author) {
        return current(author).filter(draft -> draft.step() == DraftStep.REVIEWING)
                .map(draft -> save(author, draft.rewriting()));
    }

    /** The author approved the text; they now choose whether moderators may reply. */
    public Optional<Draft> confirm(Pseudonym author) {
        return current(author).filter(draft -> draft.step() == DraftStep.REVIEWING)
                .map(draft -> save(author, draft.confirmed()));
    }

    /**
     * Stores the suggestion and forgets the draft. {@code replyTo} is present only if the author chose to
     * be reachable; it is sealed for the suggestion's row. Empty when there is nothing to store (stale button,
     * draft expired).
     */
    public Optional<Suggestion> submit(Pseudonym author, Optional<ChatAddress> replyTo) {
        Optional<Draft> draft = current(author).filter(candidate -> candidate.step() == DraftStep.CHOOSING_REACHABILITY);
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        if (spamBlocks.isBlocked(author)) {
            drafts.delete(author); // blocked while writing: the draft goes, as it would after a refused start
            return Optional.empty();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Suggestion suggestion;
        do {
            SuggestionRef ref = SuggestionRef.random(random);
            Optional<SealedId> sealed = replyTo.map(chat -> identities.seal(chat, SuggestionRepository.replyPlace(ref)));
            suggestion = new Suggestion(ref, draft.get().workingGroup(), draft.get().text(), today,
                    SuggestionState.PENDING, sealed);
        } while (!suggestions.insert(suggestion, spamBlocks.authorKey(author), author));
        drafts.delete(author);
        events.publishEvent(new SuggestionReceived(suggestion.ref()));
        return Optional.of(suggestion);
    }

    /** Abandons whatever is being written; true if there was something. */
    public boolean cancel(Pseudonym author) {
        return drafts.delete(author);
    }

    @Transactional(readOnly = true)
    public Optional<Suggestion> find(SuggestionRef ref) {
        return suggestions.find(ref);
    }

    private Draft save(Pseudonym author, Draft draft) {
        drafts.save(author, draft, clock.instant());
        return draft;
    }

}
