package org.civicrelay.telegram.chat;

import java.util.Optional;
import org.civicrelay.catalogue.RecommendationId;

/** Reads the recommendation id typed after /subscribe or /unsubscribe; shows the user what was typed when it is not one. */
public final class RecommendationArgument {

    private RecommendationArgument() {}

    /** The first word of the argument. */
    public static String firstWord(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? "" : stripped.split("\\s+", 2)[0];
    }

    public static Optional<RecommendationId> id(String text) {
        return RecommendationId.parse(firstWord(text));
    }

    /** What the user typed, cut short and escaped, for "there is no recommendation X". */
    public static String echo(String text) {
        return Html.escape(Texts.cut(firstWord(text), 20));
    }
}
