package org.ronghe.research.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.research.projects.ProjectDraft;
import org.ronghe.research.projects.ProjectKind;
import org.ronghe.research.projects.ProjectParty;
import org.ronghe.research.projects.ProjectRole;
import org.springframework.format.annotation.DateTimeFormat;

/** The project form as typed: parties chosen among the body's members, rows left empty ignored. */
public class ProjectForm {

    static final int PARTY_ROWS = 4;

    private Long bodyId;
    private String title;
    private ProjectKind kind;
    private String field;
    private Long agreementId;
    private Long version;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    private List<PartyRow> parties = new ArrayList<>();

    /** An empty form for a body with room for four parties: a client, a performer, two co-performers. */
    static ProjectForm blank(Long bodyId) {
        ProjectForm form = new ProjectForm();
        form.bodyId = bodyId;
        for (int i = 0; i < PARTY_ROWS; i++) {
            PartyRow row = new PartyRow();
            row.setRole(i == 0 ? ProjectRole.CLIENT : i == 1 ? ProjectRole.PERFORMER : ProjectRole.CO_PERFORMER);
            form.parties.add(row);
        }
        return form;
    }

    /** The form for revising a project. */
    static ProjectForm of(ProjectDraft terms, long version) {
        ProjectForm form = new ProjectForm();
        form.bodyId = terms.bodyId();
        form.title = terms.title();
        form.kind = terms.kind();
        form.field = terms.field();
        form.agreementId = terms.agreementId();
        form.startsOn = terms.startsOn();
        form.endsOn = terms.endsOn();
        form.version = version;
        for (ProjectParty p : terms.parties()) {
            PartyRow row = new PartyRow();
            row.setOrganisationId(p.organisationId());
            row.setRole(p.role());
            row.setBudget(p.budget());
            form.parties.add(row);
        }
        while (form.parties.size() < PARTY_ROWS) {
            PartyRow row = new PartyRow();
            row.setRole(ProjectRole.CO_PERFORMER);
            form.parties.add(row);
        }
        return form;
    }

    /**
     * The terms typed; rows without an organisation are left out. The investigators stay as they are: they are named
     * and removed on the project's page, so that a name is never sent back to the browser.
     */
    ProjectDraft terms(Long dockingId) {
        List<ProjectParty> chosen = parties.stream()
                .filter(r -> r.getOrganisationId() != null)
                .map(r -> new ProjectParty(r.getOrganisationId(), r.getRole(), r.getBudget()))
                .toList();
        return new ProjectDraft(bodyId, title, kind, field, agreementId, dockingId, startsOn, endsOn, chosen, null);
    }

    /** One party row. */
    public static class PartyRow {
        private Long organisationId;
        private ProjectRole role;
        private BigDecimal budget;

        public Long getOrganisationId() {
            return organisationId;
        }

        public void setOrganisationId(Long organisationId) {
            this.organisationId = organisationId;
        }

        public ProjectRole getRole() {
            return role;
        }

        public void setRole(ProjectRole role) {
            this.role = role;
        }

        public BigDecimal getBudget() {
            return budget;
        }

        public void setBudget(BigDecimal budget) {
            this.budget = budget;
        }
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ProjectKind getKind() {
        return kind;
    }

    public void setKind(ProjectKind kind) {
        this.kind = kind;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(Long agreementId) {
        this.agreementId = agreementId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public List<PartyRow> getParties() {
        return parties;
    }

    public void setParties(List<PartyRow> parties) {
        this.parties = parties;
    }
}
