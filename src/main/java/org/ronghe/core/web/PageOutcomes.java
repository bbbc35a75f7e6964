package org.ronghe.core.web;

import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.RuleBroken;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a change asked for by a page form and leaves its outcome for the page it redirects to: {@code done} (a message
 * key) or {@code problem} (a sentence in the user's language: invalid input, a broken rule, or a conflict).
 */
@Component
public class PageOutcomes {

    /** A change that may read an uploaded file. */
    public interface Change {
        void run() throws IOException;
    }

    private final MessageSource messages;

    PageOutcomes(MessageSource messages) {
        this.messages = messages;
    }

    /** @return whether the change was made; when not, the page that follows shows why (and should keep the input) */
    public boolean attempt(RedirectAttributes redirect, String done, Change change) {
        try {
            change.run();
            redirect.addFlashAttribute("done", done);
            return true;
        } catch (InvalidInput | RuleBroken | OptimisticLockException | ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", problem(e));
        } catch (IOException e) {
            redirect.addFlashAttribute(
                    "problem", messages.getMessage("file.unreadable", null, LocaleContextHolder.getLocale()));
        }
        return false;
    }

    /** A change that makes something and says where it is shown. */
    public interface Making {
        String run() throws IOException;
    }

    /**
     * Makes something and redirects to where it is shown, or, when it cannot be made, back to {@code back} with why.
     */
    public String redirectToMade(RedirectAttributes redirect, String done, Making making, String back) {
        String[] shown = {back};
        attempt(redirect, done, () -> shown[0] = making.run());
        return "redirect:" + shown[0];
    }

    /** What went wrong, in the user's language: invalid input, a broken rule, or a conflict with another change. */
    public String problem(RuntimeException e) {
        Locale locale = LocaleContextHolder.getLocale();
        if (e instanceof InvalidInput invalid) {
            return String.join(" ", FormErrors.messages(invalid, messages));
        }
        if (e instanceof RuleBroken rule) {
            return messages.getMessage(rule.code(), rule.arguments(), locale);
        }
        return messages.getMessage("problem.conflict.detail", null, locale);
    }

    /** The upload's content, or null when none was chosen. */
    public static InputStream open(MultipartFile file) throws IOException {
        return file == null || file.isEmpty() ? null : file.getInputStream();
    }
}
