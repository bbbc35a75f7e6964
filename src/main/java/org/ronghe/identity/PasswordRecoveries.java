package org.ronghe.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Every forgot-password link issued. */
public interface PasswordRecoveries extends Repository<PasswordRecovery, Long> {

    PasswordRecovery save(PasswordRecovery recovery);

    Optional<PasswordRecovery> findByTokenHash(String tokenHash);

    List<PasswordRecovery> findByAccountIdAndUsedAtIsNull(Long accountId);

    long countByAccountIdAndCreatedAtAfter(Long accountId, Instant since);
}
