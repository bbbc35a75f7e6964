package org.ronghe.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** All accounts. */
public interface Accounts extends Repository<Account, Long> {

    Account save(Account account);

    Optional<Account> findById(Long id);

    Optional<Account> findByUsername(String username);

    List<Account> findAllByOrderByUsername();

    boolean existsByUsername(String username);
}
