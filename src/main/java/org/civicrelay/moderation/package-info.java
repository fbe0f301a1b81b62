/**
 * Who the moderators are, what they did (the audit trail), the triage of submissions, the anonymous relay
 * between moderators and authors, counts for /stats (with a port for subscriber counts).
 */
package org.civicrelay.moderation;
