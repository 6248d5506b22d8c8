//! Whose a bare line of an account is. A government report names a budget and its area once
//! (`市本级政府性基金预算支出254.3亿元，主要是：城乡社区支出232.5亿元…`) and then its lines alone
//! (城乡社区支出, 调出资金, 上级补助收入); read alone, such a line is the city's general budget's.
//! A line whose budget is a fund, or whose area is a level or a zone, is named with them.

use super::confidence::{AREAS, after_area, leading_area};
use super::names::{
    ACCOUNT_LINES, BUDGETS, is_function_class, is_function_class_or_part, without_inclusion,
};
use crate::layout::is_han;

/// Endings of a line of an account (a class of revenue or spending, a balance); the lines
/// of `names::ACCOUNT_LINES` besides.
const LINE_ENDS: [&str; 13] = [
    "收入",
    "支出",
    // (6.债务发行费支出决算数为X: read 债务发行费, a fund's class of spending)
    "债务发行费",
    // (加…专项债务还本5.6亿元…，总支出2797.5亿元: the line of a fund's spending, 支出 left off)
    "债务还本",
    "结余",
    "结转",
    "上年结转资金",
    "结转下年",
    "结转下年使用",
    "合计",
    "总计",
    "支出预算",
    "收入预算",
];

/// Economic classes of spending: a part of 基本支出 where the text shares it out.
const ECONOMIC: [&str; 4] = ["工资福利支出", "商品和服务支出", "资本性支出", "其他支出"];

/// How many sentences before a line its owner may be named (a heading, the account's first
/// sentence, the head of a list of its classes: `2022年全市政府性基金支出2754.11亿元` then
/// `(1)文化旅游体育与传媒支出7万元…其中：…` down to `(4)农林水支出2644万元`): further back the
/// report has moved on.
const REACH: usize = 20;

/// Whether `subj` is a line of an account naming neither its budget nor an area: 城乡社区支出,
/// 调出资金, 上解上级支出、债务还本支出、调出资金等, 对个人和家庭的补助. With `counterparts`,
/// a line may name who its transfer goes to or comes from (see [`COUNTERPARTS`]).
fn is_bare_line(subj: &str, counterparts: bool) -> bool {
    let core = subj.strip_suffix('等').unwrap_or(subj);
    let n = core.chars().count();
    let economic = is_economic(core);
    let own = if counterparts {
        without_counterparts(core)
    } else {
        core.replace("社区", "")
    };
    // (a list of lines, 对区县(市)转移支付支出、专项债务还本支出…等转移性支出, runs longer)
    let most = if core.contains('、') { 60 } else { 40 };
    (2..=most).contains(&n)
        && !BUDGETS.iter().any(|b| own.contains(b))
        && !own.contains("基金")
        // (年初支出预算合计 is a line; 公务接待费预算支出, 对区转移支付预算 are no line of a
        // budget's account)
        && (!own.contains("预算")
            || ["预算合计", "预算总计", "支出预算", "收入预算"]
                .iter()
                .any(|e| core.ends_with(e)))
        && !names_area(&own)
        // (车辆通行费安排的支出: a phrase, not a line; 可供安排的收入总量 is the account's total)
        && (!without_disposable(core).contains('的') || economic)
        && (LINE_ENDS.iter().any(|e| core.ends_with(e))
            || ACCOUNT_LINES.iter().any(|e| core.ends_with(e))
            || FLOW_VERBS.iter().any(|e| core.ends_with(e))
            || economic)
}

/// Whether `subj` names a project of an account's list (`火炬大道建设工程`, `洛阳石化扩能改造市级
/// 配套项目资金` under `1. 城乡社区支出232.5亿元，主要安排项目有：` of 市级政府性基金): a line of
/// the fund the text gives, though it ends with no line's word.
fn is_project_line(subj: &str) -> bool {
    let n = subj.chars().count();
    (4..=30).contains(&n)
        && PROJECT_ENDS.iter().any(|e| subj.ends_with(e))
        && !BUDGETS.iter().any(|b| subj.contains(b))
        && !subj.contains("基金")
        && !subj.contains(['的', '、', '，'])
        && !names_area(&subj.replace("市级", ""))
}

/// Whether `text` announces a list of projects (`…，主要安排项目有：`, `主要项目是：`).
fn lists_projects(text: &str) -> bool {
    ["项目有：", "项目是：", "项目为：", "项目如下："]
        .iter()
        .any(|w| text.contains(w))
}

/// Endings of a project's name: a work, a project, the money set aside for one.
const PROJECT_ENDS: [&str; 4] = ["工程", "项目", "资金", "建设"];

/// Flows named by their verb at the end of a list of lines (`调出资金、补助下级等`), or by the
/// flow alone with 收入 left off (`加…、地方上年专项政策性结转使用60.5亿元、区上解7.0亿元…`,
/// `加上上年结余和上级补助145.5亿元后，全市政府性基金预算总收入…`): lines of the account too.
const FLOW_VERBS: [&str; 5] = ["补助下级", "上解上级", "结转使用", "区上解", "上级补助"];

/// Whether `s` names an area, a level or a place (全市, 市本级, 成都高新区 …; the 市 of
/// 城市维护建设税 or 市场监督管理事务支出, the 区 of 社区 or 区域性转移支出 is none).
pub(super) fn names_area(s: &str) -> bool {
    // (市政府固定资产投资: the city's government, not 市政)
    if s.contains("市政府") {
        return true;
    }
    let mut rest = s.to_string();
    for w in NO_PLACES {
        rest = rest.replace(w, "");
    }
    AREAS.iter().any(|a| rest.contains(a)) || rest.contains(['市', '区', '县', '省', '州'])
}

/// Words of lines whose 市, 区 or 县 names no place.
/// (`国省道路`, `国省干线`: the national and provincial roads, no place)
const NO_PLACES: [&str; 8] = [
    "社区",
    "城市",
    "市场",
    "市政",
    "区域",
    "其他地区",
    "县域",
    "国省",
];

/// Who a transfer goes to or comes from, and the budget money is moved into, inside a line's
/// name (对区县(市)转移支付支出, 债务转贷（县区）, 区上解收入, 中央和省转移支付收入, 转入一般公共预算): the
/// line's counterpart, not its owner.
const COUNTERPARTS: [&str; 15] = [
    "社区",
    "补助区级",
    "补助县区",
    "补助区县",
    "转贷区级",
    "转贷（县区）",
    "转贷(县区)",
    "对区县(市)",
    "对区县（市）",
    "对区(市)县",
    "对区（市）县",
    "对区",
    "区上解",
    "中央和省",
    "省专项",
];

/// `line` without the counterparts it names (see [`COUNTERPARTS`], [`INTO`]).
fn without_counterparts(line: &str) -> String {
    let mut own = line.to_string();
    for c in COUNTERPARTS {
        own = own.replace(c, "");
    }
    for w in INTO {
        for b in OWNERS {
            own = own.replace(&format!("{w}{b}"), "");
        }
    }
    own
}

/// `line` without the words saying its money may be spent (`可供安排的收入总量` → 收入总量):
/// an account's total, not a phrase.
fn without_disposable(line: &str) -> &str {
    ["可供安排的", "可安排使用的"]
        .iter()
        .find_map(|w| line.strip_prefix(w))
        .unwrap_or(line)
}

fn is_economic(subj: &str) -> bool {
    // (机关工资福利支出: the class of the bodies' spending)
    let subj = subj.strip_prefix("机关").unwrap_or(subj);
    ECONOMIC.contains(&subj)
        || subj.starts_with('对') && (subj.ends_with("补助") || subj.ends_with("补贴"))
}

/// The names of budgets that tell a line's owner, and of the money in the treasury's special
/// accounts a report gives an account of like a budget's (财政专户管理资金). 国有资本经营 alone
/// is not one: 国有资本经营收入 is also an item of the general budget's revenue.
const OWNERS: [&str; 7] = [
    "财政专户管理资金",
    "社会保险基金预算",
    "国有资本经营预算",
    "政府性基金预算",
    "一般公共预算",
    "社会保险基金",
    "政府性基金",
];

/// Words before a budget's name that make it where money goes (调入一般公共预算).
const INTO: [&str; 6] = ["调入", "调出", "转入", "补充", "用于", "纳入"];

/// What the text before a line says of its owner.
enum Named<'a> {
    /// The budget named last, as printed, and the area printed right before it.
    Owner(&'a str, &'static str),
    /// Several budgets at once (统筹一般公共预算收入、政府性基金预算收入和国有资本经营预算收入):
    /// no one owner.
    Several,
    /// One budget of several areas together, as printed (`市本级、名胜区`, 政府性基金): no one
    /// area owns it.
    Joined(&'a str, &'static str),
}

/// The budget `text` names last and the area before it (`2021年，高新技术产业开发区一般公共预算
/// 总收入` → 高新技术产业开发区, 一般公共预算).
fn last_budget(text: &str) -> Option<Named<'_>> {
    let mut named: Vec<(usize, &'static str)> = OWNERS
        .iter()
        .flat_map(|b| text.match_indices(b).map(|(i, _)| (i, *b)))
        .collect();
    // (the longest name at the last place first: 政府性基金预算, not its 政府性基金)
    named.sort_by_key(|&(i, b)| std::cmp::Reverse((i, b.len())));
    // (加上调入一般公共预算用于…: where money goes, not whose the account is)
    // (…，政府性基金预算安排250亿元 after 统筹…: a budget named inside a clause about something
    // else is no account's head)
    // (加…国有资本经营预算调入X、…，总收入Y; …国有资本经营预算划入19.3亿元…; 政府性基金预算
    // 安排250亿元: a source of the account's money, not its owner)
    // (市级（含济南高新区…，下同）一般公共预算: the level's bracket saying what it takes in)
    let (at, b) = named.into_iter().find(|&(i, b)| {
        let head = without_inclusion(&text[..i]);
        let tail = &text[i + b.len()..];
        !INTO.iter().any(|w| head.ends_with(w))
            && !tail.starts_with("调入")
            && !tail.starts_with("划入")
            && !tail.starts_with("安排")
            && !among_sources(head, tail)
            && clause_head(clause_words(head)).is_some()
    })?;
    let head = without_inclusion(&text[..at]);
    let tail = &text[at + b.len()..];
    // (对社会保险基金的补助: the general budget's spending, not the fund)
    if b == "社会保险基金"
        && (head.ends_with(['对', '向']) || tail.starts_with("补助") || tail.starts_with("的补助"))
    {
        return None;
    }
    let stops = ['，', '。', '；', '：', ',', ';', ':'];
    let clause_start = head.rfind(stops).map_or(0, |i| {
        i + head[i..].chars().next().map_or(1, char::len_utf8)
    });
    let clause_end = tail.find(stops).unwrap_or(tail.len());
    let clause = &text[clause_start..at + b.len() + clause_end];
    let base = |n: &str| n.strip_suffix("预算").unwrap_or(n).to_string();
    if OWNERS
        .iter()
        .any(|o| clause.contains(o) && base(o) != base(b))
    {
        return Some(Named::Several);
    }
    let words = clause_words(head);
    // (市本级、名胜区政府性基金收入合计: two areas' account together, no one owner)
    if let Some(areas) = joined_areas(head) {
        return Some(Named::Joined(areas, b));
    }
    Some(Named::Owner(area_of(words), b))
}

/// Whether a budget named between `head` and `tail` is one of several kinds of money listed
/// with 等 (`一是安排48.50亿元支持工业发展，再加上专项债券、政府性基金等，全年预计安排…`): money
/// added to a use, not the account the lines after it are of.
fn among_sources(head: &str, tail: &str) -> bool {
    head.ends_with('、') && tail.starts_with('等')
}

/// The areas `head` ends with when two or more are joined by 、 (`2022年市本级、名胜区` →
/// 市本级、名胜区, `市本级、钱塘新区、名胜区`): the words naming an account they share.
fn joined_areas(head: &str) -> Option<&str> {
    let mut from = head.len() - clause_words(head).len();
    let mut first = area_of(&head[from..]);
    if first.is_empty() {
        return None;
    }
    let mut joined = false;
    while let Some(h) = head[..from].strip_suffix('、') {
        let words = clause_words(h);
        let area = area_of(words);
        if area.is_empty() {
            break;
        }
        from = h.len() - words.len();
        first = area;
        joined = true;
    }
    // (from the first area, without the date or marker before it)
    let start = from + head[from..].find(first)?;
    joined.then(|| &head[start..])
}

/// The words of `head` since its last clause break: what a budget named next is named with.
fn clause_words(head: &str) -> &str {
    let from = head
        .rfind([
            '，', '。', '；', '、', '：', '（', '(', ',', ';', ':', '）', ')',
        ])
        .map_or(0, |i| {
            i + head[i..].chars().next().map_or(1, char::len_utf8)
        });
    &head[from..]
}

/// The area `text` last names `budget` with (or the level a heading opens with: `（二）市本级`).
fn area_named<'a>(text: &'a str, budget: &str) -> Option<&'a str> {
    let base = budget.strip_suffix("预算").unwrap_or(budget);
    let named = text
        .rmatch_indices(base)
        .map(|(i, _)| &text[..i])
        .map(|head| area_of(clause_words(head)))
        .find(|a| !a.is_empty());
    named.or_else(|| {
        let body = super::strip_marker(text);
        (is_heading(text))
            .then(|| AREAS.iter().find(|a| body.starts_with(*a)).copied())
            .flatten()
    })
}

/// Whether a heading names an area and nothing else (`（1）全市收支情况`, `（一）市本级支出情况`): a
/// part of the account above it.
fn names_area_only(heading: &str) -> bool {
    let body = super::strip_marker(heading).trim_end_matches(['。', '：', ':']);
    AREAS.iter().any(|a| {
        ["", "收支情况", "收入情况", "支出情况"]
            .iter()
            .any(|e| body == format!("{a}{e}"))
    }) && last_budget(heading).is_none()
}

/// Whether a sentence is a heading of its own (`3.市级支出政策及保障重点。`): a marked line with
/// no figure. The lines after it are of what it heads.
fn is_heading(text: &str) -> bool {
    super::strip_marker(text).len() != text.len()
        && super::FIGURE.as_ref().is_some_and(|re| !re.is_match(text))
}

/// The area or zone `words` (the words before a budget's name in its clause) name, without
/// dates and the budget's 地方; empty when they name none.
fn area_of(words: &str) -> &str {
    clause_head(words).unwrap_or("")
}

