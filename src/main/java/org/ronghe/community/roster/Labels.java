package org.ronghe.community.roster;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;
import org.springframework.context.MessageSource;

/**
 * Reads organisation types and school levels as people write them in sheets: the label in simplified or traditional
 * Chinese or English (企业, 職業學校, Enterprise), or the code (ENTERPRISE).
 */
final class Labels {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final List<Locale> LOCALES =
            List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH);

    private final Map<String, OrganisationType> types = new HashMap<>();
    private final Map<String, SchoolLevel> levels = new HashMap<>();

    Labels(MessageSource messages) {
        for (OrganisationType type : OrganisationType.values()) {
            types.put(key(type.name()), type);
            LOCALES.forEach(l -> types.put(key(messages.getMessage(type.messageKey(), null, l)), type));
        }
        for (SchoolLevel level : SchoolLevel.values()) {
            levels.put(key(level.name()), level);
            LOCALES.forEach(l -> levels.put(key(messages.getMessage(level.messageKey(), null, l)), level));
        }
    }

    Optional<OrganisationType> type(String text) {
        return Optional.ofNullable(types.get(key(text)));
    }

    Optional<SchoolLevel> level(String text) {
        return Optional.ofNullable(levels.get(key(text)));
    }

    private static String key(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
