package org.civicrelay.telegram;

import java.util.Locale;
import java.util.Optional;
import org.civicrelay.config.BotSettings;
import org.civicrelay.submission.Submission;
import org.civicrelay.submission.SubmissionReceived;
import org.civicrelay.submission.SubmissionRef;
import org.civicrelay.submission.SuggestionService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Posts each new submission as a card to the moderators' chat (or, without one, privately to each
 * moderator who has started the bot). The card says nothing about who sent it. It is queued in the
 * same transaction that stored the submission, so a crash cannot lose it.
 */
@Component
class ModeratorCards implements SentHooks.Hook {

    static final String HOOK = "card";

    private final SuggestionService suggestions;
    private final SuggestionViews views;
    private final ModeratorPresence moderators;
    private final Outbox outbox;
    private final Texts texts;
    private final BotSettings settings;

    ModeratorCards(SuggestionService suggestions, SuggestionViews views, ModeratorPresence moderators, Outbox outbox,
            Texts texts, BotSettings settings) {
        this.suggestions = suggestions;
        this.views = views;
        this.moderators = moderators;
        this.outbox = outbox;
        this.texts = texts;
        this.settings = settings;
    }

    @EventListener
    void on(SubmissionReceived received) {
        Submission submission = suggestions.find(received.ref()).orElseThrow();
        Outbound card = Outbound.send(render(submission, texts.fallback()), null, true);
        String tag = SentHooks.tag(HOOK, submission.ref().value());
        if (settings.moderatorChatId() != null) {
            outbox.enqueue(settings.moderatorChatId(), true, Lane.MODERATION, card, tag);
        } else {
            moderators.reachableModerators().forEach(id -> outbox.enqueue(id, false, Lane.MODERATION, card));
        }
    }

    String render(Submission submission, Locale locale) {
        return texts.get(locale, "card.text",
                submission.ref().value(),
                Html.escape(views.topicTitle(submission.topic(), locale)),
                submission.createdOn().toString(),
                texts.get(locale, submission.reachable() ? "card.reachable" : "card.anonymous"),
                Html.escape(submission.text()));
    }

    @Override
    public String prefix() {
        return HOOK;
    }

    @Override
    public void sent(String ref, Optional<Integer> messageId) {
        messageId.ifPresent(id -> suggestions.cardPosted(new SubmissionRef(ref), id));
    }
}
