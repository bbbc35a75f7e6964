package org.ronghe.talent.web;

import java.util.List;
import org.ronghe.community.Body;
import org.ronghe.community.Community;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.talent.needs.NeedAccess;
import org.ronghe.talent.needs.NeedBook;
import org.ronghe.talent.needs.NeedStatus;
import org.ronghe.talent.needs.TalentNeed;
import org.ronghe.talent.programmes.ProgrammeList;
import org.ronghe.talent.programmes.ProgrammeSummary;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Reads what a talent need's page shows: the need, its enterprise and body, and the programmes answering it. */
@Component
class NeedViews {

    private final NeedBook book;
    private final Directory directory;
    private final Community community;
    private final ProgrammeList programmes;
    private final NeedAccess access;

    NeedViews(NeedBook book, Directory directory, Community community, ProgrammeList programmes, NeedAccess access) {
        this.book = book;
        this.directory = directory;
        this.community = community;
        this.programmes = programmes;
        this.access = access;
    }

    /** What one need's page shows to the signed-in user. */
    record NeedView(
            TalentNeed need,
            OrganisationSummary organisation,
            Body body,
            boolean canEdit,
            List<ProgrammeSummary> programmes) {

        void addTo(Model model) {
            model.addAttribute("need", need);
            model.addAttribute("terms", need.terms());
            model.addAttribute("organisation", organisation);
            model.addAttribute("body", body);
            model.addAttribute("canEdit", canEdit);
            model.addAttribute("statuses", NeedStatus.values());
            model.addAttribute("programmes", programmes);
        }
    }

    NeedView of(Long id) {
        TalentNeed need = book.get(id);
        return new NeedView(
                need,
                directory.summaries(List.of(need.organisationId())).get(need.organisationId()),
                community.get(need.bodyId()),
                access.canEditNeed(id),
                programmes
                        .find(new ProgrammeList.Filter(null, null, null, null, null, id), 0, 50)
                        .items());
    }
}
