package org.ronghe.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules ask of the agreements: whether one exists, and which the user may link to in a body. */
@Service
@Transactional(readOnly = true)
public class AgreementLookup {

    /** How many agreements a choice offers at most. */
    static final int CHOICES = 100;

    private final Agreements agreements;
    private final AgreementList list;
    private final AgreementAccess access;

    AgreementLookup(Agreements agreements, AgreementList list, AgreementAccess access) {
        this.agreements = agreements;
        this.list = list;
        this.access = access;
    }

    /** An agreement as another module names it. */
    public record Named(Long id, String title) {}

    public boolean exists(Long id) {
        return agreements.existsById(id);
    }

    /** The agreement's status (draft, signed, in force…), if it exists. */
    public Optional<AgreementStatus> status(Long id) {
        return agreements.findById(id).map(Agreement::status);
    }

    /** The body the agreement belongs to; empty when it has none or does not exist. */
    public Optional<Long> bodyOf(Long id) {
        return agreements.findById(id).flatMap(Agreement::bodyId);
    }

    /** The agreement, if it exists and the current user may read it. */
    public Optional<Named> readable(Long id) {
        return access.canRead(id) ? agreements.findById(id).map(a -> new Named(a.id(), a.title())) : Optional.empty();
    }

    /**
     * The agreements a form offers in a body: those the current user may see (newest first, at most 100) and, first,
     * the one the form already names when it is not among them (an older one, or one the user may not read: then
     * without its title), so that editing never drops it.
     */
    public List<Named> choicesIn(Long bodyId, Long chosen) {
        if (bodyId == null) {
            return List.of();
        }
        List<Named> choices = new ArrayList<>(visibleIn(bodyId).stream()
                .map(a -> new Named(a.id(), a.title()))
                .toList());
        if (chosen != null && choices.stream().noneMatch(a -> a.id().equals(chosen))) {
            readable(chosen)
                    .or(() -> bodyOf(chosen).filter(bodyId::equals).map(b -> new Named(chosen, null)))
                    .ifPresent(a -> choices.add(0, a));
        }
        return choices;
    }

    /** The body's agreements the current user may see, as the agreement list orders them (at most 100). */
    public List<AgreementSummary> visibleIn(Long bodyId) {
        return list.find(
                        new AgreementList.Filter(null, bodyId, null, null, null, null, null, null),
                        access.visibility(),
                        0,
                        CHOICES)
                .items();
    }
}
