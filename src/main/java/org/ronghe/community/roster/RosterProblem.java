package org.ronghe.community.roster;

/**
 * Why one cell (or row) of a roster cannot be imported: the sheet row number (as Excel shows it), the
 * column letter, the value as read, and a message key with arguments.
 */
public record RosterProblem(int row, String column, String value, String code, Object[] arguments) {
}
