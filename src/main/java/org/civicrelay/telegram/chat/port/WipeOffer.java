package org.civicrelay.telegram.chat.port;

import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Button;

/**
 * A button that offers to delete the conversation from the person's phone, for any feature to show at
 * the moment it matters (right after a suggestion is sent). The feature that wipes answers the press.
 */
public interface WipeOffer {

    Button offer(Interaction interaction);
}
