package org.ronghe.audit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ronghe.core.work.SubjectNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts an audit record into words in the reader's language: the action ({@code talent.hire.confirmed} → 企业确认就业), the
 * result, the subject's parts with links to their pages ({@code hire:1} → 就业记录 1), and the client address as people
 * write it ({@code 0:0:0:0:0:0:0:1} → {@code ::1}). A code without words is shown as it is.
 */
@Component
public class AuditWords {

    private static final Pattern PART = Pattern.compile("([a-z-]+):(.+)");
    private static final Map<String, String> PAGES = Map.ofEntries(
            Map.entry("body", "/bodies/"),
            Map.entry("organisation", "/organisations/"),
            Map.entry("agreement", "/agreements/"),
            Map.entry("hire", "/talent/hires/"),
            Map.entry("internship", "/talent/internships/"),
            Map.entry("student", "/talent/students/"),
            Map.entry("programme", "/talent/programmes/"),
            Map.entry("talent-need", "/talent/needs/"),
            Map.entry("school", "/organisations/"),
            Map.entry("registration", "/registrations/"));

    /** One part of a subject: its words, and the page it links to (or null). */
    public record Part(String words, String href) {}

    /** A record as the page and the export show it. */
    public record Described(AuditRecord record, String action, String result, List<Part> subject, String origin) {

        public String subjectText() {
            return String.join(" / ", subject.stream().map(Part::words).toList());
        }
    }

    private final MessageSource messages;
    private final List<SubjectNames> names;

    AuditWords(MessageSource messages, List<SubjectNames> names) {
        this.messages = messages;
        this.names = names;
    }

    public Described describe(AuditRecord r, Locale locale) {
        return describeAll(List.of(r), locale).get(0);
    }

    /** Several records, their subjects named by the modules that keep them (one lookup per kind of subject). */
    public List<Described> describeAll(List<AuditRecord> records, Locale locale) {
        Map<String, String> named = namesOf(records);
        return records.stream()
                .map(r -> new Described(
                        r,
                        action(r.action(), locale),
                        word("audit.result.", r.result(), locale),
                        subject(r.subject(), named, locale),
                        origin(r.origin())))
                .toList();
    }

    private Map<String, String> namesOf(List<AuditRecord> records) {
        Map<String, Set<String>> ids = new HashMap<>();
        records.stream()
                .filter(r -> r.subject() != null)
                .flatMap(r -> Arrays.stream(r.subject().split("/")))
                .map(PART::matcher)
                .filter(Matcher::matches)
                .forEach(m ->
                        ids.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(m.group(2)));
        Map<String, String> named = new HashMap<>();
        ids.forEach((kind, some) ->
                names.forEach(n -> n.names(kind, some).forEach((id, name) -> named.put(kind + ":" + id, name))));
        return named;
    }

    public String action(String code, Locale locale) {
        return word("audit.action.", code, locale);
    }

    private List<Part> subject(String subject, Map<String, String> named, Locale locale) {
        List<Part> parts = new ArrayList<>();
        if (subject == null) {
            return parts;
        }
        for (String piece : subject.split("/")) {
            Matcher m = PART.matcher(piece);
            if (m.matches()) {
                String type = m.group(1);
                String id = m.group(2);
                String href = PAGES.containsKey(type) && id.chars().allMatch(Character::isDigit)
                        ? PAGES.get(type) + id
                        : null;
                parts.add(new Part(word("audit.subject.", type, locale) + " " + named.getOrDefault(piece, id), href));
            } else {
                parts.add(new Part(messages.getMessage("role." + piece, null, piece, locale), null));
            }
        }
        return parts;
    }

    private String word(String prefix, String code, Locale locale) {
        return code == null ? "" : messages.getMessage(prefix + code, null, code, locale);
    }

    /** An IPv6 address in its short form (RFC 5952); anything else as it is. */
    public static String origin(String origin) {
        if (origin == null || !origin.contains(":") || !origin.matches("[0-9a-fA-F:.]+")) {
            return origin;
        }
        try {
            byte[] bytes = InetAddress.getByName(origin).getAddress();
            return bytes.length == 16
                    ? shortForm(bytes)
                    : InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return origin;
        }
    }

    private static String shortForm(byte[] bytes) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(i, j);
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
