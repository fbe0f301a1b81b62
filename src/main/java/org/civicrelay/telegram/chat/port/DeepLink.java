package org.civicrelay.telegram.chat.port;

import org.civicrelay.telegram.chat.Interaction;

/**
 * Opens what a link {@code https://t.me/<bot>?start=PAYLOAD} points to (a handout, a QR code): it arrives as
 * {@code /start PAYLOAD}. Each feature opens its own payloads ({@code R7}, {@code suggest},
 * {@code suggest-media}); /start greets when none does.
 */
public interface DeepLink {

    /** True if this feature opened the payload (and answered). */
    boolean open(Interaction interaction, String payload);
}
