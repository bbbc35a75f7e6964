package org.ronghe.talent.needs;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.SqlWhere;

/**
 * A talent need (人才需求) an enterprise posted within a body: open until it is filled or closed, and open again when
 * reopened. Only an open need can be revised.
 */
@Entity
@Table(name = "talent_needs")
public class TalentNeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long bodyId;

    private Long organisationId;

    private String post;

    private String majors;

    @Enumerated(EnumType.STRING)
    private EducationLevel level;

    private int headcount;

    private String regionCode;

    private java.time.LocalDate periodStarts;

    private java.time.LocalDate periodEnds;

    private String skills;

    @Enumerated(EnumType.STRING)
    private NeedStatus status;

    private String searchText;

    private Instant createdAt;

    private String createdBy;

    @Version
    private long version;

    protected TalentNeed() {}

    static TalentNeed post(NeedDraft valid, Instant at, String by) {
        TalentNeed need = new TalentNeed();
        need.bodyId = valid.bodyId();
        need.organisationId = valid.organisationId();
        need.apply(valid);
        need.status = NeedStatus.OPEN;
        need.createdAt = at;
        need.createdBy = by;
        return need;
    }

    /** New terms for an open need; the body and the enterprise stay. */
    void revise(NeedDraft valid) {
        if (status != NeedStatus.OPEN) {
            throw new RuleBroken("talent.need.not-open");
        }
        if (!bodyId.equals(valid.bodyId()) || !organisationId.equals(valid.organisationId())) {
            throw new RuleBroken("talent.need.owner-fixed");
        }
        apply(valid);
    }

    void mark(NeedStatus next) {
        if (next == status) {
            throw new RuleBroken("talent.need.already", next.name());
        }
        status = next;
    }

    private void apply(NeedDraft valid) {
        post = valid.post();
        majors = valid.majors();
        level = valid.level();
        headcount = valid.headcount();
        regionCode = valid.regionCode();
        periodStarts = valid.periodStarts();
        periodEnds = valid.periodEnds();
        skills = valid.skills();
        searchText = SqlWhere.searchable(post, majors, skills);
    }

    public NeedDraft terms() {
        return new NeedDraft(
                bodyId, organisationId, post, majors, level, headcount, regionCode, periodStarts, periodEnds, skills);
    }

    public Long id() {
        return id;
    }

    public Long bodyId() {
        return bodyId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String post() {
        return post;
    }

    public NeedStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public long version() {
        return version;
    }
}
