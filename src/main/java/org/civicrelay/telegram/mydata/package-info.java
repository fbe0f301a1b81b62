/**
 * What a person can do about themselves: the greeting, help, the privacy notice, their own suggestions,
 * forgetting and wiping.
 */
package org.civicrelay.telegram.mydata;
