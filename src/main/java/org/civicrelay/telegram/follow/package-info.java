/**
 * Browsing the recommendations, following them, and the status notices followers receive.
 */
package org.civicrelay.telegram.follow;
