package org.civicrelay.telegram.chat;

import java.util.Optional;
import org.civicrelay.suggestion.Suggestion;
import org.civicrelay.suggestion.SuggestionRef;

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
}
