package org.ronghe.docking.majors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ronghe.community.Community;
import org.ronghe.directory.Directory;
import org.ronghe.talent.needs.NeedList;
import org.ronghe.talent.needs.NeedStatus;
import org.ronghe.talent.needs.NeedSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Majors against demand for a body (its member schools' majors, the talent needs posted in it) or a region (majors and
 * needs located in it; a province takes in its cities): per major, the places planned a year and the headcount the open
 * needs ask for, by the industry sections of the enterprises asking; majors with little demand (asked for less than
 * half their places), demand no major answers, and the gap. Majors are the catalogue's MAJOR items; a need's majors are
 * read from its text ({@link MajorNames}).
 */
@Service
public class MajorDemand {

    /** Where a major stands against demand. */
    public enum Standing {
        UNANSWERED,
        LITTLE_DEMAND,
        SHORT,
        BALANCED
    }

    /** One major: what schools plan and what enterprises ask, with the records behind each figure. */
    public record Row(
            String major,
            List<String> codes,
            long places,
            List<Long> capabilityIds,
            long headcount,
            List<Long> needIds,
            Map<String, Long> headcountByIndustry) {

        @com.fasterxml.jackson.annotation.JsonProperty
        public long gap() {
            return headcount - places;
        }

        @com.fasterxml.jackson.annotation.JsonProperty
        public Standing standing() {
            if (places == 0) {
                return Standing.UNANSWERED;
            }
            if (headcount * 2 < places) {
                return Standing.LITTLE_DEMAND;
            }
            return headcount > places ? Standing.SHORT : Standing.BALANCED;
        }
    }

    /** All majors, largest first, with the totals. */
    public record Report(List<Row> rows, long places, long headcount, long unanswered, long littleDemandPlaces) {}

    private final JdbcClient jdbc;
    private final NeedList needs;
    private final Community community;
    private final Directory directory;

    MajorDemand(JdbcClient jdbc, NeedList needs, Community community, Directory directory) {
        this.jdbc = jdbc;
        this.needs = needs;
        this.community = community;
        this.directory = directory;
    }

    private record Major(Long id, String title, String code, int places) {}

    @Transactional(readOnly = true)
    public Report of(Long bodyId, String region) {
        Map<String, Acc> rows = new LinkedHashMap<>();
        for (Major m : majors(bodyId, region)) {
            Acc acc = rows.computeIfAbsent(MajorNames.key(m.title()), k -> new Acc(m.title()));
            acc.places += m.places();
            acc.capabilityIds.add(m.id());
            if (m.code() != null && !acc.codes.contains(m.code())) {
                acc.codes.add(m.code());
            }
        }
        Map<Long, String> industries = new HashMap<>();
        for (NeedSummary need :
                needs.all(new NeedList.Filter(null, bodyId, null, null, NeedStatus.OPEN, region, null))) {
            List<String> asked = MajorNames.keys(need.majors());
            for (String key : asked) {
                Acc acc = rows.entrySet().stream()
                        .filter(e -> MajorNames.same(e.getKey(), key))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElseGet(() -> rows.computeIfAbsent(key, k -> new Acc(k)));
                long share = Math.max(1, need.headcount() / asked.size());
                acc.headcount += share;
                acc.needIds.add(need.id());
                String section = industries.computeIfAbsent(need.organisationId(), this::industryOf);
                acc.byIndustry.merge(section, share, Long::sum);
            }
        }
        List<Row> list = rows.values().stream()
                .map(Acc::row)
                .sorted(Comparator.comparingLong((Row r) -> Math.max(r.places(), r.headcount()))
                        .reversed()
                        .thenComparing(Row::major))
                .toList();
        return new Report(
                list,
                list.stream().mapToLong(Row::places).sum(),
                list.stream().mapToLong(Row::headcount).sum(),
                list.stream()
                        .filter(r -> r.standing() == Standing.UNANSWERED)
                        .mapToLong(Row::headcount)
                        .sum(),
                list.stream()
                        .filter(r -> r.standing() == Standing.LITTLE_DEMAND)
                        .mapToLong(Row::places)
                        .sum());
    }

    private List<Major> majors(Long bodyId, String region) {
        String sql = "select id, title, major_code, coalesce(places, 0) places from capabilities "
                + "where kind = 'MAJOR' and not withdrawn";
        List<Object> params = new ArrayList<>();
        if (bodyId != null) {
            List<Long> members = community.activeMembers(bodyId);
            sql += " and organisation_id = any(?)";
            params.add(members.toArray(Long[]::new));
        }
        if (region != null && !region.isBlank()) {
            sql += " and region_code like ?";
            params.add(regionPrefix(region.strip()));
        }
        return jdbc.sql(sql + " order by id")
                .params(params)
                .query((r, n) ->
                        new Major(r.getLong("id"), r.getString("title"), r.getString("major_code"), r.getInt("places")))
                .list();
    }

    private static String regionPrefix(String region) {
        try {
            return org.ronghe.core.RegionCode.parse(region).value().replaceAll("(00)+$", "") + "%";
        } catch (org.ronghe.core.InvalidIdentifier e) {
            throw new org.ronghe.core.InvalidInput("region", e.code(), e.arguments());
        }
    }

    private String industryOf(Long organisationId) {
        return directory.get(organisationId).industry().map(i -> i.section()).orElse("");
    }

    /** A row being summed up. */
    private static final class Acc {
        private final String major;
        private final List<String> codes = new ArrayList<>();
        private final List<Long> capabilityIds = new ArrayList<>();
        private final List<Long> needIds = new ArrayList<>();
        private final Map<String, Long> byIndustry = new TreeMap<>();
        private long places;
        private long headcount;

        Acc(String major) {
            this.major = major;
        }

        Row row() {
            return new Row(
                    MajorNames.key(major).isEmpty() ? major : displayName(),
                    List.copyOf(codes),
                    places,
                    List.copyOf(capabilityIds),
                    headcount,
                    needIds.stream().distinct().toList(),
                    java.util.Collections.unmodifiableMap(new TreeMap<>(byIndustry)));
        }

        private String displayName() {
            return major.replaceAll("[（(【\\[].*?[）)】\\]]", "").strip();
        }
    }
}
