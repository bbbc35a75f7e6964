package org.ronghe.directory;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.ronghe.core.CreditCode;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidIdentifier;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RegionCode;

/**
 * An organisation as typed into a form, an API request or a spreadsheet row: text, not yet trusted. {@link #validate()}
 * reports every problem at once, each named by field.
 */
public record OrganisationDraft(
        String name,
        OrganisationType type,
        SchoolLevel schoolLevel,
        String creditCode,
        String regionCode,
        String industry,
        String website,
        String description,
        String contact) {

    public static final int NAME_MAX = 200;
    private static final Pattern WITH_SCHEME = Pattern.compile("(?i)https?://.*");
    public static final int WEBSITE_MAX = 300;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int CONTACT_MAX = 200;

    public static OrganisationDraft of(Organisation o) {
        return new OrganisationDraft(
                o.name(),
                o.type(),
                o.schoolLevel().orElse(null),
                o.creditCode().map(CreditCode::value).orElse(null),
                o.region().map(RegionCode::value).orElse(null),
                o.industry().map(Industry::code).orElse(null),
                o.website(),
                o.description(),
                o.contact());
    }

    /** @throws InvalidInput listing every field that breaks a rule */
    public Checked validate() {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanName = FieldProblem.trimmed(name, "name", NAME_MAX, problems);
        if (cleanName == null && problems.isEmpty()) {
            problems.add(new FieldProblem("name", "organisation.name.required"));
        }
        if (type == null) {
            problems.add(new FieldProblem("type", "organisation.type.required"));
        } else if (type == OrganisationType.VOCATIONAL_SCHOOL && schoolLevel == null) {
            problems.add(new FieldProblem("schoolLevel", "organisation.level.required"));
        }
        CreditCode code = parse(creditCode, "creditCode", CreditCode::parse, problems);
        RegionCode region = parse(regionCode, "regionCode", RegionCode::parse, problems);
        Industry parsedIndustry = parse(industry, "industry", Industry::parse, problems);
        String site = website(problems);
        String text = FieldProblem.trimmed(description, "description", DESCRIPTION_MAX, problems);
        String channel = FieldProblem.trimmed(contact, "contact", CONTACT_MAX, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Checked(
                cleanName,
                type,
                type == OrganisationType.VOCATIONAL_SCHOOL ? schoolLevel : null,
                code,
                region,
                parsedIndustry,
                site,
                text,
                channel);
    }

    private String website(List<FieldProblem> problems) {
        String site = FieldProblem.trimmed(website, "website", WEBSITE_MAX, problems);
        if (site == null) {
            return null;
        }
        String withScheme = WITH_SCHEME.matcher(site).matches() ? site : "https://" + site;
        try {
            URI uri = new URI(withScheme);
            if (uri.getHost() == null || !uri.getHost().contains(".")) {
                throw new URISyntaxException(site, "no host");
            }
            return withScheme;
        } catch (URISyntaxException e) {
            problems.add(new FieldProblem("website", "organisation.website.invalid", site));
            return null;
        }
    }

    private static <T> T parse(String value, String field, Function<String, T> parser, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (InvalidIdentifier e) {
            problems.add(FieldProblem.of(field, e));
            return null;
        }
    }

    /**
     * What a user states about an organisation, already validated field by field (see {@link #validate()}). Optional
     * parts are null.
     */
    public record Checked(
            String name,
            OrganisationType type,
            SchoolLevel schoolLevel,
            CreditCode creditCode,
            RegionCode region,
            Industry industry,
            String website,
            String description,
            String contact) {}
}
