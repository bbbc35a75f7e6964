package org.ronghe.core.sheets;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The arguments of an import's problem as one text column: joined by a unit separator, whole numbers marked so that
 * they come back as numbers (messages may format them with {@code {0,number,#}}).
 */
public final class ProblemArguments {

    private static final String SEPARATOR = "\u001f";
    private static final String NUMBER = "\u001e";

    private ProblemArguments() {}

    /** The arguments as stored, at most {@code max} characters. */
    public static String join(Object[] arguments, int max) {
        String joined = Arrays.stream(arguments)
                .map(a -> a instanceof Integer || a instanceof Long ? NUMBER + a : String.valueOf(a))
                .collect(Collectors.joining(SEPARATOR));
        return joined.length() <= max ? joined : joined.substring(0, max - 1) + "…";
    }

    /** The arguments as they were, whole numbers as numbers. */
    public static Object[] split(String joined) {
        if (joined == null || joined.isEmpty()) {
            return new Object[0];
        }
        return Arrays.stream(joined.split(SEPARATOR, -1))
                .map(a -> a.startsWith(NUMBER) ? (Object) Long.valueOf(a.substring(1)) : a)
                .toArray();
    }
}
