package org.ronghe.community;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** All bodies on the platform. */
public interface Bodies extends Repository<Body, Long> {

    Body save(Body body);

    Optional<Body> findById(Long id);

    long count();

    @Query("select b from Body b where b.parentId = :parentId order by b.name")
    List<Body> findChildren(Long parentId);
}
