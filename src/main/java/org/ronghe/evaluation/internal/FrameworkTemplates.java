package org.ronghe.evaluation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.ronghe.evaluation.frameworks.Definition;
import org.ronghe.evaluation.frameworks.FrameworkBook;
import org.ronghe.evaluation.frameworks.Frameworks;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
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
@Order(5) // before the demo data (10–12), whose sample body opens an evaluation under one of them
class FrameworkTemplates implements ApplicationRunner {

    private static final String LOCATION = "classpath:evaluation/templates/*.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Frameworks frameworks;
    private final FrameworkBook book;

    FrameworkTemplates(Frameworks frameworks, FrameworkBook book) {
        this.frameworks = frameworks;
        this.book = book;
    }

    record Template(String code, String name, String bodyKind, Definition definition) {}

    @Override
    public void run(ApplicationArguments args) {
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
