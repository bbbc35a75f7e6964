package org.ronghe.talent.programmes;

import org.springframework.data.jpa.repository.JpaRepository;

/** The programmes of all bodies and of none. */
public interface Programmes extends JpaRepository<Programme, Long> {}
