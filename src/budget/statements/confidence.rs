//! Whether a statement can be read with confidence. A figure whose subject is no well-formed
//! name of money (a verb, a clause, a figure's tail, a preposition's phrase) or whose place in
//! the sentence leaves it ambiguous (a list shared out by 分别, a figure in brackets after a
//! noun) is not emitted: a wrong statement costs a reader more than a missing one, and the
//! checks compare what is emitted.

use std::sync::LazyLock;

use regex::Regex;

use super::FIGURE;
use crate::layout::is_han;

static MONTH: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"\d{1,2}月").ok());
static YEAR_IN: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"20\d\d年").ok());
/// A threshold a name is qualified by (购置单位价值100万元以上的设备): no figure of another clause.
static THRESHOLD_IN: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"(单价|价值|原值)(在)?\d+(\.\d+)?(万元|元)(（含）|\(含\))?以上的?").ok()
});

/// Openings of a phrase that is no name: prepositions, comparisons, adverbs and verbs of
/// manner (按规定补充, 依据支出责任…, 较年初预算, 控制在…, 积极争取…, 涉及资金, 核减金额).
const OPENS: [&str; 66] = [
    "根据",
    "依据",
    "是",
    "主要原因",
    "原因",
    "少",
    "另从",
    "及时",
    "全部",
    "为",
    "增加",
    "减少",
    "、",
    "）",
    ")",
    "，",
    "的",
    "同",
    "按",
    "比",
    "与",
    "从",
    "到",
    "以",
    "在",
    "关于",
    "低于",
    "高于",
    "等于",
    "不",
    "较",
    "将",
    "把",
    "因此",
    "其中",
    "其余",
    "分别",
    "最高",
    "有",
    "约",
    "近",
    "超",
    "控制在",
    "积极",
    "严格",
    "全力",
    "通过",
    "围绕",
    "核减",
    "审减",
    "节约",
    // (距债务限额, 上报人大审议…, 未超过省政府核定, 增减相抵后, 初市级…: a preposition, a verb,
    // or 年初 cut after its year)
    "距",
    "上报",
    "未超过",
    "增减相抵",
    "初",
    // (预计待遇支出同比增加…: a forecast's verb, no name)
    "预计",
    // (除调入一般公共预算…等2.35亿元外: what is left out of another figure; 已支出, 已签约投资:
    // an adverb and a verb; 财政部门牵头实施的…: the actor and its clause)
    "除",
    "已",
    "财政部门",
    // (向各区调拨资金: the one money went to, before the verb)
    "向",
    // (引入社会资本, 对上争取资金: a verb of bringing money in; what it brought is no
    // budget's name)
    "引入",
    "对上争取",
    // (用于兑现企业研发补助…: the act the money is for, no name of the money)
    "兑现",
    // (2028年及以后年度到期本金: a span of years cut after its first year, which is no year of
    // the figure; 导致市本级土地出让价款短收: the cause's verb)
    "及以后",
    "导致",
];

/// Names that open like one of `OPENS` (因公出国, 到期本金, 超长期特别国债, 以前年度…,
/// 向国际组织借款还本).
const NAMES: [&str; 15] = [
    "以前",
    "少数",
    "同级",
    "比例",
    "在建",
    "有关",
    "到期",
    "超长期",
    "最低生活",
    "超收",
    "初中",
    "初级",
    // (向国际组织借款还本, 向外国政府借款还本: lines of debt repaid; 向一般公共预算调出资金: a
    // fund's money moved out, a line of its own)
    "向国际组织",
    "向外国政府",
    "向一般公共预算调出",
];

/// Endings that leave the figure's name unsaid: a bound or a change still to come (不低于,
/// 提高至, 标准从), a conjunction, an adverb before the figure (近, 达).
const ENDS: [&str; 28] = [
    "不低于",
    "不少于",
    "不超过",
    "低于",
    "高于",
    "不",
    "按",
    "近",
    "达",
    "至",
    "以",
    "从",
    "到",
    "与",
    "比",
    "较",
    "和",
    "或",
    "、",
    // (补助标准由2000元提高到…: the old figure's name is cut; 补助300-400元: a range cut)
    "由",
    "-",
    "－",
    "~",
    "～",
    // (地方级税收仅实现16亿元, 人均财力仅13.4万元: an adverb before the verb or the figure)
    "仅",
    // (对县（市）区转移支付共572.7亿元, 部门预算合共安排…: the adverb of a total whose owner
    // the clause before names; 其他涉密和非部门预算单位等安排…: units, not their money)
    "共",
    "单位等",
    // (年初安排13,900万元 after 市级: a time where the line's name should be)
    "年初",
];

/// A verb or a word too vague to name money on its own (设立6970万元的…, 剩余2.43亿元, 已提款9亿元).
const VAGUE: [&str; 45] = [
    "设立",
    // (获2500万元奖补资金: the verb alone, the money named after the figure)
    "获",
    // (支出预算因增列…，减列…等，调整和变动为1191.5亿元: the verb of the budget adjusted)
    "调整和变动",
    "剩余",
    "获得",
    "提款",
    "授信",
    "使用",
    "组建",
    "提供",
    "投入",
    "追加",
    "放款",
    "完成",
    "提高",
    "用好",
    "新增",
    "动用",
    "发行",
    "净增",
    "测算",
    "预计",
    "执行中",
    "出资",
    "兑现",
    "减免",
    "拨付",
    "下达",
    "支付",
    "偿还",
    "争取",
    "筹集",
    "筹措",
    "到位",
    "实现",
    "帮扶",
    "付息",
    "留用",
    // (堵漏增收16.5亿元, 滚动安排4.69亿元, 顺利完成0.4亿元…发放, 锁定的978亿元存量政府债务,
    // 同时享受30元的财政补贴: the work done, no money's name; 新建4200元/亩、改造3000元/亩标准: the
    // kind of work a rate is for, the rate's name cut off)
    "堵漏",
    "滚动",
    "顺利",
    "锁定",
    "享受",
    "新建",
    "改造",
];

/// Verbs and adverbs of policy that open a purpose or a clause, not a name of money
/// (推进垃圾治理, 加快建设…, 重点支持…, 助力…, 完善…制度, 支持设立总规模). Budget operations that
/// are names (调入资金, 补助下级, 偿还到期债务, 动用预算稳定调节基金) are not among them.
const POLICY: [&str; 62] = [
    "推进",
    "推动",
    "加快",
    "实施",
    "落实",
    "提升",
    "完善",
    "持续",
    "加强",
    "开展",
    "打造",
    "构建",
    "深入",
    "聚焦",
    "提高",
    "全面",
    "加大",
    "强化",
    "健全",
    "促进",
    "增强",
    "培育",
    "大力",
    "扎实",
    "助力",
    "着力",
    "鼓励",
    "做好",
    "抓好",
    "深化",
    "优化",
    "保障",
    "发展",
    "支持",
    "重点支持",
    "重点保障",
    "全力",
    "继续",
    "力争",
    "确保",
    "改善",
    "帮助",
    "满足",
    "推行",
    "加速",
    "优选",
    "稳步",
    "进一步",
    "坚持",
    "引导",
    "扶持",
    "打赢",
    "兜牢",
    "补齐",
    "筑牢",
    "夯实",
    "助推",
    "壮大",
    "建立",
    "做强",
    "建设",
    // (延续实施小微企业“六税两费”减免等政策为企业让利: a policy kept on, no name)
    "延续",
];

/// Names that open like a verb of `POLICY` (保障性安居工程, 发展与改革事务, 支持中小企业发展专项
/// is a verb's phrase but 扶持资金 a name).
const POLICY_NAMES: [&str; 9] = [
    "保障性",
    "保障房",
    "发展与改革",
    "发展专项",
    "发展资金",
    "扶持资金",
    "建设项目",
    "建设资金",
    "建设用地",
];

