package org.ronghe.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ronghe.IntegrationTest;
import org.ronghe.core.PageResult;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationHit;
import org.ronghe.directory.OrganisationQuery;
import org.ronghe.directory.OrganisationType;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Lists ordered by name follow pinyin, as Chinese users expect (安 an, 培 pei, 中 zhong), not the code points of the
 * characters (培 U+57F9 comes before 安 U+5B89); a name typed in traditional characters sorts with its simplified form.
 */
@IntegrationTest
class NameOrderTests {

    @Autowired
    Community community;

    @Autowired
    Directory directory;

    final String tag = Long.toString(System.nanoTime(), 36);

    @Test
    void bodiesAreListedInPinyinOrder() {
        List<String> names = List.of("中铝排序" + tag, "培训排序" + tag, "鋁業排序" + tag, "安庆排序" + tag);
        names.forEach(
                n -> community.found(new BodyDraft(n, null, BodyKind.CITY_CONSORTIUM, null, "340800", null, null)));
        List<String> listed = new ArrayList<>();
        PageResult<BodySummary> page;
        int number = 0;
        do {
            page = community.search(null, number++, 100);
            page.items().stream().map(BodySummary::name).filter(names::contains).forEach(listed::add);
        } while (page.hasNext());
        assertThat(listed).containsExactly("安庆排序" + tag, "鋁業排序" + tag, "培训排序" + tag, "中铝排序" + tag);
    }

    @Test
    void organisationsSortedByNameFollowPinyin() {
        List<Long> ids = Stream.of("中铝排序" + tag, "培训排序" + tag, "安庆排序" + tag, "Alpha排序" + tag)
                .map(n -> directory
                        .register(
                                new OrganisationDraft(
                                        n, OrganisationType.ENTERPRISE, null, null, null, null, null, null, null),
                                true)
                        .id())
                .toList();
        List<String> listed = directory
                .search(new OrganisationQuery(null, null, null, null, null, ids, OrganisationQuery.Sort.NAME), 0, 10)
                .items()
                .stream()
                .map(OrganisationHit::name)
                .toList();
        assertThat(listed).containsExactly("Alpha排序" + tag, "安庆排序" + tag, "培训排序" + tag, "中铝排序" + tag);
    }
}
