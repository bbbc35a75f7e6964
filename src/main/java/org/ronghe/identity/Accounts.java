package org.ronghe.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** All accounts. */
public interface Accounts extends Repository<Account, Long> {

    Account save(Account account);

    Optional<Account> findById(Long id);

    Optional<Account> findByUsername(String username);

    List<Account> findAllByOrderByUsername();

    boolean existsByUsername(String username);

    @Query("select distinct a from Account a join a.grants g where a.enabled = true and g.role = :role "
            + "and g.bodyId = :body order by a.username")
    List<Account> holdersInBody(Role role, Long body);

    @Query("select distinct a from Account a join a.grants g where a.enabled = true and g.role = :role "
            + "and g.organisationId = :organisation order by a.username")
    List<Account> holdersInOrganisation(Role role, Long organisation);

    @Query("select distinct a from Account a join a.grants g where a.enabled = true and g.role = :role "
            + "order by a.username")
    List<Account> holdersOf(Role role);
}