/// Verbs (and adverbs before them) that open a clause, not a name of money: what was done
/// with money (并成功发行…, 分为…, 共计实现…, 成立首期, 设立规模, 引进…项目, 注资, 足额发放…),
/// what it covers or brought (涉及项目预算资金, 带动投资, 撬动社会资本, 拉动消费, 吸引社会资本),
/// a debt flow named by its verb that no budget line names exactly (支付利息, 偿还债务, 偿还到期债务).
const LEADS: [&str; 63] = [
    "冲减",
    "调拨",
    "组织",
    "挖潜",
    "消化",
    "分配",
    "盘活",
    "有效盘活",
    "追缴",
    "并",
    "分为",
    "共计",
    "共完成",
    "共安排",
    "成立",
    "设立",
    "引进",
    "注资",
    // 增资平台公司6.2亿元: capital put into a body, as 注资.
    "增资",
    "发放",
    "足额",
    "涉及",
    "带动",
    "撬动",
    "拉动",
    "吸引",
    "投入",
    "完成",
    "实现",
    "下达",
    "争取",
    "支付",
    "偿还",
    // (统筹推进…, 统筹…安排的资金, 统筹…等投入: money gathered from sources, unnamed)
    "统筹",
    "拟",
    "含",
    "免",
    "清理",
    "下划",
    "用好",
    "汇总",
    // (缴纳税收: what firms paid, no money of a budget named)
    "缴纳",
    // (向上争取的…专项资金, 累计清欠, 退付…基金: what was done, the money unnamed)
    "向上争取",
    "清欠",
    "退付",
    // (组建规模2亿元的…补偿金 without 的 after it, 会同税务部门争取…指标, 形成地方收入, 着力提高…,
    // 协助解决企业融资需求, 覆盖资金 of an evaluation, 推动各级资金…加速拨付, 优化分配资金;
    // after an adverb 累计取得盘活收益, 累计调整优化预算资金, 累计节约财政资金, 累计为…企业退减缓
    // 税费: what the government did, judged wrong every time in the pool, s30)
    "组建",
    "会同",
    "形成",
    "着力",
    "协助",
    "覆盖",
    "推动",
    "优化",
    "取得",
    "调整优化",
    "节约",
    "为",
    // (签订合同金额: the contracts a bank signed, no money of a budget)
    "签订",
    // (用足用好专项债券及统筹其他资金: the verbs of using money before its name)
    "用足",
    // (留抵退税…，影响一般公共预算收入减收13.9亿元: revenue lost to a policy, no line of it;
    // 带动…产值…、纳税60亿元: tax the firms paid, no money of a budget)
    "影响",
    "纳税",
    // (利用平台查补税款…, 发行利用新增地方政府债券: the means or the use before the money's name)
    "利用",
    // (引导金融机构新增信贷资金: money others were drawn to put in, as 撬动 and 吸引)
    "引导",
];

/// What may follow a number opening a subject and make it a count or a date (4万名…, 17类…, 25件…,
/// 2024年…), not a note's number glued to a name.
pub(super) const GLUED_COUNTS: [char; 24] = [
    '个', '家', '类', '件', '万', '名', '项', '户', '余', '多', '人', '年', '月', '日', '亿', '元',
    '千', '百', '所', '座', '条', '批', '次', '套',
];

/// Areas a subject may open with (市本级限额, 全市结余, 全州结转下年): an owner's level, no name.
pub(super) const AREAS: [&str; 14] = [
    "全市",
    "市本级",
    "市级",
    "全省",
    "省本级",
    "省级",
    "全区",
    "区本级",
    "区级",
    "全县",
    "县本级",
    "县级",
    "本级",
    "全州",
];

/// Lower levels a city's text names together (区县级使用158.24亿元).
const LOWER_LEVELS: [&str; 2] = ["区县级", "县区级"];

/// The longest area or level `s` opens with (市本级一般债务… → 市本级).
pub(super) fn leading_area(s: &str) -> Option<&'static str> {
    AREAS
        .iter()
        .filter(|a| s.starts_with(**a))
        .max_by_key(|a| a.len())
        .copied()
}

/// `s` after the area opening it (全市累计贴息 → 累计贴息); all of `s` when none does.
pub(super) fn after_area(s: &str) -> &str {
    &s[leading_area(s).map_or(0, str::len)..]
}

/// Openings of a time, not of a name (上半年预拨…, 截至年底…).
const TIMES: [&str; 13] = [
    "执行中",
    "第一时间",
    "目前",
    "上半年",
    "下半年",
    "前三季度",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "截至",
    "截止",
    "同期",
];

/// Subjects whose head names money without its owner (余额, 结余, 预算收入, 其他方面): the owner is
/// given in statements.rs when the sentence (or its heading) names it unambiguously; alone
/// they say nothing.
const VAGUE_HEADS: [&str; 31] = [
    "资金量",
    // (完善重大产业化项目投资基金投运体系，2021年拨付注册资本金30亿元: whose capital is
    // named in another clause)
    "注册资本金",
    "超收",
    "短收",
    "完成数",
    "收入完成数",
    "支出完成数",
    "执行数",
    "收入执行数",
    "支出执行数",
    "余额",
    "限额",
    "结余",
    "年末余额",
    "期末余额",
    "年初余额",
    "动用后余额",
    "预算动用后余额",
    "预算收入",
    "预算支出",
    "其他",
    "其他方面",
    "方面",
    "去年",
    "上年",
    "本年",
    "当年",
    "今年",
    "该项收入",
    // (安排数与《收支预算总表》支出数一致, 填列数与…: a table's column, in the note on how the
    // table is filled)
    "安排数",
    "填列数",
];

/// Endings of a verb or a modal, not of a name: money drawn (年初预算调出动用), put
/// (市财政每年统筹), an adverb left before the verb (…总量相应), a template's instruction
/// (…支出安排数应与…一致), money arranged for a line the clause before names (设立共同财政事权
/// 转移支付，2024年市级资金安排决算数为…), a verb cut from the gain or the issue it opens
/// (堵漏增收16.5亿元, 累计挖潜增收13.4亿元, 中央四季度增发的1万亿国债).
const VERB_ENDS: [&str; 18] = [
    "动用",
    "统筹",
    "筹措",
    "筹集",
    "争取",
    "拨付",
    "下达",
    "兑现",
    "盘活",
    "用于",
    "相应",
    "给予",
    "应当",
    "留用",
    "资金安排",
    "堵漏",
    "挖潜",
    "增发",
];

/// Heads of a name of money: what a stated figure's subject ends with (after 等 and the
/// figure-kind words a subject may keep), or a classification's name.
const MONEY_HEADS: [&str; 40] = [
    "收入",
    "支出",
    "资金",
    "经费",
    "基金",
    "债务",
    "余额",
    "限额",
    "税",
    "费",
    "债券",
    "补助",
    "补贴",
    "转移支付",
    "预算",
    "结余",
    "结转",
    "贷款",
    "资本金",
    "拨款",
    "利息",
    "本金",
    "奖励",
    "奖补",
    "国债",
    "合计",
    "总计",
    "小计",
    "总量",
    "总额",
    "收益",
    "利润",
    "专项",
    "投资",
    "投入",
    "本息",
    "金额",
    "资产",
    "股息",
    "财力",
];

/// Verbs of a clause that tell what an actor did with money (市本级产业园区获得新增专项债券资金,
/// 市本级共收到上级税收返还, 按程序调减收入预算, 市本级完成支出, 市属国有企业完成投资): the subject
/// is the clause, not the name of the money.
const CLAUSE_VERBS: [&str; 12] = [
    "获得",
    "收到",
    "收回",
    "提供",
    "调减",
    "调增",
    "争取到",
    "小于",
    // (地方财政收入规模连续跨上2000亿元: a threshold passed, no name)
    "跨上",
    "跨越",
    // (新增专项债券根据全省发行计划已发行, 年初预算根据需要动用了: the basis of what was done)
    "根据",
    "完成",
];

/// Endings of an owner alone, with no money named (成都高新区1.4亿元 in a list of 转贷 recipients,
/// 全市累计完成816.19亿元): a place or a level of government.
const OWNER_ENDS: [&str; 15] = [
    "区", "县", "市", "省", "州", "旗", "镇", "乡", "街道", "本级", "市级", "县级", "区级",
    // (整合各部门31.1亿元涉才资金: the bodies whose money is pooled, the money named after)
    "部门",
    // (争取中央财政3亿元专项资金支持: the source, the money named after the figure)
    "财政",
];

