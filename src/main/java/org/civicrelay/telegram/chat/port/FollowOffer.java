package org.civicrelay.telegram.chat.port;

import java.util.Locale;
import org.civicrelay.catalogue.RecommendationId;
import org.civicrelay.telegram.outbox.Button;

/**
 * A button that follows one recommendation in one press, for any feature to show (under the news that a
 * suggestion was linked to it). The feature that manages following answers the press.
 */
public interface FollowOffer {

    Button offer(Locale locale, RecommendationId recommendation);
}
