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

/**
 * The agreements signed at the community's founding meeting on 2024-07-02 (seed 000): overseas schooling, three joint
 * research agreements and the 中铝直通车 framework agreement, with the parties the report names. The report gives no terms,
 * amounts, signatories or roles, so none are invented: every party is a partner, and the agreements stay signed (not in
 * force) until their parties say more.
 */
final class NonferrousAgreements {

    static final String PLACE = "重庆市九龙坡区 西南铝";

    private NonferrousAgreements() {}

    static void load(SeedWriter seed, AgreementBook book, Body body) {
        Long meeting = body.meetings().stream()
                .filter(a -> a.kind() == MeetingView.Kind.FOUNDING)
                .findFirst()
                .map(MeetingView::id)
                .orElse(null);
        sign(seed, book, body, meeting, "海外办学签约", AgreementKind.OVERSEAS_SCHOOLING, "中铝股份", "山东省教育厅", "有色金属工业人才中心");
        sign(seed, book, body, meeting, "科技攻关项目合作协议（郑州研究院—上海交通大学）", AgreementKind.JOINT_RESEARCH, "郑州研究院", "上海交通大学");
        sign(seed, book, body, meeting, "科技攻关项目合作协议（中国铜业—中南大学）", AgreementKind.JOINT_RESEARCH, "中国铜业", "中南大学");
        sign(seed, book, body, meeting, "科技攻关项目合作协议（中铝高端—重庆大学材料学院）", AgreementKind.JOINT_RESEARCH, "中铝高端", "重庆大学");
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

    private static void sign(
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
    }
}