/// What stands before a budget named at the head of its clause: nothing but a marker, a date or
/// an opener (empty), or an area (`2021年，高新技术产业开发区`); `None` when the budget is named
/// inside a clause about something else (`统筹…`, `…安排的`), which says nothing of whose a line is.
fn clause_head(words: &str) -> Option<&str> {
    let mut w = super::strip_marker(words);
    loop {
        let was = w.len();
        for p in [
            "年度", "年初", "年末", "当年", "全年", "其中", "关于", "年", "月", "底", "份",
        ] {
            w = w.strip_prefix(p).unwrap_or(w);
        }
        // (北京's text layer prints full-width digits: ２０２２年, １４．)
        w = w.trim_start_matches(|c: char| {
            c.is_ascii_digit() || ('０'..='９').contains(&c) || "-—.．、 ".contains(c)
        });
        // (二是城乡一体化示范区…: a list's opener)
        if let Some(rest) = w.strip_prefix(is_cn_numeral) {
            w = rest.strip_prefix('是').unwrap_or(w);
        }
        if w.len() == was {
            break;
        }
    }
    let w = w.strip_suffix("当年").unwrap_or(w);
    let w = w.strip_suffix("地方").unwrap_or(w);
    // (2022年市级征收的政府性基金收入: the fund the level collects is its own)
    let w = w.strip_suffix("征收的").unwrap_or(w);
    if w.is_empty() {
        return Some(w);
    }
    let n = w.chars().count();
    // (占市级…的比重: a share's words, not an area)
    let place = (2..=20).contains(&n)
        && !w.starts_with(['占', '比', '较', '对', '向', '为', '从', '在', '按', '与'])
        && [
            "市", "区", "县", "省", "级", "局", "州", "盟", "旗", "市直", "省直",
        ]
        .iter()
        .any(|e| w.ends_with(e))
        && !w.contains(|c: char| c.is_ascii_digit() || c == '年')
        && ![
            "安排", "下达", "争取", "完成", "实现", "用于", "调入", "调出", "补助", "上解", "的",
            "统筹",
        ]
        .iter()
        .any(|v| w.contains(v));
    place.then_some(w)
}

/// Whether an area is the report's own (the city as a whole): named by nothing, by 全…, 我…, 本市,
/// or by a city's or province's own name (成都市), not a level (市本级, 市级) or a zone.
pub(super) fn is_own(area: &str) -> bool {
    area.is_empty()
        || area.starts_with(['全', '我'])
        || area == "本市"
        || (area.ends_with('市') || area.ends_with('省')) && !area.contains("本级")
}

/// Words of lines that one budget keeps and another never does: debt and tax lines, the
/// general budget's transfers and its “三保”, a fund's land and bond revenue.
fn fits(subj: &str, budget: &str) -> bool {
    let any = |words: &[&str]| words.iter().any(|w| subj.contains(w));
    let general_only = any(&[
        "税",
        "一般债",
        "一般性",
        "有偿使用",
        "三保",
        "保运转",
        "保工资",
        "保基本",
        "财政总收入",
        "地域",
        "财力",
    ]);
    match budget {
        "一般公共预算" => !any(&["专项债", "土地", "出让"]),
        "政府性基金预算" | "政府性基金" => !general_only,
        "国有资本经营预算" => {
            !general_only
                && !subj.contains('债')
                // (转移性支出 is a class too, and a fund's line)
                && (!is_function_class(subj) || any(&["国有", "企业", "改革", "转移性"]))
        }
        _ => {
            !general_only
                && !subj.contains('债')
                && !is_function_class(subj)
                && !subj.contains("类支出")
        }
    }
}

/// The total a sum's lines are added to, when the sentence names it with an area after them
/// (`加上上解支出153.6亿元、补助区级支出812亿元…后，2023年市级一般公共预算总支出2,303.9亿元`):
/// the lines are that total's, not the account of the sentence before (市本级…支出).
fn total_after<'a>(before: &str, after: &'a str) -> Option<Named<'a>> {
    // (…市本级政府性基金支出907.4亿元，加上…补助区级支出158.9亿元…后，市级政府性基金总支出…)
    let adding = before.starts_with('加')
        || before
            .rfind("，加上")
            .is_some_and(|i| !before[i..].contains('后'));
    if !adding {
        return None;
    }
    let at = after.find("后，").or_else(|| after.find("后,"))?;
    // (the clause right after 后 names the total: `…后，2021年市级国有资本经营预算总收入60.3亿元，
    // 剔除…后，市本级国有资本经营预算支出28亿元` adds to 市级's, not the spending named later)
    let rest = after[at + '后'.len_utf8()..].trim_start_matches(['，', ',']);
    let total = rest.split(['，', ',', '。', '；', ';']).next()?;
    last_budget(total).filter(|n| matches!(n, Named::Owner(area, _) if !area.is_empty()))
}

/// The clause ending at `head`'s end read through a short bracketed word inside it
/// (`3.市本级2025年对各区县(市)专项转移支付支出预算合计`: the bracket `(市)` is part of the name
/// 各区县(市), not a clause's end), so that the level before the year stays in reach.
fn clause_through_brackets(head: &str) -> &str {
    let word = |c: char| !c.is_ascii_punctuation() && !"，。；、：（）".contains(c);
    let mut end = head.len();
    loop {
        let from = end - clause_words(&head[..end]).len();
        let inner_end = match head[..from].chars().next_back() {
            Some(c @ (')' | '）')) => from - c.len_utf8(),
            _ => return &head[from..],
        };
        let Some(open) = head[..inner_end].rfind(['(', '（']) else {
            return &head[from..];
        };
        let inner = &head[open..inner_end];
        let inner = &inner[inner.chars().next().map_or(1, char::len_utf8)..];
        // (a word or two in the bracket, a word right before it: a part of one name)
        let short = (1..=2).contains(&inner.chars().count()) && inner.chars().all(word);
        if !short || !head[..open].chars().next_back().is_some_and(word) {
            return &head[from..];
        }
        end = open;
    }
}

/// The area the line's clause names right before it with a year between
/// (`核定转贷市本级2021年地方政府一般债券56.49亿元` → 市本级, `核定转贷我市2021年…` → 我市): the
/// line's name read from the text drops it with the year.
fn area_before_year<'a>(subj: &str, before: &'a str) -> Option<&'a str> {
    let clause = clause_through_brackets(before);
    let (at, _) = clause.match_indices('年').find(|&(i, _)| {
        let rest = &clause[i + '年'.len_utf8()..];
        let digits = clause[..i]
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .count();
        digits == 4 && rest.chars().next().is_some_and(|c| subj.starts_with(c))
    })?;
    let words = &clause[..at - 4];
    ["我市", "本市"]
        .iter()
        .chain(AREAS.iter())
        .filter(|a| words.ends_with(*a))
        .max_by_key(|a| a.len())
        .map(|a| &words[words.len() - a.len()..])
}

/// `subj`, a part in brackets after a whole naming a level before a year (`下达市本级2025年部分
/// 政府债务限额28.1亿元(新增一般债务限额0.8亿元、…)`, `下达市本级2024年部分新增地方政府债务限额
/// 147.2亿元(一般债务限额2亿元、…)`), named with that level and the whole's 新增: the whole is not
/// emitted (only a part of it is said), and the part bare reads as the report's own area's whole
/// limit. Only a part of the whole's kind (the same last word, 限额) is given them.
fn part_of_bracketed_whole(subj: &str, before: &str) -> Option<String> {
    let open = before.rfind(['（', '('])?;
    if before[open..].contains(['）', ')']) || names_area(subj) {
        return None;
    }
    let whole = before[..open]
        .strip_suffix("亿元")
        .or_else(|| before[..open].strip_suffix("万元"))?
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    let clause = clause_words(whole);
    let (at, _) = clause.match_indices('年').find(|&(i, _)| {
        clause[..i]
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .count()
            == 4
    })?;
    let words = &clause[..at - 4];
    let area = AREAS
        .iter()
        .filter(|a| words.ends_with(*a))
        .max_by_key(|a| a.len())
        .filter(|a| !is_own(a))?;
    let name = &clause[at + '年'.len_utf8()..];
    let kind: String = subj.chars().rev().take(2).collect();
    let same_kind = name.chars().rev().take(2).collect::<String>() == kind;
    let new = if name.contains("新增") && !subj.starts_with("新增") {
        "新增"
    } else {
        ""
    };
    same_kind.then(|| format!("{area}{new}{subj}"))
}

/// Whether the line's clause names the report's own area (`核定转贷我市地方政府专项债券140亿元`,
/// `全市2022年政府债务限额`) and not `zone` right after the figure (`我市…决算数为521197万元
/// （市级经费类专项转移支付）`): the line is the whole area's, not the zone's opened before.
fn names_own_area(before: &str, after: &str, zone: &str) -> bool {
    let own = ["我市", "全市", "本市"]
        .iter()
        .any(|a| clause_words(before).contains(a));
    let next = after
        .split(['，', '。', '；', ',', ';'])
        .next()
        .unwrap_or("");
    own && !next.contains(zone)
}

/// The whole area a `其中` list's part belongs to when the whole before `其中` names the report's
/// own area and no level or zone (`2022年省转贷我市地方政府债务1007.3亿元，其中：新增债券660.5亿元、
/// …国际金融组织贷款0.2亿元`): the parts are 全市's, not the level a heading gives (市级留用 is the
/// next sentence's part). The part's words after `其中` name no area of their own.
fn whole_of_own_area(subj: &str, before: &str) -> Option<&'static str> {
    let at = before.rfind("其中")?;
    let whole = &before[..at];
    // (the clause right before 其中 gives the whole: `…全市推进工业振兴大会要求，筹集26.08亿元…，
    // 其中安排工业发展资金` names a meeting, not the whole's owner)
    let whole = whole.trim_end_matches(['，', ',']);
    let whole = whole
        .rsplit(['。', '；', ';', '，', ','])
        .next()
        .unwrap_or(whole);
    let part = &before[at..];
    let own = ["我市", "全市", "本市"].iter().any(|a| whole.contains(a));
    let other = |t: &str| {
        LEVELS_ALONE.iter().any(|(l, _)| t.contains(l))
            || ZONE_WORDS.iter().any(|w| t.contains(w))
            || t.contains("区县")
            || t.contains("县区")
    };
    (own && !other(whole) && !other(part) && !names_area(subj)).then_some("全市")
}

/// Whether a sentence (`before`, up to the figure) opens with the report's whole area, a note's
/// `注：` and a date before it alone (`注:全市2022年共发行新增专项债券302.76亿元,…`), and names
/// no `zone` (a zone or level a heading opened, not the whole area itself): the sentence gives the
/// whole area's account, not the zone's.
fn opens_with_whole_area(before: &str, zone: &str) -> bool {
    let head = before
        .trim_start_matches(['注', '：', ':'])
        .trim_start_matches(|c: char| {
            c.is_ascii_digit() || ('０'..='９').contains(&c) || "年度月份底，,".contains(c)
        });
    !zone.starts_with('全')
        && !before.contains(zone)
        && ["全市", "我市", "本市", "全省", "我省", "本省"]
            .iter()
            .any(|w| head.starts_with(w))
}

/// The report's own area (全市) whose debt balance opens the line's sentence when the line is a
/// flow of that roll (`2020年底全市地方政府债务余额X，加上2021年举借债务Y，减去偿还到期债务Z`):
/// what is added or taken off is that area's, not the level's whose part the text is giving.
fn own_debt_rolled<'a>(before: &'a str, zone: &str) -> Option<&'a str> {
    let first = before.split(['，', ',']).next().unwrap_or("");
    let area = ["全市", "我市", "本市"]
        .iter()
        .find_map(|a| first.find(a).map(|i| &first[i..i + a.len()]))?;
    let clause = clause_words(before);
    let flow = ["加上", "减去", "加", "减"]
        .iter()
        .any(|w| clause.starts_with(w));
    (flow && first.contains("余额") && !before.contains(zone)).then_some(area)
}

/// The zone whose debt the line's sentence names before a bond line
/// (`2023年末成都东部新区地方政府债务余额167.6亿元，加上2024年新增债券26.2亿元` → 成都东部新区):
/// the bonds added to a zone's debt are the zone's, not the report's own.
fn debt_zone<'a>(subj: &str, before: &'a str) -> Option<&'a str> {
    if names_area(subj) {
        return None;
    }
    if !subj.contains("债券") {
        return repaying_zone(subj, before);
    }
    let at = before.rfind("政府债务")?;
    // (`成都高新区到期政府债务4.3亿元，拟发行再融资债券`: bonds refinancing the zone's debt)
    let head = before[..at].strip_suffix("到期").unwrap_or(&before[..at]);
    let head = head.strip_suffix("地方").unwrap_or(head);
    // (市转贷…新区地方政府债务: the city's transfer, named by the zone's own account)
    Some(area_of(clause_words(head))).filter(|a| !is_own(a) && !a.contains("转贷"))
}

/// The zone whose repayment of debt the line's sentence opens with, before a line of interest
/// or principal (`2024年四川天府新区直管区偿还债务本息60.2亿元，其中：…，付息14.1亿元` →
/// 四川天府新区直管区): the zone's payment, not the report's own 债务付息支出.
fn repaying_zone<'a>(subj: &str, before: &'a str) -> Option<&'a str> {
    if !subj.contains("付息") && !subj.contains("还本") && !subj.starts_with("偿还") {
        return None;
    }
    if let Some(zone) = zone_debt_rolled(before) {
        return Some(zone);
    }
    let at = before.rfind("偿还债务本息")?;
    Some(area_of(clause_words(&before[..at]))).filter(|a| is_zone(a))
}

/// The zone whose debt balance opens the line's sentence when the line is taken off that roll
/// (`2023年末成都高新区地方政府债务余额X，加上…，减去偿还到期债务Z` → 成都高新区): like
/// [`own_debt_rolled`] for the own area, the repayment is the zone's.
fn zone_debt_rolled(before: &str) -> Option<&str> {
    let first = before.split(['，', ',']).next().unwrap_or("");
    let at = first.find("政府债务余额")?;
    let head = first[..at].strip_suffix("地方").unwrap_or(&first[..at]);
    let taken_off = ["减去", "减"]
        .iter()
        .any(|w| clause_words(before).starts_with(w));
    Some(area_of(clause_words(head))).filter(|a| taken_off && is_zone(a))
}

/// A line the words right after its figure take into a level's budget (`新增专项债券54.6亿元纳入
/// 市本级政府性基金预算`): the money is that level's, not the whole area's the report gives.
fn level_taken_in(subj: &str, after: &str) -> Option<String> {
    let after = ["亿元", "万元", "元"]
        .iter()
        .find_map(|u| after.strip_prefix(u))
        .unwrap_or(after);
    let rest = after.strip_prefix("纳入")?;
    let clause = rest
        .split(['，', '。', '；', ',', ';'])
        .next()
        .unwrap_or("");
    let level = LEVELS_ALONE
        .iter()
        .map(|(level, _)| *level)
        .find(|level| clause.starts_with(level))?;
    (clause.ends_with("预算") && !names_area(subj) && !subj.starts_with(level))
        .then(|| format!("{level}{subj}"))
}

/// Lines a department's account shares its revenue or spending into.
const DEPARTMENT_LINES: [&str; 8] = [
    "财政拨款收入",
    "事业收入",
    "经营收入",
    "其他收入",
    "基本支出",
    "项目支出",
    "经营支出",
    "财政拨款支出",
];

/// How a report opens a summary of one body's account, and whether the body is named with
/// 部门 (its departments together: `成都高新区部门决算汇总显示`) or alone (`市民政局收入预算总额`).
const SUMMARIES: [(&str, bool); 6] = [
    ("部门决算汇总显示", true),
    ("部门预算汇总显示", true),
    ("收入预算总额", false),
    ("支出预算总额", false),
    ("收入决算总额", false),
    ("支出决算总额", false),
];

