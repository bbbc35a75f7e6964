package org.ronghe.talent.web;

import java.util.List;
import org.ronghe.community.BodySummary;
import org.ronghe.community.Community;
import org.ronghe.core.InvalidInput;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.identity.Permissions;
import org.ronghe.talent.needs.EducationLevel;
import org.ronghe.talent.needs.NeedDraft;
import org.ronghe.talent.needs.TalentNeed;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The page that posts or revises a talent need: the enterprise typed by name or number and looked up in the directory
 * (the user's own when there is one), the choices the form offers, and each problem on its field.
 */
@Component
class NeedForms {

    private final Directory directory;
    private final Community community;
    private final Permissions permissions;

    NeedForms(Directory directory, Community community, Permissions permissions) {
        this.directory = directory;
        this.community = community;
        this.permissions = permissions;
    }

    /** The bodies a need can be posted in (the list's filter offers them too). */
    List<BodySummary> bodies() {
        return community.choosable();
    }

    /** A blank form in the body; the enterprise filled in when the user administers exactly one organisation. */
    NeedForm blank(Long bodyId) {
        NeedForm form = new NeedForm();
        form.setBodyId(bodyId);
        List<Long> mine = permissions.administeredOrganisations();
        if (mine.size() == 1) {
            form.setOrganisation(directory.summaries(mine).values().stream()
                    .findFirst()
                    .map(OrganisationSummary::name)
                    .orElse(null));
        }
        return form;
    }

    /** The form filled from a need, to revise it. */
    NeedForm of(TalentNeed need) {
        String organisation = directory
                .summaries(List.of(need.organisationId()))
                .get(need.organisationId())
                .name();
        return NeedForm.of(need.terms(), organisation, need.version());
    }

    /** The form's terms, with the enterprise looked up in the directory. */
    NeedDraft terms(NeedForm form) {
        return form.terms(directory.pick(form.getOrganisation()));
    }

    /** Shows each problem on the field it belongs to (the organisation's id on the name typed). */
    static void reject(InvalidInput e, BindingResult errors) {
        e.problems()
                .forEach(p -> errors.rejectValue(
                        p.field().equals("organisationId") ? "organisation" : p.field(),
                        p.code(),
                        p.arguments(),
                        p.code()));
    }

    /** Fills the model for the form and names its template. */
    String show(NeedForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("levels", EducationLevel.values());
        model.addAttribute("bodies", bodies());
        return "talent/need-form";
    }
}
