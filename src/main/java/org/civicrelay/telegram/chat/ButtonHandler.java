package org.civicrelay.telegram.chat;

import java.util.Optional;

/**
 * Answers the presses of one kind of button. The button's callback data is {@link #prefix()}, a colon and
 * the handler's payload {@code P}: a small record defined next to the handler, which encodes it when a
 * view builds the button and reads it back here, so that writer and reader cannot drift apart. Data that
 * does not read back (an old button of an earlier version, or forged data) is answered "no longer
 * active" by the router and changes nothing. The data never carries an identifier.
 *
 * @param <P> what a press of this handler's buttons says
 */
public interface ButtonHandler<P> {

    /** The start of this handler's callback data, unique among handlers. */
    String prefix();

    /** What follows the prefix, read back into the payload; empty if this handler never wrote it. */
    Optional<P> parse(String data);

    /** Moderators' buttons (on cards, in the moderators' chat) are refused to everyone else. */
    default Audience audience() {
        return Audience.ACTIVISTS;
    }

    void handle(Interaction interaction, P press);
}
