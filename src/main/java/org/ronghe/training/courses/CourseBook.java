package org.ronghe.training.courses;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ronghe.community.Community;
import org.ronghe.core.Actor;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.PageResult;
import org.ronghe.core.Versions;
import org.ronghe.directory.Directory;
import org.ronghe.docking.capabilities.CapabilityBook;
import org.ronghe.docking.capabilities.CapabilityDraft;
import org.ronghe.docking.capabilities.CapabilityKind;
import org.ronghe.training.TrainingEvents.CourseChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the courses and their sessions: offered by a provider in a body and listed in the capability catalogue as a
 * training course (one catalogue), revised and withdrawn with the listing, sessions scheduled under an offered course.
 * Every step is published (and so audited). Callers check who may act ({@code TrainingAccess}).
 */
@Service
@Transactional
public class CourseBook {

    private final Courses courses;
    private final TrainingSessions sessions;
    private final Community community;
    private final Directory directory;
    private final CapabilityBook catalogue;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CourseBook(
            Courses courses,
            TrainingSessions sessions,
            Community community,
            Directory directory,
            CapabilityBook catalogue,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.courses = courses;
        this.sessions = sessions;
        this.community = community;
        this.directory = directory;
        this.catalogue = catalogue;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** @throws InvalidInput listing every problem, an unknown body or provider included */
    public Course offer(CourseDraft draft) {
        CourseDraft valid = checked(draft);
        Course course = Course.offer(valid, clock.instant(), Actor.current());
        course.listedAs(catalogue.offer(listing(course)).id());
        courses.save(course);
        publish(course, "offered", course.title());
        return course;
    }

    public Course revise(Long id, long expectedVersion, CourseDraft draft) {
        Course course = get(id, expectedVersion);
        course.revise(checked(draft));
        if (course.capabilityId() != null) {
            var listed = catalogue.get(course.capabilityId());
            catalogue.revise(listed.id(), listed.version(), listing(course));
        }
        publish(course, "revised", course.title());
        return course;
    }

    public Course withdraw(Long id, long expectedVersion) {
        Course course = get(id, expectedVersion);
        course.withdraw(clock.instant());
        if (course.capabilityId() != null) {
            var listed = catalogue.get(course.capabilityId());
            if (!listed.withdrawn()) {
                catalogue.withdraw(listed.id(), listed.version());
            }
        }
        publish(course, "withdrawn", course.title());
        return course;
    }

    /** @throws InvalidInput listing every problem of the dates, place and enterprise */
    public TrainingSession schedule(Long courseId, SessionDraft draft) {
        Course course = get(courseId);
        SessionDraft valid = draft.validate(course.kind());
        if (valid.enterpriseId() != null
                && directory.summaries(List.of(valid.enterpriseId())).isEmpty()) {
            throw new InvalidInput("enterpriseId", "training.organisation-unknown");
        }
        TrainingSession session =
                sessions.save(TrainingSession.schedule(course, valid, clock.instant(), Actor.current()));
        publish(course, "session-scheduled", "session " + session.id() + " " + valid.startsOn() + "–" + valid.endsOn());
        return session;
    }

    @Transactional(readOnly = true)
    public Course get(Long id) {
        return courses.findById(id).orElseThrow(() -> new NotFound("course", id));
    }

    @Transactional(readOnly = true)
    public TrainingSession session(Long id) {
        return sessions.findById(id).orElseThrow(() -> new NotFound("session", id));
    }

    @Transactional(readOnly = true)
    public List<TrainingSession> sessionsOf(Long courseId) {
        return sessions.findByCourseIdOrderByStartsOnDescIdDesc(courseId);
    }

    /** The body's courses, newest first. */
    @Transactional(readOnly = true)
    public PageResult<Course> of(Long bodyId, int page, int size) {
        var found = courses.findByBodyIdOrderByIdDesc(bodyId, PageRequest.of(page, size));
        return new PageResult<>(found.getContent(), page, size, found.getTotalElements());
    }

    private Course get(Long id, long expectedVersion) {
        Course course = get(id);
        Versions.require("course", id, course.version(), expectedVersion);
        return course;
    }

    private CourseDraft checked(CourseDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        CourseDraft valid = draft;
        try {
            valid = draft.validate();
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
        }
        if (draft.bodyId() != null && !community.exists(draft.bodyId())) {
            problems.add(new FieldProblem("bodyId", "training.body-unknown"));
        }
        if (draft.providerId() != null
                && directory.summaries(List.of(draft.providerId())).isEmpty()) {
            problems.add(new FieldProblem("providerId", "training.organisation-unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return valid;
    }

    /** The catalogue item of a course: the provider's training offer, its description the course's terms. */
    private CapabilityDraft listing(Course c) {
        Locale chinese = Locale.SIMPLIFIED_CHINESE;
        String description = messages.getMessage(
                "training.course.listing",
                new Object[] {
                    messages.getMessage(c.kind().messageKey(), null, chinese),
                    c.hours(),
                    messages.getMessage(c.mode().messageKey(), null, chinese),
                    c.capacity(),
                    c.skills()
                },
                chinese);
        return new CapabilityDraft(
                c.providerId(),
                CapabilityKind.TRAINING,
                c.title(),
                description,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private void publish(Course course, String step, String detail) {
        events.publishEvent(new CourseChanged(course.id(), course.bodyId(), step, detail));
    }
}