/// `subj`, a line of a department's account, named with the body whose summary its sentence
/// opens with and shares out after 其中 (`2024年成都高新区部门决算汇总显示，部门单位收入合计…，
/// 其中：…其他收入3.4亿元` → 成都高新区部门其他收入; `2022年市民政局收入预算总额…，其中：财政拨款
/// 收入…` → 市民政局财政拨款收入), or the sentence before when this one goes on with its
/// spending (`支出合计263.8亿元，其中：…项目支出222.6亿元`). A zone named short is named as the
/// report names it in full (`东部新区` after `（四）成都东部新区决算情况`).
fn summary_part(subj: &str, before: &str, earlier: &[&str]) -> Option<String> {
    let total = SUMMARY_TOTALS.contains(&subj);
    if !total && (!DEPARTMENT_LINES.contains(&subj) || !before.contains("其中")) {
        return None;
    }
    let goes_on = before.starts_with("支出合计") || before.starts_with("收入合计");
    let opening = if goes_on { earlier.first()? } else { before };
    let first = opening.split(['，', '；', '：', ',', ';', ':']).next()?;
    let first = first.trim_start_matches(|c: char| c.is_ascii_digit() || c == '年');
    // (up to its figure: `市民政局收入预算总额16441.4万元`)
    let first = first
        .split(|c: char| c.is_ascii_digit())
        .next()
        .unwrap_or(first);
    let (body, departments) = SUMMARIES
        .iter()
        .find_map(|&(w, d)| first.strip_suffix(w).map(|b| (b, d)))?;
    let body = if body.is_empty() {
        // (the sentence before the opening names the body: `四川天府新区直管区共29个部门…编报了…`)
        reporting_zone(earlier.get(usize::from(goes_on))?)?
    } else if AREAS.contains(&body) {
        body
    } else if is_zone(body) {
        full_name(body, earlier).unwrap_or(body)
    } else {
        return None;
    };
    let departments = departments && !subj.starts_with("部门");
    Some(format!(
        "{body}{}{subj}",
        if departments { "部门" } else { "" }
    ))
}

/// Totals of a department's account (`单位收入合计`, `支出合计`): the summed account's, as its
/// lines are (成都东部新区部门支出合计), not the report's own budget's.
const SUMMARY_TOTALS: [&str; 6] = [
    "收入合计",
    "支出合计",
    "单位收入合计",
    "单位支出合计",
    "部门单位收入合计",
    "部门单位支出合计",
];

/// The zone whose departments a sentence says report their accounts
/// (`四川天府新区直管区共29个部门（含街道）、128个单位编报了2024年度部门决算`), for a summary that
/// then opens with no body (`2024年部门决算汇总显示，…`).
fn reporting_zone(text: &str) -> Option<&str> {
    if !text.contains("编报") {
        return None;
    }
    let head = &text[..text.find("共")?];
    let head = head.rsplit('。').next()?;
    is_zone(head).then_some(head)
}

/// The name `short` has in full in an earlier heading or sentence opening with it after a
/// mark (`（四）成都东部新区决算情况` → 成都东部新区 for 东部新区): two characters before it.
fn full_name<'a>(short: &str, earlier: &[&'a str]) -> Option<&'a str> {
    earlier.iter().find_map(|t| {
        t.match_indices(short).find_map(|(i, _)| {
            let head = &t[..i];
            let (at, _) = head.char_indices().rev().nth(1)?;
            let prefix = &head[at..];
            let place = prefix
                .chars()
                .all(|c| is_han(c) && !"年月的在对向".contains(c))
                && head[..at]
                    .chars()
                    .last()
                    .is_none_or(|c| "）)。，、 ".contains(c));
            let full = &t[at..i + short.len()];
            (place && is_zone(full)).then_some(full)
        })
    })
}

/// How many sentences a list of a social insurance fund's kinds (分险种来看：…；…；…) runs.
const KINDS_REACH: usize = 8;

/// `subj`, a line of one kind of social insurance fund (城乡居民基本养老保险基金支出), named with
/// the level whose 社会保险基金 the list of kinds it stands in shares out
/// (`市本级社会保险基金收入281.2亿元…。分险种来看：城乡居民基本养老保险基金收入0.17亿元…`): a
/// report printing the list for 全市 and then for 市本级 names the level only before the list.
fn insurance_fund_line(subj: &str, before: &str, earlier: &[&str]) -> Option<String> {
    if !subj.contains("保险基金") || subj.contains("社会保险基金") || names_area(subj) {
        return None;
    }
    let texts = std::iter::once(before).chain(earlier.iter().copied());
    let (k, opener) = texts
        .take(KINDS_REACH)
        .enumerate()
        .take_while(|&(k, t)| k == 0 || !is_heading(t))
        .find(|(_, t)| t.contains("分险种"))?;
    let head = &opener[..opener.find("分险种")?];
    // (the fund the list shares out: named in the opener's sentence or the one before it)
    let named = last_budget(head).or_else(|| earlier.get(k).and_then(|t| last_budget(t)));
    match named? {
        Named::Owner(area, budget) if budget.starts_with("社会保险基金") && !is_own(area) => {
            Some(format!("{area}{subj}"))
        }
        _ => None,
    }
}

/// `subj` named with its owner, when it is a bare line whose budget is a fund or whose area is
/// not the report's own: `before` is its sentence up to the figure, `after` the rest of it,
/// `earlier` the sentences before it, nearest first, within the same part of the report.
/// `None` when nothing changes.
pub(super) fn owned_line<'a>(
    subj: &str,
    before: &'a str,
    after: &'a str,
    earlier: impl Iterator<Item = &'a str>,
) -> Option<String> {
    // (a line naming a counterpart, 中央和省专项转移支付收入, is of a budget its own sentence
    // names, or one before when it goes on with that account (加…区上解收入…): read alone it
    // may be the area's, not the level's named before)
    let bare = is_bare_line(subj, false);
    // (a project of a list is named as its line is; `project` marks the projects alone)
    let project = !bare && is_project_line(subj);
    let plain = bare || project;
    let earlier: Vec<&str> = earlier.take(REACH).collect();
    if let Some(named) = use_of_aside_class(subj, before, &earlier) {
        return Some(named);
    }
    if let Some(named) = levels_part_of_fund(subj, &earlier) {
        return Some(named);
    }
    if let Some(named) = levels_fund_line(subj, before, after, &earlier) {
        return Some(named);
    }
    if let Some(named) = levels_fund_transfer(subj, before, &earlier) {
        return Some(named);
    }
    // (市本级2024年对各区县市专项转移支付…: the places a transfer goes to are no owner)
    if let Some(area) = area_before_year(subj, before).filter(|a| !is_own(a))
        && (!names_area(subj) || subj.starts_with('对'))
    {
        return Some(format!("{area}{subj}"));
    }
    if let Some(zone) = debt_zone(subj, before) {
        return Some(format!("{zone}{subj}"));
    }
    if let Some(named) = part_of_bracketed_whole(subj, before) {
        return Some(named);
    }
    if let Some(named) = level_taken_in(subj, after) {
        return Some(named);
    }
    if let Some(named) = summary_part(subj, before, &earlier) {
        return Some(named);
    }
    if let Some(named) = insurance_fund_line(subj, before, &earlier) {
        return Some(named);
    }
    if let Some(named) = budget_line_area(subj, before, after, &earlier) {
        return Some(named);
    }
    if let Some(named) = fund_move_of_level(subj, before) {
        return Some(named);
    }
    if let Some(named) = paid_up_to_total(subj, before, after) {
        return Some(named);
    }
    if !plain && !is_bare_line(subj, true) {
        return added_to(subj, before, after, earlier.first().copied());
    }
    // (the line's sentence, then those before it up to a heading; one naming only an area,
    // `3．国有资本经营预算` then `（1）全市收支情况`, heads a part of the account above it)
    // (`三、其他收入项目情况` after `二、上级补助收入项目情况` and `一、…`: the account the series
    // shares out is named right before its first heading)
    let mut texts = vec![before];
    // (where the sentence opening such a series stands)
    let mut past_series = None;
    for (i, &text) in earlier.iter().enumerate() {
        texts.push(text);
        if is_heading(text) && !names_area_only(text) {
            if let Some(opening) = before_series(text, earlier.get(i + 1..).unwrap_or_default()) {
                past_series = Some(texts.len());
                texts.push(opening);
            }
            break;
        }
    }
    let mut basic = false;
    let mut found = total_after(before, after).map(|n| (0, n));
    if found.is_none() {
        for (k, text) in texts.iter().enumerate() {
            basic |= text.contains("基本支出");
            if k > 0 && sibling_names_total(before, text, subj) {
                continue;
            }
            found = last_budget(text).map(|n| (k, n));
            // (a heading naming no budget: what it heads is its own, not the budget's before)
            if found.is_some() {
                break;
            }
        }
    }
    let (k, named) = found?;
    if k == 0
        && let Named::Joined(areas, budget) = named
    {
        return joined_line(subj, areas, budget);
    }
    let Named::Owner(area, budget) = named else {
        return None;
    };
    if !plain && k > 0 && !adds_on(before) {
        return None;
    }
    // (…市本级政府性基金收入X；政府性基金支出Y，其中：…: the area the budget was named with last)
    let area = if area.is_empty() {
        // (its sentence and the one before, or a heading within reach)
        texts
            .iter()
            .enumerate()
            .filter(|&(j, t)| (k..=k + 1).contains(&j) || is_heading(t) || opens_part(t))
            .find_map(|(_, t)| area_named(t, budget))
            .or_else(|| level_of_account_added_to(before, &texts, k, budget))
            .unwrap_or("")
    } else {
        area
    };
    // (a project is named with a fund's account only, and only in a list the text announces
    // as projects: the general budget's are its own, and `安排…资金` elsewhere names a use)
    let projects_listed = || texts.iter().take(k + 1).any(|t| lists_projects(t));
    if !fits(subj, budget) || project && (budget == "一般公共预算" || !projects_listed()) {
        return None;
    }
    // (a series of headings under the general budget names its own kinds of revenue, 专项收入,
    // 转移支付收入, each its own line; only a fund's series is sure to share out the fund)
    if past_series.is_some_and(|s| k >= s) && budget == "一般公共预算" {
        return None;
    }
    // (全市…支出完成689.4亿元…。其中，市级…支出完成333.4亿元。支出进度较快的科目主要有：教育支出…:
    // the lines after an aside go on from the account it is a part of)
    // (我市, 合肥市: a name the report's own area takes whatever the title, left bare)
    if let Some(whole) = aside_whole(&texts, k, area, budget) {
        return whole
            .starts_with('全')
            .then(|| format!("{whole}{budget}{subj}"));
    }
    // (对个人和家庭的补助 of 市本级一般公共预算基本支出: the class is 基本支出's)
    let basic = basic && is_economic(subj.strip_suffix('等').unwrap_or(subj));
    let general = budget == "一般公共预算";
    if general && is_own(area) && !basic {
        return None;
    }
    let owner = if general && is_own(area) {
        String::new()
    } else {
        format!("{area}{budget}")
    };
    Some(format!(
        "{owner}{}{subj}",
        if basic { "基本支出" } else { "" }
    ))
}

/// `subj`, a line of a sentence opening with an account several areas share
/// (`2022年市本级、名胜区政府性基金收入合计1603.66亿元,加上…转移性收入830.45亿元,收入合计2434.11亿元`,
/// `市本级、钱塘新区、名胜区一般公共预算支出合计…,一般债券支出24.6亿元`), named with those areas
/// and the budget as printed: bare, it reads as the report's own level's.
fn joined_line(subj: &str, areas: &str, budget: &str) -> Option<String> {
    fits(subj, budget).then(|| format!("{areas}{budget}{subj}"))
}

/// The area whose account an aside shares out, when `texts[k]`, the text naming the line's
/// `budget` last, is an aside on a part of it (`其中，市级一般公共预算支出完成333.4亿元…`) and the
/// sentence before names the account with the report's own area, another than the aside's
/// `area` (`全市一般公共预算支出完成689.4亿元…`): the lines after the aside (`支出进度较快的科目主要
/// 有：` then `教育支出126亿元，为预算的54.4%`) go on from that account, not the part, their
/// figures the whole's (a budget of 231.6亿元 for 教育, a third of the level's whole spending).
/// Named with that area (全市), they read right in a report a level's title gives; bare, as the
/// level's. `None` when `texts[k]` is no such aside.
fn aside_whole<'a>(texts: &[&'a str], k: usize, area: &str, budget: &str) -> Option<&'a str> {
    if k == 0 || !texts.get(k).is_some_and(|t| t.starts_with("其中")) {
        return None;
    }
    texts
        .get(k + 1)
        .and_then(|t| area_named(t, budget))
        .filter(|a| is_own(a) && *a != area)
}

/// `subj`, a use listed after `主要用于` in a sentence a class line opens (`社会保障和就业支出81.2亿元，
/// 为预算的61.2%，主要用于…城乡居民基本养老保险基金财政补助17.6亿元`), when that class took the
/// whole's area from an aside before it (aside_whole: `全市一般公共预算社会保障和就业支出`): the
/// use is a part of that class line and is named with it. Bare, it reads as the level's the
/// aside names (市级); a use ending like a class (`低保特困等救助支出`) would take the whole's
/// area without its class. `None` unless the class line is named so.
fn use_of_aside_class(subj: &str, before: &str, earlier: &[&str]) -> Option<String> {
    let (head, uses) = before.split_once("主要用于")?;
    if !uses.ends_with(subj) {
        return None;
    }
    let class = &head[..head.find(|c: char| c.is_ascii_digit())?];
    if class.is_empty() || !is_bare_line(class, false) {
        return None;
    }
    // (the class opens its sentence: the texts it reads its owner from are those before it)
    let texts: Vec<&str> = std::iter::once("")
        .chain(earlier.iter().copied())
        .take_while(|t| !is_heading(t))
        .collect();
    let (k, named) = texts
        .iter()
        .enumerate()
        .find_map(|(k, t)| last_budget(t).map(|n| (k, n)))?;
    let Named::Owner(area, budget) = named else {
        return None;
    };
    let whole = aside_whole(&texts, k, area, budget).filter(|w| w.starts_with('全'))?;
    let line = format!("{whole}{budget}{class}");
    (owned_line(class, "", "", earlier.iter().copied()).as_deref() == Some(line.as_str()))
        .then(|| format!("{line}{subj}"))
}

/// `subj`, a level's bare line or total (`市级总支出`, `市级土地收入`) where the account the
/// text gives is a fund's (`2024年市本级政府性基金预算支出971.3亿元。加上…后，市级总支出1,985.8亿元`):
/// the fund's, named with the level as printed. Read bare, the level's line is its general
/// budget's. `None` unless the line, read without its level, is a fund's whose area is that
/// level, another level or none.
fn levels_fund_line(subj: &str, before: &str, after: &str, earlier: &[&str]) -> Option<String> {
    let level = LEVELS_ALONE
        .into_iter()
        .map(|(level, _)| level)
        .find(|l| subj.starts_with(l))?;
    let line = &subj[level.len()..];
    // (市级政府性基金预算收入预算总计X，其中：市级收入Y: the level's own part, levels_line_of_fund)
    // (…总支出安排X，其中…当年市级社会保险基金收入安排的支出Y、重点项目支出Z: a fund named
    // inside the sentence, not at its head, is a part's, not the account's)
    let head = before.split(['，', ',']).next().unwrap_or("");
    let named_inside = OWNERS
        .iter()
        .any(|o| before.contains(o) && !head.contains(o));
    // (市本级财政共安排政府债务还本付息支出X: the government's debt, every budget's)
    let every_budgets = line.contains("政府债");
    if ["收入", "支出"].contains(&line)
        || !is_bare_line(line, false)
        || named_inside
        || every_budgets
    {
        return None;
    }
    let owner = owned_line(line, before, after, earlier.iter().copied())?;
    let owner = owner.strip_suffix(line)?;
    let fund = OWNERS
        .iter()
        .filter(|b| !["一般公共预算", "财政专户管理资金"].contains(b))
        .find(|b| owner.ends_with(**b))?;
    let area = &owner[..owner.len() - fund.len()];
    (area.is_empty() || LEVELS.contains(&area)).then(|| format!("{level}{fund}{line}"))
}

