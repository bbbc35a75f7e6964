package org.ronghe.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.identity.IdentityEvents.AccessTokenCreated;
import org.ronghe.identity.IdentityEvents.AccessTokenRevoked;
import org.ronghe.identity.IdentityEvents.AccountCreated;
import org.ronghe.identity.IdentityEvents.GrantChanged;
import org.ronghe.identity.IdentityEvents.PasswordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The identity module's operations: accounts, passwords, login bookkeeping and access tokens. */
@Service
@Transactional(readOnly = true)
public class Identity {

    public static final String TOKEN_PREFIX = "rh_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Accounts accounts;
    private final AccessTokens tokens;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;

    Identity(
            Accounts accounts,
            AccessTokens tokens,
            PasswordEncoder passwordEncoder,
            PasswordPolicy policy,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.events = events;
    }

    /**
     * Creates an account after checking the password against the policy.
     *
     * @throws PasswordRejected when the password breaks a rule
     * @throws IllegalStateException when the username is taken
     */
    @Transactional
    public Account createAccount(String username, String displayName, String password, List<Grant> grants) {
        username = normalised(username);
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInput("username", "account.username.invalid");
        }
        requireAcceptable(password);
        if (accounts.existsByUsername(username)) {
            throw new IllegalStateException("username taken: " + username);
        }
        Account account = accounts.save(new Account(username, displayName, passwordEncoder.encode(password), grants));
        events.publishEvent(new AccountCreated(account.id(), username));
        return account;
    }

    /**
     * An account asked for by someone registering their unit: checked like any, but disabled and without a role until
     * the unit is verified ({@link #activate}). Reserves the user name; the password is kept only as its hash.
     *
     * @throws PasswordRejected when the password breaks a rule
     * @throws IllegalStateException when the username is taken
     */
    @Transactional
    public Account createPendingAccount(
            String username, String displayName, String password, String email, String language) {
        Account account = createAccount(username, displayName, password, List.of());
        changeContact(account.id(), email, language, Notifying.EACH);
        account.disable();
        return account;
    }

    /** Opens a pending account with its role once its unit was verified. */
    @Transactional
    public Account activate(Long accountId, Grant grant) {
        Account account = account(accountId);
        account.enable();
        events.publishEvent(new IdentityEvents.AccountEnabledChanged(account.username(), true));
        if (account.grant(grant)) {
            events.publishEvent(new GrantChanged(account.username(), grant, true));
        }
        return account;
    }

    /**
     * Gives an existing account a role (e.g. the secretariat of a newly founded body). Takes effect at the account's
     * next sign-in.
     *
     * @throws NotFound when no account has that username
     */
    @Transactional
    public Account grant(String username, Grant grant) {
        Account account = findByUsername(username).orElseThrow(() -> new NotFound("account", username));
        if (account.grant(grant)) {
            events.publishEvent(new GrantChanged(account.username(), grant, true));
        }
        return account;
    }

    @Transactional
    public void revoke(Long accountId, Grant grant) {
        Account account = account(accountId);
        if (account.revoke(grant)) {
            events.publishEvent(new GrantChanged(account.username(), grant, false));
        }
    }

    @Transactional
    public void changePassword(Long accountId, String currentPassword, String newPassword) {
        Account account = account(accountId);
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new PasswordRejected(List.of("password.current-wrong"));
        }
        requireAcceptable(newPassword);
        account.changePassword(passwordEncoder.encode(newPassword));
        events.publishEvent(new PasswordChanged(account.username()));
        revokeTokens(account);
    }

    /**
     * A platform admin sets a new password for someone who lost theirs: it must meet the policy; the account's sessions
     * end, its tokens are revoked and its failed sign-ins forgotten. Audited.
     */
    @Transactional
    public void resetPassword(Long accountId, String newPassword) {
        Account account = account(accountId);
        requireAcceptable(newPassword);
        account.changePassword(passwordEncoder.encode(newPassword));
        account.unlock();
        events.publishEvent(new IdentityEvents.PasswordReset(account.username()));
        revokeTokens(account);
    }

    /** The owner set a new password through a forgot-password link (ForgottenPasswords checked the link). */
    @Transactional
    void setRecoveredPassword(Account account, String newPassword) {
        requireAcceptable(newPassword);
        account.changePassword(passwordEncoder.encode(newPassword));
        account.unlock();
        revokeTokens(account);
    }

    private void revokeTokens(Account account) {
        tokensOf(account.id()).stream()
                .filter(t -> t.isUsableAt(Instant.now()) && !OPERATOR_TOKEN.equals(t.name()))
                .forEach(t -> {
                    t.revoke();
                    events.publishEvent(new AccessTokenRevoked(t.id(), account.username()));
                });
    }

    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final List<String> LANGUAGES = List.of("zh-CN", "zh-TW", "en");

    /**
     * The owner's e-mail address (blank: none), language and how notices reach them by e-mail.
     *
     * @throws InvalidInput when the address is not one or the language is not offered
     */
    @Transactional
    public Account changeContact(Long accountId, String email, String language, Notifying notifying) {
        String address = email == null || email.isBlank() ? null : email.strip();
        List<org.ronghe.core.FieldProblem> problems = new java.util.ArrayList<>();
        if (address != null
                && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
            problems.add(new org.ronghe.core.FieldProblem("email", "account.email.invalid"));
        }
        if (!LANGUAGES.contains(language)) {
            problems.add(new org.ronghe.core.FieldProblem("language", "account.language.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Account account = account(accountId);
        account.changeContact(address, language, notifying == null ? Notifying.EACH : notifying);
        return account;
    }

    /** The enabled accounts that hold a grant (e.g. every admin of one organisation), by user name. */
    public List<Account> holders(Grant grant) {
        if (grant.bodyId() != null) {
            return accounts.holdersInBody(grant.role(), grant.bodyId());
        }
        return grant.organisationId() != null
                ? accounts.holdersInOrganisation(grant.role(), grant.organisationId())
                : accounts.holdersOf(grant.role());
    }

    /**
     * The rights of a signed-in user as they stand now: empty when the account was disabled, removed, or its password
     * changed since the session began (the session must end); otherwise its current grants.
     */
    @Transactional(readOnly = true)
    public Optional<RongheUser> currentRights(RongheUser signedIn) {
        return accounts.findById(signedIn.accountId())
                .filter(Account::enabled)
                .filter(a -> a.sessionEpoch() == signedIn.sessionEpoch())
                .map(a -> {
                    RongheUser user = RongheUser.of(a, false);
                    user.eraseCredentials();
                    return user;
                });
    }

    /** The account of a user name as typed at login: case and surrounding spaces do not matter. */
    public Optional<Account> findByUsername(String username) {
        return accounts.findByUsername(normalised(username));
    }

    /**
     * User names are lower-case ASCII letters, digits and {@code . _ @ -}, 3 to 64 of them: no look-alike letters from
     * other scripts (Cyrillic {@code а} in {@code аdmin}), no invisible characters, no {@code ADMIN} beside
     * {@code admin}.
     */
    private static final java.util.regex.Pattern USERNAME =
            java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");

    static String normalised(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public Account account(Long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFound("account", id));
    }

    public List<Account> allAccounts() {
        return accounts.findAllByOrderByUsername();
    }

    @Transactional
    public void recordFailedLogin(String username) {
        SecuritySettings s = policy.settings();
        findByUsername(username).ifPresent(a -> a.recordFailedLogin(Instant.now(), s.maxFailedLogins(), s.lockout()));
    }

    @Transactional
    public void recordSuccessfulLogin(String username) {
        findByUsername(username).ifPresent(Account::recordSuccessfulLogin);
    }

    /** Creates a token and returns it in clear text: the only time it can be seen. */
    @Transactional
    public IssuedToken issueToken(Long accountId, String name, Duration validity) {
        String secret = TOKEN_PREFIX + HexFormat.of().formatHex(randomBytes(24));
        return new IssuedToken(saveToken(accountId, name, secret, validity), secret);
    }

    /** The name of the token an operator provisions ({@code RONGHE_ADMIN_TOKEN}); a password change leaves it alone. */
    public static final String OPERATOR_TOKEN = "RONGHE_ADMIN_TOKEN";

    /** Stores a token chosen by an operator (e.g. {@code RONGHE_ADMIN_TOKEN}) unless it exists. */
    @Transactional
    public void ensureToken(Long accountId, String name, String secret, Duration validity) {
        if (!tokens.existsByTokenHash(hash(secret))) {
            saveToken(accountId, name, secret, validity);
        }
    }

    private AccessToken saveToken(Long accountId, String name, String secret, Duration validity) {
        Account account = account(accountId);
        AccessToken token = tokens.save(
                new AccessToken(account.id(), name, hash(secret), Instant.now().plus(validity)));
        events.publishEvent(new AccessTokenCreated(token.id(), account.username()));
        return token;
    }

    @Transactional
    public void revokeToken(Long accountId, Long tokenId) {
        AccessToken token = tokensOf(accountId).stream()
                .filter(t -> t.id().equals(tokenId))
                .findFirst()
                .orElseThrow(() -> new NotFound("token", tokenId));
        token.revoke();
        events.publishEvent(new AccessTokenRevoked(tokenId, account(accountId).username()));
    }

    public List<AccessToken> tokensOf(Long accountId) {
        return tokens.findByAccountIdOrderByCreatedAtDesc(accountId);
    }

    /**
     * The user a bearer token stands for, if the token is known, unrevoked and unexpired and its account enabled.
     * Slowed password logins do not touch tokens: a token is a credential of its own (the operator's RONGHE_ADMIN_TOKEN
     * keeps working while someone guesses the admin's password).
     */
    @Transactional
    public Optional<RongheUser> authenticateToken(String secret) {
        Instant now = Instant.now();
        return tokens.findByTokenHash(hash(secret))
                .filter(t -> t.isUsableAt(now))
                .flatMap(t -> {
                    t.usedAt(now);
                    return accounts.findById(t.accountId());
                })
                .filter(Account::enabled)
                .map(a -> {
                    RongheUser user = RongheUser.of(a, false);
                    user.eraseCredentials();
                    return user;
                });
    }

    private void requireAcceptable(String password) {
        List<String> violations = policy.violations(password);
        if (!violations.isEmpty()) {
            throw new PasswordRejected(violations);
        }
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** A freshly issued token with its clear-text secret. */
    public record IssuedToken(AccessToken token, String secret) {}
}
