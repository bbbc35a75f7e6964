package org.ronghe.registration;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ronghe.core.Actor;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.PageResult;
import org.ronghe.core.PersonalDataCipher;
import org.ronghe.core.RateLimit;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.SealedTable;
import org.ronghe.core.files.FileKind;
import org.ronghe.core.files.FileStore;
import org.ronghe.core.work.Notice;
import org.ronghe.core.work.Notice.Addressee;
import org.ronghe.directory.Directory;
import org.ronghe.directory.MembershipLookup;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.identity.Account;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.PasswordRejected;
import org.ronghe.identity.Permissions;
import org.ronghe.identity.Role;
import org.ronghe.registration.RegistrationEvents.LicenceViewed;
import org.ronghe.registration.RegistrationEvents.RegistrationRejected;
import org.ronghe.registration.RegistrationEvents.RegistrationSubmitted;
import org.ronghe.registration.RegistrationEvents.RegistrationVerified;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit registers itself; a platform admin, or the secretariat of the body it names, verifies or rejects it. A credit
 * code already held by a unit that has an admin cannot be claimed this way (ask that admin or a platform admin).
 */
@Service
@Transactional
public class SelfRegistration {

    static final Set<FileKind> LICENCE_KINDS = Set.of(FileKind.PDF, FileKind.PNG, FileKind.JPEG);
    static final long LICENCE_MAX_BYTES = 10L * 1024 * 1024;
    static final int REASON_MAX = 500;
    static final String MOBILE = "registration.mobile";

    /** The contact's sealed mobile number, for a key rotation. */
    @Bean
    static SealedTable sealedRegistrations() {
        return SealedTable.of("registrations", "id")
                .sealed("contact_mobile", MOBILE)
                .versioned("version");
    }

    private final Registrations registrations;
    private final Directory directory;
    private final Identity identity;
    private final FileStore files;
    private final PersonalDataCipher cipher;
    private final Permissions permissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Optional<MembershipLookup> bodies;
    private final RateLimit perClient = new RateLimit("registration.too-many", 5, Duration.ofHours(1));

    SelfRegistration(
            Registrations registrations,
            Directory directory,
            Identity identity,
            FileStore files,
            PersonalDataCipher cipher,
            Permissions permissions,
            ApplicationEventPublisher events,
            Clock clock,
            Optional<MembershipLookup> bodies) {
        this.registrations = registrations;
        this.directory = directory;
        this.identity = identity;
        this.files = files;
        this.cipher = cipher;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
        this.bodies = bodies;
    }

    /**
     * @param licence the business-licence scan (PDF, PNG or JPEG); null when none was sent
     * @throws InvalidInput listing every problem of the form, the account and the file
     * @throws org.ronghe.core.TooManyRequests when this client submitted too often
     */
    public Registration submit(
            RegistrationForm form, String licenceName, InputStream licence, String client, Locale locale) {
        perClient.take(client);
        RegistrationForm.Checked checked = form.validate(licence == null, this::isBody);
        requireUnclaimed(checked);
        Account account = account(form, checked, locale);
        UUID scan = licence(licenceName, licence);
        Registration saved = registrations.save(new Registration(
                checked, scan, cipher.seal(MOBILE, checked.mobile().value()), account.id(), clock.instant()));
        events.publishEvent(new RegistrationSubmitted(saved.id(), checked.bodyId(), checked.name()));
        List<Addressee> verifiers = checked.bodyId() == null
                ? List.of(Addressee.platformAdmins())
                : List.of(Addressee.platformAdmins(), Addressee.secretariatOf(checked.bodyId()));
        events.publishEvent(
                new Notice(verifiers, "notice.registration", List.of(checked.name()), "/registrations/" + saved.id()));
        return saved;
    }

    private boolean isBody(Long id) {
        return bodies.map(b -> b.bodies().stream().anyMatch(c -> c.value().equals(id.toString())))
                .orElse(false);
    }

    private UUID licence(String name, InputStream content) {
        try {
            return files.store(name, content, LICENCE_KINDS, LICENCE_MAX_BYTES).id();
        } catch (InvalidInput e) {
            throw new InvalidInput(e.problems().stream()
                    .map(p -> new FieldProblem("licence", p.code(), p.arguments()))
                    .toList());
        }
    }

    private void requireUnclaimed(RegistrationForm.Checked checked) {
        boolean claimed = directory
                .withCreditCode(checked.creditCode())
                .filter(this::hasAdmin)
                .isPresent();
        if (claimed
                || registrations.existsByCreditCodeAndStatus(
                        checked.creditCode().value(), Registration.Status.PENDING)) {
            throw new InvalidInput("creditCode", "registration.credit-code.claimed");
        }
    }

    private boolean hasAdmin(Long organisation) {
        return !identity.holders(Grant.adminOf(organisation)).isEmpty();
    }

