package org.civicrelay.telegram.triage;

import org.civicrelay.telegram.chat.FollowOffer;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Texts;
import org.civicrelay.telegram.outbox.Keyboard;
import org.civicrelay.telegram.outbox.Lane;
import org.civicrelay.telegram.outbox.Outbound;
import org.civicrelay.telegram.outbox.Outbox;
import org.civicrelay.telegram.outbox.SentHooks;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicrelay.moderation.Outcome;
import org.civicrelay.moderation.RelayLinks;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.suggestion.SuggestionRef;
import org.springframework.stereotype.Component;

/**
 * What reaches an author who chose to be reachable: the outcome of triage, requests for more information
 * and the moderators' messages. Each is new text from the bot (nothing is ever forwarded), signed as "the
 * moderators", protected from forwarding, and remembered (via a one-way link) so that the author's reply to
 * it finds its way back. The author's language is not stored, so the bot's default language is used.
 */
@Component
class AuthorMessages implements SentHooks.Hook {

    static final String HOOK = "relay";
    /** The subscribe button of the follow module; this module only names its data. */

    private final Identities identities;
    private final RelayLinks links;
    private final Outbox outbox;
    private final Texts texts;
    private final FollowOffer follow;

    AuthorMessages(Identities identities, RelayLinks links, Outbox outbox, Texts texts, FollowOffer follow) {
        this.follow = follow;
        this.identities = identities;
        this.links = links;
        this.outbox = outbox;
        this.texts = texts;
    }

    /** Tells the author what was decided; spam is never announced. */
    void outcome(Suggestion suggestion, Outcome outcome) {
        Locale locale = texts.fallback();
        String ref = suggestion.ref().value();
        switch (outcome.state()) {
            case ACCEPTED -> outcome.recommendation().ifPresentOrElse(
                    recommendation -> send(suggestion,
                            texts.get(locale, "relay.outcome.accepted-linked", ref, recommendation.id(),
                                    Html.escape(recommendation.title().in(locale))),
                            Keyboard.of(List.of(follow.offer(locale, new RecommendationId(recommendation.id()))))),
                    () -> send(suggestion, texts.get(locale, "relay.outcome.accepted", ref), null));
            case DECLINED -> send(suggestion, outcome.reason()
                    .map(reason -> texts.get(locale, "relay.outcome.declined-reason", ref, Html.escape(reason.label().in(locale))))
                    .orElseGet(() -> texts.get(locale, "relay.outcome.declined", ref)), null);
            case MORE_INFO_REQUESTED -> send(suggestion, texts.get(locale, "relay.outcome.more-info", ref), null);
            case SPAM, PENDING -> {
                // A spammer is not told (it would only help them); PENDING is no outcome.
            }
        }
    }

    /** A moderator's message, copied as text. */
    void fromModerators(Suggestion suggestion, String text) {
        send(suggestion, texts.get(texts.fallback(), "relay.to-author", suggestion.ref().value(), Html.escape(text)), null);
    }

    private void send(Suggestion suggestion, String html, Keyboard keyboard) {
        suggestion.replyTo().ifPresent(address -> outbox.enqueue(identities.open(address), false, Lane.MODERATION,
                Outbound.send(html, keyboard, true), SentHooks.tag(HOOK, suggestion.ref().value())));
    }

    @Override
    public String prefix() {
        return HOOK;
    }

    @Override
    public void sent(String ref, Optional<Integer> messageId, Pseudonym chat) {
        if (messageId.isPresent()) {
            links.remember(chat, messageId.get(), new SuggestionRef(ref));
        }
    }
}
