package org.ronghe.demo;

import static org.ronghe.directory.OrganisationType.ENTERPRISE;
import static org.ronghe.directory.OrganisationType.GOVERNMENT_DEPARTMENT;
import static org.ronghe.directory.OrganisationType.RESEARCH_INSTITUTE;
import static org.ronghe.directory.OrganisationType.TALENT_ORGANISATION;
import static org.ronghe.directory.OrganisationType.UNIVERSITY;
import static org.ronghe.directory.OrganisationType.VOCATIONAL_SCHOOL;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ronghe.community.Body;
import org.ronghe.community.BodyKind;
import org.ronghe.community.CompositionCount;
import org.ronghe.community.CouncilPosition;
import org.ronghe.community.CouncilTerm;
import org.ronghe.community.LeadRole;
import org.ronghe.community.Meeting;
import org.ronghe.community.MeetingView;
import org.ronghe.core.Actor;
import org.ronghe.directory.SchoolLevel;

/**
 * 国家有色金属行业产教融合共同体 as reported on 2024-07-05 (seed 000): leads, first council, the units shown acting in the community
 * (agreement parties, the host) and the composition declared at founding.
 */
final class NonferrousCommunity {

    static final String NAME = "国家有色金属行业产教融合共同体";
    static final LocalDate FOUNDED = LocalDate.of(2024, 7, 2);

    private NonferrousCommunity() {}

    /** @return the community, saved */
    static Body load(SeedWriter seed) {
        organisations(seed);
        Body body = new Body(NAME, "有色金属行业产教融合共同体", BodyKind.INDUSTRY_COMMUNITY, FOUNDED);
        body.reviseProfile(
                body.shortName(),
                "由中铝集团主办，2024年7月2日在重庆市西南铝举行成立大会。以金专业、金课程、金师资、"
                        + "金基地、金教材建设为基础，以国际交流为突破，整合有色金属行业优质资源，构建产教融合、职普融通、科教融汇多元共建新格局。");
        body.addLeadUnit(seed.id("中铝集团"), LeadRole.LEAD_ENTERPRISE);
        body.addLeadUnit(seed.id("中南大学"), LeadRole.LEAD_UNIVERSITY);
        body.addLeadUnit(seed.id("兰州资源环境职业技术大学"), LeadRole.LEAD_VOCATIONAL_SCHOOL);
        Meeting founding = body.recordMeeting(
                FOUNDED,
                MeetingView.Kind.FOUNDING,
                "国家有色金属行业产教融合共同体成立大会",
                "重庆市九龙坡区 西南铝",
                260,
                true,
                "发布共同体章程和第一届理事会名单");
        CouncilTerm first = body.openCouncilTerm(1, "第一届理事会", FOUNDED, null);
        body.seatOnCouncil(first, seed.id("中铝集团"), CouncilPosition.CHAIR);
        for (String vice : List.of("有色金属工业人才中心", "中南大学", "兰州资源环境职业技术大学", "中色股份", "矿冶集团", "西北有色院")) {
            body.seatOnCouncil(first, seed.id(vice), CouncilPosition.VICE_CHAIR);
        }
        body.declareComposition(
                FOUNDED,
                "成立大会报道（2024年7月5日）",
                157,
                List.of(
                        new CompositionCount(ENTERPRISE, null, 88),
                        new CompositionCount(UNIVERSITY, null, 19),
                        new CompositionCount(VOCATIONAL_SCHOOL, null, 33),
                        new CompositionCount(RESEARCH_INSTITUTE, null, 16),
                        new CompositionCount(TALENT_ORGANISATION, null, 1)));
        Body saved = seed.found(body);
        saved.adoptCharter("国家有色金属行业产教融合共同体章程", FOUNDED, founding.id(), null, Instant.now(), Actor.SYSTEM);
        seed.admit(
                saved,
                "中铝集团",
                "中南大学",
                "兰州资源环境职业技术大学",
                "有色金属工业人才中心",
                "中色股份",
                "矿冶集团",
                "西北有色院",
                "中铝股份",
                "郑州研究院",
                "上海交通大学",
                "中国铜业",
                "中铝高端",
                "重庆大学",
                "西南铝");
        return saved;
    }

    private static void organisations(SeedWriter seed) {
        seed.org("中铝集团", ENTERPRISE, null);
        seed.org("中南大学", UNIVERSITY, null);
        seed.org("兰州资源环境职业技术大学", VOCATIONAL_SCHOOL, SchoolLevel.UNDERGRADUATE, "620100");
        seed.org("有色金属工业人才中心", TALENT_ORGANISATION, null);
        seed.org("中色股份", ENTERPRISE, null);
        seed.org("矿冶集团", ENTERPRISE, null);
        seed.org("西北有色院", RESEARCH_INSTITUTE, null);
        seed.org("中铝股份", ENTERPRISE, null);
        seed.org("郑州研究院", RESEARCH_INSTITUTE, null);
        seed.org("上海交通大学", UNIVERSITY, null);
        seed.org("中国铜业", ENTERPRISE, null);
        seed.org("中铝高端", ENTERPRISE, null);
        seed.org("重庆大学", UNIVERSITY, null);
        seed.org("西南铝", ENTERPRISE, "500107");
        seed.org("教育部", GOVERNMENT_DEPARTMENT, null);
        seed.org("国务院国资委", GOVERNMENT_DEPARTMENT, null);
        seed.org("山东省教育厅", GOVERNMENT_DEPARTMENT, "370000");
        seed.org("重庆市九龙坡区人民政府", GOVERNMENT_DEPARTMENT, "500107");
    }
}
