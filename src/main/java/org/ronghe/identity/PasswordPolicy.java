package org.ronghe.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks a new password: minimum length, character classes used, no padding with spaces, at most 72 bytes (what bcrypt
 * reads), enough different characters, and not a commonly used password: compared case-insensitively against
 * {@code identity/common-passwords.txt}, also once digits written for letters are read back and the digits and symbols
 * around it are taken off ({@code Passw0rd!} is {@code password}, {@code Qwerty123!} is {@code qwerty}).
 */
@Component
public class PasswordPolicy {

    private static final Set<String> COMMON = load();
    /** bcrypt reads no more; a longer password is refused rather than cut. */
    static final int MAX_BYTES = 72;

    private static final String LEET = "0o1l3e4a5s7t@a$s";
    private final SecuritySettings settings;

    PasswordPolicy(SecuritySettings settings) {
        this.settings = settings;
    }

    /** Message keys of the rules the password breaks; empty when it is acceptable. */
    public List<String> violations(String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < settings.passwordMinLength()) {
            problems.add("password.too-short");
        }
        if (password != null && classes(password) < settings.passwordMinClasses()) {
            problems.add("password.too-simple");
        }
        if (password != null && (COMMON.contains(password.toLowerCase()) || COMMON.contains(base(password)))) {
            problems.add("password.common");
        }
        if (password != null && !password.equals(password.strip())) {
            problems.add("password.padded");
        }
        if (password != null && password.codePoints().distinct().count() < 5) {
            problems.add("password.repetitive");
        }
        if (password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add("password.too-long");
        }
        return problems;
    }

    public SecuritySettings settings() {
        return settings;
    }

    /** The word under a password: digits written for letters read back, digits and symbols around it taken off. */
    private static String base(String password) {
        StringBuilder word = new StringBuilder();
        for (char c : bare(password.toLowerCase()).toCharArray()) {
            int leet = LEET.indexOf(c);
            word.append(leet >= 0 && leet % 2 == 0 ? LEET.charAt(leet + 1) : c);
        }
        return bare(word.toString());
    }

    private static String bare(String text) {
        return text.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    }

    private static int classes(String password) {
        int lower = password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        int upper = password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        int digit = password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        int other = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        return lower + upper + digit + other;
    }

    private static Set<String> load() {
        var stream = PasswordPolicy.class.getClassLoader().getResourceAsStream("identity/common-passwords.txt");
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(String::toLowerCase)
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
