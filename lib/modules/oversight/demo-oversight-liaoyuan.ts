// Liaoyuan's special inquiry on the business environment (优化营商环境专题询问, seed 000): research with 40
// questionnaires, 5 forums and nearly 100 visits; 32 problems (政务环境, 企业发展环境, 市场环境, 法治环境); the
// session in which members and deputies question the departments of 一府一委两院, with follow-ups; the anonymous
// satisfaction vote per respondent unit (closed: voters with their voted flags and the tallies only); the problems
// sent to the units as rectification tasks, in every state, some overdue; and the 回头看 that reopened some.
import type { InquiryStatus, OversightStatus, RectificationStatus } from "./kinds";
import { addDays, at, buildActivity, day, participant, unitByCode, type Ctx, type DemoUnit } from "./demo-oversight";
import { addPoll } from "./demo-oversight-poll";

export const LIAOYUAN_INQUIRY_TITLE = "优化营商环境工作专题询问";
export const LIAOYUAN_FIGURES = { questionnaires: 40, questionnaireResponses: 38, forums: 5, visits: 98 };

const SESSION = "2026-05-27";
const SENT = "2026-06-08";
const REVIEW = "2026-11-10";

/** Respondents (应询部门): the unit code and the officials announced. */
const RESPONDENTS: [code: string, officials: string][] = [
  ["justice", "市司法局局长 刘某、副局长 孙某"],
  ["urban-management", "市城市管理局局长 高某"],
  ["housing", "市住房和城乡建设局局长 杨某"],
  ["public-security", "市公安局副局长 何某"],
  ["transport", "市交通运输局局长 郑某"],
  ["intermediate-court", "市中级人民法院副院长 林某"],
  ["procuratorate", "市人民检察院副检察长 罗某"],
];

const FORUMS = [
  "企业家座谈会（辽源经济开发区）",
  "个体工商户座谈会（龙山区）",
  "金融机构座谈会",
  "律师和商会代表座谈会",
  "县区政务服务中心座谈会（东丰县）",
];

/** [description, category, severity, unit code] — the problems the research found, as the seed sorts them. */
const PROBLEMS: [string, string, "MINOR" | "MODERATE" | "SERIOUS", string][] = [
  ["政务服务“一网通办”事项办理深度不够，部分事项仍需线下多次跑动", "service", "MODERATE", "justice"],
  ["涉企证明事项清理不彻底，仍有要求企业重复提交材料", "policy", "MODERATE", "justice"],
  ["行政执法检查频次偏多，存在“重罚轻管”现象", "enforcement", "SERIOUS", "justice"],
  ["包容审慎监管“首违不罚”清单落实不到位", "enforcement", "MODERATE", "justice"],
  ["涉企行政复议案件办理周期偏长", "service", "MINOR", "justice"],
  ["法律服务进园区覆盖不全，中小企业法律咨询渠道少", "service", "MINOR", "justice"],
  ["涉企收费项目中介评估费用较高，收费标准不公开", "funding", "SERIOUS", "housing"],
  ["工程建设项目审批环节多、时限长，“多图联审”落实不到位", "service", "SERIOUS", "housing"],
  ["施工图审查和竣工验收中介服务超时", "service", "MODERATE", "housing"],
  ["老旧厂区配套基础设施欠账较多，企业用水用气报装周期长", "facilities", "MODERATE", "housing"],
  ["工程款拖欠问题投诉较多，清欠工作推进缓慢", "funding", "SERIOUS", "housing"],
  ["户外广告和门头牌匾审批标准不统一", "policy", "MINOR", "urban-management"],
  ["城市管理执法中“一刀切”现象仍有发生", "enforcement", "MODERATE", "urban-management"],
  ["占道经营管理规范不清，个体工商户无所适从", "policy", "MINOR", "urban-management"],
  ["企业周边环境卫生和市政设施维护不及时", "facilities", "MINOR", "urban-management"],
  ["渣土运输核准手续繁琐，影响项目施工进度", "service", "MODERATE", "urban-management"],
  ["企业开办和变更登记中公安刻章、备案环节衔接不畅", "service", "MINOR", "public-security"],
  ["涉企治安案件办理反馈不及时", "enforcement", "MODERATE", "public-security"],
  ["园区周边交通秩序混乱，货车通行限制影响企业物流", "facilities", "MODERATE", "public-security"],
  ["外来投资人员居住证、出入境业务办理便利度不高", "service", "MINOR", "public-security"],
  ["货运车辆超限检测站执法标准不统一", "enforcement", "MODERATE", "transport"],
  ["道路运输经营许可审批时限偏长", "service", "MINOR", "transport"],
  ["物流园区道路建设滞后，企业运输成本偏高", "facilities", "MODERATE", "transport"],
  ["城乡客运线路调整未充分听取企业意见", "policy", "MINOR", "transport"],
  ["涉企民商事案件审理周期偏长，执行到位率不高", "enforcement", "SERIOUS", "intermediate-court"],
  ["破产案件审理效率不高，“僵尸企业”出清缓慢", "enforcement", "MODERATE", "intermediate-court"],
  ["诉讼服务中心网上立案指导不足", "service", "MINOR", "intermediate-court"],
  ["涉企财产保全措施把握不准，影响企业正常经营", "enforcement", "SERIOUS", "intermediate-court"],
  ["涉企“挂案”清理不彻底", "supervision", "SERIOUS", "procuratorate"],
  ["对涉企行政执法活动的法律监督不够有力", "supervision", "MODERATE", "procuratorate"],
  ["企业合规改革试点覆盖面窄", "policy", "MINOR", "procuratorate"],
  ["民营企业融资难，政银企对接机制作用发挥不充分", "funding", "SERIOUS", "justice"],
];

