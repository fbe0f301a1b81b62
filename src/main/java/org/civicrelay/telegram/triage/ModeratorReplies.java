package org.civicrelay.telegram.triage;

import org.civicrelay.moderation.Moderators;
import org.civicrelay.moderation.Relay;
import org.civicrelay.moderation.ReplyTarget;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.suggestion.SuggestionSettings;
import org.civicrelay.telegram.chat.Interaction;
import org.springframework.stereotype.Component;

/** A moderator's message to an author, from /reply or from a reply to a card: checked, copied, confirmed. */
@Component
class ModeratorReplies {

    private final Relay relay;
    private final Moderators moderators;
    private final AuthorMessages authors;
    private final int maxLength;

    ModeratorReplies(Relay relay, Moderators moderators, AuthorMessages authors, SuggestionSettings settings) {
        this.relay = relay;
        this.moderators = moderators;
        this.authors = authors;
        this.maxLength = settings.suggestion().maxLength();
    }

    void send(Interaction in, SuggestionRef ref, String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            in.reply(in.t("reply.usage"));
            return;
        }
        int length = trimmed.length(); // UTF-16 units, as Telegram counts its limit: an emoji counts twice
        if (length > maxLength) {
            in.reply(in.t("reply.too-long", length, maxLength));
            return;
        }
        ReplyTarget target =
                relay.moderatorWrites(ref, moderators.alias(in.userId()).orElseThrow(), trimmed);
        if (target instanceof ReplyTarget.Reachable reachable) {
            authors.fromModerators(reachable.suggestion(), trimmed);
            in.reply(in.t("reply.sent", ref.value()));
        } else if (target instanceof ReplyTarget.ByReceipt) {
            in.reply(in.t("reply.by-receipt", ref.value()));
        } else if (target instanceof ReplyTarget.Anonymous) {
            in.reply(in.t("reply.anonymous", ref.value()));
        } else {
            in.reply(in.t("reply.unknown", ref.value()));
        }
    }
}
