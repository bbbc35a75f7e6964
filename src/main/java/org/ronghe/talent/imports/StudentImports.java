package org.ronghe.talent.imports;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.ronghe.core.Actor;
import org.ronghe.core.BulkCopy;
import org.ronghe.core.ChunkWriter;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.imports.ImportRun;
import org.ronghe.core.imports.ImportTable;
import org.ronghe.core.imports.SheetCheck;
import org.ronghe.core.imports.SheetImports;
import org.ronghe.core.imports.SheetProblem;
import org.ronghe.core.jobs.JobTable;
import org.ronghe.core.work.Notice;
import org.ronghe.directory.Directory;
import org.ronghe.talent.funnel.FunnelFigures;
import org.ronghe.talent.imports.ImportEvents.InternshipsImported;
import org.ronghe.talent.imports.ImportEvents.StudentsImported;
import org.ronghe.talent.placements.InternshipDraft;
import org.ronghe.talent.placements.Internships;
import org.ronghe.talent.students.Student;
import org.ronghe.talent.students.StudentBook;
import org.ronghe.talent.students.StudentDraft;
import org.ronghe.talent.students.Students;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Imports a sheet of students into one school (and optionally a programme and cohort), or of internship records of the
 * school's students, on the import engine ({@link SheetImports}). Every row is validated (ID check digit, mobile,
 * gender against the ID, duplicates in the sheet and at the school) and its numbers sealed; if any row is invalid
 * nothing is committed unless the user asked for the valid rows. One audited event for the whole import.
 */
@Service
public class StudentImports {

    static final ImportTable TABLE = new ImportTable(
            new JobTable("student_imports", Set.of("QUEUED", "VALIDATING", "IMPORTING"), Set.of(), Set.of("REJECTED")),
            "student_import_problems",
            "talent.import.failed",
            "talent.import.not-rejected");
    private static final List<String> COLUMNS = List.of(
            "id",
            "school_id",
            "programme_id",
            "cohort_id",
            "name",
            "gender",
            "id_number_sealed",
            "id_number_fingerprint",
            "id_number_masked",
            "mobile_sealed",
            "mobile_fingerprint",
            "mobile_masked",
            "major",
            "class_name",
            "expected_graduation",
            "created_at",
            "created_by");
    private static final List<String> INTERNSHIP_COLUMNS = List.of(
            "id",
            "student_id",
            "school_id",
            "programme_id",
            "cohort_id",
            "enterprise_id",
            "post",
            "mentor",
            "supervisor",
            "starts_on",
            "ends_on",
            "created_at",
            "created_by");

