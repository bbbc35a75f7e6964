package org.ronghe.identity;

import org.ronghe.core.Actor;
import org.ronghe.core.NotFound;
import org.ronghe.core.RuleBroken;
import org.ronghe.identity.IdentityEvents.AccountEnabledChanged;
import org.ronghe.identity.IdentityEvents.AccountUnlocked;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A platform admin's levers over an account: let it try its password again at once, disable it, enable it. Audited. */
@Service
@Transactional
public class AccountControl {

    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    AccountControl(Accounts accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    public Account unlock(Long accountId) {
        Account account = get(accountId);
        account.unlock();
        events.publishEvent(new AccountUnlocked(account.username()));
        return account;
    }

    /**
     * No password login, no token, and its open sessions end at their next request.
     *
     * @throws RuleBroken for one's own account, and for the last enabled platform admin (nobody could administer then)
     */
    public Account disable(Long accountId) {
        Account account = get(accountId);
        if (account.username().equals(Actor.current())) {
            throw new RuleBroken("account.disable-self");
        }
        boolean admin = account.grants().stream().anyMatch(g -> g.role() == Role.PLATFORM_ADMIN);
        if (admin
                && account.enabled()
                && accounts.findAllByOrderByUsername().stream()
                                .filter(Account::enabled)
                                .filter(a -> a.grants().stream().anyMatch(g -> g.role() == Role.PLATFORM_ADMIN))
                                .count()
                        <= 1) {
            throw new RuleBroken("account.last-admin");
        }
        if (account.enabled()) {
            account.disable();
            events.publishEvent(new AccountEnabledChanged(account.username(), false));
        }
        return account;
    }

    public Account enable(Long accountId) {
        Account account = get(accountId);
        if (!account.enabled()) {
            account.enable();
            events.publishEvent(new AccountEnabledChanged(account.username(), true));
        }
        return account;
    }

    private Account get(Long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFound("account", id));
    }
}
