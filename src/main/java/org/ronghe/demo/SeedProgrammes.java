package org.ronghe.demo;

import java.util.List;
import org.ronghe.agreement.AgreementAccess.Visibility;
import org.ronghe.agreement.AgreementList;
import org.ronghe.agreement.AgreementSummary;
import org.ronghe.directory.Directory;
import org.ronghe.talent.programmes.PartnerRole;
import org.ronghe.talent.programmes.ProgrammeBook;
import org.ronghe.talent.programmes.ProgrammeDraft;
import org.ronghe.talent.programmes.ProgrammeKind;
import org.ronghe.talent.programmes.ProgrammePartner;
import org.ronghe.talent.programmes.Programmes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 中铝直通车 programme (seed 000), attached to its framework agreement with the agreement's three parties: the school,
 * the enterprise and the talent centre that coordinates. Added once, also to a database whose demo data was loaded
 * before programmes existed. The article gives no major, intake or size: none are invented, and there are no students
 * in the demo data.
 */
@Component
@Order(11)
class SeedProgrammes implements ApplicationRunner {

    static final String FRAMEWORK_TITLE = "“中铝直通车”项目共建框架协议";

    private static final Logger log = LoggerFactory.getLogger(SeedProgrammes.class);

    private final boolean enabled;
    private final Programmes programmes;
    private final ProgrammeBook book;
    private final AgreementList agreements;
    private final Directory directory;
    private final TransactionTemplate transaction;

    SeedProgrammes(
            org.ronghe.core.RongheProperties properties,
            Programmes programmes,
            ProgrammeBook book,
            AgreementList agreements,
            Directory directory,
            TransactionTemplate transaction) {
        this.enabled = properties.seeds();
        this.programmes = programmes;
        this.book = book;
        this.agreements = agreements;
        this.directory = directory;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || programmes.count() > 0) {
            return;
        }
        List<AgreementSummary> found = agreements
                .find(
                        new AgreementList.Filter(FRAMEWORK_TITLE, null, null, null, null, null, null, null),
                        new Visibility(true, List.of(), List.of()),
                        0,
                        2)
                .items();
        if (found.size() != 1) {
            return;
        }
        AgreementSummary framework = found.get(0);
        transaction.executeWithoutResult(status -> book.launch(new ProgrammeDraft(
                "中铝直通车",
                ProgrammeKind.NAMED_PIPELINE,
                framework.bodyId(),
                framework.id(),
                null,
                null,
                null,
                List.of(
                        new ProgrammePartner(directory.pick("兰州资源环境职业技术大学"), PartnerRole.SCHOOL),
                        new ProgrammePartner(directory.pick("中铝集团"), PartnerRole.ENTERPRISE),
                        new ProgrammePartner(directory.pick("有色金属工业人才中心"), PartnerRole.COORDINATOR)),
                List.of())));
        log.info("Loaded demo data: the 中铝直通车 programme under its framework agreement");
    }
}
