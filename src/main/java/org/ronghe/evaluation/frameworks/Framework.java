package org.ronghe.evaluation.frameworks;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

/**
 * One version of an indicator framework (评价指标体系): a draft while it is written, then published and never changed again —
 * an evaluation cycle keeps the version it started with, and editing a published framework starts the next version as a
 * draft.
 */
@Entity
@Table(name = "frameworks")
public class Framework {

    /** A draft can be edited and deleted; a published version can be used by cycles; a retired one by no new cycle. */
    public enum Status {
        DRAFT,
        PUBLISHED,
        RETIRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The framework across its versions, e.g. {@code city-consortium}. */
    private String code;

    private int number;

    private String name;

    /** The kind of body it evaluates ({@code CITY_CONSORTIUM}, …), null for any. */
    private String bodyKind;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Convert(converter = DefinitionJson.class)
    @Column(columnDefinition = "text")
    private Definition definition;

    private Instant createdAt;

    private String createdBy;

    private Instant publishedAt;

    @Version
    private long version;

    protected Framework() {}

    static Framework draft(String code, String name, String bodyKind, Definition definition, Instant at, String actor) {
        Framework f = new Framework();
        f.code = code;
        f.number = 1;
        f.name = name;
        f.bodyKind = bodyKind;
        f.status = Status.DRAFT;
        f.definition = definition;
        f.createdAt = at;
        f.createdBy = actor;
        return f;
    }

    /** The next version, a draft with this one's definition. */
    Framework nextVersion(Instant at, String actor) {
        Framework next = draft(code, name, bodyKind, definition, at, actor);
        next.number = number + 1;
        return next;
    }

    void revise(String newName, Definition newDefinition) {
        requireDraft();
        name = newName;
        definition = newDefinition;
    }

    void publish(Instant at) {
        requireDraft();
        status = Status.PUBLISHED;
        publishedAt = at;
    }

    void retire() {
        if (status != Status.PUBLISHED) {
            throw new RuleBroken("framework.not-published");
        }
        status = Status.RETIRED;
    }

    private void requireDraft() {
        if (status != Status.DRAFT) {
            throw new RuleBroken("framework.published-unchanged");
        }
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public int number() {
        return number;
    }

    public String name() {
        return name;
    }

    public String bodyKind() {
        return bodyKind;
    }

    public Status status() {
        return status;
    }

    public Definition definition() {
        return definition;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public long version() {
        return version;
    }
}
