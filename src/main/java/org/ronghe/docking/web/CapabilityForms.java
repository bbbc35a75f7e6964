package org.ronghe.docking.web;

import java.util.List;
import org.ronghe.core.InvalidInput;
import org.ronghe.directory.Directory;
import org.ronghe.directory.Industry;
import org.ronghe.docking.capabilities.Capability;
import org.ronghe.docking.capabilities.CapabilityDraft;
import org.ronghe.docking.capabilities.CapabilityKind;
import org.ronghe.identity.Permissions;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The page that offers or revises a capability: the organisation typed by name or number (the user's own when there is
 * one), the fields of each kind, each problem on its field. An expert's name is shown in the form only to those who may
 * see it; a revision that keeps the masked name keeps the name.
 */
@Component
class CapabilityForms {

    private final Directory directory;
    private final Permissions permissions;
    private final CapabilityRows rows;

    CapabilityForms(Directory directory, Permissions permissions, CapabilityRows rows) {
        this.directory = directory;
        this.permissions = permissions;
        this.rows = rows;
    }

    CapabilityForm blank(CapabilityKind kind) {
        CapabilityForm form = new CapabilityForm();
        form.setKind(kind == null ? CapabilityKind.RESULT : kind);
        List<Long> mine = permissions.administeredOrganisations();
        form.setOrganisation(mine.size() == 1 ? directory.nameOf(mine.get(0)) : null);
        return form;
    }

    CapabilityForm of(Capability capability) {
        CapabilityForm form = CapabilityForm.of(
                capability.draft(), directory.nameOf(capability.organisationId()), capability.version());
        form.setExpertName(rows.expertName(capability));
        return form;
    }

    /** @throws InvalidInput on the organisation field when the name typed names no single organisation */
    CapabilityDraft terms(CapabilityForm form) {
        return form.terms(directory.pick(form.getOrganisation()));
    }

    static void reject(InvalidInput e, BindingResult errors) {
        DemandForms.reject(e, errors);
    }

    String show(CapabilityForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", CapabilityKind.values());
        model.addAttribute("industries", Industry.all());
        return "docking/capability-form";
    }
}
