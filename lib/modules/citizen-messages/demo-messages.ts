// The demo messages' words, pure: what citizens write to a liaison station (城市管理, 交通, 教育 …), the unit's
// reply to each, and the reasons, notes and rating comments of the steps around them. `{place}` is the street
// or community the message concerns. `units` are the city's unit codes that would handle it, the first the city
// has (lib/seed/demo-tenants.ts); a template no unit of the city handles is skipped there.

export type MessageTemplate = {
  category: string;
  units: readonly string[];
  title: string;
  body: string;
  reply: string;
};

export const TEMPLATES: readonly MessageTemplate[] = [
  {
    category: "urban",
    units: ["urban-management", "housing"],
    title: "{place}主干道路灯长期不亮",
    body: "{place}主干道靠近菜市场一段有六盏路灯已经坏了一个多月，晚上一片漆黑，老人和学生晚上走路很不安全，前段时间还有电动车摔倒。希望有关部门尽快维修。",
    reply:
      "经现场核查，该路段路灯因地下电缆老化短路导致不亮。我局已安排养护单位更换电缆约120米，并于本周内全部恢复照明，同时将该路段纳入夜间巡查。感谢您的监督。",
  },
  {
    category: "urban",
    units: ["urban-management", "housing"],
    title: "{place}夜市油烟噪音扰民",
    body: "{place}路口每天晚上十点以后仍有多家烧烤摊占道经营，油烟直接飘进居民楼，凌晨一两点还很吵，已经影响到周边居民休息，希望规范管理。",
    reply:
      "收到留言后，我局会同街道执法队对该路口进行了联合整治，劝导占道摊点入室经营，要求经营户安装油烟净化设施，并明确晚上十一点后停止露天经营。后续将持续巡查，防止反弹。",
  },
  {
    category: "urban",
    units: ["water", "housing", "urban-management"],
    title: "{place}一下大雨就内涝",
    body: "每逢台风暴雨，{place}低洼路段积水深达半米，车辆熄火、商铺进水，排水口经常被垃圾堵住。希望对排水管网进行改造，从根本上解决内涝问题。",
    reply:
      "经排查，该路段雨水管管径偏小且部分淤堵。我局已完成管道清淤，并将该路段雨污分流和管网扩容改造列入今年排水防涝项目，计划汛期前完工。施工期间将做好交通疏导。",
  },
  {
    category: "environment",
    units: ["ecology-environment"],
    title: "{place}附近河道发黑发臭",
    body: "{place}旁边的河道近期水体发黑，天气热的时候臭味很重，岸边还有生活垃圾。怀疑有餐饮店和小作坊偷排污水，请环保部门调查处理。",
    reply:
      "我局执法人员会同属地街道对河道沿线开展了排查，发现两处餐饮单位污水直排，已责令立即整改并立案查处；同时协调清理岸边垃圾，河道水质将纳入每月监测。欢迎继续监督。",
  },
  {
    category: "environment",
    units: ["ecology-environment"],
    title: "{place}工地夜间施工噪音大",
    body: "{place}一处建筑工地经常在晚上十一点后还在打桩、浇筑混凝土，噪音很大，附近小区很多孩子要上学，老人也睡不好，希望依法查处。",
    reply:
      "经查，该工地未办理夜间施工许可。我局已对施工单位依法作出处罚，责令其严格遵守作业时间，并要求安装噪声在线监测设备。如再发现夜间违规施工，可随时拨打热线反映。",
  },
  {
    category: "environment",
    units: ["ecology-environment", "urban-management"],
    title: "垃圾分类点设置不合理",
    body: "{place}小区垃圾分类投放点设在居民楼正下方，夏天气味很大，而且清运不及时，经常满溢。建议调整投放点位置，增加清运频次。",
    reply:
      "经与物业和街道现场协商，投放点已迁移至小区东侧空地，远离住户窗口；环卫部门将清运频次由每日一次调整为早晚各一次，并安排专人定时冲洗。",
  },
  {
    category: "transport",
    units: ["transport", "public-security"],
    title: "{place}公交线路班次太少",
    body: "{place}一带居民上下班主要依靠公交车，但途经的线路高峰期二十多分钟才有一班，车上非常拥挤。建议增加高峰时段班次或开通社区微循环公交。",
    reply:
      "我局已会同公交企业开展客流调查，自下月起将该线路早晚高峰发车间隔由20分钟缩短至12分钟，并研究开通社区微循环线路，方案确定后将向社会公布。",
  },
  {
    category: "transport",
    units: ["public-security", "transport"],
    title: "学校门口上下学时段交通拥堵",
    body: "{place}小学门口每天上下学时段接送车辆乱停乱放，道路完全堵死，孩子穿行很危险。希望增设临时停车区和交通协管员。",
    reply:
      "交警部门已在学校周边施划临时停车泊位20个，设置“即停即走”区域，上下学时段安排警力和志愿者维护秩序，并对违停车辆加强劝离和查处。",
  },
  {
    category: "transport",
    units: ["transport", "urban-management", "housing"],
    title: "{place}道路坑洼多年未修",
    body: "{place}通往市场的道路路面坑洼不平，下雨天到处积水，电动车和三轮车经常颠簸侧翻，希望尽快修复路面。",
    reply:
      "经现场勘查，该路段路面破损约800平方米。我局已将其纳入本年度道路维修计划，目前已完成招标，预计一个月内完成沥青罩面施工。",
  },
  {
    category: "transport",
    units: ["public-security", "transport"],
    title: "路口红绿灯时间设置不合理",
    body: "{place}十字路口行人绿灯只有15秒，老年人根本走不过去，而且早高峰左转车辆排队很长。建议优化信号灯配时。",
    reply:
      "交警部门已对该路口信号配时进行优化：行人绿灯延长至30秒，增设左转待转区，并在早晚高峰采用感应控制。调整后将持续观察通行情况。",
  },
  {
    category: "education",
    units: ["education"],
    title: "{place}适龄儿童入学学位紧张",
    body: "{place}近年新建小区多，适龄儿童大幅增加，但片区只有一所小学，班额严重超标，很多孩子只能到较远的学校就读。希望增建学校或扩大学位供给。",
    reply:
      "我局已将该片区列入学位紧缺区域，正在推进新建一所36个班的小学，计划明年秋季投入使用；过渡期内通过挖潜扩容增加学位，确保适龄儿童就近入学。",
  },
  {
    category: "education",
    units: ["education"],
    title: "希望学校开展课后延时服务",
    body: "我们双职工家庭下午五点半才下班，孩子四点放学无人接送。希望{place}辖区小学开展课后托管服务，并适当丰富托管内容。",
    reply:
      "辖区小学已于本学期全面开展课后服务，服务时间延长至下午六点，内容包括作业辅导、体育和艺术兴趣活动，家长可自愿申请，收费按规定标准执行。",
  },
  {
    category: "education",
    units: ["education", "public-security"],
    title: "校园周边有无证经营的小卖部",
    body: "{place}中学门口有几家小卖部售卖“三无”零食和电子烟，很多学生放学后围着买，家长非常担心，希望相关部门整治。",
    reply:
      "我局已联合市场监管、公安等部门对校园周边开展专项整治，查处无证经营店铺3家，没收电子烟等违规商品，并建立校园周边环境常态化巡查机制。",
  },
  {
    category: "health",
    units: ["health", "civil-affairs"],
    title: "{place}社区卫生服务站看病难",
    body: "{place}社区卫生服务站只有两名医生，老人看慢性病、开药经常要排长队，周末也不开门。希望增加医务人员，延长服务时间。",
    reply:
      "我局已协调区医院向该服务站下沉派驻医生2名，周六上午增设门诊，并推行慢性病长处方和家庭医生签约服务，方便老年患者就近取药。",
  },
  {
    category: "health",
    units: ["health", "market-regulation"],
    title: "建议增加村卫生室常用药品",
    body: "{place}村卫生室常用的降压药、降糖药经常缺货，村民只能到镇上买药，来回要一个多小时，希望保障基层药品供应。",
    reply:
      "经核实，该卫生室药品配送存在断档。我局已督促配送企业按周补货，并将高血压、糖尿病常用药纳入基层储备目录，确保不再断供。",
  },
  {
    category: "social",
    units: ["civil-affairs", "health"],
    title: "高龄老人补贴申请流程复杂",
    body: "我母亲今年八十五岁，申请高龄津贴要跑社区、街道好几趟，提交的材料也很多。希望简化流程，能在网上或社区一次办好。",
    reply:
      "目前高龄津贴已实现“免申即享”：年满80周岁的老人由系统自动比对户籍信息发放，无需本人申请。您母亲的津贴已核实发放，如有疑问可到社区服务中心咨询。",
  },
  {
    category: "social",
    units: ["civil-affairs", "housing"],
    title: "{place}希望建设社区长者饭堂",
    body: "{place}独居和空巢老人很多，不少老人做饭不方便。希望在社区建设长者饭堂，提供助餐服务，行动不便的老人能送餐上门。",
    reply:
      "经研究，已将该社区长者饭堂建设纳入今年民生实事项目，选址社区党群服务中心一楼，预计年底前开业，对高龄、独居老人给予用餐补贴并提供送餐服务。",
  },
  {
    category: "housing",
    units: ["housing"],
    title: "老旧小区加装电梯申请推进慢",
    body: "{place}我们小区是上世纪九十年代建的七层楼，住着很多老人，加装电梯的意见已经征集两年了，审批一直没有进展，希望政府协调推进。",
    reply:
      "我局已联合街道召开协调会，帮助业主达成一致意见，并开通审批绿色通道。该栋加装电梯项目已完成规划公示，预计下月开工，政府按规定给予补贴。",
  },
  {
    category: "housing",
    units: ["housing"],
    title: "小区物业服务差、收费不透明",
    body: "{place}小区物业公司服务差，公共区域卫生没人打扫，电梯经常故障，但物业费照收，公共收益也从不公开。希望主管部门监督。",
    reply:
      "我局已约谈该物业公司，责令其限期整改电梯维保和保洁问题，并按规定在小区公示公共收益收支情况。街道将指导小区依法成立业主委员会，加强监督。",
  },
  {
    category: "housing",
    units: ["housing", "natural-resources"],
    title: "购房多年仍办不了不动产权证",
    body: "我们在{place}购买的商品房已经交付五年了，至今办不了不动产权证，孩子上学、落户都受影响。开发商一直推脱，希望政府帮忙解决。",
    reply:
      "经查，该项目因开发商欠缴土地出让金导致无法办证。经多方协调，开发商已补缴相关费用，不动产登记中心已开通专窗，业主可于下月起分批办理。",
  },
  {
    category: "safety",
    units: ["public-security"],
    title: "{place}电动车违规充电隐患大",
    body: "{place}很多居民把电动车推进楼道、甚至拉飞线充电，存在很大火灾隐患。建议在小区增设集中充电桩，并加强检查。",
    reply:
      "消防和街道已对该小区开展专项检查，清理楼道电动车和飞线充电；同时协调物业新建集中充电棚一处、充电端口80个，已投入使用。",
  },
  {
    category: "safety",
    units: ["public-security"],
    title: "夜间有人飙车炸街",
    body: "最近几个月，{place}一带经常有改装摩托车深夜飙车，轰鸣声很大，还很危险，居民多次报警，但问题仍然存在。",
    reply:
      "公安交警部门已在该路段开展夜间专项整治，查处改装、无牌摩托车12辆，并增设测速和噪声抓拍设备，后续将常态化开展夜查行动。",
  },
  {
    category: "economy",
    units: ["market-regulation", "agriculture-rural", "administrative-approval"],
    title: "菜市场缺斤短两问题",
    body: "{place}菜市场有个别商户使用不准的电子秤，多次被居民发现缺斤短两，希望加强计量监管，设置公平秤。",
    reply:
      "执法人员已对该市场电子秤开展计量检查，查处不合格计量器具5台；市场已设置公平秤两处，并建立商户诚信经营公示制度。",
  },
  {
    category: "economy",
    units: ["agriculture-rural", "market-regulation"],
    title: "农产品销售渠道少",
    body: "{place}今年种植的蔬菜水果丰收，但收购商压价严重，村民辛苦一年收入不高。希望政府帮助拓宽销售渠道，发展电商直播带货。",
    reply:
      "我局已组织农产品产销对接会，联系商超、学校食堂与合作社签订长期采购协议，并开展电商直播培训两期，帮助村民拓宽销售渠道。",
  },
  {
    category: "economy",
    units: ["administrative-approval", "market-regulation"],
    title: "个体户办理营业执照跑了多次",
    body: "我准备在{place}开一家小餐馆，办理营业执照和食品经营许可跑了好几趟，每次都说材料不全。希望一次性告知需要的材料，能在网上办理。",
    reply:
      "我局已推行个体工商户登记“一网通办”，食品经营许可与营业执照可合并申请，材料清单在网上一次性公开，符合条件的当天办结。窗口已就此事加强业务培训。",
  },
  {
    category: "other",
    units: ["natural-resources", "housing", "urban-management"],
    title: "{place}小公园健身器材损坏",
    body: "{place}街心公园的健身器材有好几件已经损坏，扶手松动、螺丝外露，老人和孩子使用很危险，希望尽快维修或更换。",
    reply:
      "经现场检查，公园内损坏健身器材7件，已全部完成维修或更换，并在显著位置张贴使用须知和报修电话，管理单位每周巡检一次。",
  },
  {
    category: "other",
    units: ["housing", "urban-management"],
    title: "建议在{place}增设公共停车位",
    body: "{place}老城区车多位少，居民晚上回家经常找不到车位，只能停在路边被罚款。建议利用闲置地块建设公共停车场。",
    reply:
      "经研究，拟利用附近一处闲置地块建设临时公共停车场，可提供车位约150个，目前正在办理用地手续，夜间对周边居民实行优惠收费。",
  },
];

