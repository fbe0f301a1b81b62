package org.civicrelay.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.civicrelay.config.ModerationSettings;
import org.civicrelay.privacy.Retention;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.suggestion.Suggestions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anonymous two-way relay between moderators and reachable authors. The moderation side decides
 * whether a message may go; the adapter copies the text only (never forwards), so neither side learns who
 * the other is. Authors' answers go on only while the suggestion is open to a decision, and at most
 * {@code moderation.relay-answers-per-hour} an hour per suggestion: one author must not be able to fill
 * the moderators' chat.
 */
@Service
@Transactional
public class Relay implements Retention {

    private final Suggestions suggestions;
    private final AuditTrail audit;
    private final RelayBudgetRepository budgets;
    private final ModerationSettings settings;
    private final Clock clock;

    Relay(
            Suggestions suggestions,
            AuditTrail audit,
            RelayBudgetRepository budgets,
            ModerationSettings settings,
            Clock clock) {
        this.suggestions = suggestions;
        this.audit = audit;
        this.budgets = budgets;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Whether an author's answer about {@code ref} goes on to the moderators; an answer that goes counts
     * against the hour's allowance. A decided suggestion (spam included) closes the conversation.
     */
    public AnswerVerdict authorAnswers(SuggestionRef ref) {
        Optional<Suggestion> found = suggestions.find(ref);
        if (found.isEmpty()) {
            return new AnswerVerdict.Unknown();
        }
        if (!found.get().state().isOpen()) {
            return new AnswerVerdict.Closed();
        }
        int perHour = settings.relayAnswersPerHour();
        return budgets.take(ref, clock.instant(), perHour)
                ? new AnswerVerdict.Relay(found.get())
                : new AnswerVerdict.TooMany(perHour);
    }

    @Override
    public String what() {
        return "relay allowances of past hours";
    }

    @Override
    public int purge(Instant now) {
        return budgets.deleteWindowsBefore(now.minus(Duration.ofSeconds(RelayBudgetRepository.WINDOW_SECONDS)));
    }

    /** Where a moderator's message goes; a message that can go is recorded in the audit trail (not its text). */
    public ReplyTarget moderatorWrites(SuggestionRef ref, String moderator) {
        return moderatorWrites(ref, moderator, null);
    }

    /**
     * As above, and the message ({@code text}, if given) is kept as the moderators' latest word to the author:
     * an anonymous author with a receipt reads it with /check, and a reachable author's plain messages can be
     * recognised as answers to it.
     */
    public ReplyTarget moderatorWrites(SuggestionRef ref, String moderator, String text) {
        ReplyTarget target = suggestions
                .find(ref)
                .<ReplyTarget>map(suggestion -> suggestion.reachable()
                        ? new ReplyTarget.Reachable(suggestion)
                        : suggestion.hasReceipt() && suggestion.state().isOpen()
                                ? new ReplyTarget.ByReceipt(suggestion)
                                : new ReplyTarget.Anonymous())
                .orElseGet(ReplyTarget.Unknown::new);
        if (target instanceof ReplyTarget.Reachable || target instanceof ReplyTarget.ByReceipt) {
            audit.record(moderator, "reply", ref.value());
            if (text != null) {
                suggestions.leaveQuestion(ref, text);
            }
        }
        return target;
    }
}
