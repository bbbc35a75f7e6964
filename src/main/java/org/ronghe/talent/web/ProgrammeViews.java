package org.ronghe.talent.web;

import java.util.List;
import java.util.Map;
import org.ronghe.agreement.AgreementLookup;
import org.ronghe.community.Body;
import org.ronghe.community.Community;
import org.ronghe.talent.needs.NeedList;
import org.ronghe.talent.needs.NeedSummary;
import org.ronghe.talent.programmes.Programme;
import org.ronghe.talent.programmes.ProgrammeAccess;
import org.ronghe.talent.programmes.ProgrammeBook;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Reads what a programme's page shows: the programme, its partners' names, its body, agreement and needs. */
@Component
class ProgrammeViews {

    private final ProgrammeBook book;
    private final ProgrammeForms forms;
    private final Community community;
    private final AgreementLookup agreements;
    private final NeedList needs;
    private final ProgrammeAccess access;

    ProgrammeViews(
            ProgrammeBook book,
            ProgrammeForms forms,
            Community community,
            AgreementLookup agreements,
            NeedList needs,
            ProgrammeAccess access) {
        this.book = book;
        this.forms = forms;
        this.community = community;
        this.agreements = agreements;
        this.needs = needs;
        this.access = access;
    }

    /** What one programme's page shows to the signed-in user. */
    record ProgrammeView(
            Programme programme,
            Map<Long, String> names,
            Body body,
            AgreementLookup.Named agreement,
            List<NeedSummary> needs,
            boolean canEdit) {

        void addTo(Model model) {
            model.addAttribute("programme", programme);
            model.addAttribute("names", names);
            model.addAttribute("body", body);
            model.addAttribute("agreement", agreement);
            model.addAttribute("needs", needs);
            model.addAttribute("canEdit", canEdit);
        }
    }

    ProgrammeView of(Long id) {
        Programme programme = book.get(id);
        return new ProgrammeView(
                programme,
                forms.names(programme.terms()),
                programme.bodyId() == null ? null : community.get(programme.bodyId()),
                programme.agreementId().flatMap(agreements::readable).orElse(null),
                needs.byIds(programme.terms().needIds()),
                access.canEditProgramme(id));
    }
}
