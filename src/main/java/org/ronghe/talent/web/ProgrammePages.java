package org.ronghe.talent.web;

import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ronghe.agreement.AgreementLookup;
import org.ronghe.community.Community;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.talent.NeedList;
import org.ronghe.talent.NeedStatus;
import org.ronghe.talent.NeedSummary;
import org.ronghe.talent.PartnerRole;
import org.ronghe.talent.Programme;
import org.ronghe.talent.ProgrammeBook;
import org.ronghe.talent.ProgrammeKind;
import org.ronghe.talent.ProgrammeList;
import org.ronghe.talent.ProgrammePartner;
import org.ronghe.talent.ProgrammeTerms;
import org.ronghe.talent.TalentAccess;
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

/** Programmes in the browser: the list, setting one up, one programme with its cohorts, revising it. */
@Controller
class ProgrammePages {

    private static final Pattern PARTNER_FIELD = Pattern.compile("partners\\[(\\d+)]");

    private final ProgrammeBook book;
    private final ProgrammeList list;
    private final NeedList needs;
    private final AgreementLookup agreements;
    private final TalentAccess access;
    private final Directory directory;
    private final Community community;
    private final PageOutcomes outcomes;

    ProgrammePages(ProgrammeBook book, ProgrammeList list, NeedList needs, AgreementLookup agreements,
                   TalentAccess access, Directory directory, Community community, PageOutcomes outcomes) {
        this.book = book;
        this.list = list;
        this.needs = needs;
        this.agreements = agreements;
        this.access = access;
        this.directory = directory;
        this.community = community;
        this.outcomes = outcomes;
    }

    @GetMapping("/talent/programmes")
    @PreAuthorize("isAuthenticated()")
    String list(@ModelAttribute("filter") ProgrammeList.Filter filter, @RequestParam(defaultValue = "0") int page,
                Model model) {
        model.addAttribute("programmes", list.find(filter, page, 20));
        model.addAttribute("bodies", community.search("", 0, 100).items());
        model.addAttribute("kinds", ProgrammeKind.values());
        return "talent/programmes";
    }

    @GetMapping("/talent/programmes/new")
    @PreAuthorize("isAuthenticated()")
    String launchForm(@RequestParam(required = false) Long bodyId, @RequestParam(required = false) Long needId,
                      Model model) {
        ProgrammeForm form = ProgrammeForm.blank();
        form.setBodyId(bodyId);
        if (needId != null) {
            form.getNeedIds().add(needId);
        }
        return form(form, model);
    }

    @PostMapping("/talent/programmes")
    @PreAuthorize("isAuthenticated()")
    String launch(@ModelAttribute("form") ProgrammeForm form, BindingResult errors, Model model) {
        try {
            ProgrammeTerms terms = terms(form);
            if (!access.canLaunch(terms)) {
                throw new AccessDeniedException("programme");
            }
            return "redirect:/talent/programmes/" + book.launch(terms).id();
        } catch (InvalidInput e) {
            reject(e, form, errors);
            return form(form, model);
        }
    }

    @GetMapping("/talent/programmes/{id}")
    @PreAuthorize("isAuthenticated()")
    String show(@PathVariable Long id, Model model) {
        Programme programme = book.get(id);
        model.addAttribute("programme", programme);
        model.addAttribute("names", names(programme.terms()));
        model.addAttribute("body", programme.bodyId() == null ? null : community.get(programme.bodyId()));
        model.addAttribute("agreement", programme.agreementId().flatMap(agreements::readable).orElse(null));
        model.addAttribute("needs", needs.byIds(programme.terms().needIds()));
        model.addAttribute("canEdit", access.canEditProgramme(id));
        return "talent/programme";
    }

    @GetMapping("/talent/programmes/{id}/edit")
    @PreAuthorize("@talentAccess.canEditProgramme(#id)")
    String editForm(@PathVariable Long id, Model model) {
        Programme programme = book.get(id);
        model.addAttribute("programmeId", id);
        return form(ProgrammeForm.of(programme.terms(), programme.version(), names(programme.terms())), model);
    }

