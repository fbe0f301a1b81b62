package org.civicrelay.privacy;

/**
 * Whatever was kept about a chat must go: the user blocked the bot or deleted their account (403,
 * {@code my_chat_member} kicked), or asked the bot to forget them ({@code /forget}). Each module erases
 * what it keeps for that chat. {@code forgetRequested} marks the /forget case, where the user also chose
 * whether the text of their (reachable) suggestions goes too.
 */
public record ChatGone(Pseudonym chat, boolean forgetRequested, boolean eraseSuggestionText) {

    /** The chat is unreachable: erase everything kept so as to write to it. */
    public ChatGone(Pseudonym chat) {
        this(chat, false, false);
    }

    /** The person asked to be forgotten. */
    public static ChatGone forgetRequested(Pseudonym person, boolean eraseSuggestionText) {
        return new ChatGone(person, true, eraseSuggestionText);
    }
}
