/**
 * Guided status changes of a recommendation (/setstatus or the button under it): the statuses as buttons,
 * the public note, a preview with the number of followers to notify, nothing sent until confirmed.
 */
package org.civicrelay.telegram.status;
