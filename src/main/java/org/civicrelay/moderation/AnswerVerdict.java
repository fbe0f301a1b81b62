package org.civicrelay.moderation;

import org.civicrelay.suggestion.Suggestion;

/** Whether an author's answer about a suggestion goes on to the moderators. */
public sealed interface AnswerVerdict {

    /** It goes: the suggestion is open to a decision and this hour's allowance is not used up. */
    record Relay(Suggestion suggestion) implements AnswerVerdict {}

    /** The suggestion was decided (or marked as spam): the conversation is closed, nothing goes on. */
    record Closed() implements AnswerVerdict {}

    /** The author already sent {@code perHour} answers about it within the hour. */
    record TooMany(int perHour) implements AnswerVerdict {}

    /** No such suggestion (any more). */
    record Unknown() implements AnswerVerdict {}
}
