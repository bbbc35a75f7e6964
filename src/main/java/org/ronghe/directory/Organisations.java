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

    @Query("select o from Organisation o where o.id in :ids")
    List<Organisation> findAllById(Collection<Long> ids);

    /** Organisations whose normalised name equals the given one: likely duplicates. */
    @Query("select o from Organisation o where o.normalisedName = :normalisedName")
    List<Organisation> findByNormalisedName(String normalisedName);
}
