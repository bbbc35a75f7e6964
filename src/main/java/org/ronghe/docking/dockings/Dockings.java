package org.ronghe.docking.dockings;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The dockings; only the docking module touches them. */
public interface Dockings extends Repository<Docking, Long> {

    Docking save(Docking docking);

    @EntityGraph(attributePaths = "history")
    Optional<Docking> findById(Long id);

    boolean existsByDemandIdAndCapabilityIdAndStatusIn(
            Long demandId, Long capabilityId, Collection<DockingStatus> statuses);

    /** Proposals still unanswered since before {@code before} that no reminder went out for. */
    @Query("select d from Docking d where d.status = org.ronghe.docking.dockings.DockingStatus.PROPOSED "
            + "and d.reminded = false and d.proposedAt < :before order by d.proposedAt")
    List<Docking> findUnanswered(Instant before);

    /** The dockings of these organisations (either side) or within these bodies, newest first. */
    @Query("select d from Docking d where d.needOrganisationId in :organisations "
            + "or d.offerOrganisationId in :organisations or d.bodyId in :bodies order by d.proposedAt desc, d.id desc")
    List<Docking> findConcerning(
            Collection<Long> organisations, Collection<Long> bodies, org.springframework.data.domain.Pageable page);

    @Query("select d from Docking d order by d.proposedAt desc, d.id desc")
    List<Docking> findNewest(org.springframework.data.domain.Pageable page);

    List<Docking> findByDemandIdOrderByProposedAtDesc(Long demandId);

    List<Docking> findByAgreementId(Long agreementId);
}