/** Why a message was returned as not in scope (the citizen sees it). */
export const RETURN_REASONS = [
  "您反映的是劳动合同纠纷，属于劳动人事争议仲裁的受理范围，建议向区劳动人事争议仲裁委员会申请仲裁。",
  "您反映的邻里纠纷属于民事纠纷，建议先由社区人民调解委员会调解，调解不成的可依法向人民法院起诉。",
  "留言内容为商业推广信息，与代表联系群众工作无关，不予受理。",
];

/** Why a message was declined (the citizen sees it). */
export const DECLINE_REASONS = [
  "该事项已进入司法程序，依法不属于代表联络站办理范围，请以人民法院的裁判为准。",
  "经核实，该问题已于上月办结并答复，本次留言内容与前次相同，不再重复交办。",
];

/** A unit asking to hand a message back (the office sees it). */
export const HANDBACK_REASONS = [
  "该路段属于区管道路，养护责任在区住建部门，不属于我局职责，申请退回重新交办。",
  "留言反映的问题属于属地街道管理事项，建议改由街道办事处办理。",
];

export const SEND_BACK_REASONS = [
  "答复未说明整改完成时限，请补充具体时间安排后重新答复。",
  "答复内容较为笼统，请补充现场核查情况和处理结果。",
];

export const MERGE_NOTE = "与反映同一问题的留言合并办理，办理结果一并答复。";

