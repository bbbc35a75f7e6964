package org.ronghe.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.ronghe.core.ChineseSortKeyBridge;
import org.ronghe.core.ChineseText;
import org.ronghe.core.CreditCode;
import org.ronghe.core.RegionCode;
import org.ronghe.core.SearchAnalyzers;

/** A member unit: enterprise, school, institute, association, department or park administration. */
@Entity
@Table(name = "organisations")
@Indexed(index = "organisations")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @FullTextField(analyzer = SearchAnalyzers.WORDS, projectable = Projectable.YES)
    @FullTextField(
            name = "name_bigram",
            analyzer = SearchAnalyzers.BIGRAMS,
            searchAnalyzer = SearchAnalyzers.BIGRAMS_QUERY)
    @KeywordField(
            name = "name_sort",
            valueBridge = @ValueBridgeRef(type = ChineseSortKeyBridge.class),
            sortable = Sortable.YES)
    private String name;

    private String normalisedName;

    @Enumerated(EnumType.STRING)
    @KeywordField(projectable = Projectable.YES)
    private OrganisationType type;

    @Enumerated(EnumType.STRING)
    @KeywordField(projectable = Projectable.YES)
    private SchoolLevel schoolLevel;

    private String creditCode;

    @KeywordField(projectable = Projectable.YES)
    private String regionCode;

    @KeywordField
    private String industrySection;

    @KeywordField
    private String industryDivision;

    private String website;

    private String description;

    private String contact;

    @GenericField(sortable = Sortable.YES)
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {}

    /** Registers a new organisation; a school level is kept only for vocational schools. */
    public Organisation(OrganisationDraft.Checked details) {
        revise(details);
        this.createdAt = Instant.now();
    }

    /** Replaces everything a user states about the organisation with validated details. */
    public void revise(OrganisationDraft.Checked details) {
        this.name = details.name();
        this.normalisedName = ChineseText.normalisedName(details.name());
        this.type = details.type();
        this.schoolLevel = type == OrganisationType.VOCATIONAL_SCHOOL ? details.schoolLevel() : null;
        this.creditCode =
                details.creditCode() == null ? null : details.creditCode().value();
        this.regionCode = details.region() == null ? null : details.region().value();
        this.industrySection =
                details.industry() == null ? null : details.industry().section();
        this.industryDivision =
                details.industry() == null ? null : details.industry().division();
        this.website = details.website();
        this.description = details.description();
        this.contact = details.contact();
    }

    /** Takes over what a merged duplicate knew and this organisation did not (credit code, region…). */
    void absorb(Organisation duplicate) {
        creditCode = creditCode != null ? creditCode : duplicate.creditCode;
        regionCode = regionCode != null ? regionCode : duplicate.regionCode;
        if (industrySection == null) {
            industrySection = duplicate.industrySection;
            industryDivision = duplicate.industryDivision;
        }
        website = website != null ? website : duplicate.website;
        description = description != null ? description : duplicate.description;
        contact = contact != null ? contact : duplicate.contact;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OrganisationType type() {
        return type;
    }

    public Optional<SchoolLevel> schoolLevel() {
        return Optional.ofNullable(schoolLevel);
    }

    public Optional<CreditCode> creditCode() {
        return Optional.ofNullable(creditCode).map(CreditCode::new);
    }

    public Optional<RegionCode> region() {
        return Optional.ofNullable(regionCode).map(RegionCode::new);
    }

    /** The region code and the codes above it, so that a search can filter by province or prefecture. */
    @KeywordField(name = "regionLevels")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "regionCode")))
    List<String> getRegionLevels() {
        return regionCode == null ? List.of() : new RegionCode(regionCode).withParents();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Industry> industry() {
        return Optional.ofNullable(industrySection).map(section -> new Industry(section, industryDivision));
    }

    public String contact() {
        return contact;
    }

    public String website() {
        return website;
    }

    public String description() {
        return description;
    }

    public long version() {
        return version;
    }
}
