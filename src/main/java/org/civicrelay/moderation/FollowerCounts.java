package org.civicrelay.moderation;

import java.util.Map;

/**
 * A port for /stats: how many people follow each recommendation (by id). The follow module
 * implements it; without an implementation /stats leaves the section out.
 */
public interface FollowerCounts {

    Map<String, Integer> byRecommendation();
}
