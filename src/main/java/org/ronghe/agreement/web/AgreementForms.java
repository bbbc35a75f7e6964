package org.ronghe.agreement.web;

import java.util.List;
import org.ronghe.agreement.Agreement;
import org.ronghe.agreement.AgreementDraft;
import org.ronghe.agreement.AgreementKind;
import org.ronghe.agreement.Party;
import org.ronghe.agreement.PartyRole;
import org.ronghe.community.BodySummary;
import org.ronghe.community.Community;
import org.ronghe.community.MeetingView;
import org.ronghe.core.InvalidInput;
import org.ronghe.directory.Directory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The page that drafts or revises an agreement: the choices it offers (bodies, kinds, roles, the chosen body's
 * meetings), the parties typed by name or number read into terms, and each problem shown on the field it belongs to.
 */
@Component
class AgreementForms {

    private final AgreementFormReader reader;
    private final Directory directory;
    private final Community community;

    AgreementForms(AgreementFormReader reader, Directory directory, Community community) {
        this.reader = reader;
        this.directory = directory;
        this.community = community;
    }

    /** The bodies an agreement can belong to (the list's filter offers them too). */
    List<BodySummary> bodies() {
        return community.choosable();
    }

    /** The meetings of a body, to pick the one where the agreement was signed. */
    List<MeetingView> meetingsOf(Long bodyId) {
        return bodyId == null ? List.of() : community.meetings(bodyId);
    }

    /** An organisation's name (the list's party filter shows it). */
    String nameOf(Long organisationId) {
        return directory.names(List.of(organisationId)).get(organisationId);
    }

    /** The form's terms; the parties are looked up in the directory. */
    AgreementDraft terms(AgreementForm form) {
        return reader.terms(form);
    }

    /** The form filled from an agreement, to revise it. */
    AgreementForm of(Agreement agreement) {
        return AgreementForm.of(
                agreement.terms(),
                agreement.version(),
                directory.names(
                        agreement.parties().stream().map(Party::organisationId).toList()));
    }

    /** Shows each problem on the form field it belongs to. */
    static void reject(InvalidInput e, BindingResult errors) {
        e.problems()
                .forEach(p -> errors.rejectValue(
                        AgreementFormReader.formField(p.field()), p.code(), p.arguments(), p.code()));
    }

    /** Fills the model for the form and names its template. */
    String show(AgreementForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("meetings", meetingsOf(form.getBodyId()));
        model.addAttribute("meetingId", form.getMeetingId());
        model.addAttribute("kinds", AgreementKind.values());
        model.addAttribute("roles", PartyRole.values());
        model.addAttribute("bodies", bodies());
        return "agreements/form";
    }
}
