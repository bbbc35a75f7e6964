package org.ronghe.evaluation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.ronghe.evaluation.frameworks.Definition;
import org.ronghe.evaluation.frameworks.FrameworkBook;
import org.ronghe.evaluation.frameworks.Frameworks;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The frameworks Ronghe ships (a city consortium's, an industry community's; written by the team from public policy, to
 * be adapted by each evaluating department): published at start-up as version 1 of their code when no framework of that
 * code exists, so an install's own versions are never touched.
 */
@Component
class FrameworkTemplates {

    private static final String LOCATION = "classpath:evaluation/templates/*.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Frameworks frameworks;
    private final FrameworkBook book;

    FrameworkTemplates(Frameworks frameworks, FrameworkBook book) {
        this.frameworks = frameworks;
        this.book = book;
    }

    record Template(String code, String name, String bodyKind, Definition definition) {}

    @EventListener(ApplicationReadyEvent.class)
    void publishMissing() {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                try (InputStream in = resource.getInputStream()) {
                    Template template = JSON.readValue(in, Template.class);
                    if (frameworks
                            .findFirstByCodeOrderByNumberDesc(template.code())
                            .isEmpty()) {
                        var draft = book.draft(
                                template.code(), template.name(), template.bodyKind(), template.definition());
                        book.publish(draft.id(), draft.version());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
