/** Logging without personal data: exceptions stripped of their messages before they are logged. */
package org.civicrelay.logging;
