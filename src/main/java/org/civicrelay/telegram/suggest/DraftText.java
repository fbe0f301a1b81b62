package org.civicrelay.telegram.suggest;

import java.util.List;
import org.civicrelay.suggestion.Draft;
import org.civicrelay.suggestion.SuggestionFlow;
import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.chat.TextHandler;
import org.civicrelay.telegram.outbox.Keyboard;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A plain text while a suggestion is in progress: the suggestion itself; while it is being reviewed, a
 * second part (many people write in several messages), which the author may add to the text; before the
 * working group is chosen, a nudge towards the buttons.
 */
@Component
@Order(0)
class DraftText implements TextHandler {

    private final SuggestionFlow flow;
    private final SuggestionViews views;
    private final WriteAnswers answers;

    DraftText(SuggestionFlow flow, SuggestionViews views, WriteAnswers answers) {
        this.flow = flow;
        this.views = views;
        this.answers = answers;
    }

    @Override
    public boolean handle(Interaction in) {
        return flow.current(in.user())
                .map(draft -> {
                    if (draft.isChoosingWorkingGroup()) {
                        in.reply(in.t("suggest.use-working-group-buttons"));
                    } else if (draft.isReviewing()) {
                        offerToAdd(in);
                    } else {
                        answers.show(in, flow.write(in.user(), in.text(), in.messageId()), this::review);
                    }
                    return true;
                })
                .orElse(false);
    }

    private void review(Interaction in, Draft draft) {
        views.review(in, draft);
    }

    /** The offer answers the message itself, so that its text is read back from it on the press. */
    private void offerToAdd(Interaction in) {
        in.replyToMessage(
                in.t("suggest.add-offer"),
                Keyboard.of(
                        List.of(MoreTextButton.button(in.t("button.add-to-text"), MoreTextButton.Press.ADD)),
                        List.of(MoreTextButton.button(in.t("button.replace-text"), MoreTextButton.Press.REPLACE)),
                        List.of(MoreTextButton.button(in.t("button.not-part"), MoreTextButton.Press.NO))));
    }
}
