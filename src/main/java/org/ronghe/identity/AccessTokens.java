package org.ronghe.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** All personal access tokens. */
public interface AccessTokens extends Repository<AccessToken, Long> {

    AccessToken save(AccessToken token);

    Optional<AccessToken> findByTokenHash(String tokenHash);

    List<AccessToken> findByAccountIdOrderByCreatedAtDesc(Long accountId);

    boolean existsByTokenHash(String tokenHash);
}
