package org.ronghe.evaluation.frameworks;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every version of every framework. */
public interface Frameworks extends JpaRepository<Framework, Long> {

    List<Framework> findByCodeOrderByNumberDesc(String code);

    Optional<Framework> findFirstByCodeOrderByNumberDesc(String code);

    List<Framework> findAllByOrderByCodeAscNumberDesc();
}
