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
 * Checks a new password: minimum length, character classes used, and not a commonly used password
 * (compared case-insensitively against {@code identity/common-passwords.txt}).
 */
@Component
public class PasswordPolicy {

    private static final Set<String> COMMON = load();
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
        if (password != null && COMMON.contains(password.toLowerCase())) {
            problems.add("password.common");
        }
        return problems;
    }

    public SecuritySettings settings() {
        return settings;
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
            return reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(String::toLowerCase).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
