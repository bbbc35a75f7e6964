package org.ronghe.demo;

import org.ronghe.agreement.AgreementBook;
import org.ronghe.community.Admissions;
import org.ronghe.community.Community;
import org.ronghe.directory.Directory;
import org.ronghe.research.projects.ProjectBook;
import org.ronghe.research.studios.StudioBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On first start with an empty database (and unless {@code RONGHE_DEMO=false}) loads the national nonferrous-metals
 * industry community (seed 000) with the agreements signed at its founding (and the projects of its three joint
 * research agreements and the studio its report names), and Anqing's bodies (seed 004), in one transaction.
 */
@Component
@Order(10)
class SeedBodies implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedBodies.class);

    private final boolean enabled;
    private final Directory directory;
    private final Community community;
    private final Admissions admissions;
    private final AgreementBook agreements;
    private final ProjectBook projects;
    private final StudioBook studios;
    private final TransactionTemplate transaction;

    SeedBodies(
            org.ronghe.core.RongheProperties properties,
            Directory directory,
            Community community,
            Admissions admissions,
            AgreementBook agreements,
            ProjectBook projects,
            StudioBook studios,
            TransactionTemplate transaction) {
        this.enabled = properties.seeds();
        this.directory = directory;
        this.community = community;
        this.admissions = admissions;
        this.agreements = agreements;
        this.projects = projects;
        this.studios = studios;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !community.isEmpty() || !directory.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            SeedWriter writer = new SeedWriter(directory, community, admissions);
            var nonferrous = NonferrousCommunity.load(writer);
            NonferrousAgreements.load(writer, agreements, projects, nonferrous);
            NonferrousStudios.load(writer, studios, nonferrous);
            AnqingBodies.load(writer);
        });
        log.info(
                "Loaded demo data: the nonferrous-metals industry community with the agreements signed at its founding, "
                        + "and Anqing's bodies");
    }
}
