/**
 * Docking fairs (对接会): a secretariat plans an event, selects needs and capabilities, lets the platform propose pairs
 * from the matches and schedule them to tables and time slots, adjusts them, exports the schedule and records each
 * pair's outcome (a docking proposed from it, when both sides want to go on).
 */
package org.ronghe.docking.fairs;
