package org.ronghe.docking.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ronghe.community.Community;
import org.ronghe.core.PageResult;
import org.ronghe.directory.Directory;
import org.ronghe.docking.demands.DemandAccess;
import org.ronghe.docking.matching.Partners;
import org.ronghe.docking.products.CoreProduct;
import org.ronghe.docking.products.CoreProductDraft;
import org.ronghe.docking.products.CoreProducts;
import org.ronghe.identity.Permissions;
import org.ronghe.identity.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Core products and suggested partners as pages and the API show them, with organisations named. */
@Component
class ProductViews {

    private final CoreProducts products;
    private final Community community;
    private final Directory directory;
    private final Permissions permissions;
    private final Partners partners;
    private final DemandAccess demands;

    ProductViews(
            CoreProducts products,
            Community community,
            Directory directory,
            Permissions permissions,
            Partners partners,
            DemandAccess demands) {
        this.products = products;
        this.community = community;
        this.directory = directory;
        this.permissions = permissions;
        this.partners = partners;
        this.demands = demands;
    }

    /** A core product with its organisation's name and the version to name when changing it. */
    record ProductRow(Long id, long version, String organisationName, boolean sample, CoreProductDraft terms) {}

    /** A suggested partner, named. */
    record PartnerRow(
            Long organisationId, String organisationName, double score, int matches, List<Partners.Because> because) {}

    /** The products of a body's active members, or of one organisation; {@code q} in their names or technologies. */
    PageResult<ProductRow> find(Long bodyId, Long organisationId, String q, int page, int size) {
        List<Long> owners = organisationId != null
                ? List.of(organisationId)
                : bodyId != null ? community.activeMembers(bodyId) : List.of();
        if (owners.isEmpty()) {
            return new PageResult<>(List.of(), page, size, 0);
        }
        int bounded = Math.max(1, Math.min(size, PageResult.MAX_SIZE));
        var found = products.search(owners, q == null ? "" : q.strip(), PageRequest.of(Math.max(0, page), bounded));
        Map<Long, String> names = directory.names(found.getContent().stream()
                .map(CoreProduct::organisationId)
                .distinct()
                .toList());
        return new PageResult<>(
                found.getContent().stream()
                        .map(p -> row(p, names.get(p.organisationId())))
                        .toList(),
                page,
                bounded,
                found.getTotalElements());
    }

    ProductRow row(CoreProduct p) {
        return row(p, directory.nameOf(p.organisationId()));
    }

    List<PartnerRow> partners(Long organisationId, int size) {
        List<Partners.Partner> found = partners.of(organisationId, demands.audience(), size);
        Map<Long, String> names = directory.names(
                found.stream().map(Partners.Partner::organisationId).toList());
        return found.stream()
                .map(p -> new PartnerRow(
                        p.organisationId(), names.get(p.organisationId()), p.score(), p.matches(), p.because()))
                .toList();
    }

    /** The organisations the signed-in user keeps products for: those it administers and its bodies' members. */
    Map<Long, String> keptOrganisations() {
        Set<Long> ids = new LinkedHashSet<>(permissions.administeredOrganisations());
        permissions.bodiesAs(Role.SECRETARIAT).forEach(b -> ids.addAll(community.activeMembers(b)));
        Map<Long, String> names = directory.names(new ArrayList<>(ids));
        Map<Long, String> ordered = new LinkedHashMap<>();
        ids.forEach(id -> ordered.put(id, names.get(id)));
        return ordered;
    }

    private static ProductRow row(CoreProduct p, String organisationName) {
        return new ProductRow(p.id(), p.version(), organisationName, p.sample(), p.draft());
    }
}
