package org.ronghe.training.imports;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ronghe.core.Actor;
import org.ronghe.core.BulkCopy;
import org.ronghe.core.ChunkWriter;
import org.ronghe.core.NotFound;
import org.ronghe.core.PersonalDataCipher;
import org.ronghe.core.imports.ImportRun;
import org.ronghe.core.imports.ImportTable;
import org.ronghe.core.imports.SheetCheck;
import org.ronghe.core.imports.SheetImports;
import org.ronghe.core.imports.SheetProblem;
import org.ronghe.core.jobs.JobTable;
import org.ronghe.directory.BulkRegistration;
import org.ronghe.training.IdMatchGuard;
import org.ronghe.training.figures.TrainingFigures;
import org.ronghe.training.imports.TrainingImport.Kind;
import org.ronghe.training.imports.TrainingImportRecords.Origin;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Imports attendance lists (for a provider: hours and results of its sessions' enrolments) and certificates (for an
 * issuer) from .xlsx on the import engine ({@link SheetImports}), up to the engine's 100,000 rows. Every row is
 * checked; if one is invalid nothing is written unless the importer asked for the valid rows. One audited event per
 * import. Callers check who may import ({@link TrainingImportAccess}).
 */
@Service
public class TrainingImports {

    static final ImportTable TABLE = new ImportTable(
            new JobTable("training_imports", Set.of("QUEUED", "VALIDATING", "IMPORTING"), Set.of(), Set.of()),
            "training_import_problems",
            "training.import.failed",
            "talent.import.not-rejected");

    private final SheetImports engine;
    private final TrainingImportRecords records;
    private final AttendanceLookups attendance;
    private final CertificateLookups certificates;
    private final BulkRegistration directory;
    private final PersonalDataCipher cipher;
    private final TrainingFigures figures;
    private final JdbcTemplate jdbc;
    private final BulkCopy copy;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final IdMatchGuard guard;
    private final Clock clock;

    TrainingImports(
            SheetImports engine,
            TrainingImportRecords records,
            AttendanceLookups attendance,
            CertificateLookups certificates,
            BulkRegistration directory,
            PersonalDataCipher cipher,
            TrainingFigures figures,
            JdbcTemplate jdbc,
            BulkCopy copy,
            MessageSource messages,
            ApplicationEventPublisher events,
            IdMatchGuard guard,
            Clock clock) {
        this.engine = engine;
        this.records = records;
        this.attendance = attendance;
        this.certificates = certificates;
        this.directory = directory;
        this.cipher = cipher;
        this.figures = figures;
        this.jdbc = jdbc;
        this.copy = copy;
        this.messages = messages;
        this.events = events;
        this.guard = guard;
        this.clock = clock;
    }

    @Bean
    static JobTable trainingImportJobs() {
        return TABLE.jobs();
    }

    /**
     * Stores an attendance list of the provider's sessions and starts its import; {@code sessionId} names the page it
     * was uploaded from (or null).
     *
     * @throws org.ronghe.core.InvalidInput when the file is not an .xlsx by content, empty or too large
     */
    public TrainingImport startAttendance(
            Long providerId, Long sessionId, String fileName, InputStream content, boolean validOnly) {
        return start(new Origin(Kind.ATTENDANCE, providerId, sessionId, Actor.current()), fileName, content, validOnly);
    }

    /**
     * Stores a sheet of certificates issued by the organisation and starts its import.
     *
     * @throws org.ronghe.core.InvalidInput when the file is not an .xlsx by content, empty or too large
     */
    public TrainingImport startCertificates(Long issuerId, String fileName, InputStream content, boolean validOnly) {
        return start(new Origin(Kind.CERTIFICATES, issuerId, null, Actor.current()), fileName, content, validOnly);
    }

    private TrainingImport start(Origin origin, String fileName, InputStream content, boolean validOnly) {
        return get(engine.start(
                TABLE,
                fileName,
                content,
                file -> records.create(origin, file.id(), file.originalName(), validOnly, clock.instant()),
                id -> origin.kind() == Kind.ATTENDANCE ? new Attendance(id, origin) : new Certificates(id, origin)));
    }

    public TrainingImport get(Long importId) {
        return records.find(importId).orElseThrow(() -> new NotFound("training import", importId));
    }

    /** The organisation's latest imports of this kind. */
    public List<TrainingImport> recent(Kind kind, Long organisationId) {
        return records.recent(kind, organisationId, 10);
    }

    public List<SheetProblem> problems(Long importId, int limit) {
        get(importId);
        return engine.problems(TABLE, importId, limit);
    }

    /** An attendance list: checked against the provider's sessions, written by batch updates. */
    private final class Attendance implements ImportRun<AttendanceCheck.Valid, AttendanceWriter.Written> {

        private final Long id;
        private final Origin origin;

        Attendance(Long id, Origin origin) {
            this.id = id;
            this.origin = origin;
        }

        @Override
        public SheetCheck<AttendanceCheck.Valid> check() {
            return new AttendanceCheck(
                    origin.organisationId(), attendance, cipher, new IdMatches(guard, origin.actor()));
        }

        @Override
        public ChunkWriter.Work<AttendanceCheck.Valid, AttendanceWriter.Written> writer() {
            AttendanceWriter writer =
                    new AttendanceWriter(jdbc, figures, origin.actor(), clock.instant(), LocalDate.now(clock));
            return new ChunkWriter.Work<>() {
                @Override
                public void write(List<AttendanceCheck.Valid> chunk) {
                    writer.write(chunk);
                }

                @Override
                public AttendanceWriter.Written finish() {
                    AttendanceWriter.Written written = writer.finish();
                    committed(id, origin, written.rows(), written.completions());
                    return written;
                }
            };
        }
    }

    /** A certificate sheet: checked like the certificate form, copied, counted in the bodies of their sessions. */
    private final class Certificates implements ImportRun<CertificateCheck.Valid, CertificateWriter.Written> {

        private final Long id;
        private final Origin origin;

        Certificates(Long id, Origin origin) {
            this.id = id;
            this.origin = origin;
        }

        @Override
        public SheetCheck<CertificateCheck.Valid> check() {
            return new CertificateCheck(
                    origin.organisationId(),
                    LocalDate.now(clock),
                    new CertificateLabels(messages),
                    new HolderOrganisations(directory),
                    certificates,
                    cipher,
                    new IdMatches(guard, origin.actor()));
        }

        @Override
        public ChunkWriter.Work<CertificateCheck.Valid, CertificateWriter.Written> writer() {
            CertificateWriter writer = new CertificateWriter(copy, figures, origin.actor(), clock.instant());
            return new ChunkWriter.Work<>() {
                @Override
                public void write(List<CertificateCheck.Valid> chunk) {
                    writer.write(chunk);
                }

                @Override
                public CertificateWriter.Written finish() {
                    CertificateWriter.Written written = writer.finish();
                    committed(id, origin, written.certificates(), written.counted());
                    return written;
                }
            };
        }
    }

    /** Just before the commit: the counts on the job and one audited event. */
    private void committed(Long id, Origin origin, int written, int counted) {
        records.committed(id, written, counted, clock.instant());
        events.publishEvent(
                new TrainingImported(id, origin.kind(), origin.organisationId(), written, counted, origin.actor()));
    }
}
