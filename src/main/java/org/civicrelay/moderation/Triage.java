package org.civicrelay.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.config.CatalogueSettings.Recommendation;
import org.civicrelay.config.ModerationSettings;
import org.civicrelay.config.ModerationSettings.DeclineReason;
import org.civicrelay.suggestion.Decision;
import org.civicrelay.suggestion.Settlement;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.suggestion.SuggestionState;
import org.civicrelay.suggestion.Suggestions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderators' decisions on suggestions: accept (optionally linked to a recommendation), decline
 * (optionally with a configured reason), ask the author for more information, mark as spam. Each decision
 * is one conditional update, so two moderators deciding at once produce exactly one outcome, and each one
 * taken is written to the audit trail in the same transaction.
 *
 * <p>Decisions can be taken back. The author hears of a decision only after {@code moderation.undo-window}
 * (60 s): until then it is held ({@link #releaseDue}) and an undo leaves no trace but the audit trail. Later,
 * /reopen still takes it back to the queue (the author, already told, is not told again), and /unblock lifts a
 * spam mark's block by the suggestion's reference alone.
 */
@Service
@Transactional
public class Triage {

    /** Held decisions released per round: a backlog after downtime goes out in a few rounds. */
    static final int RELEASE_BATCH = 200;

    private final Suggestions suggestions;
    private final Catalogue catalogue;
    private final ModerationSettings settings;
    private final AuditTrail audit;
    private final Clock clock;
    private final HeldOutcomeRepository held;
    private final ApplicationEventPublisher events;

    Triage(
            Suggestions suggestions,
            Catalogue catalogue,
            ModerationSettings settings,
            AuditTrail audit,
            Clock clock,
            HeldOutcomeRepository held,
            ApplicationEventPublisher events) {
        this.suggestions = suggestions;
        this.catalogue = catalogue;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.held = held;
        this.events = events;
    }

    /** {@code recommendationId} null: accepted without a link. */
    public TriageResult accept(SuggestionRef ref, String moderator, String recommendationId) {
        Optional<Recommendation> recommendation = Optional.empty();
        if (recommendationId != null) {
            recommendation = recommendation(recommendationId);
            if (recommendation.isEmpty()) {
                return new TriageResult.Invalid();
            }
        }
        return decide(
                ref,
                moderator,
                Decision.accept(recommendationId),
                recommendation,
                Optional.empty(),
                recommendationId == null ? "" : " " + recommendationId);
    }

    /** {@code reasonId} null: declined without a stated reason. */
    public TriageResult decline(SuggestionRef ref, String moderator, String reasonId) {
        Optional<DeclineReason> reason = Optional.empty();
        if (reasonId != null) {
            reason = settings.declineReason(reasonId);
            if (reason.isEmpty()) {
                return new TriageResult.Invalid();
            }
        }
        return decide(
                ref,
                moderator,
                Decision.decline(reasonId),
                Optional.empty(),
                reason,
                reasonId == null ? "" : " " + reasonId);
    }

    public TriageResult askMoreInfo(SuggestionRef ref, String moderator) {
        return askMoreInfo(ref, moderator, null);
    }

    /**
     * Puts {@code question} to the author: sent to a reachable author, kept for an anonymous one to read with
     * their receipt (/check). Refused for an anonymous suggestion without a receipt (sent before receipts).
     */
    public TriageResult askMoreInfo(SuggestionRef ref, String moderator, String question) {
        boolean askable =
                suggestions.find(ref).map(suggestion -> suggestion.askable()).orElse(true);
        if (!askable) {
            return new TriageResult.AuthorUnreachable();
        }
        return decide(ref, moderator, Decision.askMoreInfo(question), Optional.empty(), Optional.empty(), "");
    }

    public TriageResult markSpam(SuggestionRef ref, String moderator) {
        return decide(ref, moderator, Decision.spam(), Optional.empty(), Optional.empty(), "");
    }

    /** The catalogue's recommendation with this id, if any. */
    public Optional<Recommendation> recommendation(String id) {
        return catalogue.workingGroups().stream()
                .flatMap(group -> group.recommendations().stream())
                .filter(recommendation -> recommendation.id().equals(id))
                .findFirst();
    }

    private TriageResult decide(
            SuggestionRef ref,
            String moderator,
            Decision decision,
            Optional<Recommendation> recommendation,
            Optional<DeclineReason> reason,
            String detail) {
        Instant now = clock.instant();
        Optional<SuggestionState> before = suggestions.find(ref).map(Suggestion::state);
        Settlement settlement = suggestions.decide(ref, decision, now, now.plus(settings.spamBlock()));
        if (settlement instanceof Settlement.Settled settled) {
            audit.record(moderator, action(decision), ref.value() + detail);
            Instant releaseAt = now.plus(settings.undoWindow());
            held.insert(new HeldOutcomeRepository.Held(
                    ref, before.orElse(SuggestionState.PENDING), moderator, now, releaseAt));
            return new TriageResult.Decided(
                    settled.suggestion(),
                    new Outcome(decision.state(), moderator, now, recommendation, reason),
                    settings.undoWindow().isZero() ? Optional.empty() : Optional.of(releaseAt));
        }
        if (settlement instanceof Settlement.AlreadyDecided already) {
            return new TriageResult.AlreadyDecided(already.state());
        }
        return new TriageResult.Invalid();
    }

    /**
     * Undoes a decision within its undo window: nothing has reached the author, and the suggestion returns to
     * the state it had before it (a spam mark's block is lifted). Too late once the window is over: /reopen.
     */
    public ReversalResult undo(SuggestionRef ref, String moderator) {
        return reverse(ref, moderator, "undo", false);
    }

    /**
     * /reopen: takes a decision back, within the undo window (as an undo) or long after, when the suggestion
     * waits again as new; its card's buttons come back and a spam mark's block is lifted. An author who was
     * told is not told again. A question already sent to the author (more information asked for) is not
     * taken back: the suggestion is open already.
     */
    public ReversalResult reopen(SuggestionRef ref, String moderator) {
        return reverse(ref, moderator, "reopen", true);
    }

    private ReversalResult reverse(SuggestionRef ref, String moderator, String action, boolean afterWindowToo) {
        Optional<Suggestion> current = suggestions.find(ref);
        if (current.isEmpty()) {
            return new ReversalResult.Unknown();
        }
        Optional<HeldOutcomeRepository.Held> heldRow = held.find(ref);
        boolean withinWindow =
                heldRow.filter(h -> h.releaseAt().isAfter(clock.instant())).isPresent();
        boolean told = heldRow.isEmpty();
        SuggestionState state = current.get().state();
        if (!withinWindow && (state == SuggestionState.PENDING || afterWindowToo && state.isOpen())) {
            return new ReversalResult.NotDecided();
        }
        if (!withinWindow && !afterWindowToo) {
            return new ReversalResult.TooLate(Optional.of(state));
        }
        SuggestionState to = withinWindow ? heldRow.get().fromState() : SuggestionState.PENDING;
        Optional<Suggestions.Reopened> reopened = suggestions.reopen(ref, to);
        if (reopened.isEmpty()) {
            return new ReversalResult.NotDecided();
        }
        held.delete(ref);
        audit.record(moderator, action, ref.value());
        return new ReversalResult.Reversed(
                reopened.get().suggestion(), reopened.get().wasState(), told);
    }

    /** /unblock: lifts the spam block that the suggestion's spam mark caused; audited. False if none is in force. */
    public boolean unblock(SuggestionRef ref, String moderator) {
        if (!suggestions.unblock(ref)) {
            return false;
        }
        audit.record(moderator, "unblock", ref.value());
        return true;
    }

    /** Whether the decision on {@code ref} can still be undone: it is held and its window is not over. */
    @Transactional(readOnly = true)
    public Optional<Instant> undoableUntil(SuggestionRef ref) {
        return held.find(ref)
                .map(HeldOutcomeRepository.Held::releaseAt)
                .filter(until -> until.isAfter(clock.instant()));
    }

    /**
     * Announces the decisions whose undo window is over: each is published as {@link OutcomeReleased} (the
     * adapter tells the author) and the author key of a final decision goes. Returns how many were released.
     */
    public int releaseDue() {
        List<HeldOutcomeRepository.Held> due = held.dueBy(clock.instant(), RELEASE_BATCH);
        for (HeldOutcomeRepository.Held decision : due) {
            held.delete(decision.ref());
            Optional<Suggestion> suggestion =
                    suggestions.find(decision.ref()).filter(found -> found.state() != SuggestionState.PENDING);
            Optional<Decision> taken = suggestions.decision(decision.ref());
            if (suggestion.isPresent() && taken.isPresent()) {
                Optional<Recommendation> recommendation =
                        Optional.ofNullable(taken.get().recommendation()).flatMap(this::recommendation);
                Optional<DeclineReason> reason =
                        Optional.ofNullable(taken.get().declineReason()).flatMap(settings::declineReason);
                events.publishEvent(new OutcomeReleased(
                        suggestion.get(),
                        new Outcome(
                                taken.get().state(),
                                decision.moderator(),
                                decision.decidedAt(),
                                recommendation,
                                reason)));
                suggestions.announced(decision.ref());
            }
        }
        return due.size();
    }

    private static String action(Decision decision) {
        return switch (decision.state()) {
            case ACCEPTED -> "accept";
            case DECLINED -> "decline";
            case MORE_INFO_REQUESTED -> "ask-more-info";
            case SPAM -> "mark-spam";
            case PENDING, WITHDRAWN -> throw new IllegalArgumentException("not a moderator's decision");
        };
    }
}
