package org.ronghe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The traditional Chinese and English bundles translate every key of the simplified Chinese one. */
class MessageBundleTests {

    @ParameterizedTest
    @ValueSource(strings = {"messages_zh_TW.properties", "messages_en.properties"})
    void translationHasExactlyTheKeysOfTheDefaultBundle(String bundle) throws IOException {
        Properties base = load("messages.properties");
        Properties translation = load(bundle);
        assertThat(translation.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(base.stringPropertyNames());
        base.stringPropertyNames().forEach(key -> {
            for (int i = 0; i < 3; i++) {
                if (base.getProperty(key).contains("{" + i + "}")) {
                    assertThat(translation.getProperty(key))
                            .as(bundle + " " + key)
                            .contains("{" + i + "}");
                }
            }
        });
    }

    /**
     * A message with arguments goes through MessageFormat, where a lone apostrophe quotes what follows: before an
     * argument ("the link's {0}") it hides the argument, after one ("{0}: members' contributions") it vanishes. There
     * an apostrophe is written twice.
     */
    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_zh_TW.properties", "messages_en.properties"})
    void messagesWithArgumentsShowTheirArguments(String bundle) throws IOException {
        Properties messages = load(bundle);
        messages.stringPropertyNames().stream()
                .filter(key -> messages.getProperty(key).matches("(?s).*\\{\\d+}.*"))
                .forEach(key -> assertThat(
                                java.text.MessageFormat.format(messages.getProperty(key), "ARG", "ARG", "ARG"))
                        .as(bundle + " " + key)
                        .contains("ARG"));
        messages.stringPropertyNames().stream()
                .filter(key -> messages.getProperty(key).matches("(?s).*\\{\\d+}.*"))
                .forEach(key -> assertThat(messages.getProperty(key).replace("''", ""))
                        .as(bundle + " " + key + ": an apostrophe written once")
                        .doesNotContain("'"));
    }

    /**
     * A key written twice keeps only its last value: a field's label written after an error message of the same key
     * showed "专业代码" where the problem should have been explained.
     */
    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_zh_TW.properties", "messages_en.properties"})
    void everyKeyIsWrittenOnce(String bundle) throws IOException {
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.List<String> twice =
                Files.readAllLines(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                        .map(line -> line.substring(0, line.indexOf('=')).strip())
                        .filter(key -> !seen.add(key))
                        .toList();
        assertThat(twice).as(bundle).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
