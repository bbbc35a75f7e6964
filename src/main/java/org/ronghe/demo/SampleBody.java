package org.ronghe.demo;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ronghe.agreement.Agreement;
import org.ronghe.agreement.AgreementBook;
import org.ronghe.agreement.AgreementDraft;
import org.ronghe.agreement.AgreementKind;
import org.ronghe.agreement.Obligation;
import org.ronghe.agreement.ObligationBook;
import org.ronghe.agreement.ObligationDraft;
import org.ronghe.agreement.Party;
import org.ronghe.agreement.PartyRole;
import org.ronghe.community.Admissions;
import org.ronghe.community.BodyDraft;
import org.ronghe.community.BodyKind;
import org.ronghe.community.Community;
import org.ronghe.community.Governance;
import org.ronghe.community.Meeting;
import org.ronghe.community.MeetingDraft;
import org.ronghe.community.MeetingView;
import org.ronghe.core.RongheProperties;
import org.ronghe.directory.Directory;
import org.ronghe.directory.OrganisationDraft;
import org.ronghe.directory.OrganisationType;
import org.ronghe.directory.SchoolLevel;
import org.ronghe.evaluation.SelfAssessments;
import org.ronghe.identity.Grant;
import org.ronghe.identity.Identity;
import org.ronghe.talent.needs.EducationLevel;
import org.ronghe.talent.needs.NeedBook;
import org.ronghe.talent.needs.NeedDraft;
import org.ronghe.talent.needs.NeedStatus;
import org.ronghe.talent.placements.Evaluation;
import org.ronghe.talent.placements.HireBook;
import org.ronghe.talent.placements.Internship;
import org.ronghe.talent.placements.InternshipBook;
import org.ronghe.talent.placements.InternshipDraft;
import org.ronghe.talent.programmes.Cohort;
import org.ronghe.talent.programmes.PartnerRole;
import org.ronghe.talent.programmes.Programme;
import org.ronghe.talent.programmes.ProgrammeBook;
import org.ronghe.talent.programmes.ProgrammeDraft;
import org.ronghe.talent.programmes.ProgrammeKind;
import org.ronghe.talent.programmes.ProgrammePartner;
import org.ronghe.talent.students.CorrectionRequest;
import org.ronghe.talent.students.Gender;
import org.ronghe.talent.students.Student;
import org.ronghe.talent.students.StudentBook;
import org.ronghe.talent.students.StudentDraft;
import org.ronghe.talent.students.StudentSelfService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sample body (示例): invented, and marked as such in every name, so that a first start shows working funnels,
 * dashboards and workbenches beside the seed bodies (which stay facts only). Two schools, two enterprises and the
 * city's departments; a signed agreement with confirmed, reported and overdue obligations and one waiting for a
 * signature; an order class over two intake years with students (valid, obviously synthetic numbers), internships and
 * hires; and something pending for every sample account. Loaded with {@code RONGHE_DEMO=true} into a database that has
 * no students yet; the accounts' password is printed once (or set with {@code RONGHE_SAMPLE_PASSWORD}).
 */
@Component
@Order(12)
class SampleBody implements ApplicationRunner {

