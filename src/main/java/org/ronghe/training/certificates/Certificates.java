package org.ronghe.training.certificates;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The skill certificates. */
public interface Certificates extends JpaRepository<Certificate, Long>, JpaSpecificationExecutor<Certificate> {

    Optional<Certificate> findByNumber(String number);

    boolean existsByNumber(String number);

    List<Certificate> findTop200ByIssuerIdOrderByIssuedOnDescIdDesc(Long issuerId);

    List<Certificate> findTop50ByHolderIdFingerprintOrderByIssuedOnDescIdDesc(String holderIdFingerprint);

    List<Certificate> findByHolderIdFingerprintInOrderByIssuedOnDescIdDesc(java.util.Collection<String> fingerprints);
}
