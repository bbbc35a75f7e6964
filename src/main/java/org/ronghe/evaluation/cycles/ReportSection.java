package org.ronghe.evaluation.cycles;

import jakarta.persistence.Embeddable;

/** A section the secretariat writes for its annual report: a title and its text (paragraphs on separate lines). */
@Embeddable
public record ReportSection(String title, String text) {

    static final int MAX_SECTIONS = 20;
    static final int TITLE_MAX = 100;
    static final int TEXT_MAX = 10_000;
}
