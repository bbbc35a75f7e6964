package org.ronghe.docking.products;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The core products; only the docking module touches them. */
public interface CoreProducts extends Repository<CoreProduct, Long> {

    CoreProduct save(CoreProduct product);

    Optional<CoreProduct> findById(Long id);

    void delete(CoreProduct product);

    List<CoreProduct> findByOrganisationIdOrderById(Long organisationId);

    /** The products of these organisations whose name or technologies contain {@code q} (any, when blank). */
    @Query("select p from CoreProduct p where p.organisationId in :organisations and (:q = '' or lower(p.name) like "
            + "lower(concat('%', :q, '%')) or lower(p.technologies) like lower(concat('%', :q, '%'))) "
            + "order by p.organisationId, p.name, p.id")
    Page<CoreProduct> search(Collection<Long> organisations, String q, Pageable page);
}
