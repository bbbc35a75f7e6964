package org.ronghe.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ChineseCollationTest {

    @Test
    void ordersNamesByPinyinNotByCodePoint() {
        // code points: 北 U+5317 < 安 U+5B89 < 重 U+91CD; pinyin: an < bei < chong
        List<String> names = List.of("重庆大学", "北京化工大学", "安庆师范大学");
        assertThat(names.stream().sorted(ChineseCollation.comparing(Function.identity())))
                .containsExactly("安庆师范大学", "北京化工大学", "重庆大学");
    }

    @Test
    void sortsTheSameWayWhenKeysAreAlreadyKnown() {
        List<String> names = List.of("中南大学", "兰州资源环境职业技术大学", "中铝集团", "矿冶集团");
        List<String> first = names.stream()
                .sorted(ChineseCollation.comparing(Function.identity()))
                .toList();
        assertThat(List.of("矿冶集团", "中铝集团", "兰州资源环境职业技术大学", "中南大学").stream()
                        .sorted(ChineseCollation.comparing(Function.identity())))
                .containsExactlyElementsOf(first)
                .startsWith("矿冶集团", "兰州资源环境职业技术大学");
    }
}
