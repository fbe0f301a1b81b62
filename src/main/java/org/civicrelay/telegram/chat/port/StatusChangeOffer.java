package org.civicrelay.telegram.chat.port;

import java.util.Locale;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.telegram.outbox.Button;

/**
 * A button that starts a guided status change of one recommendation, for moderators, wherever a feature
 * shows a recommendation to them. The feature that changes statuses answers the press.
 */
public interface StatusChangeOffer {

    Button offer(Locale locale, RecommendationId recommendation);
}
