package org.ronghe.agreement;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The agreements. */
public interface Agreements extends JpaRepository<Agreement, Long> {

    /** Signed or in force, whose term ended before the given day. */
    @Query("select a.id from Agreement a where a.status in (org.ronghe.agreement.AgreementStatus.SIGNED, "
            + "org.ronghe.agreement.AgreementStatus.IN_FORCE) and a.termEndsOn < :today")
    List<Long> findDueToExpire(LocalDate today);
}