    private Account account(RegistrationForm form, RegistrationForm.Checked checked, Locale locale) {
        String language =
                locale.getLanguage().equals("en") ? "en" : "TW".equals(locale.getCountry()) ? "zh-TW" : "zh-CN";
        String displayName = form.displayName() == null || form.displayName().isBlank()
                ? checked.contactName()
                : form.displayName().strip();
        try {
            return identity.createPendingAccount(
                    form.username() == null ? "" : form.username(),
                    displayName,
                    form.password(),
                    checked.contactEmail(),
                    language);
        } catch (PasswordRejected e) {
            throw new InvalidInput(e.violations().stream()
                    .map(v -> new FieldProblem("password", v))
                    .toList());
        } catch (IllegalStateException e) {
            throw new InvalidInput("username", "account.username-taken");
        } catch (InvalidInput e) {
            throw new InvalidInput(e.problems().stream()
                    .map(p -> "email".equals(p.field()) ? new FieldProblem("contactEmail", p.code(), p.arguments()) : p)
                    .toList());
        }
    }

    /**
     * Registers the unit (or takes the unregistered one with its credit code) and opens its admin's account.
     *
     * @throws RuleBroken when the registration was decided already, or its unit got an admin since it was submitted
     *     (verifying then would hand the unit to a second, unchecked admin)
     */
    public Registration verify(Long id, long expectedVersion) {
        Registration registration = decidable(id, expectedVersion);
        Optional<Long> listed = directory.withCreditCode(new org.ronghe.core.CreditCode(registration.creditCode()));
        if (listed.filter(this::hasAdmin).isPresent()) {
            throw new RuleBroken("registration.claimed-meanwhile");
        }
        Long organisation = listed.orElseGet(() -> directory
                .register(
                        new OrganisationDraft(
                                registration.organisationName(),
                                registration.organisationType(),
                                registration.schoolLevel(),
                                registration.creditCode(),
                                registration.regionCode(),
                                registration.industry(),
                                null,
                                null,
                                null),
                        true)
                .id());
        registration.verify(organisation, Actor.current(), clock.instant());
        Account account = identity.activate(registration.accountId(), Grant.adminOf(organisation));
        events.publishEvent(new RegistrationVerified(id, organisation, account.id()));
        events.publishEvent(new Notice(
                Addressee.account(account.username()),
                "notice.registration-verified",
                "/organisations/" + organisation,
                registration.organisationName()));
        return registration;
    }

    /** @throws InvalidInput when no reason is given */
    public Registration reject(Long id, long expectedVersion, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInput("reason", "registration.reason.required");
        }
        if (why.length() > REASON_MAX) {
            throw new InvalidInput("reason", "input.too-long", REASON_MAX, why.length());
        }
        Registration registration = decidable(id, expectedVersion);
        registration.reject(why, Actor.current(), clock.instant());
        events.publishEvent(new RegistrationRejected(id, registration.accountId(), why));
        events.publishEvent(new Notice(
                Addressee.account(identity.account(registration.accountId()).username()),
                "notice.registration-rejected",
                "/register",
                registration.organisationName(),
                why));
        return registration;
    }

    private Registration decidable(Long id, long expectedVersion) {
        Registration registration = visible(id);
        org.ronghe.core.Versions.require("registration", id, registration.version(), expectedVersion);
        return registration;
    }

    /**
     * A registration its verifiers may read.
     *
     * @throws NotFound when there is none, or the user may not verify it (nobody learns which)
     */
    @Transactional(readOnly = true)
    public Registration visible(Long id) {
        return registrations.findById(id).filter(this::mayVerify).orElseThrow(() -> new NotFound("registration", id));
    }

    /** The licence scan, for a verifier; the look is audited. */
    public UUID licence(Long id) {
        Registration registration = visible(id);
        events.publishEvent(new LicenceViewed(id));
        return registration.licenceFileId();
    }

    @Transactional(readOnly = true)
    public PageResult<Registration> page(Registration.Status status, int page, int size) {
        List<Long> bodies = permissions.bodiesAs(Role.SECRETARIAT);
        if (!permissions.isPlatformAdmin() && bodies.isEmpty()) {
            throw new AccessDeniedException("registrations");
        }
        var found = registrations.visible(
                status,
                permissions.isPlatformAdmin(),
                bodies.isEmpty() ? List.of(-1L) : bodies,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), PageResult.MAX_SIZE)));
        return new PageResult<>(found.getContent(), found.getNumber(), found.getSize(), found.getTotalElements());
    }

    private boolean mayVerify(Registration registration) {
        return permissions.isPlatformAdmin()
                || registration
                        .bodyId()
                        .map(b -> permissions.bodiesAs(Role.SECRETARIAT).contains(b))
                        .orElse(false);
    }
}
