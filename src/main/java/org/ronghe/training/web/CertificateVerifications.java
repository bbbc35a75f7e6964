package org.ronghe.training.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.ronghe.core.RateLimit;
import org.ronghe.training.certificates.CertificateBook;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Public verification by number, limited per client address (a number is no secret, but walking through numbers to
 * collect masked holders should be slow): 60 lookups a minute.
 */
@Component
class CertificateVerifications {

    private final CertificateBook book;
    private final RateLimit perClient = new RateLimit("training.certificate.too-many", 60, Duration.ofMinutes(1));

    CertificateVerifications(CertificateBook book) {
        this.book = book;
    }

    Optional<CertificateBook.Verification> of(String number) {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        perClient.take(request.getRemoteAddr());
        return book.verify(number);
    }
}
