package org.ronghe.demo;

import java.util.HashMap;
import java.util.Map;
import org.ronghe.community.Admissions;
import org.ronghe.community.Body;
import org.ronghe.community.Community;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;

/** Registers seed organisations once by name and hands out their ids. */
final class SeedWriter {

    private final Directory directory;
    private final Community community;
    private final Admissions admissions;
    private final Map<String, Long> ids = new HashMap<>();

    SeedWriter(Directory directory, Community community, Admissions admissions) {
        this.directory = directory;
        this.community = community;
        this.admissions = admissions;
    }

    Long org(String name, OrganisationType type, String region) {
        return org(name, type, null, region);
    }

    Long org(String name, OrganisationType type, SchoolLevel level, String region) {
        return ids.computeIfAbsent(name, n -> {
            var draft = new OrganisationDraft(n, type, level, null, region, null, null, null, null);
            return directory.register(draft, true).id();
        });
    }

    /** The id of an organisation registered earlier. */
    Long id(String name) {
        Long id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("seed organisation not registered: " + name);
        }
        return id;
    }

    Body found(Body body) {
        return community.found(body);
    }

    void admit(Body body, String... names) {
        for (String name : names) {
            admissions.admit(body.id(), id(name), body.foundedOn(), null);
        }
    }
}
