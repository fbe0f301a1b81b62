package org.civicrelay.moderation;

import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.suggestion.Suggestions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The anonymous two-way relay between moderators and reachable authors. The moderation side decides
 * whether a message may go; the adapter copies the text only (never forwards), so neither side learns who
 * the other is.
 */
@Service
@Transactional
public class Relay {

    private final Suggestions suggestions;
    private final AuditTrail audit;

    Relay(Suggestions suggestions, AuditTrail audit) {
        this.suggestions = suggestions;
        this.audit = audit;
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
        ReplyTarget target = suggestions.find(ref)
                .<ReplyTarget>map(suggestion -> suggestion.reachable() ? new ReplyTarget.Reachable(suggestion)
                        : suggestion.hasReceipt() && suggestion.state().isOpen() ? new ReplyTarget.ByReceipt(suggestion)
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
