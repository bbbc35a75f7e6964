package org.ronghe.community;

import java.time.LocalDate;

/** A body in a list: name, kind, founding date and registered member count. */
public record BodySummary(
        Long id, String name, String shortName, BodyKind kind, LocalDate foundedOn, long registeredMembers) {}
