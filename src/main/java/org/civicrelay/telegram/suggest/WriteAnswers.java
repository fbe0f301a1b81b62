package org.civicrelay.telegram.suggest;

import java.util.function.BiConsumer;
import org.civicrelay.suggestion.Draft;
import org.civicrelay.suggestion.WriteResult;
import org.civicrelay.telegram.chat.Interaction;
import org.springframework.stereotype.Component;

/** What the author is told about a text given to the draft: the next step, or why it was not taken. */
@Component
class WriteAnswers {

    /** Shows the result; {@code accepted} runs for a text the draft took. */
    void show(Interaction in, WriteResult result, BiConsumer<Interaction, Draft> accepted) {
        if (result instanceof WriteResult.Accepted taken) {
            accepted.accept(in, taken.draft());
        } else if (result instanceof WriteResult.TooLong tooLong) {
            in.reply(in.t("suggest.too-long", tooLong.length(), tooLong.limit()));
        } else if (result instanceof WriteResult.Empty) {
            in.reply(in.t("suggest.empty"));
        } else if (result instanceof WriteResult.Unavailable) {
            in.reply(in.t("suggest.unavailable"));
        }
    }
}
