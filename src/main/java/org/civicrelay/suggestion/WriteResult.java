package org.civicrelay.suggestion;

/** What became of a text sent while writing a suggestion. */
public sealed interface WriteResult {

    /** The text is kept and awaits review. */
    record Accepted(Draft draft) implements WriteResult {
    }

    /** Nothing but blanks. */
    record Empty() implements WriteResult {
    }

    /** Over the limit; the author is told both numbers. */
    record TooLong(int length, int limit) implements WriteResult {
    }

    /** No suggestion is being written right now. */
    record NotWriting() implements WriteResult {
    }
}
