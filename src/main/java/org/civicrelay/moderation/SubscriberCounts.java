package org.civicrelay.moderation;

import java.util.Map;

/**
 * A port for /stats: how many people follow each recommendation (by id). The subscription module
 * implements it; without an implementation /stats leaves the section out.
 */
public interface SubscriberCounts {

    Map<String, Integer> byRecommendation();
}
