/**
 * Who the moderators are, what they did (the audit trail), the triage of suggestions, the anonymous relay
 * between moderators and authors, counts for /stats (with a port for follower counts).
 */
package org.civicrelay.moderation;
