package org.ronghe.talent.needs;

import org.springframework.data.jpa.repository.JpaRepository;

/** The talent needs of all bodies. */
public interface TalentNeeds extends JpaRepository<TalentNeed, Long> {}
