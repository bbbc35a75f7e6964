package org.ronghe.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The obligations of agreements. */
public interface Obligations extends JpaRepository<Obligation, Long> {

    List<Obligation> findByAgreementIdOrderByDueOnAscIdAsc(Long agreementId);
}