    static final String BODY = "示例市产教联合体（演示数据）";
    static final String SCHOOL = "示例职业技术学院";
    static final String ENTERPRISE = "示例智能制造有限公司";
    static final String OTHER_ENTERPRISE = "示例新材料股份有限公司";
    /** The sample accounts and what each is. */
    static final Map<String, String> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("sample-secretariat", "示例联合体秘书处");
        ACCOUNTS.put("sample-enterprise", "示例企业管理员");
        ACCOUNTS.put("sample-school", "示例学院管理员");
        ACCOUNTS.put("sample-officer", "示例学院个人信息保护负责人");
        ACCOUNTS.put("sample-observer", "示例人社局观察员");
        ACCOUNTS.put("sample-evaluator", "示例教育局考核评价员");
        ACCOUNTS.put("sample-student", "示例学生01");
    }

    private static final Logger log = LoggerFactory.getLogger(SampleBody.class);
    private static final String REGION = "340100";

    private final RongheProperties properties;
    private final String password;
    private final Services services;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    /** What the sample is written with: the modules' own services, so every rule and event applies. */
    @Component
    record Services(
            Directory directory,
            Community community,
            Governance governance,
            Admissions admissions,
            AgreementBook agreements,
            ObligationBook obligations,
            ProgrammeBook programmes,
            StudentBook students,
            InternshipBook internships,
            HireBook hires,
            NeedBook needs,
            StudentSelfService self,
            Identity identity,
            SampleDocking docking,
            SelfAssessments evaluations) {}

    SampleBody(
            RongheProperties properties,
            @Value("${ronghe.sample-password:}") String password,
            Services services,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            Clock clock) {
        this.properties = properties;
        this.password = password;
        this.services = services;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.sample()
                || !services.community().search(BODY, 0, 1).items().isEmpty()
                || jdbc.sql("select exists (select 1 from students)")
                        .query(Boolean.class)
                        .single()) {
            return;
        }
        String secret = password.isBlank()
                ? "Sample-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6)) + "a"
                : password;
        transaction.executeWithoutResult(status -> new Writer(services, LocalDate.now(clock), secret).write());
        log.warn(
                "\n\n    Sample body '{}' loaded (invented data, marked 示例). Sample accounts {} sign in with password: {}\n"
                        + "    (shown only once; set RONGHE_SAMPLE_PASSWORD to choose it)\n",
                BODY,
                ACCOUNTS.keySet(),
                password.isBlank() ? secret : "(as set in RONGHE_SAMPLE_PASSWORD)");
    }

    /** Writes the sample in one go. */
    static final class Writer {

        private final Services s;
        private final LocalDate today;
        private final String password;
        private int serial;

        Writer(Services services, LocalDate today, String password) {
            this.s = services;
            this.today = today;
            this.password = password;
        }

        void write() {
            Long body = s.community()
                    .found(new BodyDraft(
                            BODY,
                            "示例联合体",
                            BodyKind.CITY_CONSORTIUM,
                            today.minusYears(2),
                            REGION,
                            null,
                            "演示用的虚构联合体：所有单位、人员和数据均为示例，与真实机构无关。"))
                    .id();
            Long school = org(SCHOOL, OrganisationType.VOCATIONAL_SCHOOL, SchoolLevel.HIGHER, REGION);
            Long secondSchool = org("示例第二职业学校", OrganisationType.VOCATIONAL_SCHOOL, SchoolLevel.SECONDARY, REGION);
            Long enterprise = org(ENTERPRISE, OrganisationType.ENTERPRISE, null, REGION);
            Long other = org(OTHER_ENTERPRISE, OrganisationType.ENTERPRISE, null, "320500");
            Long department = org("示例市人力资源和社会保障局", OrganisationType.GOVERNMENT_DEPARTMENT, null, REGION);
            Long park = org("示例产业园管理委员会", OrganisationType.PARK_ADMINISTRATION, null, REGION);
            Long applicant = org("示例物流有限公司", OrganisationType.ENTERPRISE, null, REGION);
            accounts(body, school, enterprise, department);
            for (Long member : List.of(school, secondSchool, enterprise, other, department, park)) {
                s.admissions().admit(body, member, today.minusYears(2), "示例数据");
            }
            s.admissions().apply(body, applicant, "希望加入联合体，参与订单班合作（示例）");
            governance(body);
            Long framework = agreements(body, school, enterprise, other);
            Programme programme = programme(body, framework, school, enterprise);
            students(programme, school, enterprise, other);
            needs(body, enterprise);
            s.docking().write(body, school, enterprise, other, REGION, today);
            evaluation(body, today.getYear());
        }

        /** The founding meeting two years ago adopted the charter; the council met once this year. */
        private void governance(Long body) {
            Meeting founding = s.governance()
                    .recordMeeting(
                            body,
                            s.community().get(body).version(),
                            new MeetingDraft(
                                    today.minusYears(2),
                                    MeetingView.Kind.FOUNDING,
                                    "示例联合体成立大会",
                                    "示例市",
                                    60,
                                    true,
                                    "审议通过联合体章程，选举第一届理事会（示例）",
                                    null));
            s.governance().adoptCharter(body, "示例市产教联合体章程（示例）", today.minusYears(2), founding.id(), null, null);
            LocalDate council = today.minusMonths(2).getYear() == today.getYear() ? today.minusMonths(2) : today;
            s.governance()
                    .recordMeeting(
                            body,
                            s.community().get(body).version(),
                            new MeetingDraft(
                                    council,
                                    MeetingView.Kind.COUNCIL_MEETING,
                                    "示例联合体理事会年度会议",
                                    "示例市",
                                    24,
                                    false,
                                    "审议年度工作报告和订单班合作计划（示例）",
                                    null));
        }

        /**
         * This year's self-assessment under the city consortium framework, submitted: the evaluator can review it, and
         * its figures are those of the records above (all written this year).
         */
        private void evaluation(Long body, int year) {
            s.evaluations()
                    .submit(
                            body,
                            year,
                            "city-consortium",
                            Map.of("1.2.1", new SelfAssessments.Declared(BigDecimal.valueOf(6), "成员单位名单见联合体章程附件（示例）")));
        }

        private Long org(String name, OrganisationType type, SchoolLevel level, String region) {
            return s.directory()
                    .register(
                            new OrganisationDraft(name, type, level, null, region, null, null, "示例单位（演示数据）", null),
                            true)
                    .id();
        }

        /** A signed order-class agreement in force with obligations in every state; a draft one party has signed. */
        private Long agreements(Long body, Long school, Long enterprise, Long other) {
            Agreement framework = s.agreements()
                    .draft(new AgreementDraft(
                            "示例订单班合作协议",
                            AgreementKind.ORDER_CLASS,
                            body,
                            null,
                            "示例市",
                            today.minusYears(2),
                            today.plusYears(1),
                            List.of(
                                    new Party(school, PartyRole.INITIATOR, "副院长", null, null),
                                    new Party(
                                            enterprise,
                                            PartyRole.PARTNER,
                                            "总经理",
                                            new BigDecimal("500000.00"),
                                            new BigDecimal("800000.00")))));
            framework =
                    s.agreements().recordSignedByAll(framework.id(), framework.version(), today.minusYears(2), "示例市");
            framework = s.agreements().bringIntoForce(framework.id(), framework.version());
            Obligation classes = s.obligations()
                    .promise(
                            framework.id(),
                            new ObligationDraft(
                                    school,
                                    "开设订单班 1 个",
                                    BigDecimal.ONE,
                                    "个",
                                    Obligation.Cadence.ONCE,
                                    today.minusMonths(6)));
            classes = s.obligations()
                    .report(classes.id(), classes.version(), school, BigDecimal.ONE, "已开班（示例）", null, null);
            s.obligations().confirm(classes.id(), classes.version(), enterprise);
            Obligation interns = s.obligations()
                    .promise(
                            framework.id(),
                            new ObligationDraft(
                                    enterprise,
                                    "每年接收实习生 30 人",
                                    new BigDecimal("30"),
                                    "人",
                                    Obligation.Cadence.YEARLY,
                                    today.plusDays(20)));
            s.obligations()
                    .report(
                            interns.id(),
                            interns.version(),
                            enterprise,
                            new BigDecimal("32"),
                            "已接收 32 名实习生（示例）",
                            null,
                            null);
            s.obligations()
                    .promise(
                            framework.id(),
                            new ObligationDraft(
                                    enterprise,
                                    "捐赠实训设备（折价 80 万元）",
                                    new BigDecimal("800000"),
                                    "元",
                                    Obligation.Cadence.ONCE,
                                    today.minusDays(15)));
            Agreement base = s.agreements()
                    .draft(new AgreementDraft(
                            "示例实训基地共建协议",
                            AgreementKind.CO_BUILT_BASE,
                            body,
                            null,
                            null,
                            null,
                            null,
                            List.of(
                                    new Party(school, PartyRole.INITIATOR, "院长", null, null),
                                    new Party(other, PartyRole.HOST, "董事长", new BigDecimal("300000.00"), null))));
            s.agreements()
                    .sign(
                            base.id(),
                            base.version(),
                            other,
                            new AgreementBook.Signing(today.minusDays(3), "苏州", "董事长"),
                            false,
                            null,
                            null);
            return framework.id();
        }

        private Programme programme(Long body, Long framework, Long school, Long enterprise) {
            Programme p = s.programmes()
                    .launch(new ProgrammeDraft(
                            "示例智能制造订单班",
                            ProgrammeKind.ORDER_CLASS,
                            body,
                            framework,
                            "智能制造装备技术",
                            today.getYear() - 2,
                            25,
                            List.of(
                                    new ProgrammePartner(school, PartnerRole.SCHOOL),
                                    new ProgrammePartner(enterprise, PartnerRole.ENTERPRISE)),
                            List.of()));
            s.programmes().openCohort(p.id(), p.version(), today.getYear() - 1, 25);
            return s.programmes().get(p.id());
        }

        /**
         * The older intake: most interned, some hired (local, in the province, outside it), one hire waiting for the
         * employer. The newer one: internships under way, some not yet evaluated.
         */
        private void students(Programme programme, Long school, Long enterprise, Long other) {
            List<Cohort> cohorts = programme.cohorts();
            List<Student> older = enrol(programme, cohorts.get(0), school, 20, today.getYear() - 2);
            List<Student> newer = enrol(programme, cohorts.get(1), school, 16, today.getYear() - 1);
            for (int i = 0; i < older.size(); i++) {
                Student st = older.get(i);
                if (i < 12) {
                    s.students().consentTo(st.id(), enterprise);
                }
                if (i < 15) {
                    intern(st, enterprise, today.minusMonths(10), true);
                }
                if (i < 9) {
                    hire(
                            st,
                            i == 6 ? other : enterprise,
                            i == 6 ? "320500" : (i == 4 || i == 5 ? "340800" : REGION),
                            i != 8);
                }
            }
            for (int i = 0; i < 6; i++) {
                intern(newer.get(i), enterprise, today.minusMonths(2), i < 3);
            }
            Student first = older.get(0);
            s.self().openAccount(first.id(), "sample-student", password);
            s.self().requestCorrection(first.id(), CorrectionRequest.Field.CLASS_NAME, "班级应为智能制造 2 班（示例）");
        }

        private List<Student> enrol(Programme programme, Cohort cohort, Long school, int count, int intake) {
            List<Student> enrolled = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                serial++;
                enrolled.add(s.students()
                        .enrol(new StudentDraft(
                                school,
                                programme.id(),
                                cohort.id(),
                                String.format("示例学生%02d", serial),
                                serial % 2 == 1 ? Gender.MALE : Gender.FEMALE,
                                idNumber(intake - 18, serial),
                                String.format("139000%05d", serial),
                                "智能制造装备技术",
                                "智能制造 " + (1 + serial % 2) + " 班",
                                LocalDate.of(intake + 3, 6, 30))));
            }
            return enrolled;
        }

        private void intern(Student st, Long enterprise, LocalDate from, boolean evaluated) {
            Internship i = s.internships()
                    .record(new InternshipDraft(
                            st.id(), enterprise, "装配调试岗（示例）", "王师傅", "李老师", from, from.plusMonths(6)));
            if (evaluated) {
                s.internships()
                        .evaluate(
                                i.id(),
                                i.version(),
                                Evaluation.Side.ENTERPRISE,
                                Evaluation.Stage.MIDTERM,
                                Evaluation.Grade.GOOD,
                                "表现良好（示例）");
            }
        }

        private void hire(Student st, Long employer, String region, boolean confirm) {
            var offer =
                    s.hires().offer(new HireBook.Offer(st.id(), employer, "设备运维工程师（示例）", today.minusMonths(5), region));
            var hire = s.hires().hired(offer.id(), offer.version(), today.minusMonths(4));
            if (confirm) {
                s.hires().confirm(hire.id(), hire.version());
            }
        }

        private void needs(Long body, Long enterprise) {
            s.needs()
                    .post(new NeedDraft(
                            body,
                            enterprise,
                            "数控设备操作工（示例）",
                            "数控技术、智能制造装备技术",
                            EducationLevel.HIGHER_VOCATIONAL,
                            20,
                            REGION,
                            today,
                            today.plusMonths(6),
                            "数控编程、设备维护"));
            var filled = s.needs()
                    .post(new NeedDraft(
                            body,
                            enterprise,
                            "工业机器人运维员（示例）",
                            "工业机器人技术",
                            EducationLevel.HIGHER_VOCATIONAL,
                            8,
                            REGION,
                            today.minusMonths(8),
                            today.minusMonths(2),
                            "机器人示教"));
            s.needs().mark(filled.id(), filled.version(), NeedStatus.FILLED);
        }

        private void accounts(Long body, Long school, Long enterprise, Long department) {
            account("sample-secretariat", Grant.secretariatOf(body));
            account("sample-enterprise", Grant.adminOf(enterprise));
            account("sample-school", Grant.adminOf(school));
            account("sample-officer", Grant.personalDataOfficerOf(school));
            account("sample-observer", Grant.observerOf(body));
            account("sample-evaluator", Grant.observerOf(body), Grant.evaluatorOf(body));
        }

        private void account(String username, Grant... grants) {
            s.identity().createAccount(username, ACCOUNTS.get(username), password, List.of(grants));
        }

        /** An 18-digit ID number with a valid check digit: region 340100, born 1 January of the year, sequence. */
        static String idNumber(int birthYear, int sequence) {
            String body = REGION + birthYear + "0101" + String.format("%03d", sequence);
            int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (body.charAt(i) - '0') * weights[i];
            }
            return body + "10X98765432".charAt(sum % 11);
        }
    }
}
