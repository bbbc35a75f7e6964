package org.ronghe.community;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** All memberships of organisations in bodies. */
public interface Memberships extends Repository<Membership, Long> {

    Membership save(Membership membership);

    @Query("select m from Membership m where m.bodyId = :bodyId and m.status = org.ronghe.community.Membership.Status.ACTIVE")
    List<Membership> findActiveByBody(Long bodyId);

    @Query("select m from Membership m where m.organisationId = :organisationId")
    List<Membership> findByOrganisation(Long organisationId);

    boolean existsByBodyIdAndOrganisationId(Long bodyId, Long organisationId);
}
