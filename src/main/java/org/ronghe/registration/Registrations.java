package org.ronghe.registration;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Every registration a unit submitted. */
public interface Registrations extends Repository<Registration, Long> {

    Registration save(Registration registration);

    Optional<Registration> findById(Long id);

    boolean existsByCreditCodeAndStatus(String creditCode, Registration.Status status);

    /** The registrations a verifier sees: all ({@code everything}) or those naming one of the bodies. */
    @Query("select r from Registration r where (:status is null or r.status = :status) "
            + "and (:everything = true or r.bodyId in :bodies) order by r.createdAt desc, r.id desc")
    Page<Registration> visible(Registration.Status status, boolean everything, Collection<Long> bodies, Pageable page);
}
