package org.ronghe.training.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.ronghe.training.certificates.CertificateBook;
import org.ronghe.training.certificates.CertificateDraft;
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

    VerificationPages(CertificateVerifications verifications) {
        this.verifications = verifications;
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
        Optional<CertificateBook.Verification> found = verifications.of(number);
        model.addAttribute("number", CertificateDraft.normalised(number));
        model.addAttribute("certificate", found.orElse(null));
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        return "training/verify";
    }
}