const QUESTIONS: [code: string, q: string, a: string, follow?: [string, string]][] = [
  [
    "justice",
    "调研中企业反映执法检查“重罚轻管”，一年内被多个部门重复检查。请问如何解决多头执法、重复检查的问题？",
    "我们将全面推行“双随机、一公开”和跨部门联合检查，年内建立涉企检查统筹平台，同一企业同一年度原则上只查一次。",
    [
      "联合检查平台什么时间建成？覆盖哪些部门？",
      "计划9月底前上线，首批覆盖市场监管、生态环境、应急、城管等12个执法部门。",
    ],
  ],
  [
    "housing",
    "涉企收费项目中介评估费用较高，有的项目中介费超过审批费用本身。请问对中介服务收费有哪些规范措施？",
    "我们正在清理规范工程建设领域中介服务事项，取消没有法律依据的评估事项，其余事项实行清单管理、收费公示。",
    ["清理后还保留多少项？企业能在哪里查到？", "拟保留23项，清单将在市政府网站和政务服务中心公开，接受企业监督。"],
  ],
  [
    "housing",
    "工程建设项目审批“多图联审”落实不到位，企业反映审批时限远超承诺时限。请问下一步怎么压缩？",
    "我们将推行“拿地即开工”改革，社会投资小型项目审批时限压缩至15个工作日以内。",
  ],
  [
    "urban-management",
    "城市管理执法中仍有“一刀切”，一些个体工商户门头牌匾被集中拆除。请问如何做到文明执法、柔性执法？",
    "我们将制定包容审慎监管清单，对轻微违法行为首次发现的以教育提醒为主，不再简单“一刀切”。",
    ["清单什么时候出台？是否听取商户意见？", "6月底前出台，出台前将召开商户代表座谈会征求意见。"],
  ],
  [
    "public-security",
    "园区周边货车通行限制影响企业物流，企业多次反映未得到解决。请问公安交管部门有何打算？",
    "我们已对园区周边道路通行政策进行评估，将为园区企业办理货车通行证，并优化限行时段。",
  ],
  [
    "transport",
    "物流园区道路建设滞后，企业运输成本偏高。请问道路建设计划和资金保障情况如何？",
    "园区连接线改造项目已列入今年交通建设计划，资金已落实，计划年底前完工。",
    ["如果年底完不成，有什么保障措施？", "我们将实行周调度，每月向市人大常委会财经委报告进展。"],
  ],
  [
    "intermediate-court",
    "涉企民商事案件审理周期偏长、执行到位率不高，企业胜诉后拿不到钱。请问法院如何提高涉企案件执行效率？",
    "市中院将开展涉企案件专项执行行动，建立涉企案件快立快审快执机制，平均审理周期压缩20%。",
  ],
  [
    "procuratorate",
    "涉企“挂案”影响企业正常经营。请问检察机关清理涉企“挂案”的进展如何？",
    "我们会同公安机关梳理涉企“挂案”41件，已清理31件，剩余的年内全部清理完毕。",
  ],
];

