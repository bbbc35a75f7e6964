package org.ronghe.identity.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ronghe.directory.Directory;
import org.ronghe.directory.MembershipLookup;
import org.ronghe.identity.Account;
import org.ronghe.identity.Grant;
import org.springframework.stereotype.Component;

/** What a grant's scope is called: {@code body:1} → the body's name, {@code organisation:7} → the unit's name. */
@Component
class GrantNames {

    private final Optional<MembershipLookup> memberships;
    private final Directory directory;

    GrantNames(Optional<MembershipLookup> memberships, Directory directory) {
        this.memberships = memberships;
        this.directory = directory;
    }

    Map<String, String> of(List<Account> accounts) {
        Map<String, String> names = new HashMap<>();
        memberships
                .map(MembershipLookup::bodies)
                .orElse(List.of())
                .forEach(b -> names.put("body:" + b.value(), b.label()));
        List<Long> organisations = accounts.stream()
                .flatMap(a -> a.grants().stream())
                .map(Grant::organisationId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        directory.summaries(organisations).forEach((id, o) -> names.put("organisation:" + id, o.name()));
        return names;
    }
}
