package org.ronghe.talent.web;

import java.time.LocalDate;
import org.ronghe.talent.needs.EducationLevel;
import org.ronghe.talent.needs.NeedDraft;
import org.springframework.format.annotation.DateTimeFormat;

/** The talent need form as typed: the enterprise by name or credit code. */
public class NeedForm {

    private Long bodyId;
    private String organisation;
    private String post;
    private String majors;
    private EducationLevel level;
    private Integer headcount;
    private String regionCode;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodStarts;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodEnds;

    private String skills;
    private Long version;

    static NeedForm of(NeedDraft terms, String organisationName, long version) {
        NeedForm form = new NeedForm();
        form.bodyId = terms.bodyId();
        form.organisation = organisationName;
        form.post = terms.post();
        form.majors = terms.majors();
        form.level = terms.level();
        form.headcount = terms.headcount();
        form.regionCode = terms.regionCode();
        form.periodStarts = terms.periodStarts();
        form.periodEnds = terms.periodEnds();
        form.skills = terms.skills();
        form.version = version;
        return form;
    }

    NeedDraft terms(Long organisationId) {
        return new NeedDraft(
                bodyId, organisationId, post, majors, level, headcount, regionCode, periodStarts, periodEnds, skills);
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

    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }

    public String getMajors() {
        return majors;
    }

    public void setMajors(String majors) {
        this.majors = majors;
    }

    public EducationLevel getLevel() {
        return level;
    }

    public void setLevel(EducationLevel level) {
        this.level = level;
    }

    public Integer getHeadcount() {
        return headcount;
    }

    public void setHeadcount(Integer headcount) {
        this.headcount = headcount;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public LocalDate getPeriodStarts() {
        return periodStarts;
    }

    public void setPeriodStarts(LocalDate periodStarts) {
        this.periodStarts = periodStarts;
    }

    public LocalDate getPeriodEnds() {
        return periodEnds;
    }

    public void setPeriodEnds(LocalDate periodEnds) {
        this.periodEnds = periodEnds;
    }

    public String getSkills() {
        return skills;
    }

    public void setSkills(String skills) {
        this.skills = skills;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
