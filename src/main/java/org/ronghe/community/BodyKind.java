package org.ronghe.community;

/** The kinds of industry–education integration body. */
public enum BodyKind {
    INDUSTRY_COMMUNITY,
    CITY_CONSORTIUM,
    VOCATIONAL_EDUCATION_GROUP;

    public String messageKey() {
        return "body.kind." + name();
    }
}
