package org.ronghe.community;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** All bodies on the platform. */
public interface Bodies extends Repository<Body, Long> {

    Body save(Body body);

    Optional<Body> findById(Long id);

    List<Body> findByIdIn(Collection<Long> ids);

    long count();

    @Query("select new org.ronghe.community.BodyPlace(b.id, b.name, b.kind, b.regionCode) from Body b "
            + "where b.regionCode like :pattern")
    List<BodyPlace> findPlacesWithin(String pattern);

    @Query("select new org.ronghe.community.BodyPlace(b.id, b.name, b.kind, b.regionCode) from Body b")
    List<BodyPlace> findAllPlaces();

    @Query("select distinct new org.ronghe.community.BodyPlace(b.id, b.name, b.kind, b.regionCode) from Body b "
            + "join b.guidingCommittee g where g in :organisationIds")
    List<BodyPlace> findPlacesGuidedBy(Collection<Long> organisationIds);

    @Query("select new org.ronghe.community.BodyPlace(b.id, b.name, b.kind, b.regionCode) from Body b "
            + "where b.id in :ids")
    List<BodyPlace> findPlaces(Collection<Long> ids);

    @Query("select b from Body b where b.parentId = :parentId order by b.name")
    List<Body> findChildren(Long parentId);
}
