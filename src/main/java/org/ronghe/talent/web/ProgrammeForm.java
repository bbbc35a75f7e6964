package org.ronghe.talent.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ronghe.talent.programmes.PartnerRole;
import org.ronghe.talent.programmes.ProgrammeDraft;
import org.ronghe.talent.programmes.ProgrammeKind;
import org.ronghe.talent.programmes.ProgrammePartner;

/** The programme form as typed: schools and enterprises by name or credit code, blank rows ignored. */
public class ProgrammeForm {

    static final int PARTNER_ROWS = 4;

    private String name;
    private ProgrammeKind kind;
    private Long bodyId;
    private Long agreementId;
    private String major;
    private Integer intakeYear;
    private Integer plannedSize;
    private List<Long> needIds = new ArrayList<>();
    private List<PartnerRow> partners = new ArrayList<>();
    private Long version;

    /** An empty form: two rows for schools, two for enterprises. */
    static ProgrammeForm blank() {
        ProgrammeForm form = new ProgrammeForm();
        for (int i = 0; i < PARTNER_ROWS; i++) {
            PartnerRow row = new PartnerRow();
            row.setRole(i < PARTNER_ROWS / 2 ? PartnerRole.SCHOOL : PartnerRole.ENTERPRISE);
            form.partners.add(row);
        }
        return form;
    }

    static ProgrammeForm of(ProgrammeDraft terms, long version, Map<Long, String> names) {
        ProgrammeForm form = new ProgrammeForm();
        form.name = terms.name();
        form.kind = terms.kind();
        form.bodyId = terms.bodyId();
        form.agreementId = terms.agreementId();
        form.major = terms.major();
        form.intakeYear = terms.intakeYear();
        form.plannedSize = terms.plannedSize();
        form.needIds = new ArrayList<>(terms.needIds());
        form.version = version;
        for (ProgrammePartner p : terms.partners()) {
            PartnerRow row = new PartnerRow();
            row.setOrganisation(names.getOrDefault(p.organisationId(), String.valueOf(p.organisationId())));
            row.setRole(p.role());
            form.partners.add(row);
        }
        PartnerRow spare = new PartnerRow();
        spare.setRole(PartnerRole.ENTERPRISE);
        form.partners.add(spare);
        return form;
    }

    ProgrammeDraft terms(List<ProgrammePartner> picked) {
        return new ProgrammeDraft(name, kind, bodyId, agreementId, major, intakeYear, plannedSize, picked, needIds);
    }

    /** One school or enterprise as typed. */
    public static class PartnerRow {
        private String organisation;
        private PartnerRole role;

        boolean isBlank() {
            return organisation == null || organisation.isBlank();
        }

        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }

        public PartnerRole getRole() {
            return role;
        }

        public void setRole(PartnerRole role) {
            this.role = role;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ProgrammeKind getKind() {
        return kind;
    }

    public void setKind(ProgrammeKind kind) {
        this.kind = kind;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public void setAgreementId(Long agreementId) {
        this.agreementId = agreementId;
    }

    public String getMajor() {
        return major;
    }

    public void setMajor(String major) {
        this.major = major;
    }

    public Integer getIntakeYear() {
        return intakeYear;
    }

    public void setIntakeYear(Integer intakeYear) {
        this.intakeYear = intakeYear;
    }

    public Integer getPlannedSize() {
        return plannedSize;
    }

    public void setPlannedSize(Integer plannedSize) {
        this.plannedSize = plannedSize;
    }

    public List<Long> getNeedIds() {
        return needIds;
    }

    public void setNeedIds(List<Long> needIds) {
        this.needIds = needIds;
    }

    public List<PartnerRow> getPartners() {
        return partners;
    }

    public void setPartners(List<PartnerRow> partners) {
        this.partners = partners;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