/// How many sentences back a fund's total shared out with the level's own part is looked for.
const PART_REACH: usize = 3;

/// `subj`, a level's own revenue or spending bare (`市级收入2.1亿元`, `市级收入预算210.2亿元`)
/// shortly after a sentence sharing out a fund's total with that part (`预计2022年市级国有资本
/// 经营预算收入总计2.6亿元，其中：市级收入2.1亿元，上级补助收入…`): the level's part of the
/// fund, named with it. Read bare, the level's revenue is its general budget's.
fn levels_part_of_fund(subj: &str, earlier: &[&str]) -> Option<String> {
    let level = LEVELS_ALONE
        .into_iter()
        .map(|(level, _)| level)
        .find(|l| subj.starts_with(l))?;
    let line = &subj[level.len()..];
    let flow = line.strip_suffix("预算").unwrap_or(line);
    if !["收入", "支出"].contains(&flow) {
        return None;
    }
    let part = format!("其中：{level}{flow}");
    let total = earlier
        .iter()
        .take(PART_REACH)
        .find(|t| t.contains(&part))?;
    // (预计2022年市级国有资本经营预算收入总计: an expected total is the fund's all the same)
    let head = total[..total.find(&part)?].replace("预计", "");
    let Named::Owner(area, budget) = last_budget(&head)? else {
        return None;
    };
    if area != level || budget.starts_with("一般公共预算") {
        return None;
    }
    // (市级收入预算 → 市级政府性基金收入预算: 预算 once)
    let fund = if line.ends_with("预算") {
        budget.strip_suffix("预算").unwrap_or(budget)
    } else {
        budget
    };
    Some(format!("{level}{fund}{line}"))
}

/// `subj`, a level's transfer paid down (`市本级对下级转移支付119.9亿元`) right after the
/// sentence giving the same level's transfer of a fund from above (`市本级收到政府性基金预算上级
/// 转移支付4.8亿元`): the fund's, as the pair shares out one account. Read bare, the level's
/// transfer is its general budget's. `None` unless its own sentence names no budget.
fn levels_fund_transfer(subj: &str, before: &str, earlier: &[&str]) -> Option<String> {
    let level = LEVELS_ALONE
        .into_iter()
        .map(|(level, _)| level)
        .find(|l| subj.starts_with(l))?;
    let line = &subj[level.len()..];
    if !line.starts_with('对')
        || !line.ends_with("转移支付")
        || OWNERS.iter().any(|o| before.contains(o))
    {
        return None;
    }
    let previous = earlier.first().filter(|t| !is_heading(t))?;
    let (at, fund) = OWNERS
        .iter()
        .filter_map(|b| previous.find(b).map(|i| (i, *b)))
        .max_by_key(|&(_, b)| b.len())?;
    // (the one budget the sentence names, received from above by the same level)
    let one = OWNERS
        .iter()
        .all(|o| !previous.contains(o) || fund.contains(o));
    let received = previous[at..].starts_with(&format!("{fund}上级转移支付"));
    let is_fund = !["一般公共预算", "财政专户管理资金"].contains(&fund);
    (one && received && is_fund && previous[..at].contains(level))
        .then(|| format!("{level}{fund}{line}"))
}

/// The level a clause adding to an account (`加调出资金2.8亿元、…专项债务还本5.6亿元…，总支出
/// 2797.5亿元`) takes from further back when the sentence naming its budget bare (`texts[k]`:
/// `…政府性基金支出主要用于…`) and the one before name no area: the account opened a few
/// sentences before (`市级政府性基金预算支出729.3亿元，其中：…`).
fn level_of_account_added_to<'a>(
    before: &str,
    texts: &[&'a str],
    k: usize,
    budget: &str,
) -> Option<&'a str> {
    if k == 0 || !adds_on(before) {
        return None;
    }
    texts
        .iter()
        .skip(k + 2)
        .take(3)
        .take_while(|t| !is_heading(t))
        .find_map(|t| area_named(t, budget))
        .filter(|a| LEVELS.contains(a))
}

/// Whether `text` is an item of the list the line is an item of that names a budget's whole
/// revenue or spending (`(17)国有资本经营预算收入-12.4亿元` before `(20)其他收入3667万元` in
/// the list of 全市一般公共预算收入): the budget names that item alone, not the items beside it,
/// which are the list's whole's, named before the list (市本级国有资本经营预算全口径收入 …
/// （2）上级转移支付收入) or not at all.
fn sibling_names_total(before: &str, text: &str, subj: &str) -> bool {
    let Some(kind) = ["收入", "支出"].into_iter().find(|k| subj.ends_with(k)) else {
        return false;
    };
    let item = super::strip_marker(text);
    marker_level(before).is_some_and(|l| marker_level(text) == Some(l))
        && OWNERS
            .iter()
            .any(|b| item.strip_prefix(b).is_some_and(|r| r.starts_with(kind)))
}

/// `subj`, a line named with its budget but not its area (`市本级国有资本经营预算收入8.75亿元…；`
/// then `国有资本经营预算支出5.45亿元，…结转下年0.06亿元`), named with the area that budget was
/// named with last, as its bare line would be (市本级国有资本经营预算结转下年). `None` when the
/// line's owner is another budget, the report's own area or no level.
fn budget_line_area(subj: &str, before: &str, after: &str, earlier: &[&str]) -> Option<String> {
    let budget = OWNERS.iter().find(|b| subj.starts_with(**b))?;
    let line = &subj[budget.len()..];
    if !is_bare_line(line, false) {
        return None;
    }
    let named = owned_line(line, before, after, earlier.iter().copied())?;
    let area = named.strip_suffix(subj)?;
    // (a level only: the words before a budget may be a clause's, 市八届人大五次会议批准市本级)
    (AREAS.contains(&area) && !is_own(area)).then_some(named)
}

/// `subj`, money a general budget puts into or draws from its stabilisation fund, named with
/// the level or zone its sentence opens the account with (`市本级一般公共预算支出561.9亿元，…，
/// 安排预算稳定调节基金4.7亿元` → 市本级安排预算稳定调节基金); the fund's name keeps it from
/// reading as a bare line. `None` for the report's own area, and after a clause adding to the
/// account (`市本级一般公共预算支出X，加上补助区级支出Y，…安排预算稳定调节基金Z…后，市级…总支出`:
/// the line is of the total named after, not of the level's own spending).
fn fund_move_of_level(subj: &str, before: &str) -> Option<String> {
    let verb = subj.strip_suffix("预算稳定调节基金")?;
    let adding = before
        .split(['，', ','])
        .any(|c| c.starts_with(['加', '减']));
    if !["安排", "补充", "动用", "调入"].contains(&verb) || adding {
        return None;
    }
    match last_budget(before)? {
        Named::Owner(area, "一般公共预算") if !is_own(area) => Some(format!("{area}{subj}")),
        _ => None,
    }
}

/// `subj`, the money a clause adds (`加上中央税收返还收入、…、区上解省市收入…等转移性收入`),
/// named with the budget and area its sentence opens with (`2023年市本级一般公共预算收入358.51亿元，
/// 加上…` → 市本级一般公共预算…), or with the total it names after (`…加上上级补助等0.3亿元后，
/// 市级国有资本经营预算总收入`), or with the account of the sentence before when the clause
/// opens its own sentence after a `；` (`市级（含…）一般公共预算当年收入247.67亿元，…；` then
/// `加上级税收返还…等564.66亿元`): the transfers are that account's. Its counterparts (中央, 省,
/// 区) keep it from reading as a bare line; a general budget of the report's own area needs no
/// owner.
fn added_to(subj: &str, before: &str, after: &str, previous: Option<&str>) -> Option<String> {
    let clause = before.rsplit(['，', ',']).next().unwrap_or(before);
    let head = match &before[..before.len() - clause.len()] {
        "" => previous.filter(|p| goes_on(p)).unwrap_or(""),
        head => head,
    };
    let adding = clause.starts_with('加')
        && !["加强", "加快", "加大", "加力"]
            .iter()
            .any(|w| clause.starts_with(w))
        || takes_off(clause, head);
    let core = subj.strip_suffix('等').unwrap_or(subj);
    // (…等转移性收720.79亿元: 收入 cut short in print, the same line)
    // (加中央专项转移支付收入33.9亿元、再融资专项债券1518.8亿元…，总收入2797.5亿元: the bonds the
    // account takes in are a line of it too)
    let line = LINE_ENDS.iter().any(|e| core.ends_with(e))
        || subj.ends_with('等')
        || core.ends_with("等转移性收")
        || core.ends_with("债券");
    // (全市…收入X，其中市本级Y，加上…: which account goes on is in doubt)
    // (…加上…上划结余11.04亿元,年末累计结余857.74亿元: the clause after names the whole)
    if !adding
        || !clause.contains(core)
        || head.is_empty()
        || head.contains("其中")
        || !line
        || leading_area(subj).is_some()
        || OWNERS.iter().any(|o| subj.contains(o))
    {
        return None;
    }
    let (area, budget, one_area) = match total_after(before, after) {
        Some(Named::Owner(area, budget)) => (area, budget, true),
        _ => {
            let (area, budget) = match last_budget(head)? {
                Named::Owner(area, budget) => (area, budget),
                // (2022年市本级、名胜区一般公共预算收入合计X,加上…: the account the areas share,
                // named as its 收入合计 after is)
                Named::Joined(areas, budget) => return joined_line(subj, areas, budget),
                Named::Several => return None,
            };
            // (the sentence names no other area before: `全市…，市本级…，加上…`)
            let one_area = AREAS.iter().all(|a| !head.contains(a) || area.contains(a));
            (area, budget, one_area)
        }
    };
    account_line(area, budget, subj).filter(|_| one_area)
}

/// Whether `clause` takes money off the account a clause of `head` added to (`…收入预期X，
/// 加…等Y，减对下转移支付等Z，总收入累计W`): what it takes off is that account's line too.
fn takes_off(clause: &str, head: &str) -> bool {
    clause.starts_with('减')
        && !clause.starts_with("减少")
        && head.split(['，', ',']).any(|c| c.starts_with('加'))
}

/// `subj`, what a lower level pays up (`区级上解收入`), named with the total its sentence names
/// after 后 (`…，区级上解收入7.6亿元…后，市级政府性基金总收入` → 市级政府性基金区级上解收入): the
/// level is the payer, a counterpart as 中央 and 省 are, not the line's owner.
fn paid_up_to_total(subj: &str, before: &str, after: &str) -> Option<String> {
    let paid_up = ["区级", "县级", "区县级"]
        .iter()
        .any(|l| subj.strip_prefix(l).is_some_and(|r| r.starts_with("上解")));
    if !paid_up {
        return None;
    }
    let Named::Owner(area, budget) = total_after(before, after)? else {
        return None;
    };
    account_line(area, budget, subj)
}

/// `subj` named as a line of `area`'s `budget` when it fits that budget; the report's own
/// general budget needs no owner.
fn account_line(area: &str, budget: &str, subj: &str) -> Option<String> {
    let own_general = budget == "一般公共预算" && is_own(area);
    (!own_general && fits(subj, budget)).then(|| format!("{area}{budget}{subj}"))
}

/// `subj`, a bare 支出预算 or 收入预算 (支出合计, 收入合计) following its counterpart in the same
/// sentence (`批准的市本级国有资本经营收入预算23.4亿元,支出预算15.6亿元` → 市本级国有资本经营支出
/// 预算; `四大开发区三本预算收入合计121.2亿元，…，支出合计305.3亿元` → 四大开发区三本预算支出合计):
/// named as the counterpart is, the pair being one account's.
pub(super) fn paired_budget(subj: &str, previous: &str) -> Option<String> {
    let (this, other) = match subj {
        "支出预算" => ("支出预算", "收入预算"),
        "收入预算" => ("收入预算", "支出预算"),
        "支出合计" => ("支出合计", "收入合计"),
        "收入合计" => ("收入合计", "支出合计"),
        _ => return None,
    };
    let owner = previous.strip_suffix(other)?;
    (!owner.is_empty()).then(|| format!("{owner}{this}"))
}

/// `subj`, a later line of a sentence opening with a quoted programme whose first line is
/// named with it (`“知识产权贷”资金池总规模1600万元，贷款发放额度4.2亿元` →
/// “知识产权贷”贷款发放额度): a line naming no owner of its own is the programme's too. Not a
/// period (`“十三五”期间`), nor a line whose area names its owner (`“十三五”全市累计…`), nor a
/// heading's words before a colon (`“三公”经费执行情况：`).
pub(super) fn programme_line(subj: &str, first: &str, text: &str) -> Option<String> {
    let close = text.strip_prefix('“')?.find('”')? + '“'.len_utf8() + '”'.len_utf8();
    let programme = &text[..close];
    let named = first.strip_prefix(programme)?;
    // (“十三五”全市累计…: a plan's years, and the area names the owner)
    let no_programme = programme.starts_with("“十") && programme.ends_with("五”")
        || ["期间", "时期", "时", "以来"]
            .iter()
            .any(|w| named.starts_with(w))
        || names_area(named)
        || named.starts_with(['全', '我', '各', '本']);
    let own =
        subj.contains(['“', '”']) || names_area(subj) || subj.starts_with(['全', '我', '各', '本']);
    (!no_programme && !own && !named.is_empty() && first != subj && !text.contains('：'))
        .then(|| format!("{programme}{subj}"))
}

/// `subj`, a line a sentence opens by taking off (`减去调入一般公共预算等2.62亿元，市级国有资本经营
/// 预算当年支出安排6.43亿元` → 市级国有资本经营预算调入一般公共预算等), of the account the clause
/// right after it opens with, its area and budget as printed: bare, it names no account.
pub(super) fn deducted_line(subj: &str, sentence_head: &str, post: &str) -> Option<String> {
    let taken_off = ["减去", "扣除"]
        .iter()
        .any(|w| sentence_head.starts_with(w));
    if !taken_off || super::confidence::leading_area(subj).is_some() {
        return None;
    }
    let next = post.trim_start_matches(['，', ',']);
    let (at, budget) = OWNERS
        .iter()
        .filter_map(|b| next.find(b).map(|i| (i, *b)))
        .min_by_key(|&(i, b)| (i, std::cmp::Reverse(b.len())))?;
    let area = &next[..at];
    (!area.is_empty() && clause_head(area) == Some(area) && fits(subj, budget))
        .then(|| format!("{area}{budget}{subj}"))
}

