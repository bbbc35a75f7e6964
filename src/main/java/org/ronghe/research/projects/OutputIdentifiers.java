package org.ronghe.research.projects;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ronghe.core.ChineseText;
import org.ronghe.core.InvalidIdentifier;
import org.ronghe.core.PatentNumber;

/**
 * The identifiers of outputs, checked for form and kept in one spelling: a Chinese patent application or patent number
 * (check character, {@link PatentNumber}), a DOI ({@code 10.<registrant>/<suffix>}, a doi.org address or "doi:" taken
 * off), a standard number (GB, GB/T, GB/Z, trade standards such as YS/T, local DB standards, group standards T/…, with
 * its year: {@code GB/T 3190-2020}), a software copyright registration number ({@code 2021SR0123456}).
 */
final class OutputIdentifiers {

    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern STANDARD =
            Pattern.compile("(GB/T|GB/Z|GB|[A-Z]{2}/T|[A-Z]{2}/Z|[A-Z]{2}|DB\\d{2}/T|DB\\d{2}|T/[A-Z0-9]{2,12})"
                    + "\\s*(\\d{1,6}(?:\\.\\d{1,3})*)\\s*[-—–]\\s*((?:19|20)\\d{2})");
    private static final Pattern SOFTWARE = Pattern.compile("((?:19|20)\\d{2})SR(\\d{6,7})");

    private OutputIdentifiers() {}

    /**
     * The identifier as kept, or null when none was given and the kind does not need one.
     *
     * @throws InvalidIdentifier when it is malformed, or missing for a patent or a standard
     */
    static String parse(OutputKind kind, String input) {
        String given = input == null ? "" : ChineseText.foldWidth(input).strip();
        if (given.isEmpty()) {
            if (kind == OutputKind.PATENT || kind == OutputKind.STANDARD) {
                throw new InvalidIdentifier("research.output.identifier-required");
            }
            return null;
        }
        return switch (kind) {
            case PATENT -> PatentNumber.parse(given).value();
            case PAPER -> doi(given);
            case STANDARD -> standard(given);
            case SOFTWARE_COPYRIGHT -> software(given);
            case PRODUCT, PROCESS -> given;
        };
    }

    /** INVENTION, UTILITY_MODEL or DESIGN, read from a patent number's kind digit (PCT entries count as theirs). */
    static String patentKind(String number) {
        return switch (new PatentNumber(number).kind()) {
            case '1', '8' -> "INVENTION";
            case '2', '9' -> "UTILITY_MODEL";
            default -> "DESIGN";
        };
    }

    private static String doi(String given) {
        String bare = given.replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:\\s*)", "");
        if (!DOI.matcher(bare).matches()) {
            throw new InvalidIdentifier("identifier.doi.format", given);
        }
        return bare.toLowerCase(Locale.ROOT);
    }

    private static String standard(String given) {
        Matcher m = STANDARD.matcher(given.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidIdentifier("identifier.standard.format", given);
        }
        return m.group(1) + " " + m.group(2) + "-" + m.group(3);
    }

    private static String software(String given) {
        Matcher m = SOFTWARE.matcher(given.toUpperCase(Locale.ROOT).replaceAll("\\s+", ""));
        if (!m.matches()) {
            throw new InvalidIdentifier("identifier.software-copyright.format", given);
        }
        return m.group(1) + "SR" + m.group(2);
    }
}
