/** Commands an operator runs beside the bot without starting it: {@code backup FILE}. */
package org.civicrelay.operations;
