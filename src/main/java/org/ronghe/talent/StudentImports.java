package org.ronghe.talent;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.ronghe.core.work.Notice;
import org.ronghe.core.Actor;
import org.ronghe.core.BulkCopy;
import org.ronghe.core.ChunkWriter;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.files.FileKind;
import org.ronghe.core.files.FileStore;
import org.ronghe.core.files.StoredFile;
import org.ronghe.core.jobs.BackgroundJobs;
import org.ronghe.core.jobs.JobTable;
import org.ronghe.core.sheets.SheetPipe;
import org.ronghe.core.sheets.SheetReader;
import org.ronghe.directory.Directory;
import org.ronghe.talent.StudentImport.Problem;
import org.ronghe.talent.StudentImport.Status;
import org.ronghe.talent.TalentEvents.InternshipsImported;
import org.ronghe.talent.TalentEvents.StudentsImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a sheet of students into one school (and optionally a programme and cohort) in the background. Every row is
 * validated (ID check digit, mobile, gender against the ID, duplicates in the sheet and at the school) and its numbers
 * sealed; if any row is invalid nothing is committed unless the user asked for the valid rows. Valid rows are copied
 * in chunks while validation goes on, in one transaction that commits only at the end ({@link ChunkWriter}), with one
 * audited event for the whole import.
 */
@Service
public class StudentImports {

    private static final Logger log = LoggerFactory.getLogger(StudentImports.class);

    /** Sheets of at most 20 MB (100,000 students fit in about 6 MB). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final int PROGRESS_EVERY = 5_000;
    static final JobTable JOBS = new JobTable("student_imports", Set.of("QUEUED", "VALIDATING", "IMPORTING"), Set.of(),
            Set.of("REJECTED"));
    private static final List<String> COLUMNS = List.of("id", "school_id", "programme_id", "cohort_id", "name", "gender",
            "id_number_sealed", "id_number_fingerprint", "id_number_masked", "mobile_sealed", "mobile_fingerprint",
            "mobile_masked", "major", "class_name", "expected_graduation", "created_at", "created_by");
    private static final List<String> INTERNSHIP_COLUMNS = List.of("id", "student_id", "school_id", "programme_id",
            "cohort_id", "enterprise_id", "post", "mentor", "supervisor", "starts_on", "ends_on", "created_at", "created_by");

    private final StudentRegistry registry;
    private final StudentImportRecords records;
    private final FileStore files;
    private final BulkCopy copy;
    private final FunnelFigures funnel;
    private final Directory directory;
    private final JdbcClient jdbc;
    private final BackgroundJobs jobs;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StudentImports(StudentRegistry registry, StudentImportRecords records, FileStore files, BulkCopy copy, FunnelFigures funnel, Directory directory, JdbcClient jdbc,
                   BackgroundJobs jobs, TransactionTemplate transaction,
                   ApplicationEventPublisher events, Clock clock) {
        this.registry = registry;
        this.records = records;
        this.files = files;
        this.copy = copy;
        this.funnel = funnel;
        this.directory = directory;
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the file and starts the import.
     *
     * @throws InvalidInput when the school, programme or cohort does not fit, or the file is no .xlsx, empty or too large
     */
    public StudentImport start(Long schoolId, Long programmeId, Long cohortId, String fileName, InputStream content,
                               boolean validOnly) {
        registry.checkPlacement(schoolId, programmeId, cohortId);
        StoredFile file = files.store(fileName, content, Set.of(FileKind.XLSX), MAX_BYTES);
        return launchOrDiscard(file, () -> launch(StudentImport.Kind.STUDENTS, schoolId, programmeId, cohortId, file.id(),
                file.originalName(), validOnly));
    }

    /**
     * Stores a sheet of internship records of the school's students and starts its import.
     *
     * @throws InvalidInput when the school is none, or the file is no .xlsx, empty or too large
     */
    public StudentImport startInternships(Long schoolId, String fileName, InputStream content, boolean validOnly) {
        registry.checkPlacement(schoolId, null, null);
        StoredFile file = files.store(fileName, content, Set.of(FileKind.XLSX), MAX_BYTES);
        return launchOrDiscard(file, () -> launch(StudentImport.Kind.INTERNSHIPS, schoolId, null, null, file.id(),
                file.originalName(), validOnly));
    }

    @Bean
    static JobTable studentImportJobs() {
        return JOBS;
    }

