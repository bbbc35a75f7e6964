package org.ronghe.talent.programmes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ronghe.agreement.AgreementLookup;
import org.ronghe.community.Community;
import org.ronghe.core.Actor;
import org.ronghe.core.FieldProblem;
import org.ronghe.core.InvalidInput;
import org.ronghe.core.NotFound;
import org.ronghe.core.Versions;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationSummary;
import org.ronghe.directory.OrganisationType;
import org.ronghe.talent.needs.TalentNeeds;
import org.ronghe.talent.programmes.ProgrammeEvents.CohortOpened;
import org.ronghe.talent.programmes.ProgrammeEvents.ProgrammeLaunched;
import org.ronghe.talent.programmes.ProgrammeEvents.ProgrammeRevised;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the programmes and their cohorts. Checks that its schools are schools and its enterprises enterprises, that the
 * body, the agreement and the needs exist (needs of the programme's body only); every change is published as an event
 * (and so audited). Callers check who may act ({@link ProgrammeAccess}).
 */
@Service
@Transactional
public class ProgrammeBook {

    private final Programmes programmes;
    private final TalentNeeds needs;
    private final Directory directory;
    private final Community community;
    private final AgreementLookup agreements;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final ProgrammeAccess access;

    ProgrammeBook(
            Programmes programmes,
            TalentNeeds needs,
            Directory directory,
            Community community,
            AgreementLookup agreements,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock,
            ProgrammeAccess access) {
        this.programmes = programmes;
        this.needs = needs;
        this.directory = directory;
        this.community = community;
        this.agreements = agreements;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.access = access;
    }

    /** @throws InvalidInput listing every problem, unknown or misplaced organisations, agreement and needs included */
    public Programme launch(ProgrammeDraft terms) {
        ProgrammeDraft valid = checked(terms);
        Programme programme = programmes.save(Programme.launch(valid, clock.instant(), Actor.current()));
        events.publishEvent(new ProgrammeLaunched(programme.id(), valid.bodyId(), json.writeValueAsString(valid)));
        programme
                .cohorts()
                .forEach(c ->
                        events.publishEvent(new CohortOpened(programme.id(), c.id(), c.intakeYear(), c.plannedSize())));
        return programme;
    }

    /**
     * @throws InvalidInput listing every problem; also when the schools change and the user keeps none of the schools
     *     already in the programme (a school added by an enterprise would see the other schools' students)
     */
    public Programme revise(Long id, long expectedVersion, ProgrammeDraft terms) {
        Programme programme = get(id, expectedVersion);
        ProgrammeDraft valid = checked(terms);
        if (!Set.copyOf(valid.organisationIds(PartnerRole.SCHOOL))
                        .equals(Set.copyOf(programme.terms().organisationIds(PartnerRole.SCHOOL)))
                && !access.canChangeSchools(programme)) {
            throw new InvalidInput("partners", "talent.programme.schools.owner-only");
        }
        String before = json.writeValueAsString(programme.terms());
        programme.revise(valid);
        events.publishEvent(new ProgrammeRevised(
                id, valid.bodyId(), "before: " + before + "\nafter: " + json.writeValueAsString(valid)));
        return programme;
    }

    /** @throws InvalidInput when the year or the size is out of range */
    public Cohort openCohort(Long id, long expectedVersion, Integer intakeYear, Integer plannedSize) {
        List<FieldProblem> problems = new ArrayList<>();
        if (intakeYear == null) {
            problems.add(new FieldProblem("intakeYear", "input.required"));
        }
        ProgrammeDraft.intake(intakeYear, plannedSize, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Programme programme = get(id, expectedVersion);
        Cohort cohort = programme.openCohort(intakeYear, plannedSize);
        programmes.flush();
        events.publishEvent(new CohortOpened(id, cohort.id(), intakeYear, plannedSize));
        return cohort;
    }

    @Transactional(readOnly = true)
    public Programme get(Long id) {
        return programmes.findById(id).orElseThrow(() -> new NotFound("programme", id));
    }

    private Programme get(Long id, long expectedVersion) {
        Programme programme = get(id);
        Versions.require("programme", id, programme.version(), expectedVersion);
        return programme;
    }

    /** The valid terms; otherwise every problem at once, those of the form and those of the records it names. */
    private ProgrammeDraft checked(ProgrammeDraft terms) {
        List<FieldProblem> problems = new ArrayList<>();
        ProgrammeDraft valid = terms;
        try {
            valid = terms.validate();
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
        }
        problems.addAll(unknown(terms));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return valid;
    }

    private List<FieldProblem> unknown(ProgrammeDraft terms) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<Long, OrganisationSummary> found = directory.summaries(
                terms.organisationIds().stream().filter(Objects::nonNull).toList());
        for (int i = 0; i < terms.partners().size(); i++) {
            ProgrammePartner partner = terms.partners().get(i);
            if (partner.organisationId() == null || partner.role() == null) {
                continue;
            }
            OrganisationSummary organisation = found.get(partner.organisationId());
            if (organisation == null) {
                problems.add(new FieldProblem("partners[" + i + "]", "talent.programme.partner.unknown"));
            } else if (!fits(partner.role(), organisation.type())) {
                problems.add(new FieldProblem(
                        "partners[" + i + "]", "talent.programme.partner.misplaced", organisation.name()));
            }
        }
        if (terms.bodyId() != null && !exists(() -> community.get(terms.bodyId()))) {
            problems.add(new FieldProblem("bodyId", "talent.body.unknown"));
        }
        if (terms.agreementId() != null && !agreements.exists(terms.agreementId())) {
            problems.add(new FieldProblem("agreementId", "talent.programme.agreement.unknown"));
        }
        for (Long needId : terms.needIds()) {
            if (!needs.findById(needId)
                    .map(n -> n.bodyId().equals(terms.bodyId()))
                    .orElse(false)) {
                problems.add(new FieldProblem("needIds", "talent.programme.need.unknown", needId));
            }
        }
        return problems;
    }

    /** Schools teach, enterprises hire; anyone else (or anyone) may coordinate. */
    private static boolean fits(PartnerRole role, OrganisationType type) {
        return switch (role) {
            case SCHOOL -> type.isSchool();
            case ENTERPRISE -> type == OrganisationType.ENTERPRISE;
            case COORDINATOR -> true;
        };
    }

    private static boolean exists(Runnable lookup) {
        try {
            lookup.run();
            return true;
        } catch (NotFound e) {
            return false;
        }
    }
}
