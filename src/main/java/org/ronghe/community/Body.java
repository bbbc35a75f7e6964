package org.ronghe.community;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.ronghe.core.ChineseSortKeyBridge;
import org.ronghe.core.NotFound;
import org.ronghe.core.RegionCode;
import org.ronghe.core.SearchAnalyzers;

/**
 * An industry–education integration body and its governance: lead units, council terms, guiding committee, meetings and
 * declared compositions. Memberships are a separate aggregate.
 */
@Entity
@Table(name = "bodies")
@Indexed(index = "bodies")
public class Body {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @FullTextField(analyzer = SearchAnalyzers.WORDS)
    @FullTextField(
            name = "name_bigram",
            analyzer = SearchAnalyzers.BIGRAMS,
            searchAnalyzer = SearchAnalyzers.BIGRAMS_QUERY)
    @KeywordField(
            name = "name_sort",
            valueBridge = @ValueBridgeRef(type = ChineseSortKeyBridge.class),
            sortable = Sortable.YES)
    private String name;

    @FullTextField(analyzer = SearchAnalyzers.WORDS)
    @FullTextField(
            name = "shortName_bigram",
            analyzer = SearchAnalyzers.BIGRAMS,
            searchAnalyzer = SearchAnalyzers.BIGRAMS_QUERY)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private BodyKind kind;

    private LocalDate foundedOn;

    @Column(name = "parent_id")
    private Long parentId;

    private String regionCode;

    @FullTextField(analyzer = SearchAnalyzers.WORDS)
    @FullTextField(
            name = "description_bigram",
            analyzer = SearchAnalyzers.BIGRAMS,
            searchAnalyzer = SearchAnalyzers.BIGRAMS_QUERY)
    private String description;

    private Instant createdAt;

