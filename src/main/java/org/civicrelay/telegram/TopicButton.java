package org.civicrelay.telegram;

import org.civicrelay.submission.SuggestionService;
import org.springframework.stereotype.Component;

/** A working group chosen for the suggestion: now the author writes it. */
@Component
class TopicButton implements ButtonHandler {

    private final SuggestionService suggestions;
    private final SuggestionViews views;

    TopicButton(SuggestionService suggestions, SuggestionViews views) {
        this.suggestions = suggestions;
        this.views = views;
    }

    @Override
    public String prefix() {
        return SuggestionViews.TOPIC;
    }

    @Override
    public void handle(Interaction in, String topic) {
        suggestions.chooseTopic(in.user(), topic).ifPresentOrElse(
                draft -> {
                    in.answer(null);
                    in.editPressed(views.askText(in, draft.topic(), suggestions.maxLength()), Keyboard.NONE);
                },
                () -> in.answer(in.t("button.stale")));
    }
}
