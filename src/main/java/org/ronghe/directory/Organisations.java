package org.ronghe.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** All organisations in the directory. */
public interface Organisations extends Repository<Organisation, Long> {

    Organisation save(Organisation organisation);

    Optional<Organisation> findById(Long id);

    Optional<Organisation> findByCreditCode(String creditCode);

    List<Organisation> findByNormalisedNameOrderById(String normalisedName);

    void delete(Organisation organisation);

    void flush();

    long count();
}
