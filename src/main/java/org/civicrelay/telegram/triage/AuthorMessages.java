package org.civicrelay.telegram.triage;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.moderation.Outcome;
import org.civicrelay.moderation.RelayLinks;
import org.civicrelay.privacy.Identities;
import org.civicrelay.privacy.Pseudonym;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.telegram.chat.Html;
import org.civicrelay.telegram.chat.Texts;
import org.civicrelay.telegram.chat.port.FollowOffer;
import org.civicrelay.telegram.outbox.Keyboard;
import org.civicrelay.telegram.outbox.Lane;
import org.civicrelay.telegram.outbox.Outbound;
import org.civicrelay.telegram.outbox.Outbox;
import org.civicrelay.telegram.outbox.SentHooks;
import org.springframework.stereotype.Component;

/**
 * What reaches an author who chose to be reachable: the outcome of triage, the moderators' questions and
 * messages. Each is new text from the bot (nothing is ever forwarded), signed as "the moderators", in the
 * language kept with the suggestion (the one the author wrote in, or chose with /language), protected from
 * forwarding, and remembered (via a one-way link) so that the author's reply to it finds its way back.
 * Questions open the reply box on the author's phone, so that a plain answer is a reply.
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
        Locale locale = texts.or(suggestion.language());
        String ref = suggestion.ref().value();
        switch (outcome.state()) {
            case ACCEPTED ->
                outcome.recommendation()
                        .ifPresentOrElse(
                                recommendation -> send(
                                        suggestion,
                                        texts.get(
                                                locale,
                                                "relay.outcome.accepted-linked",
                                                ref,
                                                recommendation.id(),
                                                Html.escape(
                                                        recommendation.title().in(locale))),
                                        Keyboard.of(List.of(
                                                follow.offer(locale, new RecommendationId(recommendation.id()))))),
                                () -> send(suggestion, texts.get(locale, "relay.outcome.accepted", ref), null));
            case DECLINED ->
                send(
                        suggestion,
                        outcome.reason()
                                .map(reason -> texts.get(
                                        locale,
                                        "relay.outcome.declined-reason",
                                        ref,
                                        Html.escape(reason.label().in(locale))))
                                .orElseGet(() -> texts.get(locale, "relay.outcome.declined", ref)),
                        null);
            case MORE_INFO_REQUESTED ->
                suggestion
                        .question()
                        .ifPresent(question -> ask(
                                suggestion, texts.get(locale, "relay.outcome.more-info", ref, Html.escape(question))));
            case SPAM, PENDING, WITHDRAWN -> {
                // A spammer is not told (it would only help them); PENDING and WITHDRAWN are no moderators' outcome.
            }
        }
    }

    /** A moderator's message, copied as text; the author may answer it by simply writing. */
    void fromModerators(Suggestion suggestion, String text) {
        ask(
                suggestion,
                texts.get(
                        texts.or(suggestion.language()),
                        "relay.to-author",
                        suggestion.ref().value(),
                        Html.escape(text)));
    }

    private void send(Suggestion suggestion, String html, Keyboard keyboard) {
        enqueue(suggestion, Outbound.send(html, keyboard, true));
    }

    /** A message that expects an answer: the reply box opens on the author's phone. */
    private void ask(Suggestion suggestion, String html) {
        String placeholder = texts.get(texts.or(suggestion.language()), "placeholder.answer");
        enqueue(suggestion, Outbound.ask(html, placeholder, true));
    }

    /** To a reachable author only; once sent, the message is linked to the suggestion so that answers find it. */
    private void enqueue(Suggestion suggestion, Outbound outbound) {
        suggestion
                .replyTo()
                .ifPresent(address -> outbox.enqueue(
                        identities.open(address),
                        false,
                        Lane.MODERATION,
                        outbound,
                        SentHooks.tag(HOOK, suggestion.ref().value())));
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
