package org.ronghe.talent.web;

import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Map;
import org.ronghe.community.Community;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.PageResult;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.TooManyRequests;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.identity.Permissions;
import org.ronghe.talent.CorrectionRequest;
import org.ronghe.talent.Gender;
import org.ronghe.talent.StudentSelfService;
import org.ronghe.talent.HireBook;
import org.ronghe.talent.InternshipBook;
import org.ronghe.talent.PlacementViews;
import org.ronghe.talent.ProgrammeBook;
import org.ronghe.talent.ProgrammeList;
import org.ronghe.talent.ProgrammeSummary;
import org.ronghe.talent.Student;
import org.ronghe.talent.StudentAccess;
import org.ronghe.talent.StudentCards;
import org.ronghe.talent.StudentList;
import org.ronghe.talent.StudentBook;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Students in the browser: a school's list (or the students consenting to the user's organisation), enrolling,
 * one student with consents, revising. Numbers are masked; a personal-data officer may show them (audited).
 */
@Controller
class StudentPages {

    private final StudentBook registry;
    private final StudentList list;
    private final StudentCards cards;
    private final StudentAccess access;
    private final ProgrammeList programmes;
    private final Enrolments enrolments;
    private final ProgrammeBook book;
    private final Community community;
    private final Directory directory;
    private final Permissions permissions;
    private final PageOutcomes outcomes;
    private final InternshipBook internships;
    private final HireBook hires;
    private final PlacementViews views;
    private final StudentSelfService self;

    StudentPages(StudentBook registry, StudentList list, StudentCards cards, StudentAccess access,
                 ProgrammeList programmes, Enrolments enrolments, Directory directory, Permissions permissions, PageOutcomes outcomes,
                 InternshipBook internships, HireBook hires, PlacementViews views,
                 ProgrammeBook book, Community community, StudentSelfService self) {
        this.self = self;
        this.registry = registry;
        this.list = list;
        this.cards = cards;
        this.access = access;
        this.programmes = programmes;
        this.enrolments = enrolments;
        this.directory = directory;
        this.permissions = permissions;
        this.outcomes = outcomes;
        this.internships = internships;
        this.hires = hires;
        this.views = views;
        this.book = book;
        this.community = community;
    }

    @GetMapping("/talent/students")
    @PreAuthorize("isAuthenticated()")
    String list(@ModelAttribute("filter") StudentList.Filter given, @RequestParam(defaultValue = "false") boolean full,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Map<Long, OrganisationSummary> mine = directory.summaries(permissions.administeredOrganisations());
        StudentList.Filter filter = given.scoped() ? given : defaultScope(given, mine);
        model.addAttribute("filter", filter);
        model.addAttribute("mine", mine.values());
        model.addAttribute("full", full);
        if (!filter.scoped()) {
            return "talent/students";
        }
        access.requireListing(filter, full);
        try {
            model.addAttribute("students", list.find(filter, page, 20, full));
        } catch (InvalidInput e) {
            searchRefused(model, e.problems().get(0).code(), e.problems().get(0).arguments());
        } catch (TooManyRequests e) {
            searchRefused(model, e.code(), e.arguments());
        }
        model.addAttribute("canReveal", access.canReveal(filter.schoolId()));
        model.addAttribute("canKeep", access.canKeep(filter.schoolId()));
        model.addAttribute("programmes", programmesOf(filter.schoolId()));
        model.addAttribute("scopeName", scopeName(filter));
        return "talent/students";
    }

    /** A search the list may not run (by number outside a school's list, or too often): an empty list and why. */
    private static void searchRefused(Model model, String code, Object[] arguments) {
        model.addAttribute("students", new PageResult<>(List.of(), 0, 20, 0));
        model.addAttribute("searchRefused", code);
        model.addAttribute("searchRefusedArguments", arguments);
    }

    /** Whose students these are: the school's or organisation's name, the programme's, or the body's. */
    private String scopeName(StudentList.Filter filter) {
        if (filter.schoolId() != null || filter.consentedTo() != null) {
            Long id = filter.schoolId() != null ? filter.schoolId() : filter.consentedTo();
            return directory.summaries(List.of(id)).values().stream().findFirst().map(OrganisationSummary::name).orElse(null);
        }
        return filter.programmeId() != null ? book.get(filter.programmeId()).name() : community.get(filter.bodyId()).name();
    }

    /** A school admin lands on the school's students, an enterprise admin on those consenting to the enterprise. */
    private static StudentList.Filter defaultScope(StudentList.Filter given, Map<Long, OrganisationSummary> mine) {
        return mine.values().stream().findFirst().map(o -> o.type().isSchool()
                ? new StudentList.Filter(o.id(), null, given.programmeId(), given.cohortId(), given.q())
                : new StudentList.Filter(null, o.id(), given.programmeId(), given.cohortId(), given.q())).orElse(given);
    }

    @GetMapping("/talent/students/new")
    @PreAuthorize("@studentAccess.canKeep(#schoolId)")
    String enrolForm(@RequestParam Long schoolId, @RequestParam(required = false) Long programmeId, Model model) {
        StudentForm form = new StudentForm();
        form.setSchoolId(schoolId);
        form.setProgrammeId(programmeId);
        return form(form, null, model);
    }

