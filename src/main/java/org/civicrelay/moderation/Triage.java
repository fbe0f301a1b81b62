package org.civicrelay.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.civicrelay.catalogue.Catalogue;
import org.civicrelay.config.CatalogueSettings.Recommendation;
import org.civicrelay.config.ModerationSettings;
import org.civicrelay.config.ModerationSettings.DeclineReason;
import org.civicrelay.suggestion.Decision;
import org.civicrelay.suggestion.Settlement;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.suggestion.Suggestions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderators' decisions on suggestions: accept (optionally linked to a recommendation), decline
 * (optionally with a configured reason), ask the author for more information, mark as spam. Each decision
 * is one conditional update, so two moderators deciding at once produce exactly one outcome, and each one
 * taken is written to the audit trail in the same transaction.
 */
@Service
@Transactional
public class Triage {

    private final Suggestions suggestions;
    private final Catalogue catalogue;
    private final ModerationSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    Triage(Suggestions suggestions, Catalogue catalogue, ModerationSettings settings, AuditTrail audit, Clock clock) {
        this.suggestions = suggestions;
        this.catalogue = catalogue;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
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
        return decide(ref, moderator, Decision.accept(recommendationId), recommendation, Optional.empty(),
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
        return decide(ref, moderator, Decision.decline(reasonId), Optional.empty(), reason,
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
        boolean askable = suggestions.find(ref).map(suggestion -> suggestion.askable()).orElse(true);
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
        return catalogue.workingGroups().stream().flatMap(group -> group.recommendations().stream())
                .filter(recommendation -> recommendation.id().equals(id)).findFirst();
    }

    private TriageResult decide(SuggestionRef ref, String moderator, Decision decision,
            Optional<Recommendation> recommendation, Optional<DeclineReason> reason, String detail) {
        Instant now = clock.instant();
        Settlement settlement = suggestions.decide(ref, decision, now, now.plus(settings.spamBlock()));
        if (settlement instanceof Settlement.Settled settled) {
            audit.record(moderator, action(decision), ref.value() + detail);
            return new TriageResult.Decided(settled.suggestion(),
                    new Outcome(decision.state(), moderator, now, recommendation, reason));
        }
        if (settlement instanceof Settlement.AlreadyDecided already) {
            return new TriageResult.AlreadyDecided(already.state());
        }
        return new TriageResult.Invalid();
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
