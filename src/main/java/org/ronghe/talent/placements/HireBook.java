package org.ronghe.talent.placements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ronghe.core.Actor;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidIdentifier;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.PageResult;
import org.ronghe.core.RegionCode;
import org.ronghe.core.Versions;
import org.ronghe.directory.Directory;
import org.ronghe.talent.placements.PlacementEvents.HireConfirmed;
import org.ronghe.talent.placements.PlacementEvents.HireDisputed;
import org.ronghe.talent.placements.PlacementEvents.HirePlaced;
import org.ronghe.talent.placements.PlacementEvents.HireRecorded;
import org.ronghe.talent.placements.PlacementEvents.OfferRecorded;
import org.ronghe.talent.students.Student;
import org.ronghe.talent.students.StudentBook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps offers and hires: the school records them, the employer confirms or disputes a hire. Whether a job is local
 * (the school's city) or in the province comes from the work place's region code, the employer's when none is given.
 * Callers check who may act: the school's keepers record, the employer's admins decide ({@link StudentAccess}).
 */
@Service
@Transactional
public class HireBook {

    private final Hires hires;
    private final StudentBook students;
    private final InternshipBook internships;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HireBook(
            Hires hires,
            StudentBook students,
            InternshipBook internships,
            Directory directory,
            ApplicationEventPublisher events,
            Clock clock) {
        this.hires = hires;
        this.students = students;
        this.internships = internships;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** What the school records: the employer, the post, the date of the offer, and where the work is (optional). */
    public record Offer(Long studentId, Long enterpriseId, String post, LocalDate offeredOn, String workRegionCode) {}

    /** @throws InvalidInput listing every problem */
    public Hire offer(Offer offer) {
        List<FieldProblem> problems = new ArrayList<>();
        String post = FieldProblem.trimmed(offer.post(), "post", 200, problems);
        if (post == null) {
            problems.add(new FieldProblem("post", "input.required"));
        }
        if (offer.offeredOn() == null) {
            problems.add(new FieldProblem("offeredOn", "input.required"));
        }
        Optional<RegionCode> region = region(offer.workRegionCode(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Student student = students.get(offer.studentId());
        internships.requireEnterprise(offer.enterpriseId(), "enterpriseId");
        Hire hire = hires.save(Hire.offer(
                student,
                offer.enterpriseId(),
                post,
                offer.offeredOn(),
                place(
                        student.schoolId(),
                        region.or(() -> directory.get(offer.enterpriseId()).region())),
                clock.instant(),
                Actor.current()));
        events.publishEvent(new OfferRecorded(hire.id(), student.id(), offer.enterpriseId()));
        return hire;
    }

    public Hire hired(Long id, long expectedVersion, LocalDate on) {
        Hire hire = get(id, expectedVersion);
        hire.hired(on);
        events.publishEvent(new HireRecorded(id, hire.studentId(), hire.enterpriseId(), on));
        return hire;
    }

    public Hire confirm(Long id, long expectedVersion) {
        Hire hire = get(id, expectedVersion);
        hire.confirm(clock.instant(), Actor.current());
        events.publishEvent(new HireConfirmed(
                id, hire.studentId(), hire.enterpriseId(), hire.programmeId(), hire.local(), hire.inProvince()));
        return hire;
    }

    public Hire dispute(Long id, long expectedVersion, String reason) {
        Hire hire = get(id, expectedVersion);
        hire.dispute(reason, clock.instant(), Actor.current());
        events.publishEvent(new HireDisputed(id, hire.studentId(), hire.enterpriseId(), hire.disputeReason()));
        return hire;
    }

    @Transactional(readOnly = true)
    public Hire get(Long id) {
        return hires.findById(id).orElseThrow(() -> new NotFound("hire", id));
    }

    @Transactional(readOnly = true)
    public List<Hire> ofStudent(Long studentId) {
        return hires.findByStudentIdOrderByOfferedOnDesc(studentId);
    }

    /** An employer's offers and hires, newest first, 50 to a page. */
    @Transactional(readOnly = true)
    public PageResult<Hire> atEnterprise(Long enterpriseId, int page) {
        var found =
                hires.findByEnterpriseIdOrderByOfferedOnDescIdDesc(enterpriseId, PageRequest.of(Math.max(0, page), 50));
        return new PageResult<>(found.getContent(), found.getNumber(), found.getSize(), found.getTotalElements());
    }

    private Hire get(Long id, long expectedVersion) {
        Hire hire = get(id);
        Versions.require("hire", id, hire.version(), expectedVersion);
        return hire;
    }

    /**
     * A school's region (or the region of an employer whose hires name no work place) may have changed: every hire it
     * touches is compared again, so local and in-province retention follow the directory.
     */
    public void placeAgain(Long id) {
        Optional<RegionCode> employerRegion = directory.get(id).region();
        for (Hire hire : hires.findBySchoolId(id)) {
            relocate(hire, Optional.ofNullable(hire.workRegionCode()).map(RegionCode::of)); // stored: lenient
        }
        for (Hire hire : hires.findByEnterpriseIdAndWorkRegionCodeIsNull(id)) {
            relocate(hire, employerRegion);
        }
    }

    private void relocate(Hire hire, Optional<RegionCode> work) {
        if (hire.relocate(place(hire.schoolId(), work))) {
            events.publishEvent(new HirePlaced(hire.id(), hire.studentId(), hire.local(), hire.inProvince()));
        }
    }

    /** Same prefecture as the school: local; same province: in the province; no region on either side: unknown. */
    private Hire.Place place(Long schoolId, Optional<RegionCode> work) {
        Optional<RegionCode> school = directory.get(schoolId).region();
        if (work.isEmpty() || school.isEmpty()) {
            return new Hire.Place(work.map(RegionCode::value).orElse(null), null, null);
        }
        String w = work.get().value();
        String s = school.get().value();
        boolean sameProvince = w.substring(0, 2).equals(s.substring(0, 2));
        boolean sameCity = sameProvince
                && !w.endsWith("0000")
                && !s.endsWith("0000")
                && w.substring(0, 4).equals(s.substring(0, 4));
        return new Hire.Place(w, sameCity, sameProvince);
    }

    private static Optional<RegionCode> region(String typed, List<FieldProblem> problems) {
        try {
            return RegionCode.optional(typed);
        } catch (InvalidIdentifier e) {
            problems.add(FieldProblem.of("workRegionCode", e));
            return Optional.empty();
        }
    }
}
