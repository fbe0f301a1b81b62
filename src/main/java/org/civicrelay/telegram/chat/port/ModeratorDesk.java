package org.civicrelay.telegram.chat.port;

import java.util.Optional;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.suggestion.SuggestionRef;
import org.civicrelay.telegram.chat.Interaction;

/**
 * Where the author's side reaches the moderators: an answer posted under the suggestion's card (copied as
 * text, never forwarded), or the card redrawn after its author withdrew it. The feature that keeps the
 * cards implements it.
 */
public interface ModeratorDesk {

    /**
     * Posts the author's answer (plain text, escaped here) under the card, in the moderators' language, if the
     * conversation is still open and this hour's allowance for it is not used up. Empty if it went; otherwise
     * why not, as text for the author in their language.
     */
    Optional<String> postAnswer(Interaction in, SuggestionRef ref, String answer);

    /** The author withdrew the suggestion: its card says so, and its text leaves the card. */
    void withdrawn(Suggestion suggestion);

    /** The longest answer an author may send (the same as a suggestion, so that it fits under the card). */
    int maxAnswerLength();

    /**
     * Why this answer cannot go as it is, as text for the author; empty if it can. Its length is counted in
     * UTF-16 units, as Telegram counts its limit (an emoji counts twice), so that an answer said to be sent
     * is never refused by Telegram afterwards.
     */
    default Optional<String> refusal(Interaction in, String answer) {
        int length = answer.length();
        if (length == 0) {
            return Optional.of(in.t("suggest.empty"));
        }
        if (length > maxAnswerLength()) {
            return Optional.of(in.t("relay.answer-too-long", length, maxAnswerLength()));
        }
        return Optional.empty();
    }
}
