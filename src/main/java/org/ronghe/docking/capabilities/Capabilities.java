package org.ronghe.docking.capabilities;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The capability catalogue; only the docking module touches it. */
public interface Capabilities extends Repository<Capability, Long> {

    Capability save(Capability capability);

    Optional<Capability> findById(Long id);

    List<Capability> findByIdIn(Collection<Long> ids);

    /** Which of these capabilities are withdrawn. */
    @Query("select c.id from Capability c where c.id in :ids and c.withdrawn = true")
    List<Long> withdrawnAmong(@Param("ids") Collection<Long> ids);

    /** The organisation's newest capabilities still offered. */
    List<Capability> findTop20ByOrganisationIdAndWithdrawnFalseOrderByIdDesc(Long organisationId);
}
