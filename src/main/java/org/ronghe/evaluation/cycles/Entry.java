package org.ronghe.evaluation.cycles;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One observation point of a cycle: what the body declares and states, its evidence, and once submitted the figure as
 * frozen then (with the records behind it), the score it earned, and any adjustment by the reviewer with its reason.
 */
@Embeddable
public class Entry {

    @Column(name = "point_code")
    private String code;

    private BigDecimal declared;

    private String statement;

    private UUID evidenceFileId;

    private String evidenceFileName;

    /** The body's own score of an evidence point, or its claim that a veto does not apply. */
    private BigDecimal selfScore;

    private BigDecimal frozenValue;

    private Long frozenRecords;

    private String frozenHref;

    private BigDecimal score;

    private BigDecimal adjustedScore;

    private String adjustReason;

    private String adjustedBy;

    private Instant adjustedAt;

    /** For a veto point: whether it failed (the computed rule gave nothing, or the reviewer said so). */
    private Boolean vetoFailed;

    protected Entry() {}

    Entry(String code) {
        this.code = code;
    }

    void declare(BigDecimal value, String text) {
        declared = value;
        statement = text;
    }

    void attach(UUID fileId, String fileName) {
        evidenceFileId = fileId;
        evidenceFileName = fileName;
    }

    void selfScore(BigDecimal value) {
        selfScore = value;
    }

    void freeze(BigDecimal value, long records, String href) {
        frozenValue = value;
        frozenRecords = records;
        frozenHref = href;
    }

    void score(BigDecimal earned, Boolean failed) {
        score = earned;
        vetoFailed = failed;
    }

    void adjust(BigDecimal newScore, Boolean failed, String reason, String actor, Instant at) {
        adjustedScore = newScore;
        if (failed != null) {
            vetoFailed = failed;
        }
        adjustReason = reason;
        adjustedBy = actor;
        adjustedAt = at;
    }

    /** The score that counts: the reviewer's when adjusted, else the computed or self-assessed one. */
    public BigDecimal finalScore() {
        return adjustedScore != null ? adjustedScore : score;
    }

    public String code() {
        return code;
    }

    public BigDecimal declared() {
        return declared;
    }

    public String statement() {
        return statement;
    }

    public UUID evidenceFileId() {
        return evidenceFileId;
    }

    public String evidenceFileName() {
        return evidenceFileName;
    }

    public BigDecimal selfScore() {
        return selfScore;
    }

    public BigDecimal frozenValue() {
        return frozenValue;
    }

    public Long frozenRecords() {
        return frozenRecords;
    }

    public String frozenHref() {
        return frozenHref;
    }

    public BigDecimal score() {
        return score;
    }

    public BigDecimal adjustedScore() {
        return adjustedScore;
    }

    public String adjustReason() {
        return adjustReason;
    }

    public String adjustedBy() {
        return adjustedBy;
    }

    public Boolean vetoFailed() {
        return vetoFailed;
    }
}