/// `subj`, a bare carry-over (`结转下年使用`) in a 其中 list of the sentence's first figure
/// when that is money received, not a budget's account (`2023年中央和省下达专项转移支付收入55.87亿元，
/// 其中市本级安排使用17.91亿元、转移支付各区县（市）35.43亿元、结转下年使用2.53亿元` →
/// 中央和省专项转移支付收入结转下年使用): what is carried over is part of that money, not of the
/// level's budget a heading names.
pub(super) fn carried_of_first(subj: &str, first: &str, sentence_head: &str) -> Option<String> {
    let carried = subj
        .strip_prefix("结转下年")
        .is_some_and(|r| r.is_empty() || r == "使用");
    let received = ["收入", "资金"].iter().any(|e| first.ends_with(e))
        && !OWNERS.iter().any(|o| first.contains(o));
    let listed = sentence_head.find("其中").is_some_and(|i| {
        super::FIGURE
            .as_ref()
            .is_some_and(|re| re.is_match(&sentence_head[..i]))
    });
    (carried && received && listed).then(|| format!("{first}{subj}"))
}

/// Whether `text` opens a numbered part naming its area (`2.市级情况：2024年，市级国有资本经营
/// 预算收入10.8亿元…`): the area of the accounts after it within the part.
fn opens_part(text: &str) -> bool {
    marker_level(text).is_some() && text.contains("情况：")
}

/// Whether the line's clause goes on with an account named before (`加上上解上级、补助县区等支出`,
/// also after that account's spending in the same sentence: `支出完成175.3亿元，…，加上…`).
fn adds_on(before: &str) -> bool {
    let clause = before.rsplit(['，', ',']).next().unwrap_or(before);
    before.starts_with(['加', '减']) || clause.starts_with(['加', '减'])
}

/// A level's budget drawing money (`平衡2024年市级预算调出124.1亿元`, `编制…市本级预算时调出`):
/// the money leaves the budget stabilization fund, not the budget. `Some(name)` with the fund
/// when the sentence or the one before names the level's fund, `Some(None)` (not emitted)
/// otherwise; `None` for any other subject.
pub(super) fn drawn_from_fund<'a>(
    subj: &str,
    before: &str,
    mut earlier: impl Iterator<Item = &'a str>,
) -> Option<Option<String>> {
    let rest = subj.strip_suffix("调出")?;
    let area = rest
        .strip_suffix('时')
        .unwrap_or(rest)
        .strip_suffix("预算")?;
    // (成都高新区国有资本经营预算调出: a budget moving its money out, named as it is)
    if area.is_empty() || !names_area(area) || OWNERS.iter().any(|o| rest.contains(o)) {
        return None;
    }
    let fund = format!("{area}预算稳定调节基金");
    let named = before.contains(&fund) || earlier.next().is_some_and(|t| t.contains(&fund));
    Some(named.then(|| format!("{fund}调出")))
}

/// The sentence right before the first of a series of headings that name kinds of an account's
/// lines and no budget or fund (`一、市级收入主要项目情况` … `三、其他收入项目情况`), when
/// `heading` is a later one of them and `further` (the sentences before it, nearest first)
/// reaches the first through headings of the series alone: what the series shares out is named
/// there. `None` for any other heading (`1.国有土地使用权出让收入、国有土地收益基金` heads a
/// fund's own account).
fn before_series<'a>(heading: &str, further: &[&'a str]) -> Option<&'a str> {
    let level = marker_level(heading)?;
    let of_series = |t: &str| {
        marker_level(t) == Some(level)
            && last_budget(t).is_none()
            && ["收入", "支出"].iter().any(|w| t.contains(w))
            && !t.contains('年')
            && !t.contains("基金")
    };
    let first = |t: &str| {
        let marker = &t[..t.len() - super::strip_marker(t).len()];
        let ordinal: String = marker
            .chars()
            .filter(|c| !"、.．（）() ".contains(*c))
            .collect();
        ["一", "1", "１", "①"].contains(&ordinal.as_str())
    };
    if !of_series(heading) || first(heading) {
        return None;
    }
    for (i, &t) in further.iter().enumerate() {
        if !is_heading(t) {
            continue;
        }
        if !of_series(t) {
            return None;
        }
        if first(t) {
            return further.get(i + 1).copied().filter(|t| !is_heading(t));
        }
    }
    None
}

/// 项 of the function classification that many 款 have: named alone, they do not say whose.
const GENERIC_ITEMS: [&str; 9] = [
    "行政运行",
    "一般行政管理事务",
    "机关服务",
    "事业运行",
    "机构运行",
    "信息管理",
    "行政运行支出",
    "一般行政管理事务支出",
    // (`②信息化建设决算数为9305万元` under `（23）市场监督管理事务…`: a 项 of many 款, 税收事务,
    // 公安, 医疗保障管理事务…)
    "信息化建设",
];

/// `subj` (with its area, if any) named with the 款 it is a 项 of, when it is a generic 项
/// (`①行政运行决算数为9823万元` under `（1）人大事务决算数为…`; `…其中：行政运行X` after
/// `(3)民主党派及工商联事务Y`): the item of a higher list level before it, or the figure its
/// sentence's 其中 shares out. `Some(None)` when it is one and no 款 is found: not emitted.
pub(super) fn generic_item<'a>(
    subj: &str,
    text: &str,
    at: usize,
    whole_here: Option<&str>,
    earlier: impl Iterator<Item = &'a str>,
) -> Option<Option<String>> {
    let area = leading_area(subj).unwrap_or("");
    let item = &subj[area.len()..];
    if !GENERIC_ITEMS.contains(&item) {
        return None;
    }
    let before = text.get(..at).unwrap_or("");
    let named = |head: &str| {
        let head = head.strip_suffix("支出").unwrap_or(head);
        Some(format!("{area}{head}{item}"))
    };
    if before.contains("其中")
        && let Some(w) = whole_here.filter(|w| !w.is_empty() && !w.ends_with(item))
    {
        let w = after_area(w);
        return Some(named(w));
    }
    let Some(mine) = marker_level(text) else {
        return Some(None);
    };
    for t in earlier.take(REACH) {
        match marker_level(t) {
            Some(l) if l < mine => return Some(item_head(t).and_then(named)),
            _ if is_heading(t) => break,
            _ => {}
        }
    }
    Some(None)
}

/// `subj` (with its area, if any) named with its 类 when it is `其他支出` listed as a 款 under a
/// numbered 类 (`( 16) 援助其他地区支出 1. 8 亿元,下降 0. 4% 。 其中:` then `其他支出 1. 8 亿元,
/// 下降 0. 4% 。`): bare it reads as the 类 其他支出, another figure; it is the 类's
/// (市本级援助其他地区其他支出). `text` is the item's sentence (unmarked), `earlier` the
/// sentences before it, nearest first: their items and reasons up to the 类's line, which opens
/// a 其中 list. `None` otherwise.
pub(super) fn other_kuan<'a>(
    subj: &str,
    text: &str,
    earlier: impl Iterator<Item = &'a str>,
) -> Option<String> {
    let area = leading_area(subj).unwrap_or("");
    let item = &subj[area.len()..];
    if item != "其他支出" || marker_level(text).is_some() || !text.starts_with(item) {
        return None;
    }
    let opens_list = |t: &str| {
        let t = t.trim_end();
        ["其中:", "其中："].iter().any(|w| t.ends_with(w))
    };
    let mut listed = false;
    for t in earlier.take(8) {
        if marker_level(t).is_some() {
            let head = item_head(t)?;
            return (head != item && (listed || opens_list(t))).then(|| {
                let head = head.strip_suffix("支出").unwrap_or(head);
                format!("{area}{head}{item}")
            });
        }
        if is_heading(t) {
            return None;
        }
        listed |= opens_list(t);
    }
    None
}

/// `subj` named with the level above it when it is a generic 款 or 项 printed with its level
/// (`1.其他支出（款）支出502万元` under `（六）援助其他地区支出（类）`), in a report of any kind;
/// `Some(None)` when it is one and that level is not found: not emitted.
pub(super) fn leveled_item<'a>(
    subj: &str,
    earlier: impl Iterator<Item = &'a str>,
) -> Option<Option<String>> {
    let area = leading_area(subj).unwrap_or("");
    let item = &subj[area.len()..];
    let level = leveled_generic(item)?;
    Some(level_above(level, earlier).map(|head| format!("{area}{head}{item}")))
}

/// The level a generic 款 or 项 is printed with (`其他支出（款）支出`, `行政运行（项）支出`):
/// 款 or 项; `None` when `item` is not one.
fn leveled_generic(item: &str) -> Option<char> {
    let item = item.strip_suffix("支出").unwrap_or(item);
    let (name, level) = item
        .strip_suffix("（款）")
        .map(|n| (n, '款'))
        .or_else(|| item.strip_suffix("（项）").map(|n| (n, '项')))?;
    (GENERIC_ITEMS.contains(&name) || name == "其他支出").then_some(level)
}

/// The heading of the level above a generic `level` (款 → its 类, 项 → its 款) among the
/// earlier sentences, with its level (`（六）援助其他地区支出（类）` → 援助其他地区支出（类）):
/// a line that opens with the name and marks nothing after it. `None` at another heading, or
/// for a 项 at a 类 first: the 类 alone does not say which 款's 行政运行 it is.
fn level_above<'a>(level: char, earlier: impl Iterator<Item = &'a str>) -> Option<String> {
    let above = if level == '款' {
        "（类）"
    } else {
        "（款）"
    };
    for t in earlier.take(REACH) {
        let body = super::strip_marker(t.trim());
        if let Some(i) = body.find(above) {
            let end = i + above.len();
            let after = &body[end..];
            let name = &body[..i];
            let lone = !after.contains("（款）") && !after.contains("（项）");
            let plain = !name.is_empty() && !name.contains(['，', '。', '：', '、', ' ']);
            return (lone && plain).then(|| body[..end].to_string());
        }
        if is_heading(t) || t.contains("（类）") {
            return None;
        }
    }
    None
}

/// The name a list item opens with (`（1）人大事务决算数为…` → 人大事务), when it is a class of
/// the function classification.
fn item_head(text: &str) -> Option<&str> {
    let body = super::strip_marker(text);
    let end = body
        .char_indices()
        .find(|&(i, c)| {
            c.is_ascii_digit()
                || ('０'..='９').contains(&c)
                || "，。,；：（(为".contains(c)
                || ["决算数", "预算数", "执行数", "完成", "调整预算"]
                    .iter()
                    .any(|w| body[i..].starts_with(w))
        })
        .map_or(body.len(), |(i, _)| i);
    let head = &body[..end];
    let class = head.strip_suffix("支出").unwrap_or(head);
    (is_function_class_or_part(class) || is_function_class_or_part(head)).then_some(head)
}

/// The level of a heading's marker: 一、 1, （一） 2, 1. 3, （1） 4, ① 5; `None` for no marker.
pub(super) fn marker_level(text: &str) -> Option<u8> {
    let body = super::strip_marker(text);
    let marker = text
        .get(..text.len() - body.len())
        .filter(|m| !m.is_empty())?;
    let first = marker.chars().next()?;
    Some(match first {
        '（' | '(' if marker.chars().nth(1).is_some_and(is_cn_numeral) => 2,
        '（' | '(' => 4,
        c if is_cn_numeral(c) && marker.ends_with('是') => 6,
        c if is_cn_numeral(c) => 1,
        c if c.is_ascii_digit() => 3,
        _ => 5,
    })
}

/// Whether `area` is a zone or a body of its own (成都高新区, 湾里管理局, 四川天府新区直管区): a
/// place that is neither the report's own area nor one of its levels.
fn is_zone(area: &str) -> bool {
    // (经开区（含临空区）: a zone with what it takes in)
    let area = area
        .strip_suffix('）')
        .and_then(|a| a.rfind('（').map(|i| &a[..i]))
        .filter(|a| !a.is_empty())
        .unwrap_or(area);
    let n = area.chars().count();
    (3..=20).contains(&n)
        && !is_own(area)
        && !AREAS.iter().any(|a| area.contains(a))
        && ["区", "局", "县", "管委会"]
            .iter()
            .any(|e| area.ends_with(e))
        && !area.contains(['、', '和', '及', '各', '等', '年', '的'])
        && !area.contains(|c: char| c.is_ascii_digit())
        && !area.starts_with("关于")
        && !area.starts_with(['区', '县'])
        && ![
            "社区", "小区", "辖区", "地区", "山区", "库区", "园区", "片区", "城区",
        ]
        .iter()
        .any(|e| area.ends_with(e))
}

/// The zone `subject` opens with (成都高新区新增债券 → 成都高新区), the longest.
fn leading_zone(subject: &str) -> Option<&str> {
    subject
        .char_indices()
        .take(20)
        .filter(|&(_, c)| "区局县会）".contains(c))
        .map(|(i, c)| &subject[..i + c.len_utf8()])
        .filter(|z| is_zone(z))
        .last()
}

/// Levels a report gives an account of apart from the whole area's (`（二）市本级`).
const LEVELS: [&str; 7] = [
    "自治区本级",
    "市本级",
    "市级",
    "省本级",
    "省级",
    "区本级",
    "县本级",
];

/// `before` without the clauses ahead of the subject's that give money to another
/// (`另安排…，支持赣江新区发展资金3.0亿元，预留财力`): the place named there takes the money,
/// it does not give the account.
fn without_gifts(before: &str) -> String {
    let mut clauses: Vec<&str> = before.split(['，', '；']).collect();
    let own = clauses.pop().unwrap_or("");
    clauses.retain(|c| !["支持", "补助"].iter().any(|g| c.starts_with(g)));
    clauses.push(own);
    clauses.join("，")
}

/// The zone or level a heading is about (`（四）成都东部新区决算情况`, `3．湾里管理局预算情况`,
/// `（二）市本级`, `2.市级支出政策及保障重点`).
fn zone_in_heading(text: &str) -> Option<&str> {
    let body = super::strip_marker(text);
    // (`1．2022 年市级支出预算安排重点`: the year may stand spaced from its 年)
    let body = body
        .trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace())
        .trim_start_matches('年')
        .trim_start();
    if let Some(level) = LEVELS.iter().find(|l| body.starts_with(*l)) {
        return Some(levels_departments(body, level));
    }
    let end = [
        "预算",
        "决算",
        "财政",
        "“三公”",
        "的",
        "情况",
        "一般公共",
        "政府性基金",
        "国有资本",
        "社会保险",
    ]
    .iter()
    .filter_map(|w| body.find(w))
    .min()?;
    let zone = &body[..end];
    let zone = department_in_heading(zone).unwrap_or(zone);
    (is_zone(zone) || super::names::is_group(zone)).then_some(zone)
}

/// The level's departments when a heading opening with the level names them
/// (`（六）2024年市本级部门决算和…“三公”经费` → 市本级部门): the part's lines (上年结转结余等,
/// 结余分配) are the departments' account, not the level's budget.
fn levels_departments<'a>(body: &'a str, level: &str) -> &'a str {
    let end = level.len() + "部门".len();
    match body.get(..end) {
        Some(departments) if departments.ends_with("部门") => departments,
        _ => &body[..level.len()],
    }
}

/// The body whose departments' account a heading's words name (`重点审议单位市民政局部门` →
/// 市民政局): in a city's report, the lines of its part are that body's, not the city's.
fn department_in_heading(words: &str) -> Option<&str> {
    let body = words.strip_suffix("部门")?;
    // (重点审议单位…: the words saying why the body is reported on)
    let body = body.rsplit("单位").next().unwrap_or(body);
    (body.ends_with('局') && is_zone(body)).then_some(body)
}

