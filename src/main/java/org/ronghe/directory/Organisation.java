package org.ronghe.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
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
    @FullTextField(name = "name_bigram", analyzer = SearchAnalyzers.BIGRAMS, searchAnalyzer = SearchAnalyzers.BIGRAMS_QUERY)
    @KeywordField(name = "name_sort", normalizer = SearchAnalyzers.SORT, sortable = Sortable.YES)
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

    private String website;

    private String description;

    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    /** Registers a new organisation; a school level is kept only for vocational schools. */
    public Organisation(String name, OrganisationType type, SchoolLevel level) {
        rename(name);
        this.type = type;
        this.schoolLevel = type == OrganisationType.VOCATIONAL_SCHOOL ? level : null;
        this.createdAt = Instant.now();
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("organisation name is required");
        }
        this.name = newName.trim();
        this.normalisedName = ChineseText.normalisedName(this.name);
    }

    public void identifyBy(CreditCode code) {
        this.creditCode = code == null ? null : code.value();
    }

    public void locateIn(RegionCode region) {
        this.regionCode = region == null ? null : region.value();
    }

    public void describe(String description, String website) {
        this.description = description;
        this.website = website;
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