    /** A sheet full of personal numbers is not kept when its import could not even start (the node was busy). */
    private StudentImport launchOrDiscard(StoredFile file, Supplier<StudentImport> launch) {
        try {
            return launch.get();
        } catch (RuntimeException e) {
            files.discard(file.id());
            throw e;
        }
    }

    /** Runs a rejected import again on the same file, importing its valid rows. */
    public StudentImport importValidRows(Long importId) {
        StudentImport rejected = get(importId);
        if (rejected.status() != Status.REJECTED) {
            throw new RuleBroken("talent.import.not-rejected");
        }
        UUID fileId = records.fileOf(importId);
        files.find(fileId).orElseThrow(() -> new RuleBroken("import.sheet-gone"));
        return launch(rejected.kind(), rejected.schoolId(), rejected.programmeId(), rejected.cohortId(), fileId,
                rejected.fileName(), true);
    }

    public StudentImport get(Long importId) {
        return records.find(importId).orElseThrow(() -> new NotFound("student import", importId));
    }

    public List<StudentImport> recent(Long schoolId) {
        return records.recent(schoolId, 10);
    }

    public List<Problem> problems(Long importId, int limit) {
        get(importId);
        return records.problems(importId, limit);
    }

    private StudentImport launch(StudentImport.Kind kind, Long schoolId, Long programmeId, Long cohortId, UUID fileId,
                                 String fileName, boolean validOnly) {
        String actor = Actor.current();
        Long id = jobs.submit(JOBS, () -> records.create(kind, schoolId, programmeId, cohortId, fileId, fileName, validOnly,
                actor, clock.instant()), started -> {
                    StudentImport job = get(started);
                    if (kind == StudentImport.Kind.STUDENTS) {
                        run(job, fileId, () -> students(job), () -> new Writer(started, job, actor));
                    } else {
                        run(job, fileId, () -> internships(job), () -> new InternshipWriter(started, job, actor));
                    }
                });
        return get(id);
    }

    private <V> void run(StudentImport job, UUID fileId, Supplier<SheetCheck<V>> check,
                         Supplier<ChunkWriter.Work<V, Integer>> work) {
        Long id = job.id();
        ChunkWriter<V, Integer> writer = new ChunkWriter<>(transaction, work, "student-writer-" + id);
        Status ended = Status.FAILED;
        try {
            records.status(id, Status.VALIDATING);
            long started = System.nanoTime();
            SheetCheck<V> validation = validate(job, fileId, check.get(), writer);
            records.validated(id, validation, clock.instant());
            long validated = System.nanoTime();
            if (validation.invalidRows() > 0 && !job.validOnly()) {
                writer.abandon();
                ended = Status.REJECTED;
                records.finished(id, ended, null, clock.instant());
                return;
            }
            records.status(id, Status.IMPORTING);
            int written = writer.commit();
            log.info("{} import {}: {} rows validated in {} ms (rows written meanwhile), {} written; the rest of the "
                    + "writing and the commit took {} ms", job.kind(), id, validation.rows(),
                    (validated - started) / 1_000_000, written, (System.nanoTime() - validated) / 1_000_000);
            ended = Status.DONE;
            records.finished(id, ended, null, clock.instant());
        } catch (RuleBroken e) {
            records.finished(id, Status.FAILED, e.code(), clock.instant());
        } catch (RuntimeException e) {
            log.warn("Import {} failed", id, e);
            records.finished(id, Status.FAILED, "talent.import.failed", clock.instant());
        } finally {
            writer.abandon();
            jobs.ended(JOBS, ended.name(), fileId);
        }
    }

    private StudentSheetValidation students(StudentImport job) {
        Set<String> enrolled = new HashSet<>(jdbc.sql("select id_number_fingerprint from students where school_id = ?")
                .param(job.schoolId()).query(String.class).list());
        return new StudentSheetValidation(job.schoolId(), job.programmeId(), job.cohortId(), registry, enrolled);
    }

    private InternshipSheetValidation internships(StudentImport job) {
        Map<String, InternshipSheetValidation.Enrolled> enrolled = new HashMap<>();
        jdbc.sql("select id, id_number_fingerprint, programme_id, cohort_id from students where school_id = ?")
                .param(job.schoolId()).query((ResultSet r) -> {
                    enrolled.put(r.getString(2), new InternshipSheetValidation.Enrolled(r.getLong(1),
                            r.getObject(3, Long.class), r.getObject(4, Long.class)));
                });
        return new InternshipSheetValidation(registry, enrolled, directory);
    }