/** A reply to the reopened message, after 不满意. */
export const SECOND_REPLY =
  "针对您对首次答复的意见，我单位再次组织现场核查，制定了具体整改方案并明确专人负责，整改进度将每周向您电话反馈，预计一个月内完成。";

/** A deputy's or the office's direct answer (no unit needed). */
export const DIRECT_ANSWERS = [
  "感谢您的留言。您反映的问题代表已在走访中与社区、物业当面沟通，物业已承诺本周内处理完毕。如问题仍未解决，欢迎再次留言或在接待日到站反映。",
  "您好！您咨询的政策已有明确规定，可到社区党群服务中心或通过政务服务网办理，代表已将办理流程整理张贴在联络站公示栏。感谢您的关注。",
  "感谢您的建议。代表已将您的意见整理成书面建议，在人代会期间提交，有关部门已表示将在明年的工作计划中统筹考虑。",
];

export const RATING_COMMENTS: Record<"SATISFIED" | "BASIC" | "UNSATISFIED", readonly string[]> = {
  SATISFIED: ["问题已经解决了，谢谢代表和相关部门！", "处理很及时，为你们点赞。", "", "效率很高，非常满意。"],
  BASIC: ["问题基本解决，希望后续继续跟进。", "答复态度很好，但整改还需要时间。", ""],
  UNSATISFIED: ["问题没有实际解决，答复只是走流程。", "现场情况和答复说的不一样，希望再核实。"],
};

export const SURNAMES = "陈林黄李张王吴刘郑蔡杨许谢郭赵周孙马朱胡".split("");
export const GIVEN = [
  "伟",
  "芳",
  "娜",
  "敏",
  "静",
  "强",
  "磊",
  "洁",
  "勇",
  "艳",
  "杰",
  "军",
  "丽",
  "涛",
  "明",
  "华",
  "瑞",
  "婷",
];
/** The demo unit accounts' display names (unit staff who reply). */
export const CLERKS = [
  "林晓燕",
  "陈志坚",
  "黄丽君",
  "郑文斌",
  "蔡佳琪",
  "许少伟",
  "杨慧敏",
  "谢振宇",
  "郭思远",
  "赵丽娟",
  "马文涛",
  "周静怡",
];
