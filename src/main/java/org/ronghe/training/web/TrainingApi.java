package org.ronghe.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.ronghe.core.PageResult;
import org.ronghe.core.Versions;
import org.ronghe.training.courses.Course;
import org.ronghe.training.courses.CourseBook;
import org.ronghe.training.courses.CourseDraft;
import org.ronghe.training.courses.SessionDraft;
import org.ronghe.training.courses.TrainingSession;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Courses for the body's workers and their sessions: offered by the provider's admins or the body's secretariat (and
 * listed in the capability catalogue), read by the body's observers and the admins of its members.
 */
@RestController
@RequestMapping("/api/v1/trainings")
@Tag(name = "Training", description = "Courses offered to member enterprises' workers, sessions and cohorts")
class TrainingApi {

    private final CourseBook book;

    TrainingApi(CourseBook book) {
        this.book = book;
    }

    /** New terms and the version they revise. */
    record Revision(Long version, CourseDraft terms) {}

    /** The version read. */
    record Step(Long version) {}

    @GetMapping("/courses")
    @PreAuthorize("@trainingAccess.canReadBody(#bodyId)")
    @Operation(summary = "A body's courses, newest first")
    PageResult<CourseView> courses(
            @RequestParam Long bodyId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return book.of(bodyId, Math.max(page, 0), Math.min(Math.max(size, 1), PageResult.MAX_SIZE))
                .map(CourseView::of);
    }

    @PostMapping("/courses")
    @PreAuthorize("@trainingAccess.canOffer(#terms)")
    @Operation(summary = "Offer a course (listed in the capability catalogue); 400 listing every problem")
    ResponseEntity<CourseView> offer(@RequestBody CourseDraft terms) {
        Course course = book.offer(terms);
        return ResponseEntity.created(URI.create("/api/v1/trainings/courses/" + course.id()))
                .body(CourseView.of(course));
    }

    @GetMapping("/courses/{id}")
    @PreAuthorize("@trainingAccess.canReadCourse(#id)")
    @Operation(summary = "One course")
    CourseView course(@PathVariable Long id) {
        return CourseView.of(book.get(id));
    }

    @PutMapping("/courses/{id}")
    @PreAuthorize("@trainingAccess.canEditCourse(#id)")
    @Operation(summary = "Revise a course's terms (and its catalogue item); 409 when withdrawn or stale")
    CourseView revise(@PathVariable Long id, @RequestBody Revision revision) {
        return CourseView.of(book.revise(id, Versions.read(revision.version()), revision.terms()));
    }

    @PostMapping("/courses/{id}/withdraw")
    @PreAuthorize("@trainingAccess.canEditCourse(#id)")
    @Operation(summary = "Withdraw a course (and its catalogue item); its sessions stay")
    CourseView withdraw(@PathVariable Long id, @RequestBody Step step) {
        return CourseView.of(book.withdraw(id, Versions.read(step.version())));
    }

    @GetMapping("/courses/{id}/sessions")
    @PreAuthorize("@trainingAccess.canReadCourse(#id)")
    @Operation(summary = "A course's sessions, latest first")
    List<SessionView> sessions(@PathVariable Long id) {
        book.get(id);
        return book.sessionsOf(id).stream().map(SessionView::of).toList();
    }

    @PostMapping("/courses/{id}/sessions")
    @PreAuthorize("@trainingAccess.canEditCourse(#id)")
    @Operation(
            summary = "Schedule a session (or an apprentice cohort, which names its enterprise); 409 when the course "
                    + "is withdrawn")
    ResponseEntity<SessionView> schedule(@PathVariable Long id, @RequestBody SessionDraft draft) {
        TrainingSession session = book.schedule(id, draft);
        return ResponseEntity.created(URI.create("/api/v1/trainings/sessions/" + session.id()))
                .body(SessionView.of(session));
    }

    @GetMapping("/sessions/{id}")
    @PreAuthorize("@trainingAccess.canReadSession(#id)")
    @Operation(summary = "One session")
    SessionView session(@PathVariable Long id) {
        return SessionView.of(book.session(id));
    }
}
