package org.civicrelay.telegram.triage;

import java.util.Locale;
import java.util.Optional;
import org.civicrelay.moderation.Moderators;
import org.civicrelay.moderation.ReversalResult;
import org.civicrelay.moderation.Triage;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.telegram.chat.AbstractCommandHandler;
import org.civicrelay.telegram.chat.Audience;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.MenuEntry;
import org.springframework.stereotype.Component;

/**
 * /reopen S-7KQ3X: takes a decision back. The suggestion waits again, its card gets its buttons back (or is
 * posted anew if it is gone), a spam mark's block is lifted; the author is not told. Audited.
 */
@Component
class ReopenCommand extends AbstractCommandHandler {

    private final Triage triage;
    private final Moderators moderators;
    private final ModeratorCards cards;
    private final CardViews views;
    private final NoteViews notes;

    ReopenCommand(Triage triage, Moderators moderators, ModeratorCards cards, CardViews views, NoteViews notes) {
        super("reopen", MenuEntry.of(MenuEntry.Section.MODERATION, 50), Audience.MODERATORS);
        this.triage = triage;
        this.moderators = moderators;
        this.cards = cards;
        this.views = views;
        this.notes = notes;
    }

    @Override
    public void handle(Interaction in) {
        Optional<SuggestionRef> ref = References.first(in.text());
        if (ref.isEmpty()) {
            in.reply(in.t("reopen.usage"));
            return;
        }
        ReversalResult result =
                triage.reopen(ref.get(), moderators.alias(in.userId()).orElseThrow());
        if (result instanceof ReversalResult.Reversed reversed) {
            Suggestion suggestion = reversed.suggestion();
            String card = views.text(suggestion) + notes.underCard(suggestion);
            if (!cards.update(suggestion.ref(), card, views.buttons(suggestion))) {
                cards.post(suggestion, card);
            }
            String was = in.t("triage.state."
                    + reversed.wasState().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            in.reply(in.t(
                    reversed.authorWasTold() ? "reopen.done-told" : "reopen.done",
                    ref.get().value(),
                    was));
        } else if (result instanceof ReversalResult.NotDecided) {
            in.reply(in.t("reopen.not-decided", ref.get().value()));
        } else {
            in.reply(in.t("note.unknown", ref.get().value()));
        }
    }
}
