package org.ronghe.bench;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The Chinese word parts that synthetic names are built from, and search terms drawn from the same
 * words (whole words, two-character parts, traditional spellings, two-word queries).
 */
final class Vocabulary {

    /** A place word of a name and the region code (GB/T 2260) that goes with it. */
    record Place(String word, String code) {
    }

    /**
     * How one kind of organisation or body is named: {@code 合成 + place + middle + suffix + number}.
     * {@code share} is the fraction of its family's rows; {@code authority} the first character of
     * the credit code (organisations only).
     */
    record Kind(String family, String type, String level, String authority, double share,
                List<Place> places, List<String> middles, List<String> suffixes) {
    }

    static final String ORGANISATION = "organisation";
    static final String BODY = "body";

    static final List<Place> CITIES = places("安庆 340800 铜陵 340700 芜湖 340200 合肥 340100 滁州 341100 "
            + "马鞍山 340500 苏州 320500 常州 320400 无锡 320200 宁波 330200 台州 331000 佛山 440600 东莞 441900 "
            + "江门 440700 柳州 450200 株洲 430200 襄阳 420600 洛阳 410300 绵阳 510700 宝鸡 610300 烟台 370600 "
            + "潍坊 370700 唐山 130200 泉州 350500 九江 360400 鄂尔多斯 150600");
    static final List<Place> REGIONS = places("华东 330000 江淮 340000 皖江 340000 长三角 320000 珠三角 440000 "
            + "中原 410000 齐鲁 370000 荆楚 420000 巴蜀 510000 三秦 610000 八闽 350000 东北 210000");
    static final List<Place> ALL_PLACES = Stream.concat(CITIES.stream(), REGIONS.stream()).toList();

    static final List<String> INDUSTRIES = words("精密铝材 铝材 铜业 有色金属 新能源 新能源汽车 汽车零部件 电子信息 "
            + "集成电路 智能制造 工业机器人 生物医药 现代纺织 化工新材料 光伏 储能 航空装备 船舶海工 现代物流 数字经济 "
            + "绿色建材 食品加工 节能环保 轨道交通");
    static final List<String> DISCIPLINES = words("机电 工业 信息工程 交通 建筑 财经 医药 电子 化工 汽车 电力 石油 "
            + "冶金 纺织服装 轻工 商贸 农业 水利");
    /** Disciplines, plus the empty word for plain names such as 合成江淮职业技术学院. */
    static final List<String> SCHOOL_MIDDLES = Stream.concat(Stream.of(""), DISCIPLINES.stream()).toList();

    static final List<Kind> KINDS = List.of(
            organisation("ENTERPRISE", null, "9", 0.60, ALL_PLACES, INDUSTRIES, "有限公司 股份有限公司 集团有限公司 科技有限公司 制造有限公司"),
            organisation("UNIVERSITY", null, "1", 0.10, ALL_PLACES, DISCIPLINES, "大学 理工大学 科技大学 学院"),
            organisation("VOCATIONAL_SCHOOL", "HIGHER", "1", 0.09, ALL_PLACES, SCHOOL_MIDDLES, "职业技术学院 职业学院"),
            organisation("VOCATIONAL_SCHOOL", "SECONDARY", "1", 0.045, ALL_PLACES, SCHOOL_MIDDLES, "中等专业学校 职业学校"),
            organisation("VOCATIONAL_SCHOOL", "UNDERGRADUATE", "1", 0.015, ALL_PLACES, SCHOOL_MIDDLES, "职业技术大学 职业大学"),
            organisation("RESEARCH_INSTITUTE", null, "1", 0.10, ALL_PLACES, INDUSTRIES, "研究院 研究所 产业技术研究院"),
            organisation("TALENT_ORGANISATION", null, "1", 0.02, ALL_PLACES, INDUSTRIES, "人才发展中心 人才服务中心"),
            organisation("INDUSTRY_ASSOCIATION", null, "5", 0.015, ALL_PLACES, INDUSTRIES, "行业协会 产业联盟"),
            organisation("GOVERNMENT_DEPARTMENT", null, "1", 0.01, CITIES,
                    words("市经济和信息化局 市教育局 市人力资源和社会保障局 市发展和改革委员会"), ""),
            organisation("PARK_ADMINISTRATION", null, "1", 0.005, CITIES,
                    words("经济技术开发区 高新技术产业开发区 化工园区"), "管理委员会"),
            body("INDUSTRY_COMMUNITY", 0.6, ALL_PLACES, INDUSTRIES, "行业产教融合共同体"),
            body("CITY_CONSORTIUM", 0.3, CITIES, List.of("", "高新区", "经开区"), "市域产教联合体"),
            body("VOCATIONAL_EDUCATION_GROUP", 0.1, ALL_PLACES, DISCIPLINES, "职业教育集团"));

    private static final List<String> SUFFIX_TERMS = words("有限公司 职业技术学院 研究院 大学 行业协会 职业学校");
    private static final List<String> WHOLE_WORDS = Stream.of(INDUSTRIES, DISCIPLINES, SUFFIX_TERMS,
            ALL_PLACES.stream().map(Place::word).toList()).flatMap(List::stream).toList();
    private static final List<String> PARTS = words("有色 金属 能源 汽车 电子 信息 电路 智能 制造 医药 纺织 材料 "
            + "装备 物流 技术 职业 精密 储能 机电 学院");
    private static final List<String> TRADITIONAL = words("職業技術 鋁材 銅業 電子信息 機電 華東 智能製造 醫藥 "
            + "現代紡織 學院 新能源汽車 集成電路 職業學校 軌道交通");

    private Vocabulary() {
    }

    /** A search term: 40% whole words, 25% parts, 20% traditional, 15% place plus industry. */
    static String searchTerm(Random random) {
        double r = random.nextDouble();
        if (r < 0.40) {
            return pick(random, WHOLE_WORDS);
        }
        if (r < 0.65) {
            return pick(random, PARTS);
        }
        if (r < 0.85) {
            return pick(random, TRADITIONAL);
        }
        return pick(random, ALL_PLACES).word() + " " + pick(random, INDUSTRIES);
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static Kind organisation(String type, String level, String authority, double share, List<Place> places,
                                     List<String> middles, String suffixes) {
        return new Kind(ORGANISATION, type, level, authority, share, places, middles, words(suffixes));
    }

    private static Kind body(String kind, double share, List<Place> places, List<String> middles, String suffix) {
        return new Kind(BODY, kind, null, null, share, places, middles, List.of(suffix));
    }

    /** Space-separated words; the empty string gives the one empty word. */
    private static List<String> words(String text) {
        return text.isEmpty() ? List.of("") : List.of(text.split(" "));
    }

    private static List<Place> places(String pairs) {
        List<String> parts = words(pairs);
        return Stream.iterate(0, i -> i < parts.size(), i -> i + 2)
                .map(i -> new Place(parts.get(i), parts.get(i + 1))).toList();
    }
}
