/**
 * The moderators' side: cards with triage buttons, the queue, replies through the bot, statistics and
 * status changes.
 */
package org.civicrelay.telegram.triage;