/// The group of zones `subject` opens with before its budget
/// (`市属三个国家级开发区和青秀山风景区一般公共预算总收入`): their joint account goes on in the
/// sentences after, whose lines name no owner.
fn leading_group(subject: &str) -> Option<&str> {
    let at = BUDGETS.iter().filter_map(|b| subject.find(b)).min()?;
    let group = &subject[..at];
    super::names::is_group(group).then_some(group)
}

/// The level a heading explaining its budget names (`（五）关于市级预算（草案）的补充说明`):
/// the part is that level's, the figures under it (预备费, 对区（市）县转移支付) its own.
fn level_explained(heading: &str) -> Option<&'static str> {
    let rest = super::strip_marker(heading).strip_prefix("关于")?;
    let level = LEVELS.iter().find(|l| rest.starts_with(*l))?;
    let budget = rest[level.len()..]
        .strip_prefix("预算")?
        .trim_start_matches(['（', '(', '草', '案', '）', ')']);
    (budget == "的补充说明").then_some(level)
}

/// The zone whose account the text is giving (a report of a city gives its zones' accounts
/// one after another), opened by a heading naming it or by a statement naming it with its
/// budget (`2021年，高新技术产业开发区一般公共预算总收入…`).
#[derive(Default)]
pub(super) struct Zone {
    name: Option<String>,
    /// The level of the heading that opened it; `None` when a statement did.
    level: Option<u8>,
    /// The sentence that last named it.
    since: usize,
    /// The level of the last heading, and whether no sentence has followed it yet.
    last_heading: Option<u8>,
    fresh: bool,
    /// The member of a group of zones whose account the text gives within the group's part.
    member: Option<String>,
    /// Whether a heading explaining the level's budget opened it (see [`level_explained`]).
    explained: bool,
}

/// How many sentences a zone a statement opened lasts unless named again.
const ZONE_REACH: usize = 4;

/// Words that name a zone (赣江新区, 经济技术开发区, 湾里管理局 …).
const ZONE_WORDS: [&str; 10] = [
    "新区",
    "开发区",
    "管理局",
    "高新区",
    "风景区",
    "名胜区",
    "示范区",
    "管委会",
    "旅游区",
    "试验区",
];

impl Zone {
    /// Opens the zone `name` (or none), with no member of it named yet and no heading
    /// explaining it.
    fn open(&mut self, name: Option<String>) {
        self.name = name;
        self.member = None;
        self.explained = false;
    }

    /// A sentence of the running text with no figure: a heading opens or closes a zone.
    pub(super) fn heading(&mut self, text: &str, no: usize) {
        let Some(level) = marker_level(text) else {
            return;
        };
        // (2.政府性基金预算安排情况 under the group's heading: no member named yet)
        self.member = None;
        let explained = level_explained(text);
        if let Some(z) = explained.or_else(|| zone_in_heading(text)) {
            self.open(Some(z.to_string()));
            self.level = Some(level);
            self.since = no;
            self.explained = explained.is_some();
        } else if self.level.is_none_or(|l| level <= l) {
            self.open(None);
            self.level = None;
        }
        self.last_heading = Some(level);
        self.fresh = true;
    }

    /// A sentence of the running text that is no heading: the first after a heading opening
    /// with a level's budget (`（三）重点支出执行情况` then `2020年,市本级一般公共预算支出按照…`)
    /// opens that level's account for the heading's part.
    pub(super) fn sentence(&mut self, text: &str, no: usize) {
        if is_heading(text) || !std::mem::take(&mut self.fresh) || self.name.is_some() {
            return;
        }
        let opening = OWNERS
            .iter()
            .filter_map(|b| text.find(b))
            .min()
            .map_or("", |i| &text[..i]);
        if let (Some(level), Some(area)) = (self.last_heading, clause_head(clause_words(opening)))
            && LEVELS.contains(&area)
        {
            self.open(Some(area.to_string()));
            self.level = Some(level);
            self.since = no;
        }
    }

    /// A statement's subject, once named: one naming a zone with its budget opens that zone;
    /// one naming the report's own area or a level closes a zone a statement opened.
    pub(super) fn stated(&mut self, subject: &str, no: usize) {
        // (高新技术产业开发区收入… under （一）高新技术产业开发区和经济技术开发区…: the group's
        // part gives one member's account)
        if let Some(member) = self.member_named(subject) {
            self.member = Some(member);
            self.since = no;
            return;
        }
        // (成都高新区新增债券, 全市债务余额: another's money ends what a statement opened)
        let another = leading_zone(subject).is_some_and(|z| self.name.as_deref() != Some(z))
            || AREAS.iter().any(|a| subject.starts_with(a))
            || subject.starts_with(['全', '我']);
        if another && self.level.is_none() {
            self.open(None);
        }
        if let Some(group) = leading_group(subject) {
            if self.name.as_deref() != Some(group) {
                self.open(Some(group.to_string()));
                self.level = None;
            }
            self.since = no;
            return;
        }
        let Some(owner) = super::names::budget_owner(subject) else {
            return;
        };
        let area = BUDGETS
            .iter()
            .find_map(|b| owner.strip_suffix(b))
            .unwrap_or("")
            .trim_start_matches("当年")
            .trim_end_matches("当年");
        let area = area.strip_suffix("地方").unwrap_or(area);
        if is_zone(area) {
            if self.name.as_deref() != Some(area) {
                self.open(Some(area.to_string()));
                self.level = None;
            }
            self.since = no;
        } else if self.level.is_none() {
            self.open(None);
        }
    }

    /// The zone of the group open that `subject` opens with: the account it gives is that
    /// member's alone.
    fn member_named(&self, subject: &str) -> Option<String> {
        let group = self.name.as_deref()?;
        if !super::names::is_group(group) || subject.starts_with(group) {
            return None;
        }
        group
            .split(['和', '及'])
            .find(|m| subject.starts_with(m))
            .map(str::to_string)
    }

    /// `subj` (of sentence `no`, whose text before the figure is `before`, after it `after`)
    /// named with the zone, when it names no area of its own and its sentence no other zone
    /// (照列赣江新区2021年…). With no zone open, the level the headings above the sentence give
    /// its part to (`outlined`, see [`super::outline`]) names it the same way.
    pub(super) fn owned(
        &self,
        subj: &str,
        before: &str,
        after: &str,
        no: usize,
        outlined: Option<&str>,
    ) -> Option<String> {
        let open = self
            .member
            .as_deref()
            .or(self.name.as_deref())
            .filter(|_| self.level.is_some() || no <= self.since + ZONE_REACH);
        let zone = open.or(outlined)?;
        // (一般性转移支付 under the level's explanation: whether paid down or received, the
        // level alone does not say; 对区（市）县转移支付 says the level pays it)
        if open.is_some() && self.explained && subj.ends_with("转移支付") {
            return subj.starts_with('对').then(|| format!("{zone}{subj}"));
        }
        if let Some(area) = own_debt_rolled(before, zone) {
            return Some(format!("{area}{subj}"));
        }
        if area_before_year(subj, before).is_some() || names_own_area(before, after, zone) {
            return None;
        }
        if let Some(area) = whole_of_own_area(subj, before) {
            return Some(format!("{area}{subj}"));
        }
        // (注:全市2022年共发行新增专项债券X,…,故2022年新增专项债券实际执行数为Y pages after
        // `五、西湖风景名胜区财政决算情况`: a sentence opening with the whole area is its account)
        if opens_with_whole_area(before, zone) {
            return None;
        }
        // (其中市级X under a heading of the whole area in a level's report: the level's)
        if zone.starts_with('全') && LEVELS_ALONE.iter().any(|(l, _)| before.contains(l)) {
            return None;
        }
        // (另安排…，支持赣江新区发展资金X under `（三）市级预算情况`: the zone the level's money
        // goes to is no owner, as in the line's name)
        let rest = without_payees(&without_gifts(before)).replace(zone, "");
        if ZONE_WORDS.iter().any(|w| rest.contains(w)) {
            return None;
        }
        // (最低生活保障标准提高40元/人/月: a standard is a rate for all, no account's money)
        // (`对市县一般公共预算补助` under a zone read as `对市县`: named so already)
        let named = names_own_place(subj)
            || subj.starts_with(zone)
            || subj.contains('局')
            // (`各类普惠政策资金`, `各项…`: all its kinds, no 各区 or 各县)
            || subj.starts_with(['我', '全'])
            || subj.starts_with('各') && !["各类", "各项", "各种"].iter().any(|w| subj.starts_with(w))
            || subj.ends_with("标准");
        // (部门预算建议 under 市本级部门: 部门 once)
        let zone = zone
            .strip_suffix("部门")
            .filter(|_| subj.starts_with("部门"))
            .unwrap_or(zone);
        (!named && !subj.is_empty()).then(|| format!("{zone}{subj}"))
    }
}

/// Whether `subj` names a place of its own once what quotes hold (`“两区一城”发展资金`: a
/// slogan's 区), the places money is returned to (`土地收益返还区等预算`: the districts paid),
/// goes to or comes from (`支持赣江新区发展资金`, `上解县（区）收入对应安排的支出`, the counties
/// whose finance `县级基本财力保障` transfers guarantee: see [`without_payees`]), the city's whole
/// ground (`市域快速路网建设`) and the counterparts of a transfer (`区上解`, `对区（市）县转移支付`:
/// see [`COUNTERPARTS`]) are left out: a line named so is still of the account the zone or level
/// heading gives.
fn names_own_place(subj: &str) -> bool {
    let mut rest = String::new();
    let mut quoted = false;
    for c in subj.chars() {
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            _ if !quoted => rest.push(c),
            _ => {}
        }
    }
    let rest = ["返还区", "返还县", "市域", "县级基本财力保障"]
        .iter()
        .fold(rest, |r, w| r.replace(w, ""));
    names_area(&without_payees(&without_counterparts(&rest)))
}

/// Verbs a level's money goes to or comes from a district or zone after (`支持赣江新区…`,
/// `上解县（区）收入…`, `补助区县…`).
const PAYEE_VERBS: [&str; 4] = ["支持", "补助", "上解", "对"];

/// `words` (their [`COUNTERPARTS`] taken off) without a district or zone named right after a
/// verb of [`PAYEE_VERBS`], its name up to its first 区 or 县 within eight Han characters (no
/// 及, 和, 与 or 等 joining another line) and the bracketed `（区）` after it
/// (`支持赣江新区发展资金` → 发展资金, `上解县（区）收入` → 收入): the place the money goes to or
/// comes from, not the account's owner.
fn without_payees(words: &str) -> String {
    let mut rest = words.to_string();
    for verb in PAYEE_VERBS {
        let mut from = 0;
        while let Some(at) = rest
            .get(from..)
            .and_then(|r| r.find(verb))
            .map(|i| i + from)
        {
            let start = at + verb.len();
            let tail = rest.get(start..).unwrap_or("");
            let place = tail
                .char_indices()
                .take(8)
                .take_while(|&(_, c)| crate::layout::is_han(c) && !"及和与等".contains(c))
                .find(|&(_, c)| c == '区' || c == '县')
                .map(|(i, c)| i + c.len_utf8());
            // (`对我区…`: the report's own area, named as it is)
            let own = tail.starts_with(['我', '本']);
            match place.filter(|_| !own) {
                Some(end) => {
                    let after = tail.get(end..).unwrap_or("");
                    let bracket = ["（区）", "（县）", "(区)", "(县)"]
                        .iter()
                        .find(|b| after.starts_with(*b))
                        .map_or(0, |b| b.len());
                    rest.replace_range(at..start + end + bracket, "");
                    from = at;
                }
                None => from = start,
            }
        }
    }
    rest
}

/// Labels an item's unmarked account opens its paragraphs with (`政策依据。…` `支持方向。…`
/// `绩效目标。…` `分配办法。…`).
const ITEM_LABELS: [&str; 5] = ["政策依据", "分配办法", "支持方向", "资金用途", "绩效目标"];

/// How many sentences back the label of an item's paragraph is looked for.
const LABEL_REACH: usize = 12;

/// Whether `text` stands in an item's 绩效目标 paragraph (`绩效目标。…全社会R&D占比达3.69%…；`
/// `技术交易额430亿元。`), `earlier` the sentences before it, nearest first: its figures are
/// what the money is to bring about in the city (trade, patents, firms), no level's money.
pub(super) fn in_targets<'a>(text: &'a str, earlier: impl Iterator<Item = &'a str>) -> bool {
    std::iter::once(text)
        .chain(earlier)
        .take(LABEL_REACH)
        .take_while(|t| marker_level(t).is_none_or(|l| l == 6))
        .find(|t| ITEM_LABELS.iter().any(|l| t.starts_with(l)))
        // (支持方向和绩效目标。…: the targets too)
        .is_some_and(|t| {
            t.split(['。', '：', ':', '，'])
                .next()
                .is_some_and(|label| label.contains("绩效目标"))
        })
}

/// A level and the whole area its report leaves out (see [`level_alone`]).
const LEVELS_ALONE: [(&str, &str); 4] = [
    ("市本级", "全市"),
    ("市级", "全市"),
    ("省本级", "全省"),
    ("省级", "全省"),
];

/// The level alone the words end with (`上半年，市本级` → 市本级).
pub(super) fn level_ending(words: &str) -> Option<&'static str> {
    LEVELS_ALONE
        .iter()
        .map(|(level, _)| *level)
        .find(|level| words.ends_with(level))
}

/// The level a report's title (one of its first lines, the first naming its 决算 or 预算) gives
/// it to alone, and the whole area it leaves out (`关于广州市2022年市级决算（草案）的报告` → (市级,
/// 全市), `关于2022年南宁市本级决算的报告` → (市本级, 全市); `关于我省2024年省级决算草案的报告` →
/// (省级, 全省)): its own area is the level, and a figure of the whole area is named with it.
/// `None` for a report of the whole area, with its level or not (`关于2021年全市和市本级决算…`,
/// `关于杭州市及市本级…`, `关于成都市2021年财政决算的报告`).
pub(super) fn level_alone<'a>(
    first_lines: impl Iterator<Item = &'a str>,
) -> Option<(&'static str, &'static str)> {
    let title = first_lines
        .take(4)
        .find(|t| t.contains("决算") || t.contains("预算"))?;
    let cut = ["决算", "预算"]
        .iter()
        .filter_map(|w| title.find(w))
        .min()?;
    let head = &title[..cut];
    let (at, level, whole) = LEVELS_ALONE
        .iter()
        .filter_map(|&(l, w)| head.find(l).map(|i| (i, l, w)))
        .min_by_key(|&(i, _, _)| i)?;
    let before = &head[..at];
    let joined = before.ends_with(['和', '及', '与', '、']) || before.contains(whole);
    (!joined).then_some((level, whole))
}

