package org.ronghe.docking.demands;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.search.engine.backend.types.VectorSimilarity;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.VectorField;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.SearchAnalyzers;
import org.ronghe.directory.Industry;

/**
 * A need a member posted for docking: open to proposals, in docking once one was accepted, solved, or closed with a
 * reason (and reopened). Its text is indexed for lexical matching at once, its vector when the background embedding
 * reaches it.
 */
@Entity
@Table(name = "demands")
@Indexed(index = "demands")
public class Demand {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @GenericField
    private Long bodyId;

    @GenericField
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private DemandKind kind;

    @FullTextField(analyzer = SearchAnalyzers.WORDS)
    @FullTextField(
            name = "title_bigram",
            analyzer = SearchAnalyzers.BIGRAMS,
            searchAnalyzer = SearchAnalyzers.BIGRAMS_QUERY)
    private String title;

    private String description;

    private String currentState;

    private String expectedResult;

    private String trainees;

    private Integer headcount;

    private String skills;

    @KeywordField
    private String industrySection;

    @KeywordField
    private String industryDivision;

    @KeywordField
    private String regionCode;

    private BigDecimal budgetMin;

    private BigDecimal budgetMax;

    private LocalDate wantedBy;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private Visibility visibility;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private DemandStatus status;

    private String closeReason;

    @FullTextField(analyzer = SearchAnalyzers.WORDS)
    @FullTextField(
            name = "text_bigram",
            analyzer = SearchAnalyzers.BIGRAMS,
            searchAnalyzer = SearchAnalyzers.BIGRAMS_QUERY)
    private String text;

    /** Found in the background: not a change of the item, so it does not move the version users edit against. */
    // a graph built with 75 candidates, not Lucene's 100: a rebuild 4.4 times faster, recall@10 0.989 (ADR 0035)
    @VectorField(dimension = 512, vectorSimilarity = VectorSimilarity.COSINE, efConstruction = 75)
    @OptimisticLock(excluded = true)
    private float[] embedding;

    @OptimisticLock(excluded = true)
    private String embeddingModel;

    private boolean sample;

    @GenericField(sortable = org.hibernate.search.engine.backend.types.Sortable.YES)
    private Instant createdAt;

    private String createdBy;

    @Version
    private long version;

    protected Demand() {}

    static Demand post(DemandDraft valid, boolean sample, Instant at, String by) {
        Demand demand = new Demand();
        demand.bodyId = valid.bodyId();
        demand.organisationId = valid.organisationId();
        demand.apply(valid);
        demand.status = DemandStatus.OPEN;
        demand.sample = sample;
        demand.createdAt = at;
        demand.createdBy = by;
        return demand;
    }

    /** New terms for a demand that is not closed; the body and the organisation stay. */
    void revise(DemandDraft valid) {
        if (status == DemandStatus.CLOSED || status == DemandStatus.SOLVED) {
            throw new RuleBroken("docking.demand.ended");
        }
        if (!java.util.Objects.equals(bodyId, valid.bodyId()) || !organisationId.equals(valid.organisationId())) {
            throw new RuleBroken("docking.demand.owner-fixed");
        }
        apply(valid);
    }

    /** Marks it solved or closed (with a reason), or reopens it. */
    void mark(DemandStatus next, String reason) {
        if (next == status) {
            throw new RuleBroken("docking.demand.already", next.name());
        }
        if (next == DemandStatus.CLOSED && (reason == null || reason.isBlank())) {
            throw new RuleBroken("docking.demand.reason-required");
        }
        status = next;
        closeReason = next == DemandStatus.CLOSED ? reason.strip() : null;
    }

    /** The vector of its text under a model, found in the background. */
    public void embed(float[] vector, String model) {
        this.embedding = vector.clone();
        this.embeddingModel = model;
    }

    private void apply(DemandDraft valid) {
        kind = valid.kind();
        title = valid.title();
        description = valid.description();
        currentState = valid.currentState();
        expectedResult = valid.expectedResult();
        trainees = valid.trainees();
        headcount = valid.headcount();
        skills = valid.skills();
        Industry industry = valid.industryCode();
        industrySection = industry == null ? null : industry.section();
        industryDivision = industry == null ? null : industry.division();
        regionCode = valid.regionCode();
        budgetMin = valid.budgetMin();
        budgetMax = valid.budgetMax();
        wantedBy = valid.wantedBy();
        visibility = valid.visibility();
        String before = text;
        text = joined(title, description, currentState, expectedResult, trainees, skills);
        if (!text.equals(before)) {
            embedding = null;
            embeddingModel = null;
        }
    }

    private static String joined(String... parts) {
        return java.util.Arrays.stream(parts)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    public DemandDraft draft() {
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
                industrySection == null ? null : industrySection + (industryDivision == null ? "" : industryDivision),
                regionCode,
                budgetMin,
                budgetMax,
                wantedBy,
                visibility);
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

    public DemandKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    public String industrySection() {
        return industrySection;
    }

    public String industryDivision() {
        return industryDivision;
    }

    public String regionCode() {
        return regionCode;
    }

    public Visibility visibility() {
        return visibility;
    }

    public DemandStatus status() {
        return status;
    }

    public String closeReason() {
        return closeReason;
    }

    /** The vector of its text, or null until the background embedding has reached it. */
    public float[] embedding() {
        return embedding == null ? null : embedding.clone();
    }

    public boolean sample() {
        return sample;
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
