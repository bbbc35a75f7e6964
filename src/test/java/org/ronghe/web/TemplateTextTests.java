package org.ronghe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** Every user-visible string comes from the message bundles: no literal words in templates. */
class TemplateTextTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern WORDS = Pattern.compile("[\\p{L}]{2,}|\\p{IsHan}");
    private static final List<String> TEXT_ATTRIBUTES = List.of("placeholder", "title", "alt", "aria-label", "value");

    @Test
    void templatesContainNoLiteralText() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                offences.addAll(literalTextIn(file));
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void theCheckCatchesLiteralText() throws IOException {
        Path sample = Files.createTempFile("sample", ".html");
        Files.writeString(sample, "<p>保存</p><input placeholder=\"Search\"><span th:text=\"#{x}\"></span>");
        assertThat(literalTextIn(sample)).hasSize(2);
    }

    private static List<String> literalTextIn(Path file) throws IOException {
        Document document = Jsoup.parse(Files.readString(file));
        List<String> offences = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            if (element.tagName().equals("script") || element.tagName().equals("style")) {
                continue;
            }
            for (TextNode text : element.textNodes()) {
                if (WORDS.matcher(text.text()).find()) {
                    offences.add(file.getFileName() + ": " + text.text().trim());
                }
            }
            for (String attribute : TEXT_ATTRIBUTES) {
                if (element.hasAttr(attribute)
                        && WORDS.matcher(element.attr(attribute)).find()
                        && !(attribute.equals("value") && element.tagName().equals("option"))) {
                    offences.add(file.getFileName() + ": " + attribute + "=" + element.attr(attribute));
                }
            }
        }
        return offences;
    }
}
