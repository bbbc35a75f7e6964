package org.ronghe.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageResultTest {

    private static List<Integer> items(int count) {
        return Collections.nCopies(count, 1);
    }

    @Test
    void exactTotalEndsPagingOnTheLastPage() {
        PageResult<Integer> last = new PageResult<>(items(5), 2, 20, 45);
        assertThat(last.totalPages()).isEqualTo(3);
        assertThat(last.hasNext()).isFalse();
        assertThat(last.hasPrevious()).isTrue();
    }

    @Test
    void lowerBoundTotalKeepsPagingWhilePagesAreFull() {
        PageResult<Integer> beyondCount = new PageResult<>(items(20), 49, 20, 1_000, false);
        assertThat(beyondCount.hasNext()).isTrue();
        PageResult<Integer> shortPage = new PageResult<>(items(7), 60, 20, 1_207, false);
        assertThat(shortPage.hasNext()).isFalse();
    }

    @Test
    void mappingKeepsWhetherTheTotalIsExact() {
        assertThat(new PageResult<>(items(20), 0, 20, 1_000, false)
                        .map(String::valueOf)
                        .totalExact())
                .isFalse();
    }
}
