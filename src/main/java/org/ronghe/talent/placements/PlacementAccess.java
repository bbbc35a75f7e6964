package org.ronghe.talent.placements;

import org.ronghe.talent.students.StudentAccess;
import org.springframework.stereotype.Component;

/**
 * Who may see and change internships and hires: the student's school keeps them, the enterprise's admins read theirs
 * and alone act for it (evaluating as mentor, confirming or disputing a hire). Used in {@code @PreAuthorize} as
 * {@code @placementAccess}. Unknown ids pass, so that the request answers 404 rather than 403.
 */
@Component("placementAccess")
public class PlacementAccess {

    private final StudentAccess students;
    private final Internships internships;
    private final Hires hires;

    PlacementAccess(StudentAccess students, Internships internships, Hires hires) {
        this.students = students;
        this.internships = internships;
        this.hires = hires;
    }

    public boolean canReadInternship(Long id) {
        return internships
                .findById(id)
                .map(i -> students.canKeep(i.schoolId()) || students.actsFor(i.enterpriseId()))
                .orElse(true);
    }

    public boolean canReadHire(Long id) {
        return hires.findById(id)
                .map(h -> students.canKeep(h.schoolId()) || students.actsFor(h.enterpriseId()))
                .orElse(true);
    }

    /** Recording a hire's date: the student's school. */
    public boolean canRecordHire(Long id) {
        return hires.findById(id).map(h -> students.canKeep(h.schoolId())).orElse(true);
    }

    /** Confirming or disputing a hire: the employer's admins only (not the school, not a platform admin). */
    public boolean canDecideHire(Long id) {
        return hires.findById(id).map(h -> students.actsFor(h.enterpriseId())).orElse(true);
    }
}