    private final StudentBook book;
    private final StudentImportRecords records;
    private final SheetImports engine;
    private final BulkCopy copy;
    private final FunnelFigures funnel;
    private final Directory directory;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StudentImports(
            StudentBook book,
            StudentImportRecords records,
            SheetImports engine,
            BulkCopy copy,
            FunnelFigures funnel,
            Directory directory,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.book = book;
        this.records = records;
        this.engine = engine;
        this.copy = copy;
        this.funnel = funnel;
        this.directory = directory;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Bean
    static JobTable studentImportJobs() {
        return TABLE.jobs();
    }

    /**
     * Stores the file and starts the import.
     *
     * @throws InvalidInput when the school, programme or cohort does not fit, or the file is no .xlsx, empty or too
     *     large
     */
    public StudentImport start(
            Long schoolId, Long programmeId, Long cohortId, String fileName, InputStream content, boolean validOnly) {
        book.checkEnrolment(schoolId, programmeId, cohortId);
        return start(StudentImport.Kind.STUDENTS, schoolId, programmeId, cohortId, fileName, content, validOnly);
    }

    /**
     * Stores a sheet of internship records of the school's students and starts its import.
     *
     * @throws InvalidInput when the school is none, or the file is no .xlsx, empty or too large
     */
    public StudentImport startInternships(Long schoolId, String fileName, InputStream content, boolean validOnly) {
        book.checkEnrolment(schoolId, null, null);
        return start(StudentImport.Kind.INTERNSHIPS, schoolId, null, null, fileName, content, validOnly);
    }

    private StudentImport start(
            StudentImport.Kind kind,
            Long schoolId,
            Long programmeId,
            Long cohortId,
            String fileName,
            InputStream content,
            boolean validOnly) {
        String actor = Actor.current();
        return get(engine.start(
                TABLE,
                fileName,
                content,
                file -> records.create(
                        kind,
                        schoolId,
                        programmeId,
                        cohortId,
                        file.id(),
                        file.originalName(),
                        validOnly,
                        actor,
                        clock.instant()),
                id -> run(id, actor)));
    }

    /** Runs a rejected import again on the same file, importing its valid rows. */
    public StudentImport importValidRows(Long importId) {
        StudentImport rejected = get(importId);
        UUID fileId = engine.sheetOfRejected(TABLE, importId);
        String actor = Actor.current();
        return get(engine.launch(
                TABLE,
                () -> records.create(
                        rejected.kind(),
                        rejected.schoolId(),
                        rejected.programmeId(),
                        rejected.cohortId(),
                        fileId,
                        rejected.fileName(),
                        true,
                        actor,
                        clock.instant()),
                id -> run(id, actor)));
    }

    public StudentImport get(Long importId) {
        return records.find(importId).orElseThrow(() -> new NotFound("student import", importId));
    }

    public List<StudentImport> recent(Long schoolId) {
        return records.recent(schoolId, 10);
    }

    public List<SheetProblem> problems(Long importId, int limit) {
        get(importId);
        return engine.problems(TABLE, importId, limit);
    }

    private ImportRun<?, ?> run(Long id, String actor) {
        StudentImport job = get(id);
        return job.kind() == StudentImport.Kind.STUDENTS ? new Students(job, actor) : new Internships(job, actor);
    }

    /** One job of this module, by the user who started it. */
    private abstract static class Run<V> implements ImportRun<V, Integer> {

        final StudentImport job;
        final String actor;

        Run(StudentImport job, String actor) {
            this.job = job;
            this.actor = actor;
        }
    }

    /** Students: checked against the school's enrolled ID numbers, copied sealed, counted in the funnel. */
    private final class Students extends Run<StudentSheetValidation.Valid> {

        Students(StudentImport job, String actor) {
            super(job, actor);
        }

        @Override
        public SheetCheck<StudentSheetValidation.Valid> check() {
            Set<String> enrolled =
                    new HashSet<>(jdbc.sql("select id_number_fingerprint from students where school_id = ?")
                            .param(job.schoolId())
                            .query(String.class)
                            .list());
            return new StudentSheetValidation(job.schoolId(), job.programmeId(), job.cohortId(), book, enrolled);
        }

        @Override
        public ChunkWriter.Work<StudentSheetValidation.Valid, Integer> writer() {
            return new Copier<>(
                    job,
                    actor,
                    "students",
                    COLUMNS,
                    (valid, ids, at) -> {
                        StudentDraft d = valid.details();
                        Student.Sealed s = valid.sealed();
                        return new Object[] {
                            ids,
                            d.schoolId(),
                            d.programmeId(),
                            d.cohortId(),
                            d.name(),
                            d.gender().name(),
                            s.idNumber(),
                            s.idNumberFingerprint(),
                            s.idNumberMasked(),
                            s.mobile(),
                            s.mobileFingerprint(),
                            s.mobileMasked(),
                            d.major(),
                            d.className(),
                            d.expectedGraduation(),
                            at,
                            actor
                        };
                    },
                    funnel::enrolled,
                    written -> new StudentsImported(job.id(), job.schoolId(), job.programmeId(), written),
                    "notice.students-imported");
        }
    }

    /** Internship records of the school's students, found by their ID numbers. */
    private final class Internships extends Run<InternshipSheetValidation.Valid> {

        Internships(StudentImport job, String actor) {
            super(job, actor);
        }

        @Override
        public SheetCheck<InternshipSheetValidation.Valid> check() {
            Map<String, InternshipSheetValidation.Enrolled> enrolled = new HashMap<>();
            jdbc.sql("select id, id_number_fingerprint, programme_id, cohort_id from students where school_id = ?")
                    .param(job.schoolId())
                    .query((ResultSet r) -> {
                        enrolled.put(
                                r.getString(2),
                                new InternshipSheetValidation.Enrolled(
                                        r.getLong(1), r.getObject(3, Long.class), r.getObject(4, Long.class)));
                    });
            return new InternshipSheetValidation(book, enrolled, directory);
        }

        @Override
        public ChunkWriter.Work<InternshipSheetValidation.Valid, Integer> writer() {
            return new Copier<>(
                    job,
                    actor,
                    "internships",
                    INTERNSHIP_COLUMNS,
                    (valid, id, at) -> {
                        InternshipSheetValidation.Enrolled s = valid.student();
                        InternshipDraft t = valid.terms();
                        return new Object[] {
                            id,
                            s.id(),
                            job.schoolId(),
                            s.programmeId(),
                            s.cohortId(),
                            t.enterpriseId(),
                            t.post(),
                            t.mentor(),
                            t.supervisor(),
                            t.startsOn(),
                            t.endsOn(),
                            at,
                            actor
                        };
                    },
                    ids -> {},
                    written -> new InternshipsImported(job.id(), job.schoolId(), written),
                    "notice.internships-imported");
        }
    }

    /** One valid row as the columns of its table, with its new id and the import's time. */
    private interface RowValues<V> {
        Object[] of(V valid, Long id, Timestamp at);
    }

    /** Copies valid rows chunk by chunk; just before the commit, the count, one audited event and a notice. */
    private final class Copier<V> implements ChunkWriter.Work<V, Integer> {

        private final StudentImport job;
        private final String actor;
        private final String table;
        private final List<String> columns;
        private final RowValues<V> values;
        private final Consumer<List<Long>> copied;
        private final IntFunction<Object> event;
        private final String notice;
        private final Timestamp at = Timestamp.from(clock.instant());
        private int written;

        Copier(
                StudentImport job,
                String actor,
                String table,
                List<String> columns,
                RowValues<V> values,
                Consumer<List<Long>> copied,
                IntFunction<Object> event,
                String notice) {
            this.job = job;
            this.actor = actor;
            this.table = table;
            this.columns = columns;
            this.values = values;
            this.copied = copied;
            this.event = event;
            this.notice = notice;
        }

        @Override
        public void write(List<V> valid) {
            List<Long> ids = copy.nextIds(table, valid.size());
            List<Object[]> rows = new ArrayList<>(valid.size());
            for (int i = 0; i < valid.size(); i++) {
                rows.add(values.of(valid.get(i), ids.get(i), at));
            }
            copy.copy(table, columns, rows);
            copied.accept(ids);
            written += valid.size();
        }

        @Override
        public Integer finish() {
            records.imported(job.id(), written);
            events.publishEvent(event.apply(written));
            events.publishEvent(new Notice(
                    Notice.Addressee.account(actor),
                    notice,
                    "/talent/students/imports/" + job.id(),
                    String.valueOf(written)));
            return written;
        }
    }
}
