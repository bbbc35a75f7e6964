package org.ronghe.core.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.backup.Backup;
import org.ronghe.core.backup.Backups;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Platform admins back up the embedded database and the uploaded files on demand (nightly runs by itself). */
@RestController
@Tag(
        name = "Backups",
        description = "Platform admin only; embedded database only (an external one has its own backups)")
class BackupApi {

    private final Optional<Backups> backups;

    BackupApi(Optional<Backups> backups) {
        this.backups = backups;
    }

    @PostMapping("/api/v1/admin/backups")
    @Operation(summary = "Back up the database (one consistent snapshot) and the uploaded files now")
    ResponseEntity<Backup> create() {
        Backup backup = backups().create();
        return ResponseEntity.created(URI.create("/api/v1/admin/backups/" + backup.name()))
                .body(backup);
    }

    @GetMapping("/api/v1/admin/backups")
    @Operation(summary = "The backups kept, newest first")
    List<String> list() {
        return backups().names();
    }

    private Backups backups() {
        return backups.orElseThrow(() -> new RuleBroken("backups.external-database"));
    }
}
