package org.civicrelay.telegram.suggest;

import org.civicrelay.suggestion.SuggestionFlow;
import org.civicrelay.suggestion.WriteResult;
import org.civicrelay.telegram.chat.EditHandler;
import org.civicrelay.telegram.chat.Interaction;
import org.springframework.stereotype.Component;

/**
 * The author edited the message their draft came from (Telegram's Edit): the edited text replaces the
 * draft, and the review is shown again. An edit of any other message is not this handler's.
 */
@Component
class DraftEdit implements EditHandler {

    private final SuggestionFlow flow;
    private final SuggestionViews views;
    private final WriteAnswers answers;

    DraftEdit(SuggestionFlow flow, SuggestionViews views, WriteAnswers answers) {
        this.flow = flow;
        this.views = views;
        this.answers = answers;
    }

    @Override
    public boolean handle(Interaction in) {
        WriteResult result = flow.replace(in.user(), in.messageId(), in.text());
        if (result instanceof WriteResult.NotWriting) {
            return false;
        }
        answers.show(in, result, (interaction, draft) -> {
            interaction.reply(interaction.t("suggest.edit-taken"));
            views.review(interaction, draft);
        });
        return true;
    }
}
