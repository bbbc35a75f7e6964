package org.ronghe.docking.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ronghe.docking.demands.DemandDraft;
import org.ronghe.docking.demands.DemandKind;
import org.ronghe.docking.demands.Visibility;
import org.springframework.format.annotation.DateTimeFormat;

/** The need form as typed: the organisation by name or credit code. */
public class DemandForm {

    private Long bodyId;

    private String organisation;

    private DemandKind kind;

    private String title;

    private String description;

    private String currentState;

    private String expectedResult;

    private String trainees;

    private Integer headcount;

    private String skills;

    private String industry;

    private String regionCode;

    private BigDecimal budgetMin;

    private BigDecimal budgetMax;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate wantedBy;

    private Visibility visibility;

    private Long version;

    static DemandForm of(DemandDraft terms, String organisationName, long version) {
        DemandForm form = new DemandForm();
        form.bodyId = terms.bodyId();
        form.organisation = organisationName;
        form.kind = terms.kind();
        form.title = terms.title();
        form.description = terms.description();
        form.currentState = terms.currentState();
        form.expectedResult = terms.expectedResult();
        form.trainees = terms.trainees();
        form.headcount = terms.headcount();
        form.skills = terms.skills();
        form.industry = terms.industry();
        form.regionCode = terms.regionCode();
        form.budgetMin = terms.budgetMin();
        form.budgetMax = terms.budgetMax();
        form.wantedBy = terms.wantedBy();
        form.visibility = terms.visibility();
        form.version = version;
        return form;
    }

    DemandDraft terms(Long organisationId) {
        return new DemandDraft(
                bodyId,
                organisationId,
                kind,
                title,
                description,
                currentState,
                expectedResult,
                trainees,
                headcount,
                skills,
                industry,
                regionCode,
                budgetMin,
                budgetMax,
                wantedBy,
                visibility);
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public DemandKind getKind() {
        return kind;
    }

    public void setKind(DemandKind kind) {
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

    public String getCurrentState() {
        return currentState;
    }

    public void setCurrentState(String currentState) {
        this.currentState = currentState;
    }

    public String getExpectedResult() {
        return expectedResult;
    }

    public void setExpectedResult(String expectedResult) {
        this.expectedResult = expectedResult;
    }

    public String getTrainees() {
        return trainees;
    }

    public void setTrainees(String trainees) {
        this.trainees = trainees;
    }

    public Integer getHeadcount() {
        return headcount;
    }

    public void setHeadcount(Integer headcount) {
        this.headcount = headcount;
    }

    public String getSkills() {
        return skills;
    }

    public void setSkills(String skills) {
        this.skills = skills;
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

    public BigDecimal getBudgetMin() {
        return budgetMin;
    }

    public void setBudgetMin(BigDecimal budgetMin) {
        this.budgetMin = budgetMin;
    }

    public BigDecimal getBudgetMax() {
        return budgetMax;
    }

    public void setBudgetMax(BigDecimal budgetMax) {
        this.budgetMax = budgetMax;
    }

    public LocalDate getWantedBy() {
        return wantedBy;
    }

    public void setWantedBy(LocalDate wantedBy) {
        this.wantedBy = wantedBy;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
