package org.ronghe.core.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import org.ronghe.core.Regions;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The GB/T 2260 divisions, for the cascading 省 / 市 / 区县 selector of every region field. */
@RestController
@Tag(name = "Reference tables")
class RegionApi {

    @GetMapping("/api/v1/regions")
    @Operation(summary = "Every province followed by its prefectures: code, name and the province's code")
    ResponseEntity<List<Regions.Region>> regions() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(Regions.all());
    }

    @GetMapping("/api/v1/regions/{code}/counties")
    @Operation(summary = "The counties (县级) of a prefecture, or the districts of a municipality; empty for others")
    ResponseEntity<List<Regions.Region>> counties(@PathVariable String code) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(Regions.countiesOf(code));
    }
}