    @PostMapping("/talent/programmes/{id}/edit")
    @PreAuthorize("@talentAccess.canEditProgramme(#id)")
    String revise(@PathVariable Long id, @ModelAttribute("form") ProgrammeForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        model.addAttribute("programmeId", id);
        try {
            book.revise(id, form.getVersion() == null ? -1 : form.getVersion(), terms(form));
            redirect.addFlashAttribute("done", "talent.programme.done.revised");
            return "redirect:/talent/programmes/" + id;
        } catch (InvalidInput e) {
            reject(e, form, errors);
        } catch (RuleBroken | OptimisticLockException | ObjectOptimisticLockingFailureException e) {
            model.addAttribute("problem", outcomes.problem(e));
        }
        return form(form, model);
    }

    @PostMapping("/talent/programmes/{id}/cohorts")
    @PreAuthorize("@talentAccess.canEditProgramme(#id)")
    String openCohort(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) Integer intakeYear,
                      @RequestParam(required = false) Integer plannedSize, RedirectAttributes redirect) {
        outcomes.attempt(redirect, "talent.cohort.done.opened", () -> book.openCohort(id, version, intakeYear, plannedSize));
        return "redirect:/talent/programmes/" + id + "#cohorts";
    }

    /** The agreements and open needs of the body chosen on the form, to pick from. */
    @GetMapping("/talent/programmes/body-options")
    @PreAuthorize("isAuthenticated()")
    String bodyOptions(@RequestParam(required = false) Long bodyId, Model model) {
        ProgrammeForm form = ProgrammeForm.blank();
        form.setBodyId(bodyId);
        form(form, model);
        return "talent/programme-form :: bodyOptions";
    }

    /** The form's terms; schools and enterprises named by name or number are looked up in the directory. */
    private ProgrammeTerms terms(ProgrammeForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        List<ProgrammePartner> picked = new ArrayList<>();
        List<ProgrammeForm.PartnerRow> rows = form.getPartners();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).isBlank()) {
                continue;
            }
            try {
                picked.add(new ProgrammePartner(directory.pick(rows.get(i).getOrganisation()), rows.get(i).getRole()));
            } catch (InvalidInput e) {
                int row = i;
                e.problems().forEach(p -> problems.add(new FieldProblem("partners[" + row + "].organisation", p.code(),
                        p.arguments())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return form.terms(picked);
    }

    /** Problems of the i-th partner are shown on the form row it was typed in (blank rows are skipped). */
    private static void reject(InvalidInput e, ProgrammeForm form, BindingResult errors) {
        List<Integer> typed = new ArrayList<>();
        for (int i = 0; i < form.getPartners().size(); i++) {
            if (!form.getPartners().get(i).isBlank()) {
                typed.add(i);
            }
        }
        for (FieldProblem p : e.problems()) {
            Matcher m = PARTNER_FIELD.matcher(p.field());
            String field = p.field().endsWith(".organisation") ? p.field() : m.matches()
                    ? "partners[" + typed.get(Integer.parseInt(m.group(1))) + "].organisation" : p.field();
            errors.rejectValue(field, p.code(), p.arguments(), p.code());
        }
    }

    private Map<Long, String> names(ProgrammeTerms terms) {
        return directory.summaries(terms.organisationIds()).values().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
    }

    private String form(ProgrammeForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", ProgrammeKind.values());
        model.addAttribute("roles", PartnerRole.values());
        model.addAttribute("bodies", community.search("", 0, 100).items());
        List<NeedSummary> offered = new ArrayList<>(needs.byIds(form.getNeedIds()));
        if (form.getBodyId() != null) {
            needs.find(new NeedList.Filter(null, form.getBodyId(), null, null, NeedStatus.OPEN, null, null), 0, 100)
                    .items().stream().filter(n -> !form.getNeedIds().contains(n.id())).forEach(offered::add);
        }
        model.addAttribute("offeredNeeds", offered);
        model.addAttribute("agreements", form.getBodyId() == null ? List.of() : agreements.visibleIn(form.getBodyId()));
        return "talent/programme-form";
    }
}
