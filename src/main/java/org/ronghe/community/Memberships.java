package org.ronghe.community;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** All memberships of organisations in bodies, including applications and former members. */
public interface Memberships extends Repository<Membership, Long> {

    Membership save(Membership membership);

    @EntityGraph(attributePaths = "history")
    Optional<Membership> findByBodyIdAndOrganisationId(Long bodyId, Long organisationId);

    @EntityGraph(attributePaths = "history")
    List<Membership> findByBodyId(Long bodyId);

    @EntityGraph(attributePaths = "history")
    List<Membership> findByBodyIdAndStatusIn(Long bodyId, Collection<Membership.Status> statuses);

    List<Membership> findByBodyIdAndOrganisationIdIn(Long bodyId, Collection<Long> organisationIds);

    @Query("select m.organisationId from Membership m where m.bodyId = :bodyId "
            + "and m.status = org.ronghe.community.Membership.Status.ACTIVE")
    List<Long> findActiveMemberIds(Long bodyId);

    @Query("select distinct m.bodyId from Membership m where m.organisationId in :organisationIds "
            + "and m.status = org.ronghe.community.Membership.Status.ACTIVE")
    List<Long> findBodiesWithActiveMembers(Collection<Long> organisationIds);
}
