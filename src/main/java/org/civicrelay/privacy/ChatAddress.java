package org.civicrelay.privacy;

/**
 * A Telegram chat to write back to, in memory only: what the adapter hands a module that must keep a way
 * to reach the person (a reachable author, a follower). That module seals it for the row it writes
 * ({@link Identities#seal}); it is never stored or logged as it is.
 */
public record ChatAddress(long id) {

    @Override
    public String toString() {
        return "ChatAddress[…]";
    }
}
