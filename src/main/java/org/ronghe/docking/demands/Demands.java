package org.ronghe.docking.demands;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The demands; only the docking module touches them. */
public interface Demands extends Repository<Demand, Long> {

    Demand save(Demand demand);

    Optional<Demand> findById(Long id);

    List<Demand> findByIdIn(Collection<Long> ids);

    /** The body's newest demands in these states. */
    List<Demand> findTop500ByBodyIdAndStatusInOrderByIdDesc(Long bodyId, Collection<DemandStatus> statuses);

    /** The organisation's newest demands in these states. */
    List<Demand> findTop20ByOrganisationIdAndStatusInOrderByIdDesc(
            Long organisationId, Collection<DemandStatus> statuses);
}