static COUNT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(r"\d+(余|多)?(个|家|所|座|项|户|笔|名|台|套|条|批|只|辆|处|次|万人|万户|万名|人)")
        .ok()
});
static COMPARED: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"[比较](上年|去年|年初|预算|同期|上期)").ok());

/// Whether `subject` (without its brackets) ends with a head noun of money.
pub(super) fn names_money(subject: &str) -> bool {
    let plain = outside_brackets(subject);
    let plain = plain.trim_end_matches(['等', '”', '"']);
    let plain = ["预计", "预算数", "预算"]
        .iter()
        .find_map(|w| plain.strip_suffix(w).filter(|r| !r.is_empty()))
        .unwrap_or(plain);
    MONEY_HEADS.iter().any(|h| plain.ends_with(h)) || plain.ends_with("预算")
}

/// Whether a use money is put to names the money it is spent as (`公交行业补贴`, `失业补助金`,
/// `文旅消费券`, `新增专项债券额度`, `生态环保预算`), not only the use (`科技创新`).
pub(super) fn names_money_spent(using: &str) -> bool {
    let plain = outside_brackets(using);
    names_money(using)
        || ["额度", "津贴", "金", "券", "返还", "债", "预算", "补偿"]
            .iter()
            .any(|h| plain.ends_with(h))
}

/// Whether some opening of `subject` is a name of the classification (巩固拓展脱贫攻坚成果…
/// opens like a verb of policy and is a 类).
pub(super) fn opens_with_classified_name(subject: &str) -> bool {
    use super::super::classify::SCHEME;
    use super::super::code::Classification;
    let plain = outside_brackets(subject);
    plain
        .char_indices()
        .skip(2)
        .map(|(i, _)| &plain[..i])
        .chain(std::iter::once(plain.as_str()))
        .any(|head| {
            [
                Classification::Function,
                Classification::Revenue,
                Classification::EconomicGov,
                Classification::EconomicDept,
            ]
            .into_iter()
            .any(|c| !SCHEME.codes_named(c, head).is_empty())
        })
}

/// Whether `subject` opens with a verb of policy and is no name that opens like one: a name
/// listed, a classification's, or one whose head is a fund (支持学前教育发展补助资金,
/// 聚焦…统筹安排重点项目资金: the money for the purpose, not the purpose).
pub(super) fn opens_with_policy(subject: &str) -> bool {
    // (支持中小企业发展等支出: uses listed with 等, no fund's name)
    let plain = outside_brackets(subject);
    POLICY.iter().any(|v| subject.starts_with(v))
        && !POLICY_NAMES.iter().any(|n| subject.starts_with(n))
        && (plain.contains('等') || !ends_as_fund(subject))
        && !opens_with_classified_name(subject)
}

/// Whether a name ends as a fund or a line of spending does (`公检法司支出`,
/// `均衡性转移支付`, `人才政策补贴`), outside its brackets.
pub(super) fn ends_as_fund(name: &str) -> bool {
    let plain = outside_brackets(name);
    ["资金", "经费", "支出", "补助", "补贴", "转移支付"]
        .iter()
        .any(|h| plain.ends_with(h))
}

/// Whether `word` is a verb of policy (保障, 支持), all of it.
pub(super) fn is_policy_verb(word: &str) -> bool {
    POLICY.contains(&word)
}

/// Whether a clause opens with a verb of policy (`支持道路建设`, `深化“名校名院名所”工程`).
pub(super) fn opens_with_policy_verb(clause: &str) -> bool {
    POLICY.iter().any(|v| clause.starts_with(v))
}

