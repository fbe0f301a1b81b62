package org.civicrelay.telegram.suggest;

import java.util.Optional;
import org.civicrelay.privacy.ChatAddress;
import org.civicrelay.privacy.Identities;
import org.civicrelay.suggestion.SuggestionFlow;
import org.civicrelay.telegram.chat.AbstractButtonHandler;
import org.civicrelay.telegram.chat.ButtonData;
import org.civicrelay.telegram.chat.ButtonWords;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Button;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.stereotype.Component;

/**
 * The buttons of the draft: under the reviewed text, Send anonymously (nothing links the suggestion to the
 * author, who gets a receipt instead), Send and allow replies (a sealed reply address and the author's
 * language are kept with it), Edit, Cancel; under the prompt to write, Cancel and Another group.
 */
@Component
class ReviewButton extends AbstractButtonHandler<ReviewButton.Press> {

    static final String PREFIX = "review";

    /** What the author chose. */
    enum Press {
        SEND_ANONYMOUSLY,
        SEND_REACHABLE,
        EDIT,
        CANCEL,
        OTHER_GROUP;

        String encode() {
            return WORDS.encode(this);
        }

        static Optional<Press> parse(String data) {
            return WORDS.parse(data);
        }
    }

    static final ButtonWords<Press> WORDS = ButtonWords.of(Press.class, "anon", "reach", "edit", "cancel", "group");

    static Button button(String label, Press press) {
        return ButtonData.button(label, PREFIX, press.encode());
    }

    private final SuggestionFlow flow;
    private final SuggestionViews views;
    private final Identities identities;

    ReviewButton(SuggestionFlow flow, SuggestionViews views, Identities identities) {
        super(PREFIX, Press::parse);
        this.flow = flow;
        this.views = views;
        this.identities = identities;
    }

    @Override
    public void handle(Interaction in, Press press) {
        switch (press) {
            case SEND_ANONYMOUSLY -> send(in, Optional.empty());
            case SEND_REACHABLE -> send(in, Optional.of(new ChatAddress(in.chatId())));
            case EDIT ->
                flow.edit(in.user())
                        .ifPresentOrElse(
                                draft -> {
                                    in.answer(null);
                                    in.editPressed(
                                            views.askText(in, draft.workingGroup()) + "\n\n"
                                                    + in.t("suggest.edit-hint"),
                                            views.writing(in));
                                },
                                () -> views.gone(in));
            case OTHER_GROUP ->
                flow.regroup(in.user())
                        .ifPresentOrElse(
                                draft -> {
                                    in.answer(null);
                                    views.askWorkingGroupInPlace(in);
                                },
                                () -> views.gone(in));
            case CANCEL -> {
                if (flow.cancel(in.user())) {
                    in.answer(null);
                    in.editPressed(in.t("cancel.done"), Keyboard.NONE);
                } else {
                    in.answer(in.t("button.stale"));
                }
            }
        }
    }

    private void send(Interaction in, Optional<ChatAddress> replyTo) {
        flow.submit(in.user(), replyTo, in.locale())
                .ifPresentOrElse(
                        submitted -> {
                            in.answer(in.t("suggest.stored.toast"));
                            views.stored(in, submitted);
                        },
                        () -> views.gone(in));
    }
}
