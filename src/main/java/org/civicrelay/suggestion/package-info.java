/** Suggestions from activists: the drafting flow, stored suggestions and their references. */
package org.civicrelay.suggestion;
