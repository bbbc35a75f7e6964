package org.ronghe.community;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ronghe.community.MeetingView.Kind;

/**
 * An assembly or meeting of a body: when, where, what kind, how many attended ({@code attendanceAtLeast} for counts
 * reported as "260余人"), what it decided and its documents. Part of the {@link Body} aggregate.
 */
@Entity
@Table(name = "body_meetings")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String title;

    private String place;

    private Integer attendance;

    private boolean attendanceAtLeast;

    private String decisions;

    @ElementCollection
    @CollectionTable(name = "meeting_documents", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<Document> documents = new ArrayList<>();

    protected Meeting() {}

    Meeting(
            LocalDate heldOn,
            Kind kind,
            String title,
            String place,
            Integer attendance,
            boolean attendanceAtLeast,
            String decisions) {
        this.heldOn = heldOn;
        this.kind = kind;
        this.title = title;
        this.place = place;
        this.attendance = attendance;
        this.attendanceAtLeast = attendanceAtLeast;
        this.decisions = decisions;
    }

    void attach(Document document) {
        documents.add(document);
    }

    public Long id() {
        return id;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    /** The meeting as pages and the API show it. */
    public MeetingView view() {
        return new MeetingView(
                id, heldOn, kind, title, place, attendance, attendanceAtLeast, decisions, List.copyOf(documents));
    }
}
