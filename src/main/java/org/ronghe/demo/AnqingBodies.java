package org.ronghe.demo;

import static org.ronghe.directory.OrganisationType.ENTERPRISE;
import static org.ronghe.directory.OrganisationType.GOVERNMENT_DEPARTMENT;
import static org.ronghe.directory.OrganisationType.INDUSTRY_ASSOCIATION;
import static org.ronghe.directory.OrganisationType.PARK_ADMINISTRATION;
import static org.ronghe.directory.OrganisationType.RESEARCH_INSTITUTE;
import static org.ronghe.directory.OrganisationType.TALENT_ORGANISATION;
import static org.ronghe.directory.OrganisationType.UNIVERSITY;
import static org.ronghe.directory.OrganisationType.VOCATIONAL_SCHOOL;

import java.time.LocalDate;
import java.util.List;
import org.ronghe.community.Body;
import org.ronghe.community.BodyKind;
import org.ronghe.community.CouncilPosition;
import org.ronghe.community.CouncilTerm;
import org.ronghe.community.LeadRole;
import org.ronghe.community.MeetingView;
import org.ronghe.core.RegionCode;
import org.ronghe.directory.SchoolLevel;

/**
 * Anqing's bodies as reported for 2024-01-31 (seed 004): the vocational education group and its council, the city
 * consortium with its guiding committee of ten departments, and the two park consortia under it.
 */
final class AnqingBodies {

    static final LocalDate FOUNDED = LocalDate.of(2024, 1, 31);
    static final String ANQING = "340800";
    static final List<String> GUIDING_COMMITTEE = List.of(
            "安庆市教育体育局",
            "安庆市人力资源和社会保障局",
            "安庆市总工会",
            "安庆市发展和改革委员会",
            "安庆市科学技术局",
            "安庆市经济和信息化局",
            "安庆市财政局",
            "安庆市农业农村局",
            "安庆市商务局",
            "安庆市退役军人事务局");
    private static final String SCHOOL = "安庆职业技术学院";
    private static final String ENTERPRISE_LEAD = "安徽环新集团股份有限公司";
    private static final String ETDZ = "安庆经济技术开发区管委会";
    private static final String HIDZ = "安庆高新技术产业开发区管委会";

    private AnqingBodies() {}

    static void load(SeedWriter seed) {
        organisations(seed);
        Body group = seed.found(group(seed));
        seed.admit(group, SCHOOL);
        Body city = cityConsortium(seed, group);
        seed.admit(city, SCHOOL, ENTERPRISE_LEAD, "安庆师范大学", "北京化工大学安庆研究所", "安庆市汽车工业协会", "安徽曙光化工集团有限公司", "安庆市人才发展集团");
        seed.admit(park(seed, city, "安庆经济技术开发区产教联合体", "安庆经开区产教联合体", ETDZ), ETDZ);
        seed.admit(park(seed, city, "安庆高新技术产业开发区产教联合体", "安庆高新区产教联合体", HIDZ), HIDZ);
    }

    private static Body group(SeedWriter seed) {
        Body group = new Body("安庆职业教育集团", "安庆职教集团", BodyKind.VOCATIONAL_EDUCATION_GROUP, null);
        group.locateIn(RegionCode.of(ANQING));
        group.reviseProfile(group.shortName(), "安庆市域产教联合体在安庆职教集团框架下组建。2024年1月31日召开安庆职业教育集团2023年理事会。");
        group.addLeadUnit(seed.id(SCHOOL), LeadRole.LEAD_SCHOOL);
        CouncilTerm council = group.openCouncilTerm(null, "2023年理事会", null, null);
        group.seatOnCouncil(council, seed.id(SCHOOL), CouncilPosition.CHAIR);
        group.seatOnCouncil(council, seed.id(SCHOOL), CouncilPosition.SECRETARY_GENERAL);
        group.recordMeeting(FOUNDED, MeetingView.Kind.COUNCIL_MEETING, null, "安庆碧桂园凤凰大酒店", null, false, null);
        return group;
    }

    private static Body cityConsortium(SeedWriter seed, Body group) {
        Body city = new Body("安庆市域产教联合体", null, BodyKind.CITY_CONSORTIUM, FOUNDED);
        city.locateIn(RegionCode.of(ANQING));
        city.placeUnder(group);
        city.reviseProfile(
                null, "2024年1月31日在安庆碧桂园凤凰大酒店召开成立大会，在安庆职教集团框架下深化产教融合、校企合作；" + "下设安庆经济技术开发区产教联合体和安庆高新技术产业开发区产教联合体。");
        city.addLeadUnit(seed.id(SCHOOL), LeadRole.LEAD_SCHOOL);
        city.addLeadUnit(seed.id(ENTERPRISE_LEAD), LeadRole.LEAD_ENTERPRISE);
        GUIDING_COMMITTEE.forEach(department -> city.appointToGuidingCommittee(seed.id(department)));
        city.recordMeeting(FOUNDED, MeetingView.Kind.FOUNDING, null, "安庆碧桂园凤凰大酒店", 120, true, null);
        return seed.found(city);
    }

    private static Body park(SeedWriter seed, Body city, String name, String shortName, String administration) {
        Body park = new Body(name, shortName, BodyKind.CITY_CONSORTIUM, FOUNDED);
        park.locateIn(RegionCode.of(ANQING));
        park.placeUnder(city);
        park.addLeadUnit(seed.id(administration), LeadRole.PARK_ADMINISTRATION);
        return seed.found(park);
    }

    private static void organisations(SeedWriter seed) {
        seed.org(SCHOOL, VOCATIONAL_SCHOOL, SchoolLevel.HIGHER, ANQING);
        seed.org(ENTERPRISE_LEAD, ENTERPRISE, ANQING);
        seed.org("安徽曙光化工集团有限公司", ENTERPRISE, ANQING);
        seed.org("安庆师范大学", UNIVERSITY, ANQING);
        seed.org("北京化工大学安庆研究所", RESEARCH_INSTITUTE, ANQING);
        seed.org("安庆市汽车工业协会", INDUSTRY_ASSOCIATION, ANQING);
        seed.org("安庆市人才发展集团", TALENT_ORGANISATION, ANQING);
        seed.org(ETDZ, PARK_ADMINISTRATION, ANQING);
        seed.org(HIDZ, PARK_ADMINISTRATION, ANQING);
        seed.org("安庆市人民政府", GOVERNMENT_DEPARTMENT, ANQING);
        GUIDING_COMMITTEE.forEach(department -> seed.org(department, GOVERNMENT_DEPARTMENT, ANQING));
    }
}
