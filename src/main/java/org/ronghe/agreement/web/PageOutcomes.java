package org.ronghe.agreement.web;

import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a change asked for by a page form and leaves its outcome for the page it redirects to: {@code done} (a
 * message key) or {@code problem} (a sentence in the user's language: invalid input, a broken rule, or a conflict).
 */
@Component
class PageOutcomes {

    /** A change that may read an uploaded file. */
    interface Change {
        void run() throws IOException;
    }

    private final MessageSource messages;

    PageOutcomes(MessageSource messages) {
        this.messages = messages;
    }

    void attempt(RedirectAttributes redirect, String done, Change change) {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            change.run();
            redirect.addFlashAttribute("done", done);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", String.join(" ", FormErrors.messages(e, messages)));
        } catch (RuleBroken e) {
            redirect.addFlashAttribute("problem", messages.getMessage(e.code(), e.arguments(), locale));
        } catch (OptimisticLockException | ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("problem.conflict.detail", null, locale));
        } catch (IOException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("file.unreadable", null, locale));
        }
    }

    /** The upload's content, or null when none was chosen. */
    static InputStream open(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : file.getInputStream();
    }
}
