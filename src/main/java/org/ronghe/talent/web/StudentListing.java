package org.ronghe.talent.web;

import java.util.List;
import java.util.Map;
import org.ronghe.community.Community;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.PageResult;
import org.ronghe.core.TooManyRequests;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.identity.Permissions;
import org.ronghe.talent.programmes.ProgrammeBook;
import org.ronghe.talent.programmes.ProgrammeList;
import org.ronghe.talent.programmes.ProgrammeSummary;
import org.ronghe.talent.students.StudentAccess;
import org.ronghe.talent.students.StudentList;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Reads what the students' list page shows: whose students (the school's, those consenting to an organisation, a
 * programme's or a body's), one page of them, the user's own organisations to switch between and the school's
 * programmes to filter by.
 */
@Component
class StudentListing {

    private static final int PAGE_SIZE = 20;

    private final StudentList list;
    private final StudentAccess access;
    private final ProgrammeList programmes;
    private final ProgrammeBook book;
    private final Community community;
    private final Directory directory;
    private final Permissions permissions;

    StudentListing(
            StudentList list,
            StudentAccess access,
            ProgrammeList programmes,
            ProgrammeBook book,
            Community community,
            Directory directory,
            Permissions permissions) {
        this.list = list;
        this.access = access;
        this.programmes = programmes;
        this.book = book;
        this.community = community;
        this.directory = directory;
        this.permissions = permissions;
    }

    /** Fills the page's model; a list the user may not see throws (403), a search it may not run shows why. */
    void fill(StudentList.Filter given, boolean full, int page, Model model) {
        Map<Long, OrganisationSummary> mine = directory.summaries(permissions.administeredOrganisations());
        StudentList.Filter filter = given.scoped() ? given : defaultScope(given, mine);
        model.addAttribute("filter", filter);
        model.addAttribute("mine", mine.values());
        model.addAttribute("full", full);
        if (!filter.scoped()) {
            return;
        }
        access.requireListing(filter, full);
        try {
            model.addAttribute("students", list.find(filter, page, PAGE_SIZE, full));
        } catch (InvalidInput e) {
            searchRefused(model, e.problems().get(0).code(), e.problems().get(0).arguments());
        } catch (TooManyRequests e) {
            searchRefused(model, e.code(), e.arguments());
        }
        model.addAttribute("canReveal", access.canReveal(filter.schoolId()));
        model.addAttribute("canKeep", access.canKeep(filter.schoolId()));
        model.addAttribute("programmes", programmesOf(filter.schoolId()));
        model.addAttribute("scopeName", scopeName(filter));
    }

    /** A search the list may not run (by number outside a school's list, or too often): an empty list and why. */
    private static void searchRefused(Model model, String code, Object[] arguments) {
        model.addAttribute("students", new PageResult<>(List.of(), 0, PAGE_SIZE, 0));
        model.addAttribute("searchRefused", code);
        model.addAttribute("searchRefusedArguments", arguments);
    }

    /** Whose students these are: the school's or organisation's name, the programme's, or the body's. */
    private String scopeName(StudentList.Filter filter) {
        if (filter.schoolId() != null || filter.consentedTo() != null) {
            Long id = filter.schoolId() != null ? filter.schoolId() : filter.consentedTo();
            return directory.names(List.of(id)).get(id);
        }
        return filter.programmeId() != null
                ? book.get(filter.programmeId()).name()
                : community.get(filter.bodyId()).name();
    }

    /** A school admin lands on the school's students, an enterprise admin on those consenting to the enterprise. */
    private static StudentList.Filter defaultScope(StudentList.Filter given, Map<Long, OrganisationSummary> mine) {
        return mine.values().stream()
                .findFirst()
                .map(o -> o.type().isSchool()
                        ? new StudentList.Filter(o.id(), null, given.programmeId(), given.cohortId(), given.q())
                        : new StudentList.Filter(null, o.id(), given.programmeId(), given.cohortId(), given.q()))
                .orElse(given);
    }

    private List<ProgrammeSummary> programmesOf(Long schoolId) {
        return schoolId == null
                ? List.of()
                : programmes
                        .find(new ProgrammeList.Filter(null, null, null, schoolId, null, null), 0, 100)
                        .items();
    }
}