/** How many tasks in each state (32 in all): the demo unit's among them. */
const TASK_STATES: [RectificationStatus, number][] = [
  ["OPEN", 7],
  ["SUBMITTED", 6],
  ["ACCEPTED", 9],
  ["RETURNED", 5],
  ["REOPENED", 5],
];

export function liaoyuanInquiry(c: Ctx): { activityId: string; inquiryId: string; pollId: string; reviewId: string } {
  const dates: Partial<Record<OversightStatus, string>> = {
    PLANNED: "2026-01-20",
    UNDERWAY: "2026-03-09",
    REPORTED: SESSION,
    OPINIONS_SENT: "2026-06-05",
    RECTIFYING: SENT,
    REVIEWING: REVIEW,
  };
  const a = buildActivity(c, {
    kind: "SPECIAL_INQUIRY",
    title: LIAOYUAN_INQUIRY_TITLE,
    summary:
      "围绕市场主体生命之氧、经济发展活力之源，对政务环境、企业发展环境、市场环境、法治环境开展专题询问，并进行满意度测评。",
    committee: "finance-economy",
    quarter: 2,
    target: "REVIEWING",
    dates,
    deputies: 8,
    points: 0,
    problems: 0,
    // The opinions (the problem list) go to every respondent, who have all reported back.
    unitCodes: RESPONDENTS.map(([code]) => code),
    reportedBack: true,
  });
  const activity = c.rows.activities.find((r) => r.id === a.id)!;
  activity.published = true;
  activity.endOn = day(SESSION);
  activity.opinionsBody =
    "市人大常委会将专题询问提出的问题分门别类整理，形成优化营商环境工作专题询问和票决评议情况的通报，交“一府一委两院”研究处理，限期整改并书面报告。";

  const inquiryId = c.rand.uuid();
  const reachedReview = a.status === "REVIEWING";
  c.rows.inquiries.push({
    id: inquiryId,
    tenantId: c.tenantId,
    activityId: a.id,
    reasons:
      "营商环境作为市场主体生命之氧、经济发展活力之源，存在问题多、社会关注度高、群众急需解决。经广泛征求常委会组成人员、人大代表、基层群众的意见建议，决定开展专题询问。",
    ...LIAOYUAN_FIGURES,
    researchNote:
      "通过座谈会、明察暗访、听取汇报、查阅资料、走访群众等方式开展调研：发放问卷40余份，召开5场不同层次的座谈会，走访企业和社会各界人士近100人次，发现和提出30多个具体问题。",
    sessionOn: day(SESSION),
    sessionPlace: "市人大常委会第一会议室",
    sessionOpenedAt: at(SESSION, "09:00"),
    sessionClosedAt: at(SESSION, "11:45"),
    status: (reachedReview ? "REVIEW" : "RECTIFYING") satisfies InquiryStatus,
    createdAt: at("2026-01-20", "10:00"),
    updatedAt: at(reachedReview ? REVIEW : SENT, "16:00"),
  });

  // Research: the forums as points, the problems found on them.
  const forumIds = FORUMS.map((place, i) => {
    const id = c.rand.uuid();
    const on = addDays("2026-03-16", i * 7);
    c.rows.points.push({
      id,
      tenantId: c.tenantId,
      activityId: a.id,
      place,
      visitedOn: day(on),
      visitors: "财经委组成人员、部分常委会组成人员和人大代表",
      note: "座谈会",
      createdAt: at(on, "17:00"),
    });
    return id;
  });
  const problems = PROBLEMS.map(([description, category, severity, code], i) => {
    const id = c.rand.uuid();
    const unit = unitByCode(c, code);
    c.rows.problems.push({
      id,
      tenantId: c.tenantId,
      activityId: a.id,
      pointId: forumIds[i % forumIds.length]!,
      seq: i + 1,
      description,
      category,
      severity,
      unitId: unit.id,
      createdById: c.staff.get("committee") ?? null,
      createdAt: at(addDays("2026-04-20", Math.floor(i / 4)), "16:00"),
    });
    return { id, unit };
  });

  // The session: respondents, questions with their answers and follow-ups.
  const respondents = new Map<string, { id: string; unit: DemoUnit; officials: string }>();
  RESPONDENTS.forEach(([code, officials], i) => {
    const unit = unitByCode(c, code);
    if ([...respondents.values()].some((r) => r.unit.id === unit.id)) return;
    const id = c.rand.uuid();
    respondents.set(code, { id, unit, officials });
    c.rows.respondents.push({ id, tenantId: c.tenantId, inquiryId, unitId: unit.id, officials, sortOrder: i });
  });
  const askers = [
    { name: "陈主任", userId: c.staff.get("leader") ?? null, deputyId: null },
    { name: "张委员", userId: c.staff.get("committee") ?? null, deputyId: null },
    ...c.deputies.slice(0, 4).map((d) => ({ name: `${d.name}代表`, userId: null, deputyId: d.id })),
  ];
  let seq = 0;
  let minute = 9 * 60 + 10;
  const hm = () => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
  QUESTIONS.forEach(([code, question, answer, follow], i) => {
    const r = respondents.get(code) ?? [...respondents.values()][0]!;
    const asker = askers[i % askers.length]!;
    const answerer = r.officials.split("、")[0]!.replace(/^市/, "");
    const id = c.rand.uuid();
    const row = (qid: string, text: string, ans: string, parentId: string | null) => {
      seq += 1;
      c.rows.questions.push({
        id: qid,
        tenantId: c.tenantId,
        inquiryId,
        clientKey: c.rand.uuid(),
        seq,
        parentId,
        questionerName: asker.name,
        questionerUserId: asker.userId,
        questionerDeputyId: asker.deputyId,
        respondentId: r.id,
        answererName: answerer,
        question: text,
        answer: ans,
        askedAt: at(SESSION, hm()),
        createdById: c.staff.get("committee") ?? null,
        createdAt: at(SESSION, hm()),
        updatedAt: at(SESSION, hm()),
      });
      minute += 9;
    };
    row(id, question, answer, null);
    if (follow) row(c.rand.uuid(), follow[0], follow[1], id);
  });

  const admin = c.staff.get("admin");
  if (admin) participant(c, a.id, { kind: "MEMBER", userId: admin, role: "成员" });

  // The satisfaction vote, right after the session: one item per respondent unit, closed.
  const { pollId } = addPoll(c, {
    kind: "SATISFACTION",
    optionSet: "SATISFACTION",
    title: "优化营商环境工作专题询问满意度测评",
    description: "以满意、基本满意、不满意为标准，无记名投票对应询部门进行满意度测评。",
    activityId: a.id,
    meeting: String(activity.meeting),
    openedAt: at(SESSION, "11:20"),
    closedAt: at(SESSION, "11:40"),
    items: [...respondents.values()].map((r) => ({ label: r.unit.name, detail: r.officials, unitId: r.unit.id })),
    // Mostly 满意 / 基本满意, a few 不满意.
    weights: () => [6, 3, 1],
    absent: 1,
  });

  // 回头看 and the tasks.
  const reviewId = c.rand.uuid();
  c.rows.reviews.push({
    id: reviewId,
    tenantId: c.tenantId,
    activityId: a.id,
    reviewedOn: day(REVIEW),
    note: "回头看：对专题询问问题整改情况逐项核查，发现部分已验收问题出现反弹，重新交办整改。",
    createdById: c.staff.get("committee") ?? null,
    createdAt: at(REVIEW, "16:00"),
  });
  tasks(c, a.id, problems, reviewId);
  return { activityId: a.id, inquiryId, pollId, reviewId };
}