    /**
     * Reads the sheet on a thread of its own while this one validates, and hands the valid rows to the writer every
     * {@value #PROGRESS_EVERY} rows, unless a row was invalid and only a clean sheet may be imported.
     */
    private <V> SheetCheck<V> validate(StudentImport job, UUID fileId, SheetCheck<V> validation, ChunkWriter<V, Integer> writer) {
        SheetPipe pipe = new SheetPipe(files.pathOf(files.find(fileId).orElseThrow()), validation.width(),
                "student-reader-" + job.id());
        try {
            for (SheetReader.Line line = pipe.next(); line != null; line = pipe.next()) {
                validation.accept(line);
                if (validation.rows() % PROGRESS_EVERY == 0) {
                    records.progress(job.id(), validation.rows());
                    hand(validation, job.validOnly(), writer);
                }
            }
        } finally {
            pipe.close();
        }
        hand(validation, job.validOnly(), writer);
        return validation;
    }

    private static <V> void hand(SheetCheck<V> validation, boolean validOnly, ChunkWriter<V, Integer> writer) {
        List<V> rows = validation.takeValid();
        if (validOnly || validation.invalidRows() == 0) {
            writer.write(rows);
        }
    }

    /** Copies the valid rows chunk by chunk; just before the commit, the count and one audited event. */
    private final class Writer implements ChunkWriter.Work<StudentSheetValidation.Valid, Integer> {

        private final Long id;
        private final StudentImport job;
        private final String actor;
        private final Timestamp at = Timestamp.from(clock.instant());
        private int written;

        Writer(Long id, StudentImport job, String actor) {
            this.id = id;
            this.job = job;
            this.actor = actor;
        }

        @Override
        public void write(List<StudentSheetValidation.Valid> valid) {
            List<Long> ids = copy.nextIds("students", valid.size());
            List<Object[]> rows = new ArrayList<>(valid.size());
            for (int i = 0; i < valid.size(); i++) {
                StudentDetails d = valid.get(i).details();
                Student.Sealed s = valid.get(i).sealed();
                rows.add(new Object[] {ids.get(i), d.schoolId(), d.programmeId(), d.cohortId(), d.name(), d.gender().name(),
                        s.idNumber(), s.idNumberFingerprint(), s.idNumberMasked(), s.mobile(), s.mobileFingerprint(),
                        s.mobileMasked(), d.major(), d.className(), d.expectedGraduation(), at, actor});
            }
            copy.copy("students", COLUMNS, rows);
            funnel.enrolled(ids);
            written += valid.size();
        }

        @Override
        public Integer finish() {
            records.imported(id, written);
            events.publishEvent(new StudentsImported(id, job.schoolId(), job.programmeId(), written));
            events.publishEvent(new Notice(Notice.Addressee.account(actor), "notice.students-imported",
                    "/talent/students/imports/" + id, String.valueOf(written)));
            return written;
        }
    }

    /** Copies valid internship records chunk by chunk; just before the commit, the count and one audited event. */
    private final class InternshipWriter implements ChunkWriter.Work<InternshipSheetValidation.Valid, Integer> {

        private final Long id;
        private final StudentImport job;
        private final String actor;
        private final Timestamp at = Timestamp.from(clock.instant());
        private int written;

        InternshipWriter(Long id, StudentImport job, String actor) {
            this.id = id;
            this.job = job;
            this.actor = actor;
        }

        @Override
        public void write(List<InternshipSheetValidation.Valid> valid) {
            List<Long> ids = copy.nextIds("internships", valid.size());
            List<Object[]> rows = new ArrayList<>(valid.size());
            for (int i = 0; i < valid.size(); i++) {
                InternshipSheetValidation.Enrolled s = valid.get(i).student();
                InternshipTerms t = valid.get(i).terms();
                rows.add(new Object[] {ids.get(i), s.id(), job.schoolId(), s.programmeId(), s.cohortId(), t.enterpriseId(),
                        t.post(), t.mentor(), t.supervisor(), t.startsOn(), t.endsOn(), at, actor});
            }
            copy.copy("internships", INTERNSHIP_COLUMNS, rows);
            written += valid.size();
        }

        @Override
        public Integer finish() {
            records.imported(id, written);
            events.publishEvent(new InternshipsImported(id, job.schoolId(), written));
            events.publishEvent(new Notice(Notice.Addressee.account(actor), "notice.internships-imported",
                    "/talent/students/imports/" + id, String.valueOf(written)));
            return written;
        }
    }
}
