/**
 * Who follows which recommendation, and the fan-out of a status change to them through the
 * {@link org.civicrelay.follow.Notifier} port; no Telegram here.
 */
package org.civicrelay.follow;
