package org.ronghe.docking.web;

import java.util.List;
import org.ronghe.community.BodySummary;
import org.ronghe.community.Community;
import org.ronghe.core.InvalidInput;
import org.ronghe.directory.Directory;
import org.ronghe.directory.Industry;
import org.ronghe.docking.demands.Demand;
import org.ronghe.docking.demands.DemandDraft;
import org.ronghe.docking.demands.DemandKind;
import org.ronghe.docking.demands.Visibility;
import org.ronghe.identity.Permissions;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The page that posts or revises a need: the organisation typed by name or number and looked up in the directory (the
 * user's own when there is one), the choices the form offers, each problem on its field.
 */
@Component
class DemandForms {

    private final Directory directory;
    private final Community community;
    private final Permissions permissions;

    DemandForms(Directory directory, Community community, Permissions permissions) {
        this.directory = directory;
        this.community = community;
        this.permissions = permissions;
    }

    List<BodySummary> bodies() {
        return community.choosable();
    }

    /** A blank form; the organisation filled in when the user administers exactly one. */
    DemandForm blank(Long bodyId) {
        DemandForm form = new DemandForm();
        form.setBodyId(bodyId);
        form.setKind(DemandKind.TECHNOLOGY);
        form.setOrganisation(ownOrganisation());
        return form;
    }

    DemandForm of(Demand demand) {
        return DemandForm.of(demand.draft(), directory.nameOf(demand.organisationId()), demand.version());
    }

    /** @throws InvalidInput on the organisation field when the name typed names no single organisation */
    DemandDraft terms(DemandForm form) {
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

    String show(DemandForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", DemandKind.values());
        model.addAttribute("visibilities", Visibility.values());
        model.addAttribute("industries", Industry.all());
        model.addAttribute("bodies", bodies());
        return "docking/need-form";
    }

    String ownOrganisation() {
        List<Long> mine = permissions.administeredOrganisations();
        return mine.size() == 1 ? directory.nameOf(mine.get(0)) : null;
    }
}
