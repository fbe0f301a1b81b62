package org.civicrelay.telegram.triage;

import java.util.Locale;
import java.util.Optional;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.suggestion.Suggestions;
import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.Audience;
import org.civicrelay.telegram.chat.Interaction;
import org.springframework.stereotype.Component;

/**
 * Under /queue: previous / next show another page in the same message; a suggestion's button shows its card
 * again, as a new message with its triage buttons, where the moderator is (the group or a private chat).
 */
@Component
class QueueButton extends AbstractButtonHandler<QueuePress> {

    private final QueueViews views;
    private final Suggestions suggestions;
    private final ModeratorCards cards;
    private final CardViews cardViews;
    private final NoteViews notes;

    QueueButton(QueueViews views, Suggestions suggestions, ModeratorCards cards, CardViews cardViews, NoteViews notes) {
        super(QueuePress.PREFIX, QueuePress::parse);
        this.views = views;
        this.suggestions = suggestions;
        this.cards = cards;
        this.cardViews = cardViews;
        this.notes = notes;
    }

    @Override
    public Audience audience() {
        return Audience.MODERATORS;
    }

    @Override
    public void handle(Interaction in, QueuePress press) {
        if (press instanceof QueuePress.Page number) {
            QueueViews.Page page = views.page(in, number.number());
            in.answer(null);
            in.editPressed(page.html(), page.keyboard());
            return;
        }
        QueuePress.Card card = (QueuePress.Card) press;
        Optional<Suggestion> found = suggestions.find(card.ref());
        if (found.isEmpty()) {
            in.alert(in.t("note.unknown", card.ref().value()));
            return;
        }
        Suggestion suggestion = found.get();
        if (!suggestion.state().isOpen()) {
            in.alert(in.t(
                    "triage.already-handled",
                    in.t("triage.state."
                            + suggestion.state().name().toLowerCase(Locale.ROOT).replace('_', '-'))));
            return;
        }
        in.answer(in.t("queue.card-shown"));
        cards.repost(
                suggestion,
                cardViews.text(suggestion) + views.flag(suggestion) + notes.underCard(suggestion),
                in.chatId(),
                in.isGroupChat());
    }
}
