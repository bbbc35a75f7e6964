package org.ronghe.training.web;

import java.math.BigDecimal;
import org.ronghe.training.courses.CourseDraft;
import org.ronghe.training.courses.TrainingKind;
import org.ronghe.training.courses.TrainingMode;

/** The course form as typed. */
public class CourseForm {

    private Long bodyId;
    private Long providerId;
    private TrainingKind kind;
    private String title;
    private String skills;
    private Integer hours;
    private TrainingMode mode;
    private Integer capacity;
    private BigDecimal price;
    private Long version;

    static CourseForm blank(Long bodyId) {
        CourseForm form = new CourseForm();
        form.bodyId = bodyId;
        form.kind = TrainingKind.SKILL_UPGRADE;
        form.mode = TrainingMode.ONSITE;
        return form;
    }

    static CourseForm of(CourseDraft d, long version) {
        CourseForm form = new CourseForm();
        form.bodyId = d.bodyId();
        form.providerId = d.providerId();
        form.kind = d.kind();
        form.title = d.title();
        form.skills = d.skills();
        form.hours = d.hours();
        form.mode = d.mode();
        form.capacity = d.capacity();
        form.price = d.price();
        form.version = version;
        return form;
    }

    CourseDraft draft() {
        return new CourseDraft(bodyId, providerId, kind, title, skills, hours, mode, capacity, price);
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public TrainingKind getKind() {
        return kind;
    }

    public void setKind(TrainingKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSkills() {
        return skills;
    }

    public void setSkills(String skills) {
        this.skills = skills;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    public TrainingMode getMode() {
        return mode;
    }

    public void setMode(TrainingMode mode) {
        this.mode = mode;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