function tasks(c: Ctx, activityId: string, problems: { id: string; unit: DemoUnit }[], reviewId: string) {
  const committee = c.staff.get("committee") ?? c.staff.get("admin") ?? null;
  const baseDue = c.cal.addWorkingDays(SENT, c.settings.rectificationWorkingDays);
  // The states in turn, so every unit (the demo unit first) gets a mix.
  const order = problems
    .map((p, i) => ({ p, i }))
    .sort((x, y) => Number(y.p.unit.id === c.demoUnit.id) - Number(x.p.unit.id === c.demoUnit.id) || x.i - y.i);
  const states: RectificationStatus[] = [];
  const left = new Map(TASK_STATES);
  while (states.length < problems.length)
    for (const [s] of TASK_STATES)
      if ((left.get(s) ?? 0) > 0 && states.length < problems.length) {
        states.push(s);
        left.set(s, left.get(s)! - 1);
      }
  let nOpen = 0;
  let nReturned = 0;
  let nReopened = 0;
  order.forEach(({ p }, k) => {
    const status = states[k]!;
    const id = c.rand.uuid();
    const events: {
      from: RectificationStatus | null;
      to: RectificationStatus;
      on: string;
      reason?: string;
      review?: boolean;
      actor: string | null;
    }[] = [{ from: null, to: "OPEN", on: SENT, actor: committee }];
    const reports: { on: string; body: string; final: boolean }[] = [];
    let dueOn = baseDue;
    const submit = (on: string) => {
      reports.push({ on, body: `${p.unit.name}：已完成整改，形成整改报告及佐证材料。`, final: true });
      events.push({ from: events.at(-1)!.to, to: "SUBMITTED", on, actor: p.unit.userId });
    };
    reports.push({ on: "2026-07-15", body: "已制定整改方案，明确责任科室和时间节点，正在推进。", final: false });
    if (status === "OPEN") {
      nOpen++;
      // Some overdue on the first deadline, some given more time (due after today).
      if (nOpen % 2 === 0) dueOn = c.cal.addWorkingDays(c.today, 10 + nOpen * 5);
    } else if (status === "SUBMITTED") {
      if (k % 2 === 0) {
        submit("2026-08-20");
        events.push({
          from: "SUBMITTED",
          to: "RETURNED",
          on: "2026-09-02",
          reason: "佐证材料不充分，请补充整改前后对比情况。",
          actor: committee,
        });
      }
      submit(addDays(c.today, -3 - (k % 10)));
    } else if (status === "ACCEPTED") {
      submit(addDays("2026-08-10", k % 20));
      events.push({ from: "SUBMITTED", to: "ACCEPTED", on: addDays("2026-08-25", k % 20), actor: committee });
    } else if (status === "RETURNED") {
      nReturned++;
      submit(addDays("2026-09-10", k % 15));
      events.push({
        from: "SUBMITTED",
        to: "RETURNED",
        on: addDays("2026-09-25", k % 15),
        reason: "整改措施针对性不强，问题尚未根本解决，请重新整改。",
        actor: committee,
      });
      // Two overdue on their deadline, the others given more time.
      if (nReturned > 2) dueOn = c.cal.addWorkingDays(c.today, 15 + nReturned * 3);
    } else {
      nReopened++;
      submit(addDays("2026-07-20", k % 15));
      events.push({ from: "SUBMITTED", to: "ACCEPTED", on: addDays("2026-08-05", k % 15), actor: committee });
      events.push({
        from: "ACCEPTED",
        to: "REOPENED",
        on: REVIEW,
        reason: "回头看发现问题反弹，重新整改。",
        review: true,
        actor: committee,
      });
      // One overdue since the review, the others due after today.
      dueOn = nReopened === 1 ? addDays(c.today, -5) : c.cal.addWorkingDays(REVIEW, 30);
      if (dueOn < c.today && nReopened !== 1) dueOn = c.cal.addWorkingDays(c.today, 20);
    }
    const lastEvent = events.at(-1)!;
    const acceptedEvent = [...events].reverse().find((e) => e.to === "ACCEPTED");
    c.rows.tasks.push({
      id,
      tenantId: c.tenantId,
      activityId,
      problemId: p.id,
      unitId: p.unit.id,
      dueOn: day(dueOn),
      status,
      statusChangedAt: at(lastEvent.on, "15:00"),
      reason: [...events].reverse().find((e) => e.reason)?.reason ?? "",
      acceptedAt: status === "ACCEPTED" && acceptedEvent ? at(acceptedEvent.on, "15:00") : null,
      createdById: committee,
      createdAt: at(SENT, "10:00"),
    });
    events.forEach((e, i) =>
      c.rows.taskEvents.push({
        id: c.rand.uuid(),
        tenantId: c.tenantId,
        taskId: id,
        fromStatus: e.from,
        toStatus: e.to,
        reason: e.reason ?? "",
        reviewId: e.review ? reviewId : null,
        actorId: e.actor,
        createdAt: at(e.on, i === 0 ? "10:00" : "15:00"),
      }),
    );
    for (const r of reports.sort((x, y) => x.on.localeCompare(y.on)))
      c.rows.taskReports.push({
        id: c.rand.uuid(),
        tenantId: c.tenantId,
        taskId: id,
        body: r.body,
        final: r.final,
        authorId: p.unit.userId,
        createdAt: at(r.on, r.final ? "14:00" : "11:00"),
      });
  });
}
