package org.civicrelay.telegram.chat.port;

import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Button;

/**
 * A button that starts a suggestion in a given working group, for any feature to show (under a
 * recommendation: "Suggest on this"). The feature that runs suggestions answers the press.
 */
public interface SuggestOffer {

    Button offer(Interaction interaction, String workingGroup);
}
