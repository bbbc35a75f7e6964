package org.ronghe.talent.web;

import java.util.List;
import java.util.stream.Stream;
import org.ronghe.talent.programmes.ProgrammeBook;
import org.ronghe.talent.programmes.ProgrammeList;
import org.springframework.stereotype.Component;

/** Where a school's students can go: each of its programmes, and each cohort of those, as one choice. */
@Component
class Enrolments {

    private final ProgrammeList programmes;
    private final ProgrammeBook book;

    Enrolments(ProgrammeList programmes, ProgrammeBook book) {
        this.programmes = programmes;
        this.book = book;
    }

    /**
     * A choice of programme ({@code 12}) or programme and cohort ({@code 12:34}), as the enrolment select offers it.
     */
    record Choice(String value, String programme, Integer intakeYear) {}

    List<Choice> of(Long schoolId) {
        if (schoolId == null) {
            return List.of();
        }
        return programmes
                .find(new ProgrammeList.Filter(null, null, null, schoolId, null, null), 0, 100)
                .items()
                .stream()
                .flatMap(p -> Stream.concat(
                        Stream.of(new Choice(p.id().toString(), p.name(), null)),
                        book.get(p.id()).cohorts().stream()
                                .map(c -> new Choice(p.id() + ":" + c.id(), p.name(), c.intakeYear()))))
                .toList();
    }
}
