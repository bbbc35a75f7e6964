package org.ronghe.agreement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ronghe.agreement.AgreementDraft;
import org.ronghe.agreement.AgreementKind;
import org.ronghe.agreement.Party;
import org.ronghe.agreement.PartyRole;
import org.springframework.format.annotation.DateTimeFormat;

/** The agreement form as typed: parties name their organisation by name or number. */
public class AgreementForm {

    static final int PARTY_ROWS = 4;

    private String title;
    private AgreementKind kind;
    private Long bodyId;
    private Long meetingId;
    private Long version;
    private String place;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate termStartsOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate termEndsOn;

    private List<PartyRow> parties = new ArrayList<>();

    /** An empty form with room for four parties, the first being the initiator. */
    static AgreementForm blank() {
        AgreementForm form = new AgreementForm();
        for (int i = 0; i < PARTY_ROWS; i++) {
            PartyRow row = new PartyRow();
            row.setRole(i == 0 ? PartyRole.INITIATOR : PartyRole.PARTNER);
            form.parties.add(row);
        }
        return form;
    }

    /** The form for revising an agreement: its terms, parties named by their organisations' names. */
    static AgreementForm of(AgreementDraft terms, long version, Map<Long, String> names) {
        AgreementForm form = blank();
        form.title = terms.title();
        form.kind = terms.kind();
        form.bodyId = terms.bodyId();
        form.meetingId = terms.meetingId();
        form.place = terms.place();
        form.termStartsOn = terms.termStartsOn();
        form.termEndsOn = terms.termEndsOn();
        form.version = version;
        List<Party> parties = terms.parties();
        while (form.parties.size() < parties.size()) {
            form.parties.add(new PartyRow());
        }
        for (int i = 0; i < parties.size(); i++) {
            form.parties.get(i).fill(parties.get(i), names.get(parties.get(i).organisationId()));
        }
        return form;
    }

    /** One party row; rows without an organisation are ignored. */
    public static class PartyRow {
        private String organisation;
        private PartyRole role;
        private String signatoryTitle;
        private BigDecimal committedCash;
        private BigDecimal committedInKind;

        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }

        public PartyRole getRole() {
            return role;
        }

        public void setRole(PartyRole role) {
            this.role = role;
        }

        public String getSignatoryTitle() {
            return signatoryTitle;
        }

        public void setSignatoryTitle(String signatoryTitle) {
            this.signatoryTitle = signatoryTitle;
        }

        public BigDecimal getCommittedCash() {
            return committedCash;
        }

        public void setCommittedCash(BigDecimal committedCash) {
            this.committedCash = committedCash;
        }

        public BigDecimal getCommittedInKind() {
            return committedInKind;
        }

        public void setCommittedInKind(BigDecimal committedInKind) {
            this.committedInKind = committedInKind;
        }

        void fill(Party party, String name) {
            organisation = name == null ? String.valueOf(party.organisationId()) : name;
            role = party.role();
            signatoryTitle = party.signatoryTitle();
            committedCash = party.committedCash();
            committedInKind = party.committedInKind();
        }

        boolean isBlank() {
            return organisation == null || organisation.isBlank();
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public AgreementKind getKind() {
        return kind;
    }

    public void setKind(AgreementKind kind) {
        this.kind = kind;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDate getTermStartsOn() {
        return termStartsOn;
    }

    public void setTermStartsOn(LocalDate termStartsOn) {
        this.termStartsOn = termStartsOn;
    }

    public LocalDate getTermEndsOn() {
        return termEndsOn;
    }

    public void setTermEndsOn(LocalDate termEndsOn) {
        this.termEndsOn = termEndsOn;
    }

    public List<PartyRow> getParties() {
        return parties;
    }

    public void setParties(List<PartyRow> parties) {
        this.parties = parties;
    }
}
