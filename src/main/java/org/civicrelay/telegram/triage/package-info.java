/**
 * The moderators' side of a suggestion: cards with triage buttons (and undo), internal notes, the queue with
 * its card buttons and the daily digest, messages between the moderators and an author through the bot,
 * /reopen and /unblock.
 */
package org.civicrelay.telegram.triage;
