package org.ronghe.research.projects;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The projects. */
public interface Projects extends JpaRepository<Project, Long>, JpaSpecificationExecutor<Project> {

    List<Project> findByAgreementIdOrderByIdAsc(Long agreementId);

    /**
     * Every project, or those in these bodies or with one of these organisations as a party; in a body, under an
     * agreement.
     */
    @Query("""
            select p from Project p where (:all = true or p.bodyId in :bodies
                or exists (select 1 from Project q join q.parties party
                           where q = p and party.organisationId in :organisations))
            and (:body is null or p.bodyId = :body)
            and (:agreement is null or p.agreementId = :agreement)
            order by p.lastActivityAt desc, p.id desc""")
    Page<Project> visible(
            @Param("all") boolean all,
            @Param("bodies") List<Long> bodies,
            @Param("organisations") List<Long> organisations,
            @Param("body") Long body,
            @Param("agreement") Long agreement,
            Pageable page);
}
