package org.ronghe.training.certificates;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The skill certificates. */
public interface Certificates extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByNumber(String number);

    boolean existsByNumber(String number);

    List<Certificate> findTop200ByIssuerIdOrderByIssuedOnDescIdDesc(Long issuerId);

    List<Certificate> findTop50ByHolderIdFingerprintOrderByIssuedOnDescIdDesc(String holderIdFingerprint);
}
