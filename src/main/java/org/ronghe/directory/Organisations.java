package org.ronghe.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** All organisations in the directory. */
public interface Organisations extends Repository<Organisation, Long> {

    Organisation save(Organisation organisation);

    Optional<Organisation> findById(Long id);

    long count();

    /** Summaries without loading entities: the body page asks for hundreds at once. */
    @Query("select new org.ronghe.directory.OrganisationSummary(o.id, o.name, o.type, o.schoolLevel) "
            + "from Organisation o where o.id in :ids")
    List<OrganisationSummary> findSummaries(Collection<Long> ids);
}
