package org.ronghe.research.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.ronghe.research.studios.Studio;
import org.ronghe.research.studios.StudioBook;
import org.ronghe.research.studios.StudioDraft;
import org.ronghe.research.studios.StudioKind;
import org.ronghe.research.studios.StudioMemberDraft;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form opening or revising a studio: member rows left without a name are ignored; revising, the members kept are
 * chosen by position and the leader kept unless a new one is named or it is removed. People's names are never sent back
 * to the browser: when the form comes back with problems, {@link #forgetNames()} empties them.
 */
public class StudioForm {

    static final int MEMBER_ROWS = 3;

    private Long bodyId;
    private String name;
    private StudioKind kind;
    private Long hostId;
    private String leaderName;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate foundedOn;

    private List<MemberRow> members = new ArrayList<>();

    /** Revising: the version read, whether the leader is removed, the positions of the members kept that stay. */
    private Long version;

    private boolean removeLeader;
    private List<Integer> keepMembers = new ArrayList<>();

    static StudioForm blank(Long bodyId) {
        StudioForm form = new StudioForm();
        form.bodyId = bodyId;
        form.forgetNames();
        return form;
    }

    /** The studio's terms to revise: its leader and members stay unless changed, no name is filled in. */
    static StudioForm of(Studio studio) {
        StudioForm form = blank(studio.bodyId());
        form.hostId = studio.hostId();
        form.name = studio.name();
        form.kind = studio.kind();
        form.foundedOn = studio.foundedOn();
        form.version = studio.version();
        form.keepMembers = new ArrayList<>(
                IntStream.range(0, studio.members().size()).boxed().toList());
        return form;
    }

    /** A revision's body and host are the studio's, whatever the request said. */
    void fixTo(Studio studio) {
        bodyId = studio.bodyId();
        hostId = studio.hostId();
    }

    StudioBook.Staffing staffing() {
        return new StudioBook.Staffing(removeLeader, keepMembers == null ? List.of() : keepMembers);
    }

    /** Empties the names typed (and leaves {@value #MEMBER_ROWS} empty member rows), keeping the roles. */
    void forgetNames() {
        leaderName = null;
        members.forEach(m -> m.setName(null));
        while (members.size() < MEMBER_ROWS) {
            members.add(new MemberRow());
        }
    }

    StudioDraft terms() {
        List<StudioMemberDraft> named = members.stream()
                .filter(m -> m.getName() != null && !m.getName().isBlank())
                .map(m -> new StudioMemberDraft(m.getName(), m.getRole()))
                .toList();
        return new StudioDraft(bodyId, name, kind, hostId, leaderName, foundedOn, named);
    }

    /** One member row. */
    public static class MemberRow {
        private String name;
        private String role;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }
    }

    public Long getBodyId() {
        return bodyId;
    }

    public void setBodyId(Long bodyId) {
        this.bodyId = bodyId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public StudioKind getKind() {
        return kind;
    }

    public void setKind(StudioKind kind) {
        this.kind = kind;
    }

    public Long getHostId() {
        return hostId;
    }

    public void setHostId(Long hostId) {
        this.hostId = hostId;
    }

    public String getLeaderName() {
        return leaderName;
    }

    public void setLeaderName(String leaderName) {
        this.leaderName = leaderName;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public void setFoundedOn(LocalDate foundedOn) {
        this.foundedOn = foundedOn;
    }

    public List<MemberRow> getMembers() {
        return members;
    }

    public void setMembers(List<MemberRow> members) {
        this.members = members;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public boolean isRemoveLeader() {
        return removeLeader;
    }

    public void setRemoveLeader(boolean removeLeader) {
        this.removeLeader = removeLeader;
    }

    public List<Integer> getKeepMembers() {
        return keepMembers;
    }

    public void setKeepMembers(List<Integer> keepMembers) {
        this.keepMembers = keepMembers;
    }
}