    private java.util.UUID logoFileId;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "body_lead_units", joinColumns = @JoinColumn(name = "body_id"))
    @OrderColumn(name = "position")
    private List<LeadUnit> leadUnits = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "body_guiding_committee", joinColumns = @JoinColumn(name = "body_id"))
    @OrderColumn(name = "position")
    @Column(name = "organisation_id")
    private List<Long> guidingCommittee = new ArrayList<>();

    @Column(name = "secretariat_organisation_id")
    private Long secretariatOrganisationId;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "body_id", nullable = false)
    @OrderBy("heldOn")
    private List<Meeting> meetings = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "body_id", nullable = false)
    @OrderBy("adoptedOn desc")
    private List<CharterVersion> charterVersions = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "body_id", nullable = false)
    @OrderBy("startsOn desc")
    private List<CouncilTerm> councilTerms = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "body_id", nullable = false)
    @OrderBy("declaredOn desc")
    private List<DeclaredComposition> declaredCompositions = new ArrayList<>();

    protected Body() {}

    public Body(String name, String shortName, BodyKind kind, LocalDate foundedOn) {
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
        this.foundedOn = foundedOn;
        this.createdAt = Instant.now();
    }

    /** Organises this body under another (e.g. a park consortium under a city framework). */
    public void placeUnder(Body parent) {
        if (parent.id == null || parent.id.equals(id)) {
            throw new IllegalArgumentException("a body cannot be placed under itself or an unsaved body");
        }
        this.parentId = parent.id;
    }

    public void locateIn(RegionCode region) {
        this.regionCode = region == null ? null : region.value();
    }

    /** The secretariat revises the public profile. */
    public void reviseProfile(String shortName, String description) {
        this.shortName = blankToNull(shortName);
        this.description = blankToNull(description);
    }

    /** Adds a lead unit, or changes its role if it already leads. */
    public void addLeadUnit(Long organisationId, LeadRole role) {
        leadUnits.removeIf(l -> l.organisationId().equals(organisationId));
        leadUnits.add(new LeadUnit(organisationId, role));
    }

    public void removeLeadUnit(Long organisationId) {
        leadUnits.removeIf(l -> l.organisationId().equals(organisationId));
    }

    public void appointToGuidingCommittee(Long organisationId) {
        if (!guidingCommittee.contains(organisationId)) {
            guidingCommittee.add(organisationId);
        }
    }

    public void removeFromGuidingCommittee(Long organisationId) {
        guidingCommittee.remove(organisationId);
    }

    /** The unit that hosts the secretariat (秘书处), or none. */
    public void hostSecretariatAt(Long organisationId) {
        this.secretariatOrganisationId = organisationId;
    }

    public Meeting recordMeeting(
            LocalDate heldOn,
            MeetingView.Kind kind,
            String title,
            String place,
            Integer attendance,
            boolean attendanceAtLeast,
            String decisions) {
        Meeting meeting = new Meeting(
                heldOn,
                kind,
                blankToNull(title),
                blankToNull(place),
                attendance,
                attendanceAtLeast,
                blankToNull(decisions));
        meetings.add(meeting);
        meetings.sort(Comparator.comparing(Meeting::heldOn));
        return meeting;
    }

    public void attachToMeeting(Long meetingId, Document document) {
        meeting(meetingId).attach(document);
    }

    public Meeting meeting(Long meetingId) {
        return meetings.stream()
                .filter(m -> m.id().equals(meetingId))
                .findFirst()
                .orElseThrow(() -> new NotFound("meeting", meetingId));
    }

    /** Records a charter version; the adopting meeting, if given, must be one of this body's. */
    public CharterVersion adoptCharter(
            String title, LocalDate adoptedOn, Long meetingId, Document document, Instant at, String actor) {
        if (meetingId != null) {
            meeting(meetingId);
        }
        CharterVersion version = new CharterVersion(title, adoptedOn, meetingId, document, at, actor);
        charterVersions.add(0, version);
        return version;
    }

    public CouncilTerm councilTerm(Long termId) {
        return councilTerms.stream()
                .filter(t -> t.id().equals(termId))
                .findFirst()
                .orElseThrow(() -> new NotFound("council term", termId));
    }

    public void removeCouncilTerm(Long termId) {
        councilTerms.remove(councilTerm(termId));
    }

    /** Opens a council term; seats are then filled with {@link #seatOnCouncil}. */
    public CouncilTerm openCouncilTerm(Integer ordinal, String termName, LocalDate startsOn, LocalDate endsOn) {
        CouncilTerm term = new CouncilTerm(ordinal, termName, startsOn, endsOn);
        councilTerms.add(term);
        return term;
    }

    public void seatOnCouncil(CouncilTerm term, Long organisationId, CouncilPosition position) {
        if (!councilTerms.contains(term)) {
            throw new IllegalArgumentException("term does not belong to this body");
        }
        term.seat(organisationId, position);
    }

    public void unseatFromCouncil(Long termId, Long organisationId) {
        councilTerm(termId).unseat(organisationId);
    }

    public void declareComposition(LocalDate on, String source, int total, List<CompositionCount> counts) {
        declaredCompositions.add(new DeclaredComposition(on, source, total, counts));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** The body's emblem, shown beside the platform's in the header of its members' pages. */
    void changeLogo(java.util.UUID fileId) {
        this.logoFileId = fileId;
    }

    public Optional<java.util.UUID> logo() {
        return Optional.ofNullable(logoFileId);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    public BodyKind kind() {
        return kind;
    }

    public LocalDate foundedOn() {
        return foundedOn;
    }

    public Optional<Long> parentId() {
        return Optional.ofNullable(parentId);
    }

    public Optional<RegionCode> region() {
        return Optional.ofNullable(regionCode).map(RegionCode::new);
    }

    public String description() {
        return description;
    }

    public long version() {
        return version;
    }

    public List<LeadUnit> leadUnits() {
        return List.copyOf(leadUnits);
    }

    public List<Long> guidingCommittee() {
        return List.copyOf(guidingCommittee);
    }

    public List<MeetingView> meetings() {
        return meetings.stream().map(Meeting::view).toList();
    }

    public Optional<Long> secretariatOrganisationId() {
        return Optional.ofNullable(secretariatOrganisationId);
    }

    public List<CharterVersion> charterVersions() {
        return List.copyOf(charterVersions);
    }

    public List<CouncilTerm> councilTerms() {
        return List.copyOf(councilTerms);
    }

    /** The most recent declaration, if the body made one. */
    public Optional<DeclaredComposition> latestDeclaredComposition() {
        return declaredCompositions.stream().max(Comparator.comparing(DeclaredComposition::declaredOn));
    }
}
