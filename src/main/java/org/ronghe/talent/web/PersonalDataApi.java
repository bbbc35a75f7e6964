package org.ronghe.talent.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.ronghe.talent.students.PersonalDataRotation;
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

    @PostMapping("/api/v1/admin/personal-data/reseal")
    @Operation(
            summary = "Seal students' ID and mobile numbers again under the current key; everyRow=true also "
                    + "recomputes the fingerprints of rows already under it (after the fingerprint key changed)")
    Map<String, Integer> reseal(@RequestParam(defaultValue = "false") boolean everyRow) {
        return Map.of("resealed", rotation.reseal(everyRow));
    }
}
