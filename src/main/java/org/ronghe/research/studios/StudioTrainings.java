package org.ronghe.research.studios;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The training sessions the studios gave. */
public interface StudioTrainings extends JpaRepository<StudioTraining, Long> {

    List<StudioTraining> findByStudioIdOrderByHeldOnAscIdAsc(Long studioId);
}
