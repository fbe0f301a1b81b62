/** The workshop's working groups, recommendations and statuses. */
package org.civicrelay.catalogue;
