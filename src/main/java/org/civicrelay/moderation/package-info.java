/** Who the moderators are, what they did (the audit trail), and the triage of submissions. */
package org.civicrelay.moderation;
