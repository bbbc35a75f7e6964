package org.ronghe.talent.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ronghe.agreement.AgreementLookup;
import org.ronghe.community.BodySummary;
import org.ronghe.community.Community;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.directory.Directory;
import org.ronghe.talent.needs.NeedList;
import org.ronghe.talent.needs.NeedStatus;
import org.ronghe.talent.needs.NeedSummary;
import org.ronghe.talent.programmes.PartnerRole;
import org.ronghe.talent.programmes.ProgrammeDraft;
import org.ronghe.talent.programmes.ProgrammeKind;
import org.ronghe.talent.programmes.ProgrammePartner;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The page that sets up or revises a programme: the choices it offers (bodies, the chosen body's open needs and
 * agreements), the partners typed by name or number looked up in the directory, and each problem shown on the row it
 * was typed in.
 */
@Component
class ProgrammeForms {

    private static final Pattern PARTNER_FIELD = Pattern.compile("partners\\[(\\d+)]");

    private final Directory directory;
    private final Community community;
    private final NeedList needs;
    private final AgreementLookup agreements;

    ProgrammeForms(Directory directory, Community community, NeedList needs, AgreementLookup agreements) {
        this.directory = directory;
        this.community = community;
        this.needs = needs;
        this.agreements = agreements;
    }

    /** The bodies a programme can belong to (the list's filter offers them too). */
    List<BodySummary> bodies() {
        return community.choosable();
    }

    /** The form's terms; schools and enterprises named by name or number are looked up in the directory. */
    ProgrammeDraft terms(ProgrammeForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        List<ProgrammePartner> picked = new ArrayList<>();
        List<ProgrammeForm.PartnerRow> rows = form.getPartners();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).isBlank()) {
                continue;
            }
            try {
                picked.add(new ProgrammePartner(
                        directory.pick(rows.get(i).getOrganisation()),
                        rows.get(i).getRole()));
            } catch (InvalidInput e) {
                int row = i;
                e.problems()
                        .forEach(p -> problems.add(
                                new FieldProblem("partners[" + row + "].organisation", p.code(), p.arguments())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return form.terms(picked);
    }

    /** Problems of the i-th partner are shown on the form row it was typed in (blank rows are skipped). */
    static void reject(InvalidInput e, ProgrammeForm form, BindingResult errors) {
        List<Integer> typed = new ArrayList<>();
        for (int i = 0; i < form.getPartners().size(); i++) {
            if (!form.getPartners().get(i).isBlank()) {
                typed.add(i);
            }
        }
        for (FieldProblem p : e.problems()) {
            Matcher m = PARTNER_FIELD.matcher(p.field());
            String field = p.field().endsWith(".organisation")
                    ? p.field()
                    : m.matches()
                            ? "partners[" + typed.get(Integer.parseInt(m.group(1))) + "].organisation"
                            : p.field();
            errors.rejectValue(field, p.code(), p.arguments(), p.code());
        }
    }

    /** The names of the programme's schools and enterprises, by id. */
    Map<Long, String> names(ProgrammeDraft terms) {
        return directory.names(terms.organisationIds());
    }

    /** Fills the model for the form and names its template. */
    String show(ProgrammeForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", ProgrammeKind.values());
        model.addAttribute("roles", PartnerRole.values());
        model.addAttribute("bodies", bodies());
        List<NeedSummary> offered = new ArrayList<>(needs.byIds(form.getNeedIds()));
        if (form.getBodyId() != null) {
            needs
                    .find(new NeedList.Filter(null, form.getBodyId(), null, null, NeedStatus.OPEN, null, null), 0, 100)
                    .items()
                    .stream()
                    .filter(n -> !form.getNeedIds().contains(n.id()))
                    .forEach(offered::add);
        }
        model.addAttribute("offeredNeeds", offered);
        model.addAttribute("agreements", agreements.choicesIn(form.getBodyId(), form.getAgreementId()));
        return "talent/programme-form";
    }
}
