package org.ronghe.community;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** All memberships of organisations in bodies. */
public interface Memberships extends Repository<Membership, Long> {

    Membership save(Membership membership);

    @Query("select m.organisationId from Membership m where m.bodyId = :bodyId "
            + "and m.status = org.ronghe.community.Membership.Status.ACTIVE")
    List<Long> findActiveMemberIds(Long bodyId);
}