/// `subject` without the bracketed parts (`个人所得税(40%部分)`); a closing bracket that opens
/// nothing is kept, as printed.
pub(super) fn outside_brackets(subject: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in subject.chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Verbs of handing money out, refunding, replacing or getting it approved (市级财政发放…消费券,
/// 向6.1万户企业返还失业保险费, 置换轨道超额资本金, 获批的一般债券, 全市落实各项税费优惠政策):
/// led by no more than an actor, an adverb or the one it went to, the clause says what was done,
/// and the figure is no amount of the thing named after the verb (发放消费券3亿元 is spending on
/// vouchers; 获中央财政3亿元定额奖励: the money is named after the figure). (税收返还, 稳岗返还资金,
/// 贷款发放额度, 返还性收入, 置换债券: names.)
const HANDING: [&str; 9] = [
    "发放", "返还", "置换", "获批", "获", "办理", "投放", "落实", "兑付",
];

/// Who acts (besides the areas and the financial actors of `super::ACTORS`), and adverbs of time
/// or manner, that may stand before a verb opening a clause.
const ACTING: [&str; 19] = [
    "财政部门",
    "我市",
    "我省",
    "我区",
    "我县",
    "五年来",
    "五年",
    "累计",
    "共计",
    "共",
    "已",
    "成功",
    "当年",
    "全年",
    "实际",
    "再",
    "年",
    // (三年将获中央财政补助: a span and a modal before the verb)
    "三年",
    "将",
];

/// Whether `before` is only who acts and adverbs (市级财政, 累计, 全市…), or opens the one money
/// went to (向6.1万户企业, 对领取失业保险金…人员, 为85家企业): a verb after it opens a clause.
fn led_by_actor(before: &str) -> bool {
    let mut rest = before;
    loop {
        let was = rest.len();
        for w in AREAS.iter().chain(&ACTING).chain(&super::ACTORS) {
            rest = rest.strip_prefix(w).unwrap_or(rest);
        }
        if rest.len() == was {
            break;
        }
    }
    rest.is_empty() || rest.starts_with(['向', '对', '为'])
}

/// Whether a verb of `HANDING` opens the clause `plain` is (after an actor or an adverb, or the
/// one money went to).
fn handed_out(plain: &str) -> bool {
    HANDING.iter().any(|v| {
        plain.match_indices(v).any(|(i, _)| {
            let after = &plain[i + v.len()..];
            let before = &plain[..i];
            // (税收返还, 返还性收入, 置换债券: names)
            let named = ["税收", "体制", "稳岗", "基数"]
                .iter()
                .any(|w| before.ends_with(w))
                || after.starts_with('性')
                || *v == "置换" && after.contains('债');
            led_by_actor(before) && !after.is_empty() && !named
        })
    })
}

/// Where a reason phrase opens inside `text` (市级社会保险基金收入预算因…增加等): a 因 that is
/// not the first word and is no 原因, 因公 or 因素.
pub(super) fn reason_at(text: &str) -> Option<usize> {
    text.match_indices('因').map(|(i, _)| i).find(|&i| {
        let after = &text[i + '因'.len_utf8()..];
        i > 0 && !text[..i].ends_with('原') && !after.starts_with(['公', '素'])
    })
}

/// Whether `plain` carries a reason or a use inside (失业保险因落实稳就业政策增加…支出,
/// 新增债券用于保障性安居工程, 全区财政用于保障和改善民生的资金): a clause, not a name. Money
/// moved out to another budget's spending (国有资本经营预算调出用于一般公共预算支出) is the
/// account's line; names.rs keeps the name before a reason, a flow before 用于 and a budget's
/// spending on a field (全市一般公共预算用于民生方面支出 → 全市一般公共预算民生支出).
fn reason_or_use_inside(plain: &str) -> bool {
    let used = plain.find("用于").is_some_and(|i| {
        let (before, after) = (&plain[..i], &plain[i + "用于".len()..]);
        let moved_out = ["调出", "调入"].iter().any(|v| before.ends_with(v))
            && ["支出", "资金", "经费"].iter().any(|h| after.ends_with(h));
        i > 0 && (before.contains(['和', '、']) || !moved_out)
    });
    reason_at(plain).is_some() || used
}

/// Whether the subject is cut after 由 and a rate's unit (补助标准由年人均760元提高到790元, 由每人
/// 每月198元…): the figure is the old rate of a change, its name unsaid (as a bare 由 ends).
fn old_of_a_rise(plain: &str) -> bool {
    plain.rfind('由').is_some_and(|at| {
        let unit = &plain[at + '由'.len_utf8()..];
        (1..=4).contains(&unit.chars().count())
            && unit.chars().all(|c| "每人年月日天户亩均".contains(c))
    })
}

/// Whether the subject is 人均 with at most an area before it (全市可用财力137.1亿元，人均（按财政
/// 供养人口计算）13.7万元): a rate per head of money the clause before names.
fn per_head_of_nothing(plain: &str) -> bool {
    let bare = AREAS
        .iter()
        .find_map(|a| plain.strip_prefix(a))
        .unwrap_or(plain);
    bare == "人均"
}

/// Whether `plain` is what was done to whom (对公共公益事业发展进行补助, 对二孩、三孩家庭和托育
/// 机构进行补贴): a verb phrase, the money's name unsaid.
fn done_to(plain: &str) -> bool {
    plain
        .find('对')
        .is_some_and(|i| plain[i..].contains("进行"))
}

/// Whether `subject` is a well-formed name of money.
pub(super) fn well_formed(subject: &str) -> bool {
    if !subject.chars().any(is_han) {
        return false;
    }
    // (在2020年预安排23.9亿元 → 预, 如对比…，则减少64.62万元 → 则: one character left of a
    // clause cut at its verb names no money)
    if subject.chars().count() == 1 {
        return false;
    }
    let found = |re: &LazyLock<Option<Regex>>| re.as_ref().is_some_and(|r| r.is_match(subject));
    // A figure, a rate, a date or a year inside: the subject runs over another clause (a
    // threshold qualifying a name is none; looked at only when a figure is found).
    let figure = found(&FIGURE)
        && THRESHOLD_IN.as_ref().is_none_or(|t| {
            FIGURE
                .as_ref()
                .is_some_and(|r| r.is_match(&t.replace_all(subject, "$1以上")))
        });
    if figure || found(&MONTH) || found(&YEAR_IN) {
        return false;
    }
    let plain = outside_brackets(subject);
    if plain.contains(['%', '，', ',', '。', '；', ';']) || private_money(&plain) {
        return false;
    }
    if OPENS.iter().any(|o| subject.starts_with(o)) && !NAMES.iter().any(|n| subject.starts_with(n))
    {
        return false;
    }
    if ENDS.iter().any(|e| subject.ends_with(e)) || subject.ends_with(['（', '(']) {
        return false;
    }
    if old_of_a_rise(&plain) || per_head_of_nothing(&plain) {
        return false;
    }
    // A verb of policy, a time or a demonstrative opening the subject (after its area at most:
    // 全市支持科技创新和制造业发展减税降费及退税, 市本级引导金融机构新增投放); a verb or an adverb
    // ending it; a comparison, a verb of granting or of speed inside it: a clause, no name.
    if opens_with_policy(subject)
        || opens_with_policy(after_area(subject))
        || TIMES.iter().any(|t| subject.starts_with(t))
        || subject.starts_with(['这', '该', '此'])
        || VERB_ENDS.iter().any(|e| subject.ends_with(e))
        || (subject.ends_with('应')
            && !["供应", "对应", "效应", "反应", "响应", "适应"]
                .iter()
                .any(|e| subject.ends_with(e)))
        || plain.contains("加快")
        // (投入4.7亿元加大基层医疗卫生服务补助: a purpose with its verb)
        || plain.contains("加大")
        || plain.contains("给予")
        // (五年争取并发行新增债券: two verbs chained before the name, a clause)
        || plain.contains("争取并")
        // (重汽集团一次性股息分红形成收入: what a source yields, with its verb)
        || plain.contains("形成")
        || modal_of_need(&plain)
        || COMPARED.as_ref().is_some_and(|r| r.is_match(&plain))
    {
        return false;
    }
    // A count of things (实施31项民生工程, 为1899户企业授信) in a phrase with no head of money.
    if COUNT.as_ref().is_some_and(|r| r.is_match(&plain)) && !names_money(subject) {
        return false;
    }
    // A vague head or a balance with no more than an area before it (年终结余, 市本级限额,
    // 全市结转下年): whose budget it is was not found (statements.rs names it when it can).
    let bare = AREAS
        .iter()
        .find_map(|a| subject.strip_prefix(a))
        .unwrap_or(subject);
    if VAGUE_HEADS.contains(&subject)
        || VAGUE_HEADS.contains(&bare)
        || bare == "限额"
        || super::names::balance_head(subject).is_some()
    {
        return false;
    }
    // A verb opening the subject (并成功发行…, 分为…, 成立首期, 涉及项目预算资金, 注资, 足额发放…,
    // 支付利息, 偿还债务): what the money did or was for, no name of it. The names that open
    // so (补充预算稳定调节基金, 调出资金 …) are not among these verbs, and a classification's
    // name (解决历史遗留问题及改革成本支出) stays.
    // (实际完成出资, 当年实现支出, 累计投入: the same verb after an adverb or a time)
    // (共调拨…, 共组织财政收入, 累计消化暂付款: 共 is an adverb, 共同 no; 共偿还法定债务到期
    // 本金 is money spent, as 偿还政府法定债务到期本息 is)
    // (举借外债: the verb and what was borrowed; 举借债务 is the debt account's line, the
    // budget law's name of borrowing)
    let led = led_verb(subject);
    let borrowed = subject.starts_with("举借") && !subject.starts_with("举借债务");
    // (补助区县、上解上级、偿还…债务等, …项目开展评价、涉及财政资金: a later item led by
    // such a verb makes the list clauses, not lines)
    let listed_verb = subject
        .split('、')
        .skip(1)
        .any(|item| LEADS.iter().any(|v| item.starts_with(v)));
    if (LEADS.iter().any(|v| led.starts_with(v))
        || borrowed
        || listed_verb
        || passed_down(subject)
        || money_moved(subject))
        && !opens_with_classified_name(subject)
        && !planned_purchase(subject)
    {
        return false;
    }
    // 市级财政发放…消费券, 向…企业返还失业保险费, 获批的一般债券, 失业保险因落实…增加…支出,
    // 调入一般公共预算用于…民生支出, 创新设立…基金, 补充政府性基金财力 (a use of bonds),
    // 第一时间下(达): a clause or a use with its verb, or a verb cut.
    if !opens_with_classified_name(subject)
        && (handed_out(&plain)
            || reason_or_use_inside(&plain)
            || done_to(&plain)
            || plain.contains("设立")
            || (plain.starts_with("补充") && plain.ends_with("财力"))
            || plain.ends_with('下'))
    {
        return false;
    }
    // 基本支出增加人员经费, 实际减少一般公共预算收入, 调整预算减少27506万: a change's verb
    // inside (增加值 is a name) or a figure's head cut off: a clause, no name.
    let changed = ["增加", "减少"].iter().any(|w| {
        plain
            .match_indices(w)
            .any(|(i, _)| i > 0 && !plain[i + w.len()..].starts_with('值'))
    });
    let cut_figure = plain
        .strip_suffix(['万', '亿'])
        .is_some_and(|r| r.ends_with(|c: char| c.is_ascii_digit()));
    if (changed || cut_figure) && !opens_with_classified_name(subject) {
        return false;
    }
    if cut_subject(subject)
        || adverb_and_flow(subject)
        || adverb_opens(subject)
        || money_of_all_kinds(subject)
        || transfer_of_a_field_kind(subject)
        || invests_in(subject)
        || buys_goods(subject)
        || items_summed(subject)
        || quarter_plan_alone(subject)
        || fund_added(subject)
    {
        return false;
    }
    // ⑻年实现理财总收益: a note's mark (⑴…⒇, ⒈…) opening the subject, not a list marker.
    if subject.starts_with(|c: char| ('\u{2474}'..='\u{249b}').contains(&c)) {
        return false;
    }
    // 全市到省代发地方政府债券 (争取 cut before 到), 全市增加地方政府债券 (a change's verb): an
    // area and a verb, no name (全市到期政府债务 is one).
    if AREAS.iter().any(|a| {
        subject.strip_prefix(a).is_some_and(|r| {
            (r.starts_with('到') && !r.starts_with("到期") && !r.starts_with("到位"))
                || r.starts_with("增加")
                || r.starts_with("减少")
        })
    }) {
        return false;
    }
    // 调入资金包括年初预算从政府性基金调入: a list's head run into its first part.
    if plain.find("包括").is_some_and(|i| i > 0) {
        return false;
    }
    // 7支持加大政府投资…, 1报告中有关数据…: a note's or a line's number glued to the words (a count,
    // 4万名…补贴, 17类…预算, is the name's own; statements.rs strips a number before a name).
    if subject.starts_with(|c: char| c.is_ascii_digit()) {
        let rest = subject.trim_start_matches(|c: char| c.is_ascii_digit());
        if rest.starts_with(['（', '('])
            || rest.starts_with(is_han) && !rest.starts_with(GLUED_COUNTS)
        {
            return false;
        }
    }
    // 上述新增债券额度, 部分政府债务限额: money named by what the text said before, or only a
    // part of it (下达市本级2025年部分政府债务限额: which part is not said).
    if ["上述", "前述", "上列", "部分"]
        .iter()
        .any(|w| subject.starts_with(w))
    {
        return false;
    }
    // 再融资债券偿还本金, 统筹财力偿还本金: a source and the verb before what it repaid, a part of
    // a 偿还债务本息 whose owner only the whole names (names.rs part_of gives it: 全市…, 四川天府新区
    // 直管区…); without an owner, no name of money.
    if plain.find("偿还").is_some_and(|i| {
        let before = &plain[..i];
        ["债券", "财力", "资金", "收入"]
            .iter()
            .any(|w| before.ends_with(w))
            && !AREAS.iter().any(|a| before.starts_with(a))
            && !before.contains(['区', '县', '市'])
    }) {
        return false;
    }
    // A clause that adds or takes off (收入总量减去当年支出…); a verb inside (全市财政投入
    // 疫情防控经费, “蓉采贷”向中小微企业授信, 补助标准提高至, 自治区转贷我市…). (A name cut
    // where its line opened with a bracket, （类）, is the sentence split's: its checks stay.)
    if ["减去", "加上", "授信", "提高至", "转贷我", "转贷给"]
        .iter()
        .any(|w| plain.contains(w))
        || plain
            .find("投入")
            .is_some_and(|i| i > 0 && i + "投入".len() < plain.len())
    {
        return false;
    }
    // An actor and its verb before the name (由省政府代为发行的新增专项债券, 中央和省下达专项
    // 转移支付收入, 市级财政计划安排政府债务还本付息资金, 上级共下达我市各类补助, 聚焦…安排资金):
    // who gave or put the money, a clause; 补助公交、轨道等国有公益企业: whom it went to, no
    // name of money; 项目总投资: a project's cost with the project unnamed.
    // (财政拨款安排的“三公”经费, 单位预算安排购置单价, 中央专项转移支付安排支出, 支出安排数,
    // …、安排预算稳定调节基金: a name that says where money came from, or a line of a list)
    let inner = |v: &str| {
        plain.find(v).is_some_and(|i| {
            let (before, after) = (&plain[..i], &plain[i + v.len()..]);
            i > 0
                && !after.is_empty()
                && !after.starts_with(['的', '数'])
                && !after.starts_with("支出")
                && !["预算", "拨款", "可", "、", "及", "和"]
                    .iter()
                    .any(|w| before.ends_with(w))
        })
    };
    if !opens_with_classified_name(subject)
        && ((subject.starts_with('由') && plain.contains('的'))
            || ["下达", "安排"].iter().any(|v| inner(v))
            || (["补助", "补贴"].iter().any(|v| {
                subject
                    .strip_prefix(v)
                    .is_some_and(|r| !r.starts_with("标准") && !r.starts_with("下级"))
            }) && !names_money(subject)))
    {
        return false;
    }
    if within_other(&plain)
        || paid_up_by_firm(&plain)
        || issued_through(&plain)
        || copula_inside(&plain)
        || actor_and_flow(&plain)
        || planned_by_government(&plain)
        || used_by_bodies(&plain)
    {
        return false;
    }
    if ["项目总投资", "总投资", "项目投资"].contains(&subject) {
        return false;
    }
    // 城乡污水处理设施、水利基础工程、文化旅游建设方面: a use, no money named.
    if (plain.ends_with("方面") || plain.ends_with("领域")) && !names_money(subject) {
        return false;
    }
    // 4个贫困县区统筹整合涉农资金: a count of owners and a verb before the name, a clause
    // (117个部门“三公”经费预算 is a name).
    if subject.starts_with(|c: char| c.is_ascii_digit())
        && [
            "统筹", "整合", "安排", "投入", "争取", "获得", "使用", "实施", "完成",
        ]
        .iter()
        .any(|v| plain.contains(v))
    {
        return false;
    }
    // A clause's verb inside (获得, 收到, 收回, 调减, 小于 …) or an owner alone (成都高新区, 全市).
    if !opens_with_classified_name(subject)
        && (CLAUSE_VERBS.iter().any(|v| plain.contains(v))
            || (OWNER_ENDS.iter().any(|e| plain.ends_with(e)) && !names_money(subject)))
    {
        return false;
    }
    // (市级使用498.55亿元: an area and a vague verb; 区县级使用158.24亿元: a lower level's;
    // 市级实际使用3389805万元: an adverb between)
    let core = AREAS
        .iter()
        .chain(&LOWER_LEVELS)
        .find_map(|a| {
            subject
                .strip_prefix(a)
                .filter(|r| VAGUE.contains(&without_time_adverb(r)))
        })
        .unwrap_or(subject);
    let core = without_time_adverb(core);
    // 涉及资金581.9亿元 (what an evaluation covered) says nothing (LEADS drops every 涉及…).
    let covered = subject == "涉及";
    // 统筹安排预算资金149.3亿元: a verb of putting money and a word that names nothing
    // (实际提款额度0.98亿元: a drawdown whose loan is named in another sentence).
    let verbs = [
        "安排", "统筹", "投入", "筹集", "筹措", "争取", "下达", "拨付", "整合", "兑现", "提款",
    ];
    let mut rest = core;
    while let Some(r) = verbs.iter().find_map(|v| rest.strip_prefix(v)) {
        rest = r;
    }
    let put = rest.len() < core.len()
        && [
            "",
            "资金",
            "预算",
            "预算资金",
            "财政资金",
            "经费",
            "金额",
            "额度",
        ]
        .contains(&rest);
    !VAGUE.contains(&core) && !covered && !put
}

/// `words` without an adverb of time or fact before its verb (已使用, 实际使用 → 使用).
fn without_time_adverb(words: &str) -> &str {
    ["已", "未", "累计", "实际", "全年", "当年"]
        .iter()
        .find_map(|w| words.strip_prefix(w))
        .unwrap_or(words)
}

/// Money that is not the government's, or a clause around it: a relief named by what firms are
/// spared (为企业减轻各类税费负担), credit firms drew (企业已提款金额), firms' turnover (营收), or
/// a second item glued on by 另有 (…预算另有专项债务还本支出预算).
fn private_money(plain: &str) -> bool {
    plain.contains("减轻")
        || plain.contains("已提款")
        || plain.ends_with("营收")
        || plain.contains("另有")
}

/// `subject` after the area and the adverbs that may stand before a verb opening it (全市当年共
/// 争取…, 已成功盘活…, 年度完成…), kept whole where no adverb follows the area or they open a
/// name (共同…, 共偿还…到期本金: money spent, as 偿还政府法定债务到期本息 is).
fn led_verb(subject: &str) -> &str {
    // (前盘活市本级“趴账”资金: 前 is the tail of a time cut off the subject, 2020年底前)
    let adverbs = [
        "实际", "已", "累计", "当年", "全年", "年度", "年", "前", "共", "成功", "另外", "全面",
    ];
    let area = after_area(subject);
    let mut rest = area;
    while let Some(r) = adverbs.iter().find_map(|a| {
        rest.strip_prefix(a)
            .filter(|r| !(r.starts_with('同') || *a == "共" && r.starts_with("偿还")))
    }) {
        rest = r;
    }
    // (市本级拟安排支出, 市级偿还债务资金: an area alone before the verb is the level's name)
    if rest == area { subject } else { rest }
}

/// Whether `subject` is money moved by 调整 after its area or alone (全市调整低效无效资金, 调整资金
/// 需求): what was reallocated, no line of a budget. The names 调整 opens stay: 调整后收入预算,
/// 调整前收入, 调整预算数, 调整支出预算, 调整债券资金 (bonds re-purposed, a line of the debt's
/// balance).
fn money_moved(subject: &str) -> bool {
    let names = ["后", "前", "预算", "支出", "收入", "债券", "为"];
    after_area(subject)
        .strip_prefix("调整")
        .is_some_and(|r| !names.iter().any(|w| r.starts_with(w)))
}

/// Whether a firm pays up before the name (工控集团上缴洛矿集团战略重组收益, 吴忠开源发展公司下属
/// 融资担保公司预计上缴利润: a reason given for a revenue): who paid and the verb, a clause; the
/// bodies named by their kind are a line's name (单位上缴历年…结余, 附属单位上缴收入).
fn paid_up_by_firm(plain: &str) -> bool {
    plain.find("上缴").is_some_and(|i| {
        let payer = plain[..i].strip_suffix("预计").unwrap_or(&plain[..i]);
        ["集团", "公司"].iter().any(|f| payer.ends_with(f))
    })
}

/// Whether money is issued through another's channel (成都东部新区借成都高新区通道发行专项债券):
/// who borrowed whose quota, a clause (举借债务, 向国际组织借款 are names: no 发行 after).
fn issued_through(plain: &str) -> bool {
    plain
        .find('借')
        .is_some_and(|i| plain[i..].contains("发行"))
}

/// Whether `subject` opens with 转贷 and a level (转贷市本级…债券, 转贷区县使用): the bonds
/// passed on, named by the verb. The lines so named end in 支出 or 收入 (转贷区级支出,
/// 转贷市县一般债务支出, 转贷…债券收入) and stay.
fn passed_down(subject: &str) -> bool {
    let levels = ["市本级", "区", "县区", "市县"];
    let line = subject.ends_with("支出") || subject.ends_with("收入");
    subject
        .strip_prefix("转贷")
        .is_some_and(|r| levels.iter().any(|l| r.starts_with(l)))
        && !line
}

/// Whether `subject` is cut where it should not be: a count run into the next figure's name
/// (奖补企业800户、资金), a rate phrase left at the end (…标准由每人每月, 扩容至每年), a 高达
/// cut to 高 (到期本息高), or a time opening before the area (年初市本级预算稳定调节基金规模,
/// 去年同期市本级拨付…; names.rs moves it before a balance's 余额).
fn cut_subject(subject: &str) -> bool {
    let counted = COUNT.as_ref().is_some_and(|r| {
        r.find_iter(subject)
            .any(|m| subject[m.end()..].starts_with('、'))
    });
    // (…在上述标准上每人每月加发5元, …实际入住人员每人每晚50元: a rate per person with at most
    // its verb after it ends a clause, no name)
    let per_person = subject
        .rfind("每人每")
        .is_some_and(|at| subject[at + "每人每".len()..].chars().count() <= 3);
    let rate_end = per_person || ["每月", "每年"].iter().any(|w| subject.ends_with(w));
    let high = subject.ends_with('高') && !subject.ends_with("提高");
    let timed = ["年初", "年末", "年底", "去年同期"]
        .iter()
        .any(|t| subject.strip_prefix(t).and_then(leading_area).is_some());
    counted || rate_end || high || timed
}

/// Whether `subject` is an adverb and the verb of a flow after its area (市级累计调入一般公共预算,
/// 累计支出, 全市累计到位各类上级资金): what was done, with the money it came from or went to
/// left unsaid; or a flow's name cut after 支 (全市国有资本经营预算支37.3亿元, 收支 is a name).
fn adverb_and_flow(subject: &str) -> bool {
    let rest = after_area(subject);
    let led = ["累计", "共", "实际"].iter().any(|a| {
        rest.strip_prefix(a).is_some_and(|r| {
            ["调入", "调出", "支出", "到位"]
                .iter()
                .any(|v| r.starts_with(v))
        })
    });
    led || subject.ends_with("预算支")
}

/// Whether `subject` opens with the adverb 累计 or 共计 after its area at most (累计贴息,
/// 市级累计动用预算稳定调节基金; names.rs takes 共计 out before 偿还), or with the time word 当年
/// before a debt (当年全市政府债务还本付息总额): the adverb stands in the name, which the reading
/// holds wrong. 累计结余 is a balance's name, and 当年 before an account's line
/// (当年市本级政府性基金预算收入) parts it from the balance carried in. So does the time word
/// 年末 or 年底 before a verb of moving (年末按规定转入…结余等, 年底将预算结余、超收收入等): the
/// money put into a fund, named by the act (年末债务余额 stays).
fn adverb_opens(subject: &str) -> bool {
    let rest = after_area(subject);
    let summed = ["累计", "共计"].iter().any(|a| {
        rest.strip_prefix(a)
            .is_some_and(|r| !["结余", "结转", "结存"].iter().any(|b| r.starts_with(b)))
    });
    let debt_this_year =
        subject.starts_with("当年") && ["债务", "债券"].iter().any(|d| subject.contains(d));
    let moved_at_year_end = ["年末", "年底"].iter().any(|t| {
        rest.strip_prefix(t)
            .is_some_and(|r| ["将", "按规定", "把"].iter().any(|v| r.starts_with(v)))
    });
    summed || debt_this_year || moved_at_year_end
}

/// Whether `subject` is a fund opened by 新增 (新增乡村振兴示范市建设资金4亿元, 以及新增山水林田湖草沙
/// 专项资金9.5亿元等): the amount added, money moved as 新增安排 is, no amount of the fund. Bonds and
/// limits keep the word, it names them (新增债券资金, 新增专项债券资金).
fn fund_added(subject: &str) -> bool {
    subject
        .strip_prefix("新增")
        .is_some_and(|r| r.ends_with("资金") && !r.contains('债'))
}

/// Whether `subject` is a sum of items the sentence counted before (两项合计, 三者合计,
/// 以上合计): which money the items were the clause before says, the sum alone names none.
fn items_summed(subject: &str) -> bool {
    let numerals = ['两', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
    let counted = |r: &str| {
        r.strip_suffix(['项', '者'])
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| numerals.contains(&c)))
    };
    subject
        .strip_suffix("合计")
        .is_some_and(|r| counted(r) || r == "以上")
}

/// Whether `subject` is a quarter's spending plan and nothing more (第三季度用款计划186.60万元
/// under a project's 年度预算安排): whose plan it is the project's heading says, the quarter
/// alone names no money.
fn quarter_plan_alone(subject: &str) -> bool {
    let quarter = subject.strip_prefix('第').unwrap_or(subject);
    ["一季度", "二季度", "三季度", "四季度"].iter().any(|q| {
        quarter
            .strip_prefix(q)
            .is_some_and(|r| ["用款计划", "用款"].contains(&r))
    })
}

/// Whether `subject` is money of every kind or level and nothing more (统筹各类资金24亿元，助推…,
/// 统筹各级财政资金3.7亿元，支持…): it names no money of its own, the use the sentence gives
/// after it does (各类涉农资金, 各类上级资金 name theirs).
fn money_of_all_kinds(subject: &str) -> bool {
    let rest = after_area(subject);
    ["各类", "各级", "各项"].iter().any(|d| {
        rest.strip_prefix(d)
            .is_some_and(|r| ["资金", "财政资金"].contains(&r))
    })
}

/// Whether `subject` is the transfer to lower governments of a kind of a field's money, named
/// in brackets (地方财力安排的经费类支出(市对区转移支付)): a part of no budget's total, not
/// emitted as the bare 市对区转移支付 of that kind is not (README, a kind of a field's money).
fn transfer_of_a_field_kind(subject: &str) -> bool {
    let Some(body) = subject.strip_suffix([')', '）']) else {
        return false;
    };
    let Some(open) = body.rfind(['(', '（']) else {
        return false;
    };
    let (head, inner) = body.split_at(open);
    let inner = inner.trim_start_matches(['(', '（']);
    head.contains("经费类支出") && super::names::transfer_down(inner)
}

/// Whether `subject` is an actor putting capital into a body (肥西县对国企注资, 政府对基金累计出资):
/// what was done, the money's name unsaid (国企注资 alone is a line's name).
fn invests_in(subject: &str) -> bool {
    subject
        .find('对')
        .is_some_and(|i| i > 0 && ["注资", "出资"].iter().any(|v| subject[i..].ends_with(v)))
}

/// Whether `subject` is the verb 采购 and the goods bought, after an area and an adverb at most
/// (全市紧急采购疫情防控设备和物资, 全市共采购节能、节水和环保产品): what was done, the money's name
/// unsaid (政府采购规模, 货物采购金额 are names).
fn buys_goods(subject: &str) -> bool {
    let rest = after_area(subject);
    let goods = ["", "共", "紧急", "累计"]
        .iter()
        .find_map(|a| rest.strip_prefix(a).and_then(|r| r.strip_prefix("采购")));
    goods.is_some_and(|g| !g.is_empty() && !names_money(g))
}

/// Whether `subject` is a bare 采购金额 after the clause naming the suppliers who won it (由中小企业
/// 供应商中标或成交的，采购金额246.47万元) with no projects statements.rs names it with: their
/// share of the unit's procurement, which the bare name reads as the whole of.
pub(super) fn won_by_suppliers(subject: &str, before: &str) -> bool {
    subject == "采购金额" && before.contains("供应商")
}

/// Whether the figure's clause is what a county or district won after the clause before pushed
/// it (`推动平阴县成功入围…示范县名单，获得省级奖补资金500万元`, `争取贡井区纳入全省建制县试点县区，
/// 获得一般债券资金24.9亿元`): the place's money, named by neither the place nor the report's area.
pub(super) fn won_by_place(sentence_head: &str) -> bool {
    let mut clauses = sentence_head.rsplit(['，', ',']);
    let (Some(last), Some(prev)) = (clauses.next(), clauses.next()) else {
        return false;
    };
    let Some(rest) = ["推动", "争取", "支持", "帮助", "指导"]
        .iter()
        .find_map(|v| prev.strip_prefix(v))
    else {
        return false;
    };
    // (the place right after the verb: 平阴县, 贡井区; not 社区 or a city)
    let place = rest.find(['县', '区']).is_some_and(|i| {
        let name = &rest[..i];
        (1..=4).contains(&name.chars().count())
            && name.chars().all(is_han)
            && !name.contains(['市', '省', '社'])
    });
    last.starts_with('获') && place
}

/// Whether a subject ends inside a rate's 按 phrase (达标卫生间按每厕位1000元/年的标准核拨,
/// 对…失独人员按每人全年2000元的标准补助, 对居民医保参保缴费按人均550元配套, 民政部门按照100元
/// 缴费标准): the name is cut before the standard and the verb that say what the rate is of.
pub(super) fn cut_in_rate(subject: &str) -> bool {
    subject.rfind('按').is_some_and(|at| {
        let tail = &subject[at + '按'.len_utf8()..];
        tail.is_empty()
            || tail == "照"
            || (tail.starts_with('每') || tail.starts_with("人均")) && tail.chars().count() <= 5
    })
}

/// Whether the sentence holds only a verb before its figure (`达21.8亿元。` after `…PPP项目到期
/// 政府支出责任累计`): the tail of a sentence cut before the verb, its money named in the cut
/// part; a name borrowed from a figure before is a guess.
pub(super) fn cut_before_verb(sentence_head: &str) -> bool {
    ["达", "高达", "为"].contains(&sentence_head.trim())
}

/// Whether `subject` is what a body plans to buy (拟购置固定资产): a name of its budget, though it
/// opens with 拟.
pub(super) fn planned_purchase(subject: &str) -> bool {
    subject
        .strip_prefix("拟购置")
        .is_some_and(|what| !what.is_empty())
}

/// Whether `plain` ends inside another figure's name (另政府性基金预算中, 市本级在土地出让收入中,
/// 科技计划专项资金中: "in it", the part's name comes after).
fn within_other(plain: &str) -> bool {
    ["预算中", "收入中", "资金中", "支出中"]
        .iter()
        .any(|w| plain.ends_with(w))
}

/// Whether `plain` carries a copula after its opening (补助下级支出是国有企业…补助, 增幅较大原因
/// 主要是…): a clause saying what the money is or why it moved, no name.
fn copula_inside(plain: &str) -> bool {
    plain.find('是').is_some_and(|i| i > 0)
}

/// Whether `plain` is an actor and its debt flow (省财政厅转贷南昌市地方政府债券, 市转贷成都东部新区
/// 地方政府债务, 交投集团、水投集团偿还存量政府债务): who lent or repaid, a clause. (上级转贷专项
/// 债务收入, 新增地方政府债券转贷资金: names.)
fn actor_and_flow(plain: &str) -> bool {
    let lent = plain.find("转贷").is_some_and(|i| {
        let (before, after) = (&plain[..i], &plain[i + "转贷".len()..]);
        ["厅", "财政", "省", "市", "自治区"]
            .iter()
            .any(|w| before.ends_with(w))
            && !after.is_empty()
            && !["收入", "支出", "资金"].iter().any(|w| after.ends_with(w))
    });
    let repaid = plain
        .find("偿还")
        .is_some_and(|i| ["集团", "公司"].iter().any(|w| plain[..i].ends_with(w)));
    lent || repaid
}

/// Whether `plain` names the bodies that used money before the money (市本级行政单位…、事业单位和
/// 其他单位使用市级财政拨款安排的因公出国(境)经费…支出决算合计): who spent it and from which
/// account, a clause. (国有土地使用权出让收入安排的支出 is a name.)
fn used_by_bodies(plain: &str) -> bool {
    plain.match_indices("使用").any(|(i, _)| {
        let after = &plain[i + "使用".len()..];
        i > 0 && !after.starts_with('权') && after.contains("安排的")
    })
}

/// Whether the figure stands in a reason that opens with an addition (主要原因是新增…专项经费
/// 280万元，内网等改造专项经费200万元): the parts of an addition that explain a change, not
/// emitted as an addition's parts are not.
pub(super) fn added_as_reason(sentence_head: &str) -> bool {
    ["原因是新增", "主要是新增"]
        .iter()
        .any(|w| sentence_head.contains(w))
}

/// Whether `plain` is a government's plan (市政府拟在限额内通过发行政府债券新增举借债务): who plans
/// and what, a clause. (市本级拟安排支出: a level alone before 拟 is the budget's name.)
fn planned_by_government(plain: &str) -> bool {
    plain
        .find('拟')
        .is_some_and(|i| ["政府", "财政"].iter().any(|w| plain[..i].ends_with(w)))
}

/// Whether a modal of need stands in `plain` (市级政府需还本付息, 全年需新增支出): who must pay and
/// the verb, a clause; what is due or needed, no name of money. (所需资金, 无需, 急需, 需求 and
/// 因…需要 are nouns or name no one who must pay.)
fn modal_of_need(plain: &str) -> bool {
    plain.char_indices().any(|(i, c)| {
        c == '需'
            && !plain[..i].ends_with(['所', '无', '急', '必'])
            && !plain[i + c.len_utf8()..].starts_with(['求', '要'])
    })
}

/// Whether the figure is what 将 moves (我们将53亿元新增专项债券编入了政府性基金预算, 创新模式将
/// 5.83亿元土地指标购臵资金注入市交投): the money is named after the figure, the words before 将
/// name who moves it.
pub(super) fn moved_by_jiang(pre: &str) -> bool {
    pre.trim_end().ends_with('将')
}

/// Whether the words after the figure name it: a loan (争取国开行100亿元贷款: the lender before
/// the figure names no money, and a bank's loan is no money of the budget), or a limit, a debt or
/// funds right after it when `subject` names none (落实2022年南沙100亿元新增地方政府债务限额政策:
/// 南沙 is the place whose limit it is; 发挥好5亿元中央补助资金效能). (设立规模10亿元的…资金池: the
/// size of what is named after 的, read by names::size_of_founded.)
pub(super) fn named_after(subject: &str, post: &str) -> bool {
    let words = &post[..post
        .find(['，', '。', '；', '、', ',', ';', '（', '('])
        .unwrap_or(post.len())];
    post.trim_start_matches('的').starts_with("贷款")
        || (post.starts_with(|c: char| is_han(c) && c != '的')
            && ["限额", "债务", "债券", "资金"]
                .iter()
                .any(|h| words.contains(h))
            && !names_money_spent(subject)
            && !opens_with_classified_name(subject))
}

/// Whether `subject` is only who spent and the verb (`市财政支出`, `市本级支出`, `全市投入`) and
/// the words right after the figure name its use (`市财政支出13.39亿元建设自贸试验区南宁片区`,
/// `市本级支出122.5亿元促进产业加快发展`): the money is named by its use, and a use is no name of
/// money, so the figure is not emitted. (`市本级支出3027.0亿元、…` is the level's spending.)
pub(super) fn spent_on_use(subject: &str, post: &str) -> bool {
    let subject = ["当年", "全年"]
        .iter()
        .find_map(|t| subject.strip_prefix(t))
        .unwrap_or(subject);
    let Some(actor) = ["支出", "投入", "安排", "统筹", "拨付"]
        .iter()
        .find_map(|v| subject.strip_suffix(v))
    else {
        return false;
    };
    let actor = actor
        .strip_suffix("共")
        .or_else(|| actor.strip_suffix("累计"))
        .unwrap_or(actor);
    let actor_only = actor.is_empty()
        || actor.ends_with("财政")
        || super::ACTORS.contains(&actor)
        || AREAS.contains(&actor);
    actor_only
        && (POLICY.iter().any(|v| post.starts_with(v))
            || ["用于", "专项用于", "主要用于", "重点用于"]
                .iter()
                .any(|v| post.starts_with(v)))
}

/// Whether the figure at `at` of `text` is placed so that what it is cannot be read: in
/// brackets right after a noun (`预算目标（1296.16亿元）`: the target, not the figure the
/// clause names), or in a list shared out by 分别 (`A、B、C和D…分别为X、Y、Z和W`), or one of a
/// pair of figures with nothing between (`paired_figure`).
pub(super) fn ambiguous_place(text: &str, at: usize) -> bool {
    let head = text.get(..at).unwrap_or("");
    if head.ends_with(['（', '(']) {
        return true;
    }
    let clause = head.rsplit(['。', '；', ';']).next().unwrap_or(head);
    clause.contains("分别") || paired_figure(text, at)
}

/// Whether a bare 转移支付资金 is money a higher level sent down (`省提前下达2023年转移支付资金
/// 160.8亿元`): the city's receipt, which bare reads as transfers it paid out.
pub(super) fn transfer_from_above(subject: &str, head: &str) -> bool {
    let clause = head
        .rsplit(['，', '。', '；', ',', ';'])
        .next()
        .unwrap_or(head);
    subject == "转移支付资金"
        && ["省", "中央", "上级"]
            .iter()
            .any(|w| clause.find(w).is_some_and(|i| clause[i..].contains("下达")))
}

static PAIR_BEFORE: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"\d(亿|万)?元、$").ok());
static PAIR_AFTER: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"^[\d.,，]+(亿|万)?元、\d").ok());

