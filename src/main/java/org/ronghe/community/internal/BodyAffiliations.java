package org.ronghe.community.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ronghe.community.Body;
import org.ronghe.community.Membership;
import org.ronghe.directory.OrganisationAffiliations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lists the bodies an organisation belongs to, with its roles in each (member, lead, council, committee). */
@Component
@Transactional(readOnly = true)
class BodyAffiliations implements OrganisationAffiliations {

    private final EntityManager entityManager;

    BodyAffiliations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Affiliation> of(Long organisationId) {
        Map<Body, List<String>> roles = new LinkedHashMap<>();
        members(organisationId)
                .forEach(row -> add(roles, (Body) row[0], "membership.status." + ((Membership.Status) row[1]).name()));
        query("select b, l.role from Body b join b.leadUnits l where l.organisationId = :id", organisationId)
                .forEach(row -> add(roles, (Body) row[0], "lead.role." + row[1]));
        query(
                        "select b, s.position from Body b join b.councilTerms t join t.seats s where s.organisationId = :id",
                        organisationId)
                .forEach(row -> add(roles, (Body) row[0], "council.position." + row[1]));
        entityManager
                .createQuery("select b from Body b join b.guidingCommittee g where g = :id", Body.class)
                .setParameter("id", organisationId)
                .getResultList()
                .forEach(b -> add(roles, b, "body.guiding-committee"));
        return roles.entrySet().stream()
                .map(e -> new Affiliation(
                        e.getKey().id(),
                        e.getKey().name(),
                        "/bodies/" + e.getKey().id(),
                        List.copyOf(e.getValue())))
                .toList();
    }

    private List<Object[]> members(Long organisationId) {
        return entityManager
                .createQuery(
                        "select b, m.status from Membership m, Body b where b.id = m.bodyId "
                                + "and m.organisationId = :id order by b.name",
                        Object[].class)
                .setParameter("id", organisationId)
                .getResultList();
    }

    private List<Object[]> query(String jpql, Long organisationId) {
        return entityManager
                .createQuery(jpql, Object[].class)
                .setParameter("id", organisationId)
                .getResultList();
    }

    private static void add(Map<Body, List<String>> roles, Body body, String roleKey) {
        List<String> keys = roles.computeIfAbsent(body, b -> new ArrayList<>());
        if (!keys.contains(roleKey)) {
            keys.add(roleKey);
        }
    }
}
