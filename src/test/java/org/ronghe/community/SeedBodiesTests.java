package org.ronghe.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.directory.OrganisationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;

@IntegrationTest
class SeedBodiesTests {

    @Autowired
    Community community;

    @Autowired
    List<ApplicationRunner> runners;

    @Test
    void nonferrousCommunityShowsDeclaredCompositionBesideRegisteredCount() {
        BodyProfile body = profileNamed("国家有色金属行业产教融合共同体");
        Composition composition = body.composition();
        assertThat(composition.declaredTotal()).isEqualTo(157);
        assertThat(composition.rows())
                .filteredOn(r -> !r.levelRow())
                .extracting(CompositionRow::type, CompositionRow::declared)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(OrganisationType.ENTERPRISE, 88),
                        org.assertj.core.groups.Tuple.tuple(OrganisationType.UNIVERSITY, 19),
                        org.assertj.core.groups.Tuple.tuple(OrganisationType.VOCATIONAL_SCHOOL, 33),
                        org.assertj.core.groups.Tuple.tuple(OrganisationType.RESEARCH_INSTITUTE, 16),
                        org.assertj.core.groups.Tuple.tuple(OrganisationType.TALENT_ORGANISATION, 1));
        assertThat(composition.registeredTotal())
                .isEqualTo(body.members().stream()
                        .mapToInt(g -> g.organisations().size())
                        .sum());
        assertThat(composition.rows()).anySatisfy(r -> assertThat(r.levelRow()).isTrue());
    }

    @Test
    void nonferrousCommunityHasItsLeadsAndFirstCouncil() {
        BodyProfile body = profileNamed("国家有色金属行业产教融合共同体");
        assertThat(body.leads())
                .extracting(l -> l.organisation().name())
                .containsExactly("中铝集团", "中南大学", "兰州资源环境职业技术大学");
        BodyProfile.Term first = body.councilTerms().get(0);
        assertThat(first.seats())
                .filteredOn(s -> s.position() == CouncilPosition.CHAIR)
                .extracting(s -> s.organisation().name())
                .containsExactly("中铝集团");
        assertThat(first.seats())
                .filteredOn(s -> s.position() == CouncilPosition.VICE_CHAIR)
                .extracting(s -> s.organisation().name())
                .containsExactly("有色金属工业人才中心", "中南大学", "兰州资源环境职业技术大学", "中色股份", "矿冶集团", "西北有色院");
    }

    @Test
    void membersOfEachTypeAreListedInPinyinOrderWithSchoolLevels() {
        BodyProfile body = profileNamed("国家有色金属行业产教融合共同体");
        assertThat(body.members())
                .allSatisfy(group -> assertThat(group.organisations())
                        .isSortedAccordingTo(org.ronghe.core.ChineseCollation.comparing(OrganisationSummary::name)));
        assertThat(body.members())
                .filteredOn(g -> g.type() == OrganisationType.VOCATIONAL_SCHOOL)
                .flatExtracting(BodyProfile.MemberGroup::organisations)
                .filteredOn(o -> o.name().equals("兰州资源环境职业技术大学"))
                .extracting(OrganisationSummary::schoolLevel)
                .containsExactly(org.ronghe.directory.SchoolLevel.UNDERGRADUATE);
    }

    @Test
    void governmentBodiesAreInTheDirectoryButNotMembers() {
        BodyProfile body = profileNamed("国家有色金属行业产教融合共同体");
        assertThat(body.members())
                .flatExtracting(BodyProfile.MemberGroup::organisations)
                .extracting(OrganisationSummary::name)
                .contains("西南铝", "上海交通大学")
                .doesNotContain("山东省教育厅", "教育部");
    }

    @Test
    void anqingConsortiumHasTenGuidingDepartmentsAndTwoParkConsortia() {
        BodyProfile city = profileNamed("安庆市域产教联合体");
        assertThat(city.guidingCommittee())
                .hasSize(10)
                .extracting(OrganisationSummary::type)
                .containsOnly(OrganisationType.GOVERNMENT_DEPARTMENT);
        assertThat(city.children())
                .extracting(BodyProfile.BodyRef::name)
                .containsExactlyInAnyOrder("安庆经济技术开发区产教联合体", "安庆高新技术产业开发区产教联合体");
        assertThat(city.parent().name()).isEqualTo("安庆职业教育集团");
        assertThat(city.leads()).extracting(l -> l.organisation().name()).containsExactly("安庆职业技术学院", "安徽环新集团股份有限公司");
        assertThat(city.composition().hasDeclaration()).isFalse();
    }

    @Test
    void parkConsortiaAreLedByTheirParkAdministrations() {
        BodyProfile park = profileNamed("安庆高新技术产业开发区产教联合体");
        assertThat(park.leads()).singleElement().satisfies(l -> {
            assertThat(l.role()).isEqualTo(LeadRole.PARK_ADMINISTRATION);
            assertThat(l.organisation().type()).isEqualTo(OrganisationType.PARK_ADMINISTRATION);
        });
    }

    @Test
    void runningTheStartupTasksAgainDoesNotLoadTheDemoTwice() throws Exception {
        long before = community.search("", 0, 100).total();
        for (ApplicationRunner runner : runners) {
            runner.run(new DefaultApplicationArguments());
        }
        assertThat(community.search("", 0, 100).total()).isEqualTo(before);
        assertThat(community.search("国家有色金属行业产教融合共同体", 0, 100).items())
                .filteredOn(b -> b.name().equals("国家有色金属行业产教融合共同体"))
                .hasSize(1);
    }

    private BodyProfile profileNamed(String name) {
        BodySummary summary = community.search(name, 0, 20).items().stream()
                .filter(b -> b.name().equals(name))
                .findFirst()
                .orElseThrow();
        return community.profile(summary.id());
    }
}
