package org.ronghe.training.web;

import java.time.LocalDate;
import org.ronghe.training.courses.SessionDraft;
import org.springframework.format.annotation.DateTimeFormat;

/** The form scheduling a session or cohort, as typed. */
public class SessionForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    private String place;
    private Long enterpriseId;

    SessionDraft draft() {
        return new SessionDraft(startsOn, endsOn, place, enterpriseId);
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

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(Long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }
}