/// Whether the figure at `at` is one of two sums joined by 、 under one name said once
/// (`城乡低保基本生活保障标准提高到每月1114元、884元`: the city's and the countryside's;
/// `发放失业保险稳岗返还、一次性留工培训补助16亿元、28.9亿元`): which figure is which thing is
/// not said by the name.
fn paired_figure(text: &str, at: usize) -> bool {
    let head = text.get(..at).unwrap_or("");
    let tail = text.get(at..).unwrap_or("");
    PAIR_BEFORE.as_ref().is_some_and(|r| r.is_match(head))
        || PAIR_AFTER.as_ref().is_some_and(|r| r.is_match(tail))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_what_is_no_name() {
        for good in [
            "一般公共服务支出",
            "个人所得税(40%部分)",
            "因公出国（境）费",
            "到期本金",
            "超长期特别国债支出",
            "契税",
            "对个人和家庭补助",
            "市级(含市本级、钱塘新区,下同)地方政府债务限额",
            "保障性安居工程",
            "支持学前教育发展补助资金",
            "援助其他地区支出",
            "调出资金",
            "补助下级",
            "财政拨款安排的“三公”经费",
            "中央专项转移支付安排支出",
            "川南渝西融合发展试验区建设",
            "上海市普陀区人民政府万里街道办事处下属1家机关和1家参公事业单位财政拨款的机关运行经费预算",
            "全市再融资债券偿还本金",
            "四川天府新区直管区统筹财力偿还本金",
            "全市到期政府债务",
            "17类重点领域专项政策预算",
        ] {
            assert!(well_formed(good), "{good}");
        }
        for bad in [
            "）",
            "由省政府代为发行的新增专项债券",
            "上级共下达我市各类补助",
            "聚焦绿色低碳转型发展安排资金",
            "补助公交、轨道等国有公益企业",
            "项目总投资",
            "设立",
            "已提款",
            "涉及资金",
            "核减金额",
            "实际使用",
            "市级实际使用",
            "、累计投入",
            "较年初预算（",
            "低于四川天府新区成都直管区",
            "地方政府专项债务还本支出58.7亿元和提前批专项债券转贷区级",
            "增长60.53%（其中国有企业资本金注入",
            "市财政局已于6月7日计提上缴省级农业土地开发资金",
            "党支部不低于",
            "基础养老金标准提高至",
            "积极争取增发国债",
            "按规定补充",
            "安排预算",
            "统筹安排预算资金",
            "助力国家和省实验室、国家重大科技基础设施等重大科创平台建设",
            "重点支持川南渝西融合发展试验区建设",
            "完善多主体供给、多渠道保障、租购并举的住房保障制度",
            "先进光源、紧凑聚变、超级陶粲预研等大科学装置加快建设",
            "对8600余家并网光伏电站给予奖励",
            "实施31项民生工程",
            "年初预算调出动用",
            "上半年预拨农业保险保费补贴资金",
            "这一因素较上年减少部门支出",
            "“三公”经费预算安排较上年压减",
            "财政拨款收入数、支出安排数应",
            "市财政每年统筹",
            "支持设立总规模",
            "全市一般公共预算支出预算总量相应",
            "余额",
            "结余",
            "预算收入",
            "其他方面",
            "去年",
            "成都高新区",
            "全市",
            "资金量",
            "超收",
            "支出完成数",
            "本年数小于上年",
            "执行中市级和部分县区按程序调减收入预算",
            "及时收回因疫情汛情影响调整支出计划的项目资金、完工项目结余资金等",
            "为科技型、高成长型中小企业提供信用贷款",
            "不含按体制需返还城市区征迁补偿支出",
            "上述新增债券额度",
            "部分政府债务限额",
            "实际完成出资",
            "当年实现支出",
            "财力偿还本金",
            "再融资债券偿还本金",
            "政策性结转下年使用",
            "全市到省代发地方政府债券",
            "全市增加地方政府债券",
            "调入资金包括年初预算从政府性基金调入",
            "7支持加大政府投资与拉动消费",
            "另从政府性基金预算土地出让收入中调入",
            "已追缴部分医院国有资产资源有偿使用收入",
            "全年全市实现的跨境电商出口总额不少于",
        ] {
            assert!(!well_formed(bad), "{bad}");
        }
    }

    #[test]
    fn spending_named_by_its_use() {
        assert!(spent_on_use("市财政支出", "建设自贸试验区南宁片区"));
        assert!(spent_on_use(
            "市本级支出",
            "用于南宁国际空港综合交通枢纽工程建设"
        ));
        assert!(!spent_on_use("市本级支出", "、市对区转移支付1955.4亿元"));
        assert!(!spent_on_use("教育支出", "支持学校建设"));
        assert!(names_money_spent("公交行业补贴"));
        assert!(names_money_spent("文旅消费券"));
        assert!(!names_money_spent("高水平共建西部陆海新通道"));
        assert!(!names_money_spent("科技创新"));
    }

    #[test]
    fn places_that_leave_a_figure_ambiguous() {
        let t = "全市完成全年地方收入预算目标（1296.16亿元）的53.97%";
        assert!(ambiguous_place(t, t.find('1').unwrap_or(0)));
        let t = "年末滚存结余分别为1,586.1亿元、128.8亿元";
        assert!(ambiguous_place(t, t.find("128").unwrap_or(0)));
        let t = "2023年末债务余额385.2亿元（一般债务90.9亿元";
        assert!(!ambiguous_place(t, t.find("90.9").unwrap_or(0)));
    }
}
