package org.ronghe.directory;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** All organisations in the directory. */
public interface Organisations extends Repository<Organisation, Long> {

    Organisation save(Organisation organisation);

    Optional<Organisation> findById(Long id);

    long count();
}