/// `subj` named with `whole` (the whole area a level's report leaves out, 全市) when the figure is
/// the whole area's: the area its sentence names last before it stands at the head of a clause
/// (`2022年全市财政偿还地方政府债务本金332.8亿元，其中一般债务本金91.8亿元` → 全市一般债务还本支出).
/// A sentence naming no area goes on from its whole (`part_of`: `2021年全市社会保险基金总支出829.9
/// 亿元，其中：` then `2.职工社会医疗保险基金支出542.8亿元`), the sentence announcing its list
/// (`intro`: `2024年，全市社会保险基金总支出X万元，具体情况如下：` then `（三）…`), or, a clause
/// adding to an account (`加上级税收返还…`), the sentence before (`previous`). A bare line of an
/// account is named with the whole area's budget named there (`全市一般公共预算收入955亿元，…，
/// 收入总量为1771亿元` → 全市一般公共预算收入总量). `None` when the subject names an area or the
/// figure is not the whole area's (`市级…`, `推动全年全市到位…`: 全市 inside a clause says
/// nothing of whose).
pub(super) fn of_whole_area(
    subj: &str,
    before: &str,
    part_of: Option<&str>,
    intro: Option<&str>,
    previous: &str,
    whole: &str,
) -> Option<String> {
    if subj.is_empty() || names_area(subj) || subj.starts_with(['我', '全', '各', '本']) {
        return None;
    }
    let earlier = intro.or(Some(previous).filter(|_| {
        adds_on(before) || goes_on(previous) || spending_of_revenue_before(subj, previous, whole)
    }));
    let whole_named = match names_whole_last(before, whole) {
        Some(named) => named,
        // (a whole read bare, `支付利息186.6亿元，其中…`, is of the area its text goes on from)
        None => match part_of.filter(|w| names_area(w) || w.starts_with(whole)) {
            Some(w) => w.starts_with(whole),
            None => earlier.and_then(|t| names_whole_last(t, whole)) == Some(true),
        },
    };
    if !whole_named {
        return None;
    }
    let budget = std::iter::once(before)
        .chain(earlier)
        .find_map(last_budget)
        .and_then(|n| match n {
            Named::Owner(area, budget) if area == whole && is_bare_line(subj, true) => Some(budget),
            _ => None,
        })
        .unwrap_or("");
    Some(format!("{whole}{budget}{subj}"))
}

/// `subj` opened by 我市 or 本市 (我省, 本省) in a report a level's title gives (`关于广州市2021年
/// 市级决算（草案）的报告`): there the report's own area is the level, and 我市 is the whole area it
/// leaves out (`2021年我市地方政府债务余额为3,726.8亿元，其中市本级2,145.4亿元` → 全市地方政府
/// 债务余额). `None` when the rest names an area or a level of its own (`我市市本级…`).
pub(super) fn own_area_as_whole(subj: &str, whole: &str) -> Option<String> {
    let own: &[&str] = match whole {
        "全市" => &["我市", "本市"],
        "全省" => &["我省", "本省"],
        _ => return None,
    };
    let rest = own.iter().find_map(|w| subj.strip_prefix(w))?;
    (!rest.is_empty() && !names_area(rest)).then(|| format!("{whole}{rest}"))
}

/// `subj` after 我市 or 本市 and a year in its clause (`核定转贷我市2021年地方政府一般债券71.77亿元，
/// 其中：核定转贷市本级…56.49亿元`) in a report a level's title gives: the whole area's, as when
/// 我市 opens the name (see [`own_area_as_whole`]).
pub(super) fn own_area_before_year(subj: &str, before: &str, whole: &str) -> Option<String> {
    let area = area_before_year(subj, before)?;
    own_area_as_whole(&format!("{area}{subj}"), whole)
}

/// Whether `subj`, an account's bare spending, follows the sentence opening with the whole
/// area's revenue of that account (`1—6月份，全市社保基金预算收入211.49亿元，…。` then
/// `社保基金预算支出196.04亿元`): the pair is one account's, the level's own following after.
fn spending_of_revenue_before(subj: &str, previous: &str, whole: &str) -> bool {
    subj.strip_suffix("支出")
        .filter(|account| !account.is_empty())
        .and_then(|account| previous.find(&format!("{whole}{account}收入")))
        .is_some_and(|at| clause_head(clause_words(&previous[..at])) == Some(""))
}

/// Whether a sentence ends with a clause its next sentence goes on from (`2024年全市财政偿还地方政府
/// 债券本金313.5亿元…；` then `支付利息186.6亿元，其中一般债券利息32.4亿元`): a semicolon cuts the
/// text into sentences, not the account it gives.
fn goes_on(previous: &str) -> bool {
    previous.trim_end().ends_with(['；', ';'])
}

/// The sentence announcing the list whose item `text` is, right before its first item
/// (`2021年全市社会保险基金总支出829.9亿元，…，其中：` then `1.…`): `earlier`, the sentences before,
/// nearest first, must give the item's siblings counting down to 1, with only their own
/// unmarked or lower sentences between (`变动主要原因：一是…；`, `二是…`). For the item's own
/// figure (`first`), a bare `其中：` cut off as a sentence of its own (`…总支出788.9亿元，…有所
/// 减少。其中：`) announces with the sentence before it; a later figure of the item is a part of
/// the item's line (`个人缴费收入和集体补助收入同比减少12.9亿元` of 城乡居民基本养老保险基金收入).
/// `None` otherwise.
pub(super) fn list_announced<'a>(
    text: &str,
    earlier: impl Iterator<Item = &'a str>,
    first: bool,
) -> Option<&'a str> {
    let level = marker_level(text)?;
    let mut want = ordinal(text)?;
    let mut earlier = earlier.take(LIST_REACH);
    while let Some(t) = earlier.next() {
        if want == 1 {
            if first && ["其中：", "其中:"].contains(&t.trim()) {
                return earlier.next();
            }
            return (marker_level(t).is_none() && t.trim_end().ends_with(['：', ':'])).then_some(t);
        }
        match marker_level(t) {
            Some(l) if l == level => want = ordinal(t).filter(|&n| n < want)?,
            Some(l) if l < level => return None,
            _ => {}
        }
    }
    None
}

/// `subj`, a part listed after 其中, named with the level the whole's clause gives it to: the
/// level at the clause's head (`全年市级发行地方政府债券348.4亿元，…，其中新增债券220亿元、再融资债券
/// 128.4亿元` → 市级再融资债券) or the one money is passed down to (`省财政厅下达市本级新增政府债券
/// 75.23亿元（其中：一般债券9.19亿元…` → 市本级一般债券). In a report of the whole area and its
/// level, the bare part reads as the whole area's. `None` when the part or its list names an
/// area, or the whole's clause (the sentence's first figure's) opens with none or the whole area.
pub(super) fn part_of_level(subj: &str, head: &str) -> Option<String> {
    let at = head.rfind("其中")?;
    let list = &head[at..];
    if subj.is_empty() || names_area(subj) || names_area(list) || !plain_list(list) {
        return None;
    }
    let whole_at = super::FIGURE.as_ref()?.find(&head[..at])?.start();
    let words = clause_words(&head[..whole_at]);
    let (i, level) = AREAS
        .iter()
        .filter(|a| !a.starts_with('全'))
        .filter_map(|a| words.find(a).map(|i| (i, *a)))
        .min_by_key(|&(i, a)| (i, std::cmp::Reverse(a.len())))?;
    let opener = &words[..i];
    let given = clause_head(opener) == Some("") || opener.ends_with("下达");
    (given && !names_area(&words[i + level.len()..])).then(|| format!("{level}{subj}"))
}

/// `subj`, the level's own line of a fund's total (`2022年市级政府性基金预算收入预算总计248.3亿元，
/// 其中：市级收入210.2亿元，上级补助收入1.9亿元`), named with the fund: bare, 市级收入 reads as the
/// level's general budget revenue. `None` unless the line is a level's bare 收入 or 支出 and the
/// sentence's total is a fund's named with a level (市级政府性基金预算).
pub(super) fn levels_line_of_fund(subj: &str, head: &str) -> Option<String> {
    let level = AREAS.iter().find(|a| subj.starts_with(**a))?;
    if !["收入", "支出"].contains(&&subj[level.len()..]) {
        return None;
    }
    let at = head.find("总计")?;
    let words = clause_words(&head[..at]);
    let (i, whole) = AREAS.iter().find_map(|a| words.find(a).map(|i| (i, *a)))?;
    let fund = BUDGETS
        .iter()
        .filter(|b| **b != "一般公共预算")
        .find(|b| words[i + whole.len()..].starts_with(**b))?;
    (head[at..].contains("其中")).then(|| format!("{whole}{fund}{subj}"))
}

/// The level whose outlay a sentence lists the parts of: one opening 主要包括 right after a
/// sentence whose clause opens with the level's outlay (`2020年市级财政共投入55.8亿元推进制造业
/// 高质量发展。` then `主要包括：安排38.6亿元促进制造业高质量发展扶持资金`), or one opening with
/// 投入 or 安排 and its figure right after such a part (`投入15.3亿元低保、救济、残疾人补助等资金`):
/// the list goes on. `previous_level`: the sentence before's. `None` when the outlay's actor is
/// no level (`全市财政投入…`, `投入…`).
pub(super) fn outlay_level(
    text: &str,
    previous: &str,
    previous_level: Option<&'static str>,
) -> Option<&'static str> {
    if text.starts_with("主要包括") {
        return level_outlay(previous);
    }
    let goes_on = ["投入", "安排"].iter().any(|v| {
        text.strip_prefix(v)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    });
    previous_level.filter(|_| goes_on)
}

/// The level whose outlay `text`'s clause opens with (`2020年市级财政共投入55.8亿元…`).
fn level_outlay(text: &str) -> Option<&'static str> {
    let first = super::FIGURE.as_ref()?.find(text)?.start();
    let head = clause_words(&text[..first]);
    let at = ["投入", "安排"].iter().filter_map(|v| head.find(v)).min()?;
    let actor = head[..at].trim_end_matches('共').strip_suffix("财政")?;
    let level = clause_head(actor)?;
    LEVELS.iter().find(|l| **l == level).copied()
}

/// `subj`, a part of what `level` put in (see [`outlay_level`]), named with the level: in a
/// report of the whole area, the bare part reads as the whole area's. `None` when the part
/// names an area.
pub(super) fn part_of_levels_outlay(subj: &str, level: &str) -> Option<String> {
    (!subj.is_empty() && !names_area(subj)).then(|| format!("{level}{subj}"))
}

/// `subj`, a class of spending opening its paragraph (`社会保障与就业支出62.54亿元。持续推进…`),
/// named as the class opening the paragraph before, no marked sentence between, was (`sibling`: its
/// subject as read and as named, `文化旅游体育与传媒支出` → 市本级一般公共预算文化旅游体育与
/// 传媒支出) when that name gives it a level: the paragraphs run through the level's classes,
/// pages past where its account was named, and a bare class reads as the whole area's.
/// `None` unless the sibling's owner is a level and its budget.
pub(super) fn sibling_class_level(subj: &str, sibling: (&str, &str)) -> Option<String> {
    let (read, named) = sibling;
    let owner = named.strip_suffix(read)?;
    let class = |s: &str| s.ends_with("支出") && is_bare_line(s, false);
    // (a level and its budget: a level alone, 市级 of 地方财力安排的经费类支出, may be named
    // with the class after)
    let budget = LEVELS.iter().find_map(|l| owner.strip_prefix(l))?;
    (class(subj) && class(read) && OWNERS.contains(&budget)).then(|| format!("{owner}{subj}"))
}

/// `subj`, a part whose share is of a bare 总收入 (`按收入类别划分，一般公共预算收入1644.33亿元，占总收入的
/// 52.7%；`), named with the whole of every budget and level a statement just before named
/// (`…加在济实现中央级、省级收入等，共计实现地域财政总收入3122.96亿元`, among `earlier`, the
/// subjects stated before, nearest first): bare, the part reads as the city's own budget or
/// level. `None` when the share is of another total or no such whole stands within reach.
pub(super) fn part_of_named_total<'a>(
    subj: &str,
    after: &str,
    earlier: impl Iterator<Item = &'a str>,
) -> Option<String> {
    if !after
        .trim_start_matches(['，', ','])
        .starts_with("占总收入")
    {
        return None;
    }
    let whole = earlier
        .take(REACH)
        .find(|s| s.ends_with("总收入"))
        .filter(|w| *w != "总收入" && !BUDGETS.iter().any(|b| w.contains(b)))?;
    (!subj.contains(whole)).then(|| format!("{whole}{subj}"))
}

/// Whether `list` (from 其中 to a figure) lists named figures and nothing else: each item
/// before the last ends with its figure (`其中：一般债券9.19亿元、`), no bracket closes and no
/// sentence part ends (`其中拨付49.9亿元支持29个重大产业项目，带动…产值`, `（其中…），加上…`: the
/// figure is no part of the whole).
fn plain_list(list: &str) -> bool {
    let items: Vec<&str> = list
        .trim_start_matches("其中")
        .split(['，', ',', '、'])
        .collect();
    let ends_with_figure = |item: &str| {
        super::FIGURE.as_ref().is_some_and(|re| {
            re.find_iter(item)
                .last()
                .is_some_and(|m| m.end() == item.len())
        })
    };
    !list.contains(['。', '；', '）', ')'])
        && items.split_last().is_some_and(|(_, done)| {
            done.iter()
                .map(|i| i.trim_start_matches(['：', ':']))
                .all(|i| i.is_empty() || ends_with_figure(i))
        })
}

/// Whether the area `text` names last is `whole`, at the head of a clause (`2022年末全市…`,
/// `1.全市情况：2024年，全市…`); `None` when it names no area.
fn names_whole_last(text: &str, whole: &str) -> Option<bool> {
    let (at, area) = AREAS
        .iter()
        .chain(["我市", "本市", "我省", "本省", "各区", "区县", "县区"].iter())
        .chain(ZONE_WORDS.iter())
        .filter_map(|a| text.rfind(a).map(|i| (i, *a)))
        .max_by_key(|&(i, a)| (i + a.len(), a.len()))?;
    let words = clause_words(&text[..at]);
    let given = whole == "全市" && ["我市", "本市"].contains(&area) && given_by_province(words);
    Some(area == whole && clause_head(words) == Some("") || given)
}

/// Whether a clause's words before 我市 say the province (or autonomous region) passes money or a
/// limit down to it (`省下达我市2024年度地方政府债务限额`, `2024年省转贷我市地方政府债务`): what the province gives the
/// city is the whole city's, its level's share following (`其中市本级…`).
fn given_by_province(words: &str) -> bool {
    let w = words.trim_start_matches(|c: char| c.is_ascii_digit() || "年度".contains(c));
    // (`2024年，自治区转贷我市…`, `经自治区人民政府批准，核定转贷我市…`: the region above, or its
    // approval, passes it down alike)
    let above = w.starts_with('省') || w.starts_with("自治区") || w.starts_with("核定");
    above && (w.ends_with("下达") || w.ends_with("转贷")) && w.chars().count() <= 8
}

/// How far back the first item of a numbered list may stand: a fund's list of classes, each
/// with its 其中 parts, runs past [`REACH`] sentences.
const LIST_REACH: usize = 120;

/// The number a list item's marker gives it (`（7）` → 7, `3.` → 3, `二、` → 2, `④` → 4).
fn ordinal(text: &str) -> Option<u32> {
    let marker = &text[..text.len() - super::strip_marker(text).len()];
    let inner: String = marker
        .chars()
        .filter(|c| !"、.．（）() 是".contains(*c))
        .collect();
    if let Some(c) = inner.chars().next().filter(|_| inner.chars().count() == 1)
        && ('①'..='⑳').contains(&c)
    {
        return Some(c as u32 - '①' as u32 + 1);
    }
    let digits: String = inner.chars().map(crate::layout::ascii_char).collect();
    digits
        .parse()
        .ok()
        .or_else(|| crate::budget::amount::small_numeral(&inner))
}

