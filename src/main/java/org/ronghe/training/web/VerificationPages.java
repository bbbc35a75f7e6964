package org.ronghe.training.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.ronghe.core.TooManyRequests;
import org.ronghe.core.web.PageOutcomes;
import org.ronghe.training.certificates.CertificateBook;
import org.ronghe.training.certificates.CertificateDraft;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** The public check of a certificate by its number: the masked holder, level, occupation, issuer and date. */
@Controller
class VerificationPages {

    private final CertificateVerifications verifications;
    private final PageOutcomes outcomes;

    VerificationPages(CertificateVerifications verifications, PageOutcomes outcomes) {
        this.verifications = verifications;
        this.outcomes = outcomes;
    }

    @GetMapping("/verify/certificates")
    String form(@RequestParam(required = false) String number) {
        String clean = CertificateDraft.normalised(number);
        return clean.isEmpty()
                ? "training/verify"
                : "redirect:/verify/certificates/" + UriUtils.encodePathSegment(clean, "UTF-8");
    }

    @GetMapping("/verify/certificates/{number}")
    String verify(@PathVariable String number, Model model, HttpServletResponse response) {
        Optional<CertificateBook.Verification> found;
        try {
            found = verifications.of(number);
        } catch (TooManyRequests e) { // the page says so, in the reader's language, rather than failing
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("problem", outcomes.problem(e));
            return "training/verify";
        }
        model.addAttribute("number", CertificateDraft.normalised(number));
        model.addAttribute("certificate", found.orElse(null));
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        return "training/verify";
    }
}
