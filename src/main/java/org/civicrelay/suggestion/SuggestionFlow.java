package org.civicrelay.suggestion;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.privacy.ChatAddress;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.privacy.Receipt;
import org.civicrelay.privacy.ReceiptHashes;
import org.civicrelay.privacy.SealedId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suggestion flow: choose a working group, write, review, send (anonymously or allowing replies).
 * The draft lives in SQLite between steps; the stored suggestion keeps no trace of its author unless they
 * chose to be reachable, and then only a sealed reply address and the language they read. An anonymous
 * author gets a receipt, of which only a keyed hash is kept.
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
    private final ReceiptHashes receipts;

    SuggestionFlow(
            DraftRepository drafts,
            SuggestionRepository suggestions,
            SpamBlocks spamBlocks,
            Identities identities,
            Catalogue catalogue,
            ApplicationEventPublisher events,
            Clock clock,
            RandomGenerator secureRandom,
            SuggestionSettings settings,
            ReceiptHashes receipts) {
        this.drafts = drafts;
        this.suggestions = suggestions;
        this.spamBlocks = spamBlocks;
        this.identities = identities;
        this.catalogue = catalogue;
        this.events = events;
        this.clock = clock;
        this.random = secureRandom;
        this.limits = settings.suggestion();
        this.receipts = receipts;
    }

    public int maxLength() {
        return limits.maxLength();
    }

    /** How long an unfinished draft is kept, to tell people why theirs is gone. */
    public long draftLifetimeHours() {
        return limits.draftLifetime().toHours();
    }

    public Optional<Draft> current(Pseudonym author) {
        return drafts.find(author, clock.instant().minus(limits.draftLifetime()));
    }

    /**
     * Whether the author's draft ran out (it is older than the draft lifetime and not yet purged): it is
     * deleted now, and the author can be told why it is gone rather than that a button no longer works.
     */
    public boolean expired(Pseudonym author) {
        if (drafts.existsBefore(author, clock.instant().minus(limits.draftLifetime()))) {
            drafts.delete(author);
            return true;
        }
        return false;
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

    /** Starts a suggestion in a working group chosen beforehand (a deep link, "Suggest on this"): writing next. */
    public Optional<Draft> startIn(Pseudonym author, String workingGroup) {
        if (catalogue.workingGroup(workingGroup).isEmpty()) {
            return Optional.empty();
        }
        return start(author).map(draft -> save(author, draft.withWorkingGroup(workingGroup)));
    }

    /** Starts a suggestion from a text already written (sent outside the flow): the working group comes next. */
    public WriteResult startWith(Pseudonym author, String text, Integer messageId) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return new WriteResult.Empty();
        }
        if (trimmed.length() > limits.maxLength()) {
            return new WriteResult.TooLong(trimmed.length(), limits.maxLength());
        }
        if (spamBlocks.isBlocked(author)) {
            drafts.delete(author);
            return new WriteResult.Unavailable();
        }
        return new WriteResult.Accepted(save(author, Draft.startedWith(trimmed, messageId)));
    }

    /** Empty when the button is stale (no draft, or past that step) or names no working group. */
    public Optional<Draft> chooseWorkingGroup(Pseudonym author, String workingGroup) {
        if (catalogue.workingGroup(workingGroup).isEmpty()) {
            return Optional.empty();
        }
        return current(author)
                .filter(Draft::canChooseWorkingGroup)
                .map(draft -> save(author, draft.withWorkingGroup(workingGroup)));
    }

    public WriteResult write(Pseudonym author, String text) {
        return write(author, text, null);
    }

    /** The text of the suggestion, from the author's message {@code messageId}. */
    public WriteResult write(Pseudonym author, String text, Integer messageId) {
        Optional<Draft> draft = current(author).filter(Draft::canWrite);
        if (draft.isEmpty()) {
            return new WriteResult.NotWriting();
        }
        return checked(text, 0)
                .orElseGet(() ->
                        new WriteResult.Accepted(save(author, draft.get().withText(text.strip(), messageId))));
    }

    /** A second message while reviewing, added below the text when the author asks for it. */
    public WriteResult append(Pseudonym author, String text) {
        Optional<Draft> draft = current(author).filter(Draft::isReviewing);
        if (draft.isEmpty()) {
            return new WriteResult.NotWriting();
        }
        return checked(text, draft.get().text().length() + 2)
                .orElseGet(
                        () -> new WriteResult.Accepted(save(author, draft.get().appended(text.strip()))));
    }

    /**
     * The author edited the message the draft's text came from: the edited text replaces the draft's, and the
     * review shows it. NotWriting when that message is not the draft's (or there is no draft).
     */
    public WriteResult replace(Pseudonym author, int messageId, String text) {
        Optional<Draft> draft = current(author)
                .filter(candidate -> candidate.isReviewing() || candidate.step() == DraftStep.WRITING)
                .filter(candidate -> candidate.messageId() != null && candidate.messageId() == messageId);
        if (draft.isEmpty()) {
            return new WriteResult.NotWriting();
        }
        return checked(text, 0)
                .orElseGet(() ->
                        new WriteResult.Accepted(save(author, draft.get().withText(text.strip(), messageId))));
    }

    /**
     * Empty when the text can be taken ({@code before} characters already in the draft); otherwise why not.
     * Counted as Telegram counts its 4096-character limit (UTF-16 units), so that the review and the card
     * always fit: an emoji counts twice.
     */
    private Optional<WriteResult> checked(String text, int before) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return Optional.of(new WriteResult.Empty());
        }
        int length = before + trimmed.length();
        if (length > limits.maxLength()) {
            return Optional.of(new WriteResult.TooLong(length, limits.maxLength()));
        }
        return Optional.empty();
    }

    /** Back to the choice of working group ("Another group"), from writing or reviewing; the text is kept. */
    public Optional<Draft> regroup(Pseudonym author) {
        return current(author)
                .filter(draft -> draft.canWrite() || draft.isReviewing())
                .map(draft -> save(author, draft.regrouped()));
    }

    /** From the review back to writing. */
    public Optional<Draft> edit(Pseudonym author) {
        return current(author).filter(Draft::isReviewing).map(draft -> save(author, draft.rewriting()));
    }

    /**
     * Stores the suggestion from the review and forgets the draft. {@code replyTo} is present only if the
     * author chose to be reachable; it is sealed for the suggestion's row, and {@code language} is kept with
     * it. An anonymous suggestion gets a receipt instead, returned once and kept only as a keyed hash. Empty
     * when there is nothing to store (stale button, draft expired) or the author may not send suggestions for now.
     */
    public Optional<Submitted> submit(Pseudonym author, Optional<ChatAddress> replyTo, Locale language) {
        Optional<Draft> draft = current(author).filter(Draft::isReviewing);
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        if (spamBlocks.isBlocked(author)) {
            drafts.delete(author); // blocked while writing: the draft goes, as it would after a refused start
            return Optional.empty();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Optional<Receipt> receipt = replyTo.isPresent() ? Optional.empty() : Optional.of(Receipt.random(random));
        Optional<Locale> kept = replyTo.isPresent() ? Optional.ofNullable(language) : Optional.empty();
        Suggestion suggestion;
        do {
            SuggestionRef ref = SuggestionRef.random(random);
            Optional<SealedId> sealed =
                    replyTo.map(chat -> identities.seal(chat, SuggestionRepository.replyPlace(ref)));
            suggestion = new Suggestion(
                    ref,
                    draft.get().workingGroup(),
                    draft.get().text(),
                    today,
                    SuggestionState.PENDING,
                    sealed,
                    kept,
                    receipt.isPresent(),
                    Optional.empty());
        } while (!suggestions.insert(suggestion, spamBlocks.authorKey(author), author, receipt.map(receipts::hash)));
        drafts.delete(author);
        events.publishEvent(new SuggestionReceived(suggestion.ref()));
        return Optional.of(new Submitted(suggestion, receipt));
    }

    /** As {@link #submit(Pseudonym, Optional, Locale)}, without a language, for callers that need only the suggestion. */
    public Optional<Suggestion> submit(Pseudonym author, Optional<ChatAddress> replyTo) {
        return submit(author, replyTo, null).map(Submitted::suggestion);
    }

    /** A stored suggestion and, for an anonymous one, the receipt to show its author once. */
    public record Submitted(Suggestion suggestion, Optional<Receipt> receipt) {}

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
