package org.ronghe.community;

/** A body as an overview of a region or of a guiding department lists it: name, kind and region. */
public record BodyPlace(Long id, String name, BodyKind kind, String regionCode) {}
