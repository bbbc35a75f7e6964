package org.ronghe.docking.fairs;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The docking fairs; only the docking module touches them. */
public interface Fairs extends Repository<Fair, Long> {

    Fair save(Fair fair);

    Optional<Fair> findById(Long id);

    List<Fair> findByBodyIdInOrderByHeldOnDescIdDesc(java.util.Collection<Long> bodyIds);
}
