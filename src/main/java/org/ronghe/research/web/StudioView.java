package org.ronghe.research.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ronghe.research.studios.Innovation;
import org.ronghe.research.studios.Studio;
import org.ronghe.research.studios.StudioKind;
import org.ronghe.research.studios.StudioTraining;

/**
 * A studio as the API and pages show it: people's names masked; the benefit claimed (not disputed) and confirmed by the
 * body's secretariat; training given as sessions, 人次 and hours.
 */
record StudioView(
        Long id,
        Long bodyId,
        String name,
        StudioKind kind,
        Long hostId,
        String leaderName,
        LocalDate foundedOn,
        List<Member> members,
        List<InnovationView> innovations,
        List<TrainingView> trainings,
        BigDecimal claimedBenefit,
        BigDecimal confirmedBenefit,
        int trainingSessions,
        long personTimes,
        BigDecimal trainingHours,
        long version) {

    /** A member: the name masked, the role. */
    record Member(String name, String role) {}

    /** An innovation and where its benefit stands. */
    record InnovationView(
            Long id,
            String title,
            String description,
            LocalDate madeOn,
            BigDecimal claimedBenefit,
            Innovation.Status status,
            String disputeReason,
            long version) {

        static InnovationView of(Innovation i) {
            return new InnovationView(
                    i.id(),
                    i.title(),
                    i.description(),
                    i.madeOn(),
                    i.claimedBenefit(),
                    i.status(),
                    i.disputeReason(),
                    i.version());
        }
    }

    /** A training session. */
    record TrainingView(Long id, LocalDate heldOn, String topic, int participants, BigDecimal hours) {

        static TrainingView of(StudioTraining t) {
            return new TrainingView(t.id(), t.heldOn(), t.topic(), t.participants(), t.hours());
        }
    }

    static StudioView of(Studio s, List<Innovation> innovations, List<StudioTraining> trainings) {
        return new StudioView(
                s.id(),
                s.bodyId(),
                s.name(),
                s.kind(),
                s.hostId(),
                s.leaderNameMasked(),
                s.foundedOn(),
                s.members().stream()
                        .map(m -> new Member(m.nameMasked(), m.role()))
                        .toList(),
                innovations.stream().map(InnovationView::of).toList(),
                trainings.stream().map(TrainingView::of).toList(),
                innovations.stream()
                        .filter(i -> i.status() != Innovation.Status.DISPUTED)
                        .map(Innovation::claimedBenefit)
                        .reduce(BigDecimal.ZERO, BigDecimal::add),
                innovations.stream().map(Innovation::confirmedBenefit).reduce(BigDecimal.ZERO, BigDecimal::add),
                trainings.size(),
                trainings.stream().mapToLong(StudioTraining::participants).sum(),
                trainings.stream().map(StudioTraining::hours).reduce(BigDecimal.ZERO, BigDecimal::add),
                s.version());
    }
}
