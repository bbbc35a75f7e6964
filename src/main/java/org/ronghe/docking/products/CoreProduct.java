package org.ronghe.docking.products;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A core product of an organisation (核心产品), kept by its admins and the secretariats of its bodies. */
@Entity
@Table(name = "core_products")
public class CoreProduct {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long organisationId;

    private String name;

    private String description;

    private String industrySection;

    private String industryDivision;

    private String technologies;

    private boolean sample;

    private Instant createdAt;

    private String createdBy;

    @Version
    private long version;

    protected CoreProduct() {}

    static CoreProduct list(CoreProductDraft valid, boolean sample, Instant at, String by) {
        CoreProduct product = new CoreProduct();
        product.organisationId = valid.organisationId();
        product.apply(valid);
        product.sample = sample;
        product.createdAt = at;
        product.createdBy = by;
        return product;
    }

    /** New terms; the organisation stays. */
    void revise(CoreProductDraft valid) {
        if (!organisationId.equals(valid.organisationId())) {
            throw new org.ronghe.core.RuleBroken("docking.demand.owner-fixed");
        }
        apply(valid);
    }

    private void apply(CoreProductDraft valid) {
        name = valid.name();
        description = valid.description();
        industrySection = valid.industry() == null ? null : valid.industry().substring(0, 1);
        industryDivision = valid.industry() == null || valid.industry().length() == 1
                ? null
                : valid.industry().substring(1);
        technologies = valid.technologies();
    }

    /** The terms as a draft, for a form or a revision's before and after. */
    public CoreProductDraft draft() {
        return new CoreProductDraft(
                organisationId,
                name,
                description,
                industrySection == null ? null : industrySection + (industryDivision == null ? "" : industryDivision),
                technologies);
    }

    /** What matching reads: the name, the technologies it rests on and what it is. */
    public String text() {
        return String.join(
                "\n",
                java.util.stream.Stream.of(name, technologies, description)
                        .filter(java.util.Objects::nonNull)
                        .toList());
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String industrySection() {
        return industrySection;
    }

    public String industryDivision() {
        return industryDivision;
    }

    public String technologies() {
        return technologies;
    }

    public boolean sample() {
        return sample;
    }

    public long version() {
        return version;
    }
}