    @PostMapping("/talent/students")
    @PreAuthorize("isAuthenticated()")
    String enrol(@ModelAttribute("form") StudentForm form, BindingResult errors, Model model) {
        if (!access.canKeep(form.getSchoolId())) {
            throw new AccessDeniedException("student");
        }
        try {
            return "redirect:/talent/students/" + registry.enrol(form.details()).id();
        } catch (InvalidInput e) {
            e.problems().forEach(p -> errors.rejectValue(p.field(), p.code(), p.arguments(), p.code()));
            return form(form, null, model);
        }
    }

    @GetMapping("/talent/students/{id}")
    @PreAuthorize("@studentAccess.canRead(#id)")
    String show(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean full, Model model) {
        Student student = registry.get(id);
        if (full && !access.canReveal(student.schoolId())) {
            throw new AccessDeniedException("personal data");
        }
        boolean keeps = access.canKeep(student.schoolId());
        model.addAttribute("student", cards.of(id, full, keeps));
        model.addAttribute("canKeep", keeps);
        model.addAttribute("canReveal", access.canReveal(student.schoolId()));
        model.addAttribute("internships", keeps ? internships.ofStudent(id).stream().map(views::of).toList() : List.of());
        model.addAttribute("hires", keeps ? hires.ofStudent(id).stream().map(views::of).toList() : List.of());
        model.addAttribute("account", keeps ? self.accountOf(id).orElse(null) : null);
        model.addAttribute("corrections", keeps ? self.corrections(id, full) : List.of());
        return "talent/student";
    }

    @PostMapping("/talent/students/{id}/account")
    @PreAuthorize("@studentAccess.canManage(#id)")
    String openAccount(@PathVariable Long id, @RequestParam(defaultValue = "") String username,
                       @RequestParam(defaultValue = "") String password, RedirectAttributes redirect) {
        outcomes.attempt(redirect, "talent.student.account.done", () -> self.openAccount(id, username, password));
        return "redirect:/talent/students/" + id + "#account";
    }

    @PostMapping("/talent/students/{id}/corrections/{requestId}")
    @PreAuthorize("@studentAccess.canManage(#id)")
    String answer(@PathVariable Long id, @PathVariable Long requestId,
                  @RequestParam(required = false) CorrectionRequest.Status status,
                  @RequestParam(defaultValue = "") String response, RedirectAttributes redirect) {
        outcomes.attempt(redirect, "talent.correction.done.answered", () -> self.answer(id, requestId, status, response));
        return "redirect:/talent/students/" + id + "#account";
    }

    @GetMapping("/talent/students/{id}/edit")
    @PreAuthorize("@studentAccess.canManage(#id)")
    String editForm(@PathVariable Long id, Model model) {
        return form(StudentForm.of(cards.of(id, false, false)), id, model);
    }

    @PostMapping("/talent/students/{id}/edit")
    @PreAuthorize("@studentAccess.canManage(#id)")
    String revise(@PathVariable Long id, @ModelAttribute("form") StudentForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        try {
            registry.revise(id, form.getVersion() == null ? -1 : form.getVersion(), form.details());
            redirect.addFlashAttribute("done", "talent.student.done.revised");
            return "redirect:/talent/students/" + id;
        } catch (InvalidInput e) {
            e.problems().forEach(p -> errors.rejectValue(p.field(), p.code(), p.arguments(), p.code()));
        } catch (RuleBroken | OptimisticLockException | ObjectOptimisticLockingFailureException e) {
            model.addAttribute("problem", outcomes.problem(e));
        }
        return form(form, id, model);
    }

    @PostMapping("/talent/students/{id}/consents")
    @PreAuthorize("@studentAccess.canManage(#id)")
    String consent(@PathVariable Long id, @RequestParam(defaultValue = "") String organisation, RedirectAttributes redirect) {
        outcomes.attempt(redirect, "talent.consent.done.given", () -> registry.consentTo(id, directory.pick(organisation)));
        return "redirect:/talent/students/" + id + "#consents";
    }

    @PostMapping("/talent/students/{id}/consents/{organisationId}/withdraw")
    @PreAuthorize("@studentAccess.canManage(#id)")
    String withdraw(@PathVariable Long id, @PathVariable Long organisationId, RedirectAttributes redirect) {
        outcomes.attempt(redirect, "talent.consent.done.withdrawn", () -> registry.withdrawConsent(id, organisationId));
        return "redirect:/talent/students/" + id + "#consents";
    }

    private List<ProgrammeSummary> programmesOf(Long schoolId) {
        return schoolId == null ? List.of()
                : programmes.find(new ProgrammeList.Filter(null, null, null, schoolId, null, null), 0, 100).items();
    }

    private String form(StudentForm form, Long studentId, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("studentId", studentId);
        model.addAttribute("genders", Gender.values());
        model.addAttribute("enrolments", enrolments.of(form.getSchoolId()));
        model.addAttribute("schoolName", directory.summaries(List.of(form.getSchoolId())).values().stream().findFirst()
                .map(OrganisationSummary::name).orElse(null));
        return "talent/student-form";
    }
}
