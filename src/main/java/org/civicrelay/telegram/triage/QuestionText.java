package org.civicrelay.telegram.triage;

import java.util.Locale;
import org.civicrelay.moderation.ModeratorThreads;
import org.civicrelay.moderation.Moderators;
import org.civicrelay.moderation.Triage;
import org.civicrelay.moderation.TriageResult;
import org.civicrelay.privacy.Identities;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.suggestion.SuggestionSettings;
import org.civicrelay.telegram.chat.Audience;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.TextHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A moderator's reply to the bot's request for a question (after "Ask for more"): the question is put to
 * the author (sent to a reachable one, kept for /check for one with a receipt), the suggestion now awaits
 * the answer, and its card says what was asked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class QuestionText implements TextHandler {

    private final ModeratorThreads threads;
    private final Identities identities;
    private final Triage triage;
    private final Moderators moderators;
    private final ModeratorCards cards;
    private final CardViews views;
    private final AuthorMessages authors;
    private final int maxLength;

    QuestionText(
            ModeratorThreads threads,
            Identities identities,
            Triage triage,
            Moderators moderators,
            ModeratorCards cards,
            CardViews views,
            AuthorMessages authors,
            SuggestionSettings settings) {
        this.threads = threads;
        this.identities = identities;
        this.triage = triage;
        this.moderators = moderators;
        this.cards = cards;
        this.views = views;
        this.authors = authors;
        this.maxLength = settings.suggestion().maxLength();
    }

    @Override
    public Audience audience() {
        return Audience.MODERATORS;
    }

    @Override
    public boolean handle(Interaction in) {
        return in.replyToMessageId()
                .flatMap(messageId -> threads.questionPrompt(identities.pseudonym(in.chatId()), messageId))
                .map(ref -> {
                    ask(in, ref);
                    return true;
                })
                .orElse(false);
    }

    private void ask(Interaction in, SuggestionRef ref) {
        String question = in.text() == null ? "" : in.text().strip();
        int length = question.length(); // UTF-16 units, as Telegram counts its limit: an emoji counts twice
        if (length == 0) {
            in.reply(in.t("triage.ask.empty"));
            return;
        }
        if (length > maxLength) {
            in.reply(in.t("reply.too-long", length, maxLength));
            return;
        }
        TriageResult result =
                triage.askMoreInfo(ref, moderators.alias(in.userId()).orElseThrow(), question);
        if (result instanceof TriageResult.Decided decided) {
            Suggestion suggestion = decided.suggestion();
            cards.update(ref, views.decided(suggestion, decided.outcome()), views.buttons(suggestion));
            authors.outcome(suggestion, decided.outcome());
            in.reply(in.t(suggestion.reachable() ? "triage.ask.sent" : "triage.ask.kept", ref.value()));
        } else if (result instanceof TriageResult.AlreadyDecided already) {
            in.reply(in.t(
                    "triage.already-handled",
                    in.t("triage.state."
                            + already.state().name().toLowerCase(Locale.ROOT).replace('_', '-'))));
        } else if (result instanceof TriageResult.AuthorUnreachable) {
            in.reply(in.t("triage.anonymous"));
        } else {
            in.reply(in.t("reply.unknown", ref.value()));
        }
    }
}
