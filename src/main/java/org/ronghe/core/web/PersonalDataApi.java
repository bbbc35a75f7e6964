package org.ronghe.core.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.ronghe.core.PersonalDataResealed;
import org.ronghe.core.PersonalDataRotation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Operations: seal personal data again after a key rotation (platform admin only, like every /api/v1/admin call). */
@RestController
@Tag(name = "Administration")
class PersonalDataApi {

    private final PersonalDataRotation rotation;

    PersonalDataApi(PersonalDataRotation rotation) {
        this.rotation = rotation;
    }

    /** How many rows were sealed again: in all, and of each table. */
    record Resealed(int resealed, Map<String, Integer> tables) {}

    @PostMapping("/api/v1/admin/personal-data/reseal")
    @Operation(
            summary = "Seal every table's personal data (students, correction requests, registrations, training "
                    + "enrolments and certificates, investigators, studios, experts) again under the current key; "
                    + "returns the rows sealed again, in all and by table. everyRow=true also takes rows already under "
                    + "it, recomputing their fingerprints (after the fingerprint key changed)")
    Resealed reseal(@RequestParam(defaultValue = "false") boolean everyRow) {
        PersonalDataResealed done = rotation.reseal(everyRow);
        return new Resealed(done.total(), done.tables());
    }
}
