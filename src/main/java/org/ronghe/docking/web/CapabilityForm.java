package org.ronghe.docking.web;

import org.ronghe.docking.capabilities.CapabilityDraft;
import org.ronghe.docking.capabilities.CapabilityKind;

/** The capability form as typed: the organisation by name or credit code. */
public class CapabilityForm {

    private String organisation;

    private CapabilityKind kind;

    private String title;

    private String description;

    private String keywords;

    private String industry;

    private String regionCode;

    private Integer readinessLevel;

    private String patentNumber;

    private String majorCode;
    private Integer places;

    private String expertName;

    private Boolean expertNameShown;

    private Long version;

    static CapabilityForm of(CapabilityDraft terms, String organisationName, long version) {
        CapabilityForm form = new CapabilityForm();
        form.organisation = organisationName;
        form.kind = terms.kind();
        form.title = terms.title();
        form.description = terms.description();
        form.keywords = terms.keywords();
        form.industry = terms.industry();
        form.regionCode = terms.regionCode();
        form.readinessLevel = terms.readinessLevel();
        form.patentNumber = terms.patentNumber();
        form.majorCode = terms.majorCode();
        form.places = terms.places();
        form.expertName = terms.expertName();
        form.expertNameShown = terms.expertNameShown();
        form.version = version;
        return form;
    }

    CapabilityDraft terms(Long organisationId) {
        return new CapabilityDraft(
                organisationId,
                kind,
                title,
                description,
                keywords,
                industry,
                regionCode,
                readinessLevel,
                patentNumber,
                majorCode,
                expertName,
                expertNameShown,
                places);
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public CapabilityKind getKind() {
        return kind;
    }

    public void setKind(CapabilityKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Integer getReadinessLevel() {
        return readinessLevel;
    }

    public void setReadinessLevel(Integer readinessLevel) {
        this.readinessLevel = readinessLevel;
    }

    public String getPatentNumber() {
        return patentNumber;
    }

    public void setPatentNumber(String patentNumber) {
        this.patentNumber = patentNumber;
    }

    public Integer getPlaces() {
        return places;
    }

    public void setPlaces(Integer places) {
        this.places = places;
    }

    public String getMajorCode() {
        return majorCode;
    }

    public void setMajorCode(String majorCode) {
        this.majorCode = majorCode;
    }

    public String getExpertName() {
        return expertName;
    }

    public void setExpertName(String expertName) {
        this.expertName = expertName;
    }

    public Boolean getExpertNameShown() {
        return expertNameShown;
    }

    public void setExpertNameShown(Boolean expertNameShown) {
        this.expertNameShown = expertNameShown;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
