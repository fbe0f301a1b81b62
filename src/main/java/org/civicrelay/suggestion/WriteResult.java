package org.civicrelay.suggestion;

/** What became of a text sent while writing a suggestion. */
public sealed interface WriteResult {

    /** The text is kept and awaits review (or, when it came before the working group, the group's choice). */
    record Accepted(Draft draft) implements WriteResult {}

    /** Nothing but blanks. */
    record Empty() implements WriteResult {}

    /** Over the limit; the author is told both numbers. */
    record TooLong(int length, int limit) implements WriteResult {}

    /** No suggestion is being written right now (or not at a step that takes this text). */
    record NotWriting() implements WriteResult {}

    /** The author may not send a suggestion for now (a moderator marked an earlier one as spam). */
    record Unavailable() implements WriteResult {}
}
