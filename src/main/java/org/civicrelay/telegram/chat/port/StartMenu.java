package org.civicrelay.telegram.chat.port;

import org.civicrelay.telegram.chat.Interaction;
import org.civicrelay.telegram.outbox.Button;

/**
 * A button under the greeting (/start), offered by the feature that answers it: Suggest, Recommendations,
 * What is kept, Language. Lower positions come first.
 */
public interface StartMenu {

    Button button(Interaction interaction);

    int position();
}
