package org.ronghe.talent.imports;

import org.ronghe.talent.students.StudentAccess;
import org.springframework.stereotype.Component;

/** Who may follow an import of students or internships. Used in {@code @PreAuthorize} as {@code @importAccess}. */
@Component("importAccess")
public class ImportAccess {

    private final StudentAccess students;
    private final StudentImportRecords imports;

    ImportAccess(StudentAccess students, StudentImportRecords imports) {
        this.students = students;
        this.imports = imports;
    }

    /** An import's status and problems: the keepers of the school it imports into. */
    public boolean canKeepImport(Long importId) {
        return imports.find(importId).map(i -> students.canKeep(i.schoolId())).orElse(true);
    }
}
