package org.ronghe.core.work;

import java.util.List;
import java.util.Objects;

/**
 * Published when something happened that asks someone to act (an application to decide, a report to confirm, an
 * agreement to sign): the notifications module tells each addressee in the platform and, as they chose, by e-mail. The
 * text is a message key with its arguments (names and titles, not codes), written in each reader's language.
 *
 * @param to who is asked: holders of a role in a scope, or one account
 * @param textKey the message key of the sentence, e.g. {@code notice.application}
 * @param args the sentence's arguments, already words
 * @param href where to act, a path on this platform
 */
public record Notice(List<Addressee> to, String textKey, List<String> args, String href) {

    public Notice {
        to = List.copyOf(to);
        args = args.stream().map(a -> Objects.requireNonNullElse(a, "")).toList();
        Objects.requireNonNull(textKey);
    }

    public Notice(Addressee to, String textKey, String href, String... args) {
        this(List.of(to), textKey, List.of(args), href);
    }

    /**
     * Who receives a notice: the holders of a role ({@code SECRETARIAT}, {@code ORGANISATION_ADMIN}, …, named as the
     * identity module names them) in a body or an organisation, or one account by user name.
     */
    public record Addressee(String role, Long bodyId, Long organisationId, String username) {

        public static Addressee secretariatOf(Long bodyId) {
            return new Addressee("SECRETARIAT", bodyId, null, null);
        }

        public static Addressee adminsOf(Long organisationId) {
            return new Addressee("ORGANISATION_ADMIN", null, organisationId, null);
        }

        public static Addressee personalDataOfficersOf(Long organisationId) {
            return new Addressee("PERSONAL_DATA_OFFICER", null, organisationId, null);
        }

        public static Addressee platformAdmins() {
            return new Addressee("PLATFORM_ADMIN", null, null, null);
        }

        public static Addressee account(String username) {
            return new Addressee(null, null, null, username);
        }
    }
}
