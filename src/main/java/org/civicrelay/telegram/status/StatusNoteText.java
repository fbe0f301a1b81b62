package org.civicrelay.telegram.status;

import java.util.Optional;
import org.civicrelay.catalogue.StatusDraft;
import org.civicrelay.catalogue.StatusDrafts;
import org.civicrelay.catalogue.StatusDrafts.DraftResult;
import org.civicrelay.privacy.Identities;
import org.civicrelay.suggestion.SuggestionFlow;
import org.civicrelay.telegram.chat.Audience;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.TextHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The public note of a guided status change: a reply to the bot's request for it (in the moderators' group,
 * privacy mode passes only replies to the bot), or, in a moderator's private chat, the next message. The
 * preview follows; nothing is sent yet.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StatusNoteText implements TextHandler {

    private final StatusDrafts drafts;
    private final StatusViews views;
    private final Identities identities;
    private final SuggestionFlow flow;

    StatusNoteText(StatusDrafts drafts, StatusViews views, Identities identities, SuggestionFlow flow) {
        this.flow = flow;
        this.drafts = drafts;
        this.views = views;
        this.identities = identities;
    }

    @Override
    public Audience audience() {
        return Audience.MODERATORS;
    }

    @Override
    public boolean handle(Interaction in) {
        String chatKey = identities.pseudonym(in.chatId()).value();
        // Privately, the next message is the note, unless the moderator is writing a suggestion meanwhile.
        Optional<StatusDraft> draft = in.replyToMessageId()
                .flatMap(messageId -> drafts.byPrompt(chatKey, messageId))
                .or(() -> in.isGroupChat()
                                || in.replyToMessageId().isPresent()
                                || flow.current(in.user()).isPresent()
                        ? Optional.empty()
                        : drafts.awaitingNote(chatKey));
        if (draft.isEmpty() || draft.get().status().isEmpty()) {
            return false;
        }
        DraftResult result = drafts.giveNote(draft.get().id(), Optional.ofNullable(in.text()));
        if (result instanceof DraftResult.Ready ready) {
            StatusViews.Screen screen = views.preview(in, ready.draft());
            in.reply(screen.html(), screen.keyboard());
        } else if (result instanceof DraftResult.Invalid invalid) {
            in.reply(views.refusal(
                    in,
                    invalid.why(),
                    draft.get().recommendation().value(),
                    draft.get().status().get()));
        } else {
            in.reply(in.t("button.stale"));
        }
        return true;
    }
}
