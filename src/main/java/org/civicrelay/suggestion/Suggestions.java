package org.civicrelay.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civicrelay.privacy.Pseudonym;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stored suggestions as moderators work with them: the queue, decisions, counts. */
@Service
@Transactional
public class Suggestions {

    /** Nothing decided yet: the only state in which more information may be asked for. */
    private static final Set<SuggestionState> UNDECIDED = EnumSet.of(SuggestionState.PENDING);

    private static final Set<SuggestionState> OPEN = SuggestionState.open();

    private final SuggestionRepository suggestions;
    private final SuggestionErasureRepository erasure;
    private final SpamBlocks spamBlocks;
    private final SuggestionSettings settings;
    private final Clock clock;

    Suggestions(
            SuggestionRepository suggestions,
            SuggestionErasureRepository erasure,
            SpamBlocks spamBlocks,
            SuggestionSettings settings,
            Clock clock) {
        this.suggestions = suggestions;
        this.erasure = erasure;
        this.spamBlocks = spamBlocks;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The day an undecided suggestion will be deleted by the retention purge, if it is old enough to be
     * flagged now (older than {@code bot.retention.undecided-suggestions}); empty for decided or younger ones.
     */
    public Optional<LocalDate> deletionDate(Suggestion suggestion) {
        if (!suggestion.state().isOpen()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate flaggedFrom = suggestion
                .createdOn()
                .plusDays(settings.retention().undecidedSuggestions().toDays());
        return today.isBefore(flaggedFrom)
                ? Optional.empty()
                : Optional.of(flaggedFrom.plusDays(SuggestionSettings.RetentionPeriods.UNDECIDED_FLAGGED_FOR.toDays()));
    }

    /** Undecided suggestions sent before this day are deleted by the purge at {@code now} (their deletion date has come). */
    static LocalDate deletionCutoff(SuggestionSettings settings, Instant now) {
        long days = settings.retention().undecidedSuggestions().toDays()
                + SuggestionSettings.RetentionPeriods.UNDECIDED_FLAGGED_FOR.toDays();
        return LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(days - 1);
    }

    /** Accepted suggestions for the workshop's report, of one working group or all; no author in them. */
    @Transactional(readOnly = true)
    public List<AcceptedSuggestion> accepted(Optional<String> workingGroup) {
        return suggestions.accepted(workingGroup.orElse(null));
    }

    /** Suggestions awaiting a decision sent at least {@code days} days ago, oldest first: for reminders. */
    @Transactional(readOnly = true)
    public List<Suggestion> awaitingFor(int days, int limit) {
        return suggestions.awaitingSentBy(
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(days), limit);
    }

    /** {@code /mysubmissions}: only suggestions whose author chose to be reachable can be found. */
    @Transactional(readOnly = true)
    public List<AuthorsSuggestion> ofReachableAuthor(Pseudonym author) {
        return suggestions.ofReachableAuthor(author);
    }

    /**
     * Cuts every link between an author and their suggestions: the sealed reply address and the author's
     * pseudonym go; with {@code alsoText}, the text too. Returns the references concerned (read first, so
     * that other modules can drop what hangs on them, e.g. relay links).
     */
    public List<SuggestionRef> forgetReachableAuthor(Pseudonym author, boolean alsoText) {
        List<SuggestionRef> refs = suggestions.ofReachableAuthor(author).stream()
                .map(AuthorsSuggestion::ref)
                .toList();
        erasure.forgetReachableAuthor(author, alsoText);
        return refs;
    }

    /**
     * Erases the person's author key from every suggestion that still holds one (those awaiting a decision,
     * sent within the anonymity window), with its receipt's hash (a receipt left on a seized phone or paper
     * then finds nothing), and with {@code alsoText} their text: after /forget, nothing links them to a
     * suggestion, anonymous or not.
     */
    public int forgetAuthorKeys(Pseudonym author, boolean alsoText) {
        return erasure.eraseAuthorKeys(spamBlocks.authorKeys(author), alsoText);
    }

    /**
     * The suggestions whose final decision was taken before {@code cutoff}: what other modules keep about
     * a suggestion (relay links, moderators' message links) goes some time after that decision, and they
     * ask here rather than read this module's table.
     */
    @Transactional(readOnly = true)
    public List<SuggestionRef> decidedBefore(Instant cutoff) {
        return suggestions.decidedBefore(cutoff);
    }

    @Transactional(readOnly = true)
    public Optional<Suggestion> find(SuggestionRef ref) {
        return suggestions.find(ref);
    }

    /**
     * Takes the decision if the suggestion is still open to it: more information can be asked for once,
     * while nothing was decided; a final decision can follow that question. Marking spam blocks the author
     * until {@code spamBlockUntil} (at most until the anonymity window of the suggestion's day ends), by the
     * author key that the decision erases from the suggestion.
     */
    public Settlement decide(SuggestionRef ref, Decision decision, Instant at, Instant spamBlockUntil) {
        Set<SuggestionState> from = decision.isFinal() ? OPEN : UNDECIDED;
        Optional<SuggestionRepository.Settled> settled = suggestions.settle(ref, from, decision, at);
        if (settled.isEmpty()) {
            return suggestions
                    .find(ref)
                    .<Settlement>map(current -> new Settlement.AlreadyDecided(current.state()))
                    .orElseGet(Settlement.Unknown::new);
        }
        Suggestion decided = suggestions.find(ref).orElseThrow();
        if (decision.state() == SuggestionState.SPAM && settled.get().previousAuthorKey() != null) {
            spamBlocks.block(
                    settled.get().previousAuthorKey(),
                    spamBlocks.withinWindow(decided.createdOn(), spamBlockUntil),
                    ref);
        }
        return new Settlement.Settled(decided);
    }

    /** What /check shows the holder of the receipt with this keyed hash (see {@code privacy.ReceiptHashes}). */
    @Transactional(readOnly = true)
    public Optional<Checked> byReceipt(String receiptHash) {
        return suggestions.checkByReceipt(receiptHash);
    }

    /** Erases a receipt's hash at its holder's request; the suggestion stays, and nobody can check it any more. */
    public boolean forgetReceipt(SuggestionRef ref) {
        return suggestions.forgetReceipt(ref);
    }

    /**
     * Its author withdraws a suggestion that is still open: the text goes at once; the row keeps its place
     * in the counts until the retention purge. Returns the suggestion as it is now, or empty when it was no
     * longer open (decided or withdrawn already).
     */
    public Optional<Suggestion> withdraw(SuggestionRef ref, Instant at) {
        return suggestions.withdraw(ref, at) ? suggestions.find(ref) : Optional.empty();
    }

    /** Keeps the moderators' latest question or message to the author (for /check and answers). */
    public void leaveQuestion(SuggestionRef ref, String question) {
        suggestions.leaveQuestion(ref, question);
    }

    /** A reachable author chose a language: their suggestions' news will come in it. */
    public void speak(Pseudonym author, Locale language) {
        suggestions.speak(author, language);
    }

    /** A reachable author's open suggestions that the moderators have written to, newest first. */
    @Transactional(readOnly = true)
    public List<SuggestionRef> openThreads(Pseudonym author) {
        return suggestions.openThreads(author);
    }

    /**
     * The decision was announced (its undo window is over): a final decision's author key goes now, as
     * nothing can bring the suggestion back to the queue with it any more but a spam mark's own record.
     */
    public void announced(SuggestionRef ref) {
        suggestions.eraseAuthorKeyIfDecided(ref);
    }

    /** The decision on the suggestion: state, linked recommendation, decline reason; empty if none was taken. */
    @Transactional(readOnly = true)
    public Optional<Decision> decision(SuggestionRef ref) {
        return suggestions.decision(ref);
    }

    /**
     * Takes a decision back: the suggestion is in {@code to} again (PENDING, or MORE_INFO_REQUESTED when a final
     * decision that followed a question is undone), with its decision's details forgotten. A spam mark's block
     * is lifted as well, and its author key kept again so that the suggestion can be marked once more. Empty if
     * it was in {@code to} already (or does not exist); else the state it had, and the suggestion now.
     */
    public Optional<Reopened> reopen(SuggestionRef ref, SuggestionState to) {
        if (!to.isOpen()) {
            throw new IllegalArgumentException("a suggestion is reopened to an open state");
        }
        Optional<Suggestion> before = suggestions.find(ref).filter(found -> found.state() != to);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        String authorKey = before.get().state() == SuggestionState.SPAM
                ? spamBlocks.lift(ref).orElse(null)
                : null;
        suggestions.reopen(ref, to, authorKey);
        return Optional.of(
                new Reopened(before.get().state(), suggestions.find(ref).orElseThrow()));
    }

    /** A suggestion taken back to the queue: the state it had, and the suggestion now. */
    public record Reopened(SuggestionState wasState, Suggestion suggestion) {}

    /**
     * Lifts the spam block that {@code ref}'s spam mark caused, by the reference alone (nobody is named or
     * looked up); the suggestion stays marked as spam. False if no such block is in force.
     */
    public boolean unblock(SuggestionRef ref) {
        return spamBlocks.lift(ref).isPresent();
    }

    /** Suggestions still waiting for a decision (asked-for information included), oldest first. */
    @Transactional(readOnly = true)
    public List<Suggestion> awaiting(int offset, int limit) {
        return suggestions.awaiting(offset, limit);
    }

    @Transactional(readOnly = true)
    public int countAwaiting() {
        return suggestions.countAwaiting();
    }

    /** How many suggestions are in each state, every state listed. */
    @Transactional(readOnly = true)
    public Map<SuggestionState, Integer> countByState() {
        Map<SuggestionState, Integer> counts = new EnumMap<>(SuggestionState.class);
        for (SuggestionState state : SuggestionState.values()) {
            counts.put(state, 0);
        }
        suggestions.countByState().forEach((state, count) -> counts.put(SuggestionState.valueOf(state), count));
        return counts;
    }

    /** How many suggestions each working group (by id) received; groups without any are absent. */
    @Transactional(readOnly = true)
    public Map<String, Integer> countByWorkingGroup() {
        return suggestions.countByWorkingGroup();
    }
}
