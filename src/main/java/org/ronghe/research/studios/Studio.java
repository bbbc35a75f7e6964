package org.ronghe.research.studios;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.core.RuleBroken;

/**
 * A studio hosted by a member of a body: its kind, leader and members (names sealed, shown masked). Its innovations and
 * the training it gives are kept apart ({@link Innovation}, {@link StudioTraining}); the body and host are fixed.
 */
@Entity
@Table(name = "research_studios")
public class Studio {

    /** The leader's name as kept, or nulls when none was named. */
    record Leader(String sealed, String masked) {
        /** No leader: the one kept is removed. */
        static final Leader NONE = new Leader(null, null);
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long bodyId;

    private String name;

    @Enumerated(EnumType.STRING)
    private StudioKind kind;

    private Long hostId;

    private String leaderNameSealed;

    private String leaderNameMasked;

    private LocalDate foundedOn;

    private Instant createdAt;

    private String createdBy;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "research_studio_members", joinColumns = @JoinColumn(name = "studio_id"))
    @OrderColumn(name = "position")
    private List<StudioMember> members = new ArrayList<>();

    protected Studio() {}

    static Studio open(StudioDraft terms, Leader leader, List<StudioMember> members, Instant at, String actor) {
        Studio s = new Studio();
        s.bodyId = terms.bodyId();
        s.hostId = terms.hostId();
        s.createdAt = at;
        s.createdBy = actor;
        s.apply(terms, leader, members);
        return s;
    }

    /**
     * New terms; the body and the host stay. A null leader or member list keeps those kept; {@link Leader#NONE} removes
     * the leader.
     */
    void revise(StudioDraft terms, Leader leader, List<StudioMember> named) {
        if (!bodyId.equals(terms.bodyId()) || !hostId.equals(terms.hostId())) {
            throw new RuleBroken("research.studio.host-fixed");
        }
        apply(terms, leader, named);
    }

    private void apply(StudioDraft terms, Leader leader, List<StudioMember> named) {
        name = terms.name();
        kind = terms.kind();
        foundedOn = terms.foundedOn();
        if (leader != null) {
            leaderNameSealed = leader.sealed();
            leaderNameMasked = leader.masked();
        }
        if (named != null) {
            members.clear();
            members.addAll(named);
        }
    }

    public Long id() {
        return id;
    }

    public Long bodyId() {
        return bodyId;
    }

    public String name() {
        return name;
    }

    public StudioKind kind() {
        return kind;
    }

    public Long hostId() {
        return hostId;
    }

    /** The leader's name masked (李**), or null when none was named. */
    public String leaderNameMasked() {
        return leaderNameMasked;
    }

    String leaderNameSealed() {
        return leaderNameSealed;
    }

    public LocalDate foundedOn() {
        return foundedOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public long version() {
        return version;
    }

    public List<StudioMember> members() {
        return List.copyOf(members);
    }
}
