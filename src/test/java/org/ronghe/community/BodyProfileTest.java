package org.ronghe.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.ronghe.community.BodyProfile.MemberGroup;
import org.ronghe.core.PageResult;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.directory.OrganisationType;

class BodyProfileTest {

    private static MemberGroup group(OrganisationType type, long firstId, int count) {
        return new MemberGroup(
                type,
                LongStream.range(firstId, firstId + count)
                        .mapToObj(id -> new OrganisationSummary(id, "单位" + id, type, null))
                        .toList());
    }

    private static BodyProfile withMembers(MemberGroup... groups) {
        return new BodyProfile(
                1L,
                "测试共同体",
                null,
                BodyKind.INDUSTRY_COMMUNITY,
                null,
                null,
                null,
                0,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(groups),
                null);
    }

    @Test
    void namesTheRegionDownToThePrefecture() {
        BodyProfile anqing = new BodyProfile(
                1L,
                "安庆市域产教联合体",
                null,
                BodyKind.CITY_CONSORTIUM,
                null,
                "340800",
                null,
                0,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                null);
        assertThat(anqing.regionLabel()).isEqualTo("安徽省安庆市 (340800)");
        assertThat(withMembers().regionLabel()).isNull();
    }

    @Test
    void aGroupPreviewsItsFirstMembers() {
        MemberGroup enterprises = group(OrganisationType.ENTERPRISE, 1, 30);
        assertThat(enterprises.first(24))
                .hasSize(24)
                .first()
                .extracting(OrganisationSummary::id)
                .isEqualTo(1L);
        assertThat(group(OrganisationType.UNIVERSITY, 1, 3).first(24)).hasSize(3);
    }

    @Test
    void membersPageThroughOneTypeOrAllTypesInOrder() {
        BodyProfile body =
                withMembers(group(OrganisationType.ENTERPRISE, 1, 60), group(OrganisationType.UNIVERSITY, 100, 5));
        PageResult<OrganisationSummary> secondOfAll = body.members(null, 1, 50);
        assertThat(secondOfAll.total()).isEqualTo(65);
        assertThat(secondOfAll.items())
                .extracting(OrganisationSummary::id)
                .startsWith(51L)
                .endsWith(104L)
                .hasSize(15);
        assertThat(body.members(OrganisationType.UNIVERSITY, 0, 50).items()).hasSize(5);
        assertThat(body.members(OrganisationType.ENTERPRISE, 9, 50).items()).isEmpty();
    }
}
