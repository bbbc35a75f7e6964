package org.ronghe.research.studios;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The studios' innovations. */
public interface Innovations extends JpaRepository<Innovation, Long> {

    List<Innovation> findByStudioIdOrderByMadeOnAscIdAsc(Long studioId);
}
