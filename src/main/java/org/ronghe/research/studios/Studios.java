package org.ronghe.research.studios;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The studios. */
public interface Studios extends JpaRepository<Studio, Long> {

    /** Every studio, or those in these bodies or hosted by one of these organisations; optionally in one body. */
    @Query("""
            select s from Studio s where (:all = true or s.bodyId in :bodies or s.hostId in :organisations)
            and (:body is null or s.bodyId = :body)
            order by s.name, s.id""")
    Page<Studio> visible(
            @Param("all") boolean all,
            @Param("bodies") List<Long> bodies,
            @Param("organisations") List<Long> organisations,
            @Param("body") Long body,
            Pageable page);
}
