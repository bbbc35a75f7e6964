package org.ronghe.core.sheets;

import org.ronghe.core.RuleBroken;

/**
 * A workbook's shared strings, kept compactly (all texts in one buffer, their ends in an int array) and bounded: a
 * sheet may not declare more strings than it has readable cells, nor more text than {@link #MAX_CHARS}. A hostile
 * workbook that packs millions of strings under the zip-bomb ratio is refused instead of filling the heap.
 */
final class SharedStrings {

    /**
     * Text of all shared strings together: 24 million characters, at most 48 MB of heap (100,000 rows need about 8).
     */
    static final int MAX_CHARS = 24_000_000;

    private final StringBuilder text = new StringBuilder();
    private final int maxCount;
    private int[] ends = new int[1_024];
    private int count;

    /** @param maxCount how many strings the sheet can use at most */
    SharedStrings(int maxCount) {
        this.maxCount = maxCount;
    }

    void add(CharSequence string) {
        if (count == maxCount) {
            throw new RuleBroken("sheet.too-many-strings", maxCount);
        }
        if (text.length() + string.length() > MAX_CHARS) {
            throw new RuleBroken("sheet.too-much-text", MAX_CHARS);
        }
        if (count == ends.length) {
            ends = java.util.Arrays.copyOf(ends, Math.min(maxCount, count * 2));
        }
        text.append(string);
        ends[count++] = text.length();
    }

    /** @throws RuleBroken when a cell refers to a string that does not exist */
    String get(int index) {
        if (index < 0 || index >= count) {
            throw new RuleBroken("sheet.unreadable");
        }
        return text.substring(index == 0 ? 0 : ends[index - 1], ends[index]);
    }
}
