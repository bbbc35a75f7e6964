package org.ronghe.demo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.ronghe.agreement.AgreementBook;
import org.ronghe.agreement.AgreementDraft;
import org.ronghe.agreement.AgreementKind;
import org.ronghe.agreement.Party;
import org.ronghe.agreement.PartyRole;
import org.ronghe.community.Body;
import org.ronghe.community.MeetingView;
import org.ronghe.research.projects.ProjectBook;
import org.ronghe.research.projects.ProjectDraft;
import org.ronghe.research.projects.ProjectKind;
import org.ronghe.research.projects.ProjectParty;
import org.ronghe.research.projects.ProjectRole;

/**
 * The agreements signed at the community's founding meeting on 2024-07-02 (seed 000): overseas schooling, three joint
 * research agreements and the 中铝直通车 framework agreement, with the parties the report names. The report gives no terms,
 * amounts, signatories or roles, so none are invented: every party is a partner, and the agreements stay signed (not in
 * force) until their parties say more. Each joint research agreement gets its project, planned.
 */
final class NonferrousAgreements {

    static final String PLACE = "重庆市九龙坡区 西南铝";

    private NonferrousAgreements() {}

    /**
     * The three joint research agreements: the enterprise as the report names it and as kept, the university likewise.
     */
    private static final String[][] JOINT_RESEARCH = {
        {"郑州研究院", "郑州研究院", "上海交通大学", "上海交通大学"},
        {"中国铜业", "中国铜业", "中南大学", "中南大学"},
        {"中铝高端", "中铝高端", "重庆大学材料学院", "重庆大学"}
    };

    static void load(SeedWriter seed, AgreementBook book, ProjectBook projects, Body body) {
        Long meeting = body.meetings().stream()
                .filter(a -> a.kind() == MeetingView.Kind.FOUNDING)
                .findFirst()
                .map(MeetingView::id)
                .orElse(null);
        sign(seed, book, body, meeting, "海外办学签约", AgreementKind.OVERSEAS_SCHOOLING, "中铝股份", "山东省教育厅", "有色金属工业人才中心");
        for (String[] pair : JOINT_RESEARCH) {
            Long agreement = sign(
                    seed,
                    book,
                    body,
                    meeting,
                    "科技攻关项目合作协议（" + pair[0] + "—" + pair[2] + "）",
                    AgreementKind.JOINT_RESEARCH,
                    pair[1],
                    pair[3]);
            plan(seed, projects, body, agreement, pair);
        }
        sign(
                seed,
                book,
                body,
                meeting,
                "“中铝直通车”项目共建框架协议",
                AgreementKind.FRAMEWORK,
                "中铝集团",
                "兰州资源环境职业技术大学",
                "有色金属工业人才中心");
    }

    /**
     * The project a joint research agreement is about (科技攻关项目), planned: the enterprise commissions, the university
     * performs; no budget, dates, field or investigators, as the report gives none.
     */
    private static void plan(SeedWriter seed, ProjectBook projects, Body body, Long agreement, String[] pair) {
        projects.plan(new ProjectDraft(
                body.id(),
                "科技攻关项目（" + pair[0] + "—" + pair[2] + "）",
                ProjectKind.TACKLING,
                null,
                agreement,
                null,
                null,
                null,
                List.of(
                        new ProjectParty(seed.id(pair[1]), ProjectRole.CLIENT, null),
                        new ProjectParty(seed.id(pair[3]), ProjectRole.PERFORMER, null)),
                List.of()));
    }

    private static Long sign(
            SeedWriter seed,
            AgreementBook book,
            Body body,
            Long meeting,
            String title,
            AgreementKind kind,
            String... parties) {
        List<Party> named = Arrays.stream(parties)
                .map(n -> new Party(seed.id(n), PartyRole.PARTNER, null, null, null))
                .toList();
        Long id = book.draft(new AgreementDraft(title, kind, body.id(), meeting, PLACE, null, null, named))
                .id();
        book.recordSignedByAll(id, 0, LocalDate.of(2024, 7, 2), PLACE);
        return id;
    }
}
