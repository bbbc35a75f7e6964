package org.ronghe.training.courses;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Courses extends JpaRepository<Course, Long> {

    Page<Course> findByBodyIdOrderByIdDesc(Long bodyId, Pageable page);
}