/// Whether an owner names a fund's budget: a line read alone is the general budget's, so only
/// a fund's owner changes what it says.
fn names_fund(owner: &str) -> bool {
    ["政府性基金", "国有资本经营", "社会保险基金"]
        .iter()
        .any(|f| owner.contains(f))
}

/// `subj`, a bare line that is item n of a numbered list (`(7)债务付息支出80.2亿元` of the
/// classes of 全市政府性基金支出), named with the fund the text gives right before the list's
/// first item, when its siblings n-1 … 1 stand in order before it with nothing at a higher
/// level between: the list and its 其中 parts may run past [`REACH`] sentences.
pub(super) fn owned_list_item<'a>(
    subj: &str,
    before: &str,
    after: &str,
    earlier: impl Iterator<Item = &'a str>,
) -> Option<String> {
    // (2.…基金收入54.2亿元，…个人缴费收入…减少12.9亿元: a figure inside an item is the
    // item's, not a line of the list)
    if !super::strip_marker(before).trim_start().starts_with(subj) {
        return None;
    }
    let level = marker_level(before)?;
    let mut want = ordinal(before)?.checked_sub(1).filter(|&n| n >= 1)?;
    let earlier: Vec<&str> = earlier.take(LIST_REACH).collect();
    for (i, &t) in earlier.iter().enumerate() {
        match marker_level(t) {
            Some(l) if l == level => {
                if ordinal(t) != Some(want) {
                    return None;
                }
                want -= 1;
                if want == 0 {
                    let from = earlier.get(i..).unwrap_or_default();
                    return owned_line(subj, before, after, from.iter().copied())
                        .filter(|named| named.strip_suffix(subj).is_some_and(names_fund));
                }
            }
            Some(l) if l < level => return None,
            _ if is_heading(t) && marker_level(t).is_none_or(|l| l <= level) => return None,
            _ => {}
        }
    }
    None
}

/// Whether `c` is a Chinese numeral of a list marker or a count (一 … 十).
pub(super) fn is_cn_numeral(c: char) -> bool {
    "一二三四五六七八九十".contains(c)
}

/// Levels and whole areas a heading or a line names (市本级 before 市级: 杭州市本级).
pub(super) const LEVEL_WORDS: [&str; 6] = ["全市", "市本级", "市级", "全省", "省本级", "省级"];

/// Words of a fund's own lines, which name it by themselves (`电力企业利润收入`,
/// `国有企业资本金注入`, `国有土地使用权出让收入`, `城乡居民基本养老保险基金收入`).
const FUND_OWN_WORDS: [(&str, &[&str]); 3] = [
    (
        "国有资本经营预算",
        &["国有", "企业", "利润", "资本", "改革成本", "历史遗留"],
    ),
    (
        "政府性基金",
        &["基金", "彩票", "土地", "债", "费", "资金", "安排的支出"],
    ),
    (
        "社会保险基金",
        &[
            "保险", "基金", "养老", "医疗", "失业", "工伤", "生育", "待遇",
        ],
    ),
];

/// `subj`, a bare line (a level before it or none) standing under a numbered block title
/// naming one `fund` alone (`说明七关于2022年市级国有资本经营预算支出决算情况的说明`, then
/// `其他支出10919万元，占总支出的2%`), named with the fund after its level: bare, it reads as the
/// general budget's. A line whose own words name the fund (`电力企业利润收入`) stays. `None` when
/// nothing changes.
pub(super) fn line_of_fund(subj: &str, fund: &str) -> Option<String> {
    let level = LEVEL_WORDS
        .into_iter()
        .find(|l| subj.starts_with(l))
        .unwrap_or("");
    let line = &subj[level.len()..];
    let (_, own) = FUND_OWN_WORDS.iter().find(|(f, _)| *f == fund)?;
    // (a line naming a budget or fund itself keeps it: `一般公共预算…`, `…基金…`)
    let named = own.iter().any(|w| line.contains(w))
        || ["预算", "基金"].iter().any(|w| line.contains(w))
        || names_area(line)
        || line.contains('局')
        || line.starts_with(['我', '全', '各', '对'])
        || !is_bare_line(line, false);
    (!named).then(|| format!("{level}{fund}{line}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owned(subj: &str, before: &str, earlier: &[&str]) -> Option<String> {
        owned_line(subj, before, "", earlier.iter().copied())
    }

    #[test]
    fn a_funds_line_takes_the_fund_and_its_area() {
        assert_eq!(
            owned(
                "城乡社区支出",
                "2021年市级政府性基金支出254.3亿元，主要是：",
                &[]
            )
            .as_deref(),
            Some("市级政府性基金城乡社区支出")
        );
        assert_eq!(
            owned(
                "调出资金",
                "全市国有资本经营预算支出5.2亿元，其中",
                &["与本文无关。"]
            )
            .as_deref(),
            Some("全市国有资本经营预算调出资金")
        );
        // (the fund named sentences before, the line's sentence naming none)
        assert_eq!(
            owned(
                "债务还本支出",
                "支出完成3.3亿元，",
                &[
                    "其中：税收返还0.2亿元。",
                    "2021年，高新技术产业开发区一般公共预算总收入5.67亿元。"
                ]
            )
            .as_deref(),
            Some("高新技术产业开发区一般公共预算债务还本支出")
        );
    }

    #[test]
    fn the_citys_general_budget_needs_no_owner() {
        assert_eq!(
            owned("税收收入", "全市一般公共预算收入800亿元，其中", &[]),
            None
        );
        assert_eq!(
            owned("教育支出", "一般公共预算支出完成900亿元，其中", &[]),
            None
        );
        assert_eq!(
            owned("教育支出", "成都市一般公共预算支出900亿元，其中", &[]),
            None
        );
        // (a level of the city is not the city)
        assert_eq!(
            owned("教育支出", "市本级一般公共预算支出300亿元，其中", &[]).as_deref(),
            Some("市本级一般公共预算教育支出")
        );
    }

    #[test]
    fn an_economic_class_keeps_basic_spending() {
        assert_eq!(
            owned(
                "对个人和家庭的补助",
                "2024年市本级一般公共预算基本支出80亿元，其中工资福利支出50亿元，",
                &[]
            )
            .as_deref(),
            Some("市本级一般公共预算基本支出对个人和家庭的补助")
        );
        assert_eq!(
            owned(
                "对个人和家庭的补助",
                "全市一般公共预算基本支出80亿元，其中",
                &[]
            )
            .as_deref(),
            Some("基本支出对个人和家庭的补助")
        );
    }

    #[test]
    fn a_zones_account_is_the_zones() {
        let mut z = Zone::default();
        z.heading("（四）开发区和湾里管理局预算情况。", 0);
        assert_eq!(z.owned("政府性基金预算支出", "", "", 6, None), None);
        z.heading("3．湾里管理局预算情况。", 1);
        assert_eq!(
            z.owned("社会保险基金当年收支结余", "", "", 6, None)
                .as_deref(),
            Some("湾里管理局社会保险基金当年收支结余")
        );
        // (a level of the city has an account of its own)
        let mut l = Zone::default();
        l.heading("（二）市本级", 0);
        l.heading("1.一般公共预算。", 1);
        assert_eq!(
            l.owned("计划生育事务", "", "", 4, None).as_deref(),
            Some("市本级计划生育事务")
        );
        l.heading("（三）全市政府债务情况", 5);
        assert_eq!(l.owned("计划生育事务", "", "", 6, None), None);
        // (a part's first sentence naming a level's budget)
        let mut h = Zone::default();
        h.heading("（三）重点支出执行情况", 0);
        h.sentence(
            "2020年,市本级一般公共预算支出按照“加强统筹、优化结构”的要求，",
            1,
        );
        assert_eq!(
            h.owned("社会保障和就业支出", "", "", 30, None).as_deref(),
            Some("市本级社会保障和就业支出")
        );
        h.heading("（四）收支平衡情况", 31);
        assert_eq!(h.owned("社会保障和就业支出", "", "", 32, None), None);
        h.sentence("全市一般公共预算收入1000亿元。", 32);
        assert_eq!(h.owned("社会保障和就业支出", "", "", 33, None), None);
        // (a deeper heading keeps it, one as high closes it)
        z.heading("（1）一般公共预算。", 3);
        assert!(z.owned("调入资金", "", "", 6, None).is_some());
        z.heading("4．全市预算情况。", 4);
        assert_eq!(z.owned("调入资金", "", "", 6, None), None);
        // (opened by a statement, closed by one of the city's)
        z.stated("2021年高新技术产业开发区一般公共预算总收入", 5);
        z.stated("高新技术产业开发区一般公共预算总收入", 5);
        assert_eq!(
            z.owned("一般公共预算年终结余", "", "", 6, None).as_deref(),
            Some("高新技术产业开发区一般公共预算年终结余")
        );
        assert_eq!(z.owned("市本级调入资金", "", "", 6, None), None);
        // (another zone named in the sentence; a zone a statement opened, far behind)
        assert_eq!(
            z.owned("一般公共预算收入", "照列赣江新区2021年", "", 6, None),
            None
        );
        assert_eq!(
            z.owned("一般公共预算年终结余", "", "", 5 + ZONE_REACH + 1, None),
            None
        );
        z.stated("全市一般公共预算收入", 7);
        assert_eq!(z.owned("一般公共预算年终结余", "", "", 6, None), None);
    }

    #[test]
    fn a_generic_item_takes_its_class() {
        let earlier = ["（1）人大事务决算数为12000万元，完成调整预算的100%。"];
        assert_eq!(
            generic_item(
                "行政运行",
                "①行政运行决算数为9823万元，",
                15,
                None,
                earlier.iter().copied()
            ),
            Some(Some("人大事务行政运行".to_string()))
        );
        assert_eq!(
            generic_item(
                "市本级行政运行",
                "(3)民主党派及工商联事务4567万元,其中:行政运行1200万元",
                60,
                Some("市本级民主党派及工商联事务"),
                std::iter::empty()
            ),
            Some(Some("市本级民主党派及工商联事务行政运行".to_string()))
        );
        // (no class found: not emitted; not a generic item: untouched)
        assert_eq!(
            generic_item("行政运行", "行政运行9823万元", 12, None, std::iter::empty()),
            Some(None)
        );
        assert_eq!(
            generic_item("人大事务", "人大事务9823万元", 12, None, std::iter::empty()),
            None
        );
    }

    #[test]
    fn named_lines_and_unowned_text_stay() {
        // (the line names its area, or is no line)
        for subj in [
            "市级支出",
            "职工基本养老保险基金收入",
            "保障性安居工程",
            "预算稳定调节基金",
        ] {
            assert_eq!(
                owned(subj, "市本级政府性基金预算支出100亿元，", &[]),
                None,
                "{subj}"
            );
        }
        // (a line naming its budget but no area takes the level that budget was named with)
        assert_eq!(
            owned(
                "国有资本经营预算结转下年",
                "国有资本经营预算支出5.45亿元，",
                &["市本级国有资本经营预算收入8.75亿元，收入合计9.56亿元；"]
            ),
            Some("市本级国有资本经营预算结转下年".to_string())
        );
        assert_eq!(
            owned(
                "政府性基金预算结转下年",
                "全市政府性基金预算支出100亿元，",
                &[]
            ),
            None
        );
        // (a line no such budget keeps: the general budget's, named in a sentence of a fund)
        for (subj, before) in [
            ("债务还本支出", "全市社会保险基金预算收入100亿元。"),
            ("节能环保支出", "社会保险基金支出80亿元。"),
            ("非税收入", "国有资本经营预算收入8亿元。"),
            ("“三保”及相应刚性支出", "国有资本经营预算调出资金1亿元，"),
            ("地方政府新增一般债券转贷收入", "政府性基金预算收入20亿元，"),
        ] {
            assert_eq!(owned(subj, before, &[]), None, "{subj}");
        }
        assert_eq!(
            owned(
                "税收收入",
                "二是城乡一体化示范区一般公共预算收入20亿元，其中",
                &[]
            )
            .as_deref(),
            Some("城乡一体化示范区一般公共预算税收收入")
        );
        // (the budget named again without the area it was named with)
        assert_eq!(
            owned(
                "支出总计",
                "2023年，市本级政府性基金收入407.4亿元；政府性基金支出300亿元，加上调出资金7.48亿元，",
                &[]
            )
            .as_deref(),
            Some("市本级政府性基金支出总计")
        );
        assert_eq!(
            owned(
                "债务付息支出",
                "",
                &["（二）市本级。", "政府性基金支出完成80亿元，其中："][..]
                    .iter()
                    .rev()
                    .copied()
                    .collect::<Vec<_>>()
            )
            .as_deref(),
            Some("市本级政府性基金债务付息支出")
        );
        // (a heading naming the area of a part of the account)
        assert_eq!(
            owned(
                "年初支出预算合计",
                "",
                &["（1）全市收支情况", "3．国有资本经营预算"]
            )
            .as_deref(),
            Some("全市国有资本经营预算年初支出预算合计")
        );
        assert_eq!(
            owned("年初支出预算", "", &["4．社会保险基金预算。"]).as_deref(),
            Some("社会保险基金预算年初支出预算")
        );
        // (an aside on a part of the city's account: the lines after it are the city's)
        assert_eq!(
            owned(
                "教育支出",
                "",
                &[
                    "支出进度较快的科目主要有：",
                    "其中，市级一般公共预算支出完成333.4亿元，为预算的48%，下降14.4%。",
                    "上半年，全市一般公共预算支出完成689.4亿元，为预算的50.5%。",
                ]
            )
            .as_deref(),
            Some("全市一般公共预算教育支出")
        );
        // (the account named with the city's own name: the lines stay bare, as before)
        assert_eq!(
            owned(
                "教育支出",
                "",
                &[
                    "支出进度较快的科目主要有：",
                    "其中，市级一般公共预算支出完成333.4亿元，为预算的48%，下降14.4%。",
                    "上半年，我市一般公共预算支出完成689.4亿元，为预算的50.5%。",
                ]
            ),
            None
        );
        // (several budgets at once, a heading between, 国有资本经营收入 of the general budget)
        assert_eq!(
            owned(
                "促发展支出",
                "统筹一般公共预算收入、政府性基金预算收入和国有资本经营预算收入，合理安排市级预算支出：",
                &[]
            ),
            None
        );
        assert_eq!(
            owned(
                "教育支出",
                "",
                &[
                    "3.市级支出政策及保障重点。",
                    "其中:一般公共预算安排470.0亿元,政府性基金预算安排250.0亿元。"
                ]
            ),
            None
        );
        assert_eq!(
            owned(
                "上级补助收入",
                "",
                &["国有资本经营收入1.16亿元，完成调整预算的241.41%。"]
            ),
            None
        );
        // (the budget money goes into is not the account's)
        assert_eq!(
            owned(
                "支出合计",
                "全市国有资本经营预算支出33.78亿元,加上调入一般公共预算用于社会保障等民生支出23.24亿元、年末累计结余5.83亿元,",
                &[]
            )
            .as_deref(),
            Some("全市国有资本经营预算支出合计")
        );
        // (no budget named within reach)
        let far = ["甲。"; REACH];
        let mut earlier = far.to_vec();
        earlier.push("市本级政府性基金预算支出100亿元。");
        assert_eq!(owned("城乡社区支出", "主要是", &earlier), None);
    }
}
