package org.ronghe.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security sees it, with the account's grants. The password hash is erased after
 * authentication, so it never reaches the session store.
 */
public final class RongheUser implements UserDetails, CredentialsContainer {

    private final Long accountId;
    private final String username;
    private final String displayName;
    private final boolean enabled;
    private final boolean locked;
    private final List<Grant> grants;
    private final int sessionEpoch;
    private String password;

    RongheUser(
            Long accountId,
            String username,
            String displayName,
            String password,
            boolean enabled,
            boolean locked,
            List<Grant> grants,
            int sessionEpoch) {
        this.sessionEpoch = sessionEpoch;
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.password = password;
        this.enabled = enabled;
        this.locked = locked;
        this.grants = List.copyOf(grants);
    }

    static RongheUser of(Account account, boolean lockedNow) {
        return new RongheUser(
                account.id(),
                account.username(),
                account.displayName(),
                account.passwordHash(),
                account.enabled(),
                lockedNow,
                account.grants(),
                account.sessionEpoch());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return grants.stream()
                .map(g -> new SimpleGrantedAuthority("ROLE_" + g.role().name()))
                .distinct()
                .toList();
    }

    @Override
    public void eraseCredentials() {
        password = null;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    public Long accountId() {
        return accountId;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public List<Grant> grants() {
        return grants;
    }

    /** The account's session epoch when this user signed in. */
    public int sessionEpoch() {
        return sessionEpoch;
    }

    public boolean isPlatformAdmin() {
        return grants.stream().anyMatch(g -> g.role() == Role.PLATFORM_ADMIN);
    }

    @Override
    public String toString() {
        return username;
    }
}
