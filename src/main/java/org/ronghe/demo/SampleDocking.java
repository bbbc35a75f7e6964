package org.ronghe.demo;

import java.time.LocalDate;
import org.ronghe.docking.capabilities.CapabilityBook;
import org.ronghe.docking.capabilities.CapabilityDraft;
import org.ronghe.docking.capabilities.CapabilityKind;
import org.ronghe.docking.demands.Demand;
import org.ronghe.docking.demands.DemandBook;
import org.ronghe.docking.demands.DemandDraft;
import org.ronghe.docking.demands.DemandKind;
import org.ronghe.docking.demands.Visibility;
import org.ronghe.docking.dockings.DockingBook;
import org.ronghe.docking.dockings.DockingDraft;
import org.ronghe.docking.dockings.DockingSide;
import org.ronghe.docking.products.CoreProductBook;
import org.ronghe.docking.products.CoreProductDraft;
import org.springframework.stereotype.Component;

/**
 * The sample body's docking (示例, invented like the rest of it): two needs of the sample enterprise, capabilities of the
 * sample school and the other sample enterprise, the sample enterprise's core products, and one proposal waiting for
 * the school's answer — so that a first start shows matches with their reasons and something to answer on the sample
 * school's workbench.
 */
@Component
class SampleDocking {

    private final DemandBook demands;
    private final CapabilityBook capabilities;
    private final DockingBook dockings;
    private final CoreProductBook products;

    SampleDocking(DemandBook demands, CapabilityBook capabilities, DockingBook dockings, CoreProductBook products) {
        this.demands = demands;
        this.capabilities = capabilities;
        this.dockings = dockings;
        this.products = products;
    }

    void write(Long body, Long school, Long enterprise, Long other, String region, LocalDate today) {
        demand(
                body,
                enterprise,
                DemandKind.TECHNOLOGY,
                "数控机床主轴热变形补偿（示例）",
                "连续加工两小时后主轴热伸长导致零件尺寸超差，需要热变形测量与补偿方案。",
                region,
                today);
        Demand training = demand(
                body,
                enterprise,
                DemandKind.TRAINING,
                "一线员工工业机器人操作培训（示例）",
                "新上两条机器人焊接线，需要培训 30 名一线员工掌握工业机器人示教、编程与日常维护。",
                region,
                today);
        Long course = offer(
                school, CapabilityKind.TRAINING, "工业机器人操作与维护培训（示例）", "面向在岗员工的工业机器人示教编程、离线仿真和日常维护培训，40 学时。", region);
        offer(school, CapabilityKind.MAJOR, "工业机器人技术专业（示例）", "培养工业机器人安装调试、编程与运维的技术技能人才。", region);
        offer(school, CapabilityKind.LAB, "智能制造实训中心（示例）", "五轴加工中心、三坐标测量机和机器人工作站，可对外开放共享和检测服务。", region);
        offer(other, CapabilityKind.RESULT, "机床热误差建模与实时补偿技术（示例）", "基于温度传感器布点与热误差模型，实时补偿主轴热伸长，加工精度提升 60%。", "320500");
        dockings.propose(new DockingDraft(training.id(), course, null, null, "希望了解培训安排和费用（示例）"), DockingSide.NEED);
        products.listSample(
                new CoreProductDraft(enterprise, "立式加工中心（示例）", "三轴立式加工中心，用于模具和精密零件加工。", "C34", "主轴热误差补偿，数控系统调试，精密装配"));
        products.listSample(
                new CoreProductDraft(enterprise, "机器人焊接工作站（示例）", "面向钢结构件的机器人焊接工作站。", "C34", "工业机器人示教编程，焊接工艺，离线仿真"));
    }

    private Demand demand(
            Long body, Long enterprise, DemandKind kind, String title, String text, String region, LocalDate today) {
        return demands.postSample(new DemandDraft(
                body,
                enterprise,
                kind,
                title,
                text,
                null,
                null,
                null,
                null,
                null,
                "C34",
                region,
                null,
                null,
                today.plusMonths(6),
                Visibility.PUBLIC));
    }

    private Long offer(Long owner, CapabilityKind kind, String title, String text, String region) {
        return capabilities
                .offerSample(new CapabilityDraft(
                        owner,
                        kind,
                        title,
                        text,
                        null,
                        "C34",
                        region,
                        null,
                        null,
                        null,
                        null,
                        null,
                        kind == CapabilityKind.MAJOR ? 45 : null))
                .id();
    }
}
