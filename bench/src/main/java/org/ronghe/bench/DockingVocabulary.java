package org.ronghe.bench;

import java.util.List;
import java.util.Random;

/**
 * Plausible Chinese needs and capabilities for the matching bench, each joined from three phrases: what it is about
 * (a material, product or process of the industries the seed bodies serve), a technique, and a goal.
 */
final class DockingVocabulary {

    static final List<String> SUBJECTS = List.of(
            "电解铝", "氧化铝焙烧", "铜冶炼烟气", "锂电铜箔", "铝合金型材", "稀土分离", "钛合金锻件", "锌电积",
            "铅酸蓄电池回收", "高纯硅", "铝灰渣", "赤泥", "阳极炭块", "铜杆连铸连轧", "镁合金压铸", "钨钼粉末",
            "数控机床主轴", "工业机器人焊接", "汽车冲压件", "注塑模具", "石化装置", "光伏组件", "锂电池正极材料",
            "生物制药发酵", "纺织印染废水", "食品冷链", "电力变压器", "风电齿轮箱", "轨道交通轴承", "船舶焊接",
            "智能仓储物流", "化工精馏塔", "水泥窑", "钢铁连铸", "矿山井下运输", "尾矿库", "污水处理厂", "中央空调",
            "芯片封装", "电机绕组");

    static final List<String> TECHNIQUES = List.of(
            "机器视觉检测", "数字孪生建模", "在线监测", "故障诊断", "热误差补偿", "余热回收", "湿法冶金", "真空熔炼",
            "激光熔覆", "表面处理", "无损检测", "工艺参数优化", "预测性维护", "能耗管理", "自动化改造",
            "工业互联网平台", "大数据分析", "深度学习预测", "振动分析", "红外测温", "超声波探伤", "精益生产",
            "绿色低碳工艺", "固废资源化", "脱硫脱硝", "膜分离", "离心铸造", "粉末冶金", "增材制造", "计算机模拟",
            "传感器网络", "边缘计算", "区块链溯源", "PLC 编程", "机器人离线编程", "安全风险评估", "标准化作业",
            "质量追溯", "仿真培训", "技能鉴定");

    static final List<String> GOALS = List.of(
            "降低能耗", "提高成品率", "减少排放", "延长设备寿命", "降低成本", "提升产品一致性", "缩短检修时间",
            "实现无人值守", "提高安全水平", "提升员工技能", "回收有价金属", "达到环保标准", "提高产能", "减少废品",
            "实现质量追溯", "缩短交货周期", "降低人工强度", "提升自动化水平", "提高检测精度", "优化排产",
            "培养技术骨干", "形成行业标准", "提高良品率", "节约用水", "减少停机", "提升服务响应速度", "实现精准控制",
            "降低噪声", "提高材料利用率", "支撑新产品开发");

    private static final List<String> INDUSTRIES = List.of("C32", "C33", "C34", "C35", "C38", "C39", "C26", "C30");
    private static final List<String> REGIONS = List.of("340800", "340100", "320500", "430100", "410100", "500107");
    private static final List<String> CAPABILITY_KINDS = List.of("RESULT", "LAB", "SERVICE", "TRAINING", "EXPERT", "MAJOR");
    private static final List<String> NEED_KINDS = List.of("TECHNOLOGY", "TECHNOLOGY", "SERVICE", "TRAINING");

    /** A synthetic item: kind, title, description, industry, region, and the three phrases it was joined from. */
    record Text(String kind, String title, String description, String industry, String region, List<String> phrases) {}

    private DockingVocabulary() {}

    static Text capability(Random r) {
        String subject = pick(r, SUBJECTS);
        String technique = pick(r, TECHNIQUES);
        String goal = pick(r, GOALS);
        return new Text(
                pick(r, CAPABILITY_KINDS),
                "合成" + subject + technique + "技术",
                "团队长期从事" + subject + "的" + technique + "研究与应用，可为企业" + goal + "提供方案、试验和技术服务。",
                pick(r, INDUSTRIES),
                pick(r, REGIONS),
                List.of(subject, technique, goal));
    }

    static Text need(Random r) {
        String subject = pick(r, SUBJECTS);
        String technique = pick(r, TECHNIQUES);
        String goal = pick(r, GOALS);
        return new Text(
                pick(r, NEED_KINDS),
                "合成" + subject + "需要" + technique,
                "我公司" + subject + "环节存在问题，希望借助" + technique + "，" + goal + "，欢迎院校和科研院所对接。",
                pick(r, INDUSTRIES),
                pick(r, REGIONS),
                List.of(subject, technique, goal));
    }

    private static <T> T pick(Random r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }
}
