package org.ronghe.docking.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.springframework.stereotype.Component;

/**
 * Why a match matched, in words a user can check: the words both texts share (as the word analyser splits them,
 * traditional folded to simplified), the same industry or region, the similarity of the two vectors.
 */
@Component
class MatchReasons {

    private static final int MAX_TERMS = 8;

    /** Words too common in needs and offers to explain anything. */
    private static final Set<String> GENERIC = Set.of(
            "技术", "研究", "开发", "研发", "进行", "提高", "提升", "实现", "问题", "企业", "相关", "需要", "需求", "应用", "方面", "以及", "通过", "主要",
            "能够", "目前", "具有", "可以", "一种", "方法", "我们", "解决", "要求", "工作", "服务", "能力", "合作", "项目", "产品", "生产", "现有", "存在",
            "包括", "开展", "建设", "水平", "领域");

    private final Analysers analysers;

    MatchReasons(Analysers analysers) {
        this.analysers = analysers;
    }

    /** The side matched against, as far as reasons need it. */
    record Side(String text, float[] vector, String industrySection, String industryDivision, String regionCode) {}

    /** The reasons of every match of one probe, its words analysed once. */
    Function<Side, List<MatchReason>> against(Probe probe) {
        List<String> mine = terms(probe.text());
        return other -> of(probe, mine, other);
    }

    private List<MatchReason> of(Probe probe, List<String> probeTerms, Side other) {
        List<MatchReason> reasons = new ArrayList<>();
        List<String> shared = sharedTerms(probeTerms, other.text());
        if (!shared.isEmpty()) {
            reasons.add(new MatchReason("TERMS", shared, null));
        }
        industry(probe, other, reasons);
        region(probe, other, reasons);
        if (probe.vector() != null && other.vector() != null) {
            reasons.add(MatchReason.of(
                    "SIMILARITY",
                    String.format(Locale.ROOT, "%.2f", Embedder.similarity(probe.vector(), other.vector()))));
        }
        return reasons;
    }

    /** Single characters that carry no meaning of their own (的, 和, 与…): left out of lexical queries. */
    private static final Set<String> FUNCTION_CHARACTERS = Set.of(
            "的", "了", "和", "与", "及", "或", "在", "是", "为", "对", "中", "等", "将", "把", "被", "从", "以", "其", "之", "而", "并",
            "也", "有", "无", "不", "一", "个", "这", "那", "要", "能", "可", "于", "由", "上", "下", "后", "前", "内", "外", "年", "月",
            "日", "各", "该", "所", "如", "则", "即", "就", "都", "又", "还", "很", "更", "最");

    /**
     * The words of a probe worth querying, each once, in order: punctuation and meaningless single characters left out
     * (smartcn keeps both as words, and a comma would otherwise match every text).
     */
    List<String> queryTerms(String text) {
        List<String> kept = new ArrayList<>();
        for (String term : terms(text)) {
            if (Character.isLetterOrDigit(term.codePointAt(0))
                    && !FUNCTION_CHARACTERS.contains(term)
                    && !kept.contains(term)) {
                kept.add(term);
            }
        }
        return kept;
    }

    /** Words of two or more characters found in both texts, in the order of the first, at most eight. */
    private List<String> sharedTerms(List<String> mine, String other) {
        Set<String> theirs = new LinkedHashSet<>(terms(other));
        List<String> shared = new ArrayList<>();
        for (String term : mine) {
            if (telling(term) && theirs.contains(term) && !shared.contains(term)) {
                shared.add(term);
                if (shared.size() == MAX_TERMS) {
                    break;
                }
            }
        }
        return shared;
    }

    private static boolean telling(String term) {
        return term.codePointCount(0, term.length()) >= 2
                && Character.isLetterOrDigit(term.codePointAt(0))
                && !GENERIC.contains(term);
    }

    private static void industry(Probe probe, Side other, List<MatchReason> reasons) {
        if (probe.industrySection() == null || !probe.industrySection().equals(other.industrySection())) {
            return;
        }
        if (probe.industryDivision() != null && probe.industryDivision().equals(other.industryDivision())) {
            reasons.add(MatchReason.of("SAME_INDUSTRY", other.industrySection() + other.industryDivision()));
        } else {
            reasons.add(MatchReason.of("SAME_SECTOR", other.industrySection()));
        }
    }

    private static void region(Probe probe, Side other, List<MatchReason> reasons) {
        String mine = probe.regionCode();
        String theirs = other.regionCode();
        if (mine == null || theirs == null) {
            return;
        }
        if (mine.regionMatches(0, theirs, 0, 4) && !mine.endsWith("0000")) {
            reasons.add(MatchReason.of("SAME_CITY", theirs));
        } else if (mine.regionMatches(0, theirs, 0, 2)) {
            reasons.add(MatchReason.of("SAME_PROVINCE", theirs));
        }
    }

    private List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null) {
            return terms;
        }
        try (TokenStream stream = analysers.words().tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
