package org.ronghe.identity.internal;

import java.time.Instant;
import org.ronghe.identity.Identity;
import org.ronghe.identity.RongheUserFactory;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads accounts for form login; a locked account is reported as locked until its lock expires. */
@Component
class AccountUserDetails implements UserDetailsService {

    private final Identity identity;

    AccountUserDetails(Identity identity) {
        this.identity = identity;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return identity.findByUsername(username)
                .map(account -> RongheUserFactory.forLogin(account, Instant.now()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
