package org.ronghe.docking.capabilities;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
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
 * One item of the capability catalogue, offered by its owner organisation until withdrawn. An expert's name is held
 * sealed with its masked form (the book seals it); it is shown only when the organisation consents. The text is indexed
 * for lexical matching at once, its vector when the background embedding reaches it.
 */
@Entity
@Table(name = "capabilities")
@Indexed(index = "capabilities")
public class Capability {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @GenericField
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private CapabilityKind kind;

    @FullTextField(analyzer = SearchAnalyzers.WORDS)
    @FullTextField(
            name = "title_bigram",
            analyzer = SearchAnalyzers.BIGRAMS,
            searchAnalyzer = SearchAnalyzers.BIGRAMS_QUERY)
    private String title;

    private String description;

    private String keywords;

    @KeywordField
    private String ownerType;

    @KeywordField
    private String industrySection;

    @KeywordField
    private String industryDivision;

    @KeywordField
    private String regionCode;

    private Integer readinessLevel;

    private String patentNumber;

    private String majorCode;

    private Integer places;

    private String expertNameSealed;

    private String expertNameMasked;

    private boolean expertNameShown;

    @GenericField
    private boolean withdrawn;

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

    protected Capability() {}

    /** The expert's name sealed and masked, or nulls for other kinds. */
    record SealedName(String sealed, String masked) {}

    static Capability offer(
            CapabilityDraft valid, String ownerType, SealedName name, boolean sample, Instant at, String by) {
        Capability capability = new Capability();
        capability.organisationId = valid.organisationId();
        capability.ownerType = ownerType;
        capability.apply(valid, name);
        capability.sample = sample;
        capability.createdAt = at;
        capability.createdBy = by;
        return capability;
    }

    /** New terms while offered; the owner stays. */
    void revise(CapabilityDraft valid, SealedName name) {
        if (withdrawn) {
            throw new RuleBroken("docking.capability.already-withdrawn");
        }
        if (!organisationId.equals(valid.organisationId())) {
            throw new RuleBroken("docking.capability.owner-fixed");
        }
        apply(valid, name);
    }

    /** No longer offered: it leaves the matches; its history stays. */
    void withdraw() {
        if (withdrawn) {
            throw new RuleBroken("docking.capability.already-withdrawn");
        }
        withdrawn = true;
    }

    /** The vector of its text under a model, found in the background. */
    public void embed(float[] vector, String model) {
        this.embedding = vector.clone();
        this.embeddingModel = model;
    }

    private void apply(CapabilityDraft valid, SealedName name) {
        kind = valid.kind();
        title = valid.title();
        description = valid.description();
        keywords = valid.keywords();
        Industry industry = valid.industryCode();
        industrySection = industry == null ? null : industry.section();
        industryDivision = industry == null ? null : industry.division();
        regionCode = valid.regionCode();
        readinessLevel = valid.readinessLevel();
        patentNumber = valid.patentNumber();
        majorCode = valid.majorCode();
        places = valid.places();
        expertNameSealed = name.sealed();
        expertNameMasked = name.masked();
        expertNameShown = Boolean.TRUE.equals(valid.expertNameShown());
        String before = text;
        text = Arrays.stream(new String[] {title, description, keywords})
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
        if (!text.equals(before)) {
            embedding = null;
            embeddingModel = null;
        }
    }

    /** The terms as kept, the expert's name left out (it is sealed). */
    public CapabilityDraft draft() {
        return new CapabilityDraft(
                organisationId,
                kind,
                title,
                description,
                keywords,
                industrySection == null ? null : industrySection + (industryDivision == null ? "" : industryDivision),
                regionCode,
                readinessLevel,
                patentNumber,
                majorCode,
                null,
                expertNameShown,
                places);
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public CapabilityKind kind() {
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

    public String expertNameSealed() {
        return expertNameSealed;
    }

    public String expertNameMasked() {
        return expertNameMasked;
    }

    public boolean expertNameShown() {
        return expertNameShown;
    }

    public boolean withdrawn() {
        return withdrawn;
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

    public long version() {
        return version;
    }
}
