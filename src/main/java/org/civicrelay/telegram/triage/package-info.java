/**
 * The moderators' side: cards with triage buttons (and undo), internal notes, the queue with its card
 * buttons and the daily digest, replies through the bot, /reopen and /unblock, statistics, guided status
 * changes and the export for the workshop's report.
 */
package org.civicrelay.telegram.triage;
