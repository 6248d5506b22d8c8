//! A document's outline: the headings each sentence of its running text stands under, and the
//! level (全市 / 市级 / 市本级) the innermost of them gives the part to. A report of a city and its
//! level gives the level's account under a heading naming it once (`三、杭州市本级财政决算情况`,
//! `（三）市级预算情况。`, the run-in `3．市本级情况：…`, the block title `说明十 关于2022年市级…
//! 的说明`), pages before the figures: a figure named bare there is the level's.
//!
//! Nesting is by marker level ([`marker_level`]: 一、 1, （一） 2, 1. 3, （1） 4, ① 5, 一是 6;
//! a block title 0): a heading or item of level L closes every open node of level L or deeper.

use super::owner::{LEVEL_WORDS, is_cn_numeral, marker_level};

/// What a heading says of whose account its part gives.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Owner {
    /// One level's (`（三）市级预算情况`).
    Level(&'static str),
    /// Several's, or a zone's or the districts' (`一、2021年全市及市级决算情况`,
    /// `（三）四川天府新区直管区收支决算情况`): no level the parts above named holds inside it.
    Other,
}

/// An open heading: its marker level, what it names, and whether a sentence under it has named
/// the whole area since (`3.地方政府债券发行情况。` under `（二）2023年省级政府债务情况。`, then
/// `2023年，我省发行江苏省政府债券…`): the text is giving the whole area's account there.
struct Node {
    depth: u8,
    owner: Option<Owner>,
    whole: bool,
    /// Whose money the paragraph gives, its lead sentence naming it at the head of a clause: in a
    /// report a title gives to a level alone, the whole area, named by the first sentence under
    /// the heading (`（三）全力保障和改善民生…。` then `全市民生支出181.3亿元，…。安排疫情防控资金
    /// 3.2亿元`); in a report of the city and its level, the level putting money in, named by the
    /// first sentence stating a figure or by the heading itself (`2020年市级财政共投入162.1亿元…。
    /// 主要包括：…投入7.3亿元计划生育和优生优育资金`, `二是市级财政投入104.21亿元，支持…`).
    lead: Option<&'static str>,
    /// Whether no sentence has stood under the heading yet (the next is its lead).
    fresh: bool,
    /// Whether no sentence stating a figure has stood under the heading yet (in a report of the
    /// city and its level, the next is its lead).
    unstated: bool,
}

/// Words naming the districts or a zone (`县区预算情况`, `四川天府新区直管区收支决算情况`).
const DISTRICT_WORDS: [&str; 16] = [
    "区县",
    "县区",
    "县（",
    "区（",
    "各区",
    "各县",
    "县级",
    "区级",
    "新区",
    "开发区",
    "管理局",
    "合作区",
    "高新区",
    "直管区",
    "名胜区",
    "园区",
];

/// Words naming the whole area, the report's own.
/// (`2021年发行江苏省政府债券…`: a province's bonds are issued for the whole of it)
const WHOLE_WORDS: [&str; 8] = [
    "全市",
    "我市",
    "本市",
    "全省",
    "我省",
    "本省",
    "省政府债券",
    "市政府债券",
];

/// The level each sentence's innermost heading naming one gives its part to.
pub(super) struct Outline {
    levels: Vec<Option<&'static str>>,
    /// Whether the level of each sentence is a level's lead's (see [`Node::lead`]): its money
    /// alone is the level's.
    led: Vec<bool>,
    funds: Vec<Option<&'static str>>,
}

impl Outline {
    /// The outline of a document's sentences, in reading order; `own` the level the report is
    /// of alone, if its title gives it to one (its parts need no owner).
    pub(super) fn of<'a>(texts: impl Iterator<Item = &'a str>, own: Option<&str>) -> Self {
        let whole = own.map(whole_of);
        let mut open: Vec<Node> = Vec::new();
        // The number of the last marker of each level (三 of 三、), that of a deeper level reset
        // by a shallower one: a marker far past it is a fragment (`十四、二十五）` of a bracket cut
        // over a line after `三、`), not a heading.
        let mut numbers = [0u32; 7];
        // The fund the last block title named (`说明七关于2022年市级国有资本经营预算支出决算情况
        // 的说明`), its title standing alone or run on after a table's caption.
        let mut block_fund: Option<&'static str> = None;
        let mut funds = Vec::new();
        let mut led = Vec::new();
        let levels = texts
            .map(|text| {
                let titled = block_title(text).or_else(|| run_on_block_title(text));
                // (a numbered block title alone gives a fund, to the next block title: a marked
                // heading or a 关于…的报告 naming a fund gives none, its lines often the whole's)
                if let Some(title) = titled {
                    block_fund = title
                        .strip_prefix("说明")
                        .is_some_and(|r| r.starts_with(is_cn_numeral))
                        .then(|| fund_named(title).flatten())
                        .flatten();
                }
                if let Some(node) = node_of(text, whole) {
                    let d = usize::from(node.depth).min(6);
                    let number = marker_number(text);
                    let last = numbers.get(d).copied().unwrap_or(0);
                    if number.is_none_or(|n| last == 0 || n <= last + 2) {
                        if let Some(l) = numbers.get_mut(d) {
                            *l = number.unwrap_or(last);
                        }
                        numbers.iter_mut().skip(d + 1).for_each(|n| *n = 0);
                        open.retain(|n| n.depth < node.depth);
                        open.push(node);
                    }
                } else if let Some(node) = open.last_mut() {
                    let figure = super::FIGURE.as_ref().is_some_and(|re| re.is_match(text));
                    match whole {
                        Some(w) if node.fresh => {
                            node.lead = leads_with_whole(text, w).then_some(w);
                        }
                        None if node.unstated && figure => node.lead = leads_with_level(text),
                        // (a sentence naming another owner, `全市…`, `争取中央…`, ends what a
                        // level's lead gave)
                        None if node.lead.is_some() && names_another(opening(text)) => {
                            node.lead = None;
                        }
                        _ => {}
                    }
                    node.fresh = false;
                    node.unstated &= !figure;
                }
                // (a part given to the whole area goes on naming it; a sentence naming the level
                // under it, `其中，市本级支出X` or `市级统筹的社会保险基金…`, turns to the level's
                // account, which the report's title names)
                let giving_whole = whole.is_some() && given(&open) == whole;
                if let Some(node) = open.last_mut() {
                    let head = opening(text);
                    if WHOLE_WORDS.iter().any(|w| head.contains(w)) {
                        node.whole |= !giving_whole;
                    } else if LEVEL_WORDS.iter().any(|w| head.contains(w)) {
                        node.whole = giving_whole;
                        // (a sentence naming the level turns from the whole area's money)
                        if whole.is_some() {
                            node.lead = None;
                        }
                    }
                    // (`市财政安排困难群众救助补助支出0.66亿元`: the level's finance bureau spends)
                    if whole.is_some() && names_levels_finance(head) {
                        node.lead = None;
                    }
                }
                // (`2026年全省一般公共预算支出合计…`: the text gives another budget's account from
                // here; `向一般公共预算调出资金…` names where the fund's money goes)
                let head = opening(text);
                let moved = ["调出", "调入", "转入", "补充", "用于", "纳入"]
                    .iter()
                    .any(|w| head.contains(w));
                let current = block_fund;
                let another = [
                    "一般公共预算",
                    "政府性基金",
                    "国有资本经营预算",
                    "社会保险基金",
                ]
                .iter()
                .any(|b| head.contains(b) && current.is_some_and(|f| f != *b));
                // (a title run on after a table's caption: the caption names the block before)
                if another && !moved && titled.is_none() {
                    block_fund = None;
                }
                funds.push(block_fund);
                let heading = given(&open);
                let lead = led_by(&open);
                led.push(heading.is_none() && lead.is_some() && whole.is_none());
                heading.or(lead).filter(|&l| Some(l) != own)
            })
            .collect();
        Outline { levels, led, funds }
    }

    /// The one fund the numbered block title above sentence `no` names, if any: its bare
    /// lines are that fund's.
    pub(super) fn fund(&self, no: usize) -> Option<&'static str> {
        self.funds.get(no).copied().flatten()
    }

    /// The level the part sentence `no` stands in is given to, if a heading above it names one.
    pub(super) fn level(&self, no: usize) -> Option<&'static str> {
        self.levels.get(no).copied().flatten()
    }

    /// The level a statement of sentence `no` (`text`) named `subj` is given to: that of
    /// [`Self::level`], but a level's lead gives the money it put in alone (`政策资金`, `计划生育和
    /// 优生优育资金`): not what the money brought (`重大项目当年实现产值`), a total the text does
    /// not say is the level's (`全年乡村振兴投入`), money handed out (`发放救助资金`, `…补贴资金…
    /// 发放到农户`: paid from above or from a fund as much as by the level) nor a fund's
    /// (`失业保险金`, `职业技能提升行动专账资金`), which readers read right bare (s47 129, s58 139,
    /// s49 160, s111 64).
    pub(super) fn level_of(&self, no: usize, subj: &str, text: &str) -> Option<&'static str> {
        let led = self.led.get(no).copied().unwrap_or(false);
        let levels_money = ends_with_money_word(subj)
            && !text.contains("发放")
            && !["专账", "失业", "保险"].iter().any(|w| subj.contains(w));
        self.level(no).filter(|_| !led || levels_money)
    }
}

/// Words a subject of money put in ends with (`帮扶资金`, `城乡免费义务教育补助、随迁子女学位
/// 补贴`, `普惠性企业稳岗返还`).
fn ends_with_money_word(subj: &str) -> bool {
    ["资金", "金", "补贴", "补助", "经费", "返还", "奖补", "奖励"]
        .iter()
        .any(|w| subj.ends_with(w))
}

/// The level the open headings give the part to: the innermost naming one, unless a sentence
/// under a deeper one has named the whole area since.
fn given(open: &[Node]) -> Option<&'static str> {
    match open.iter().rev().find_map(|n| {
        if n.whole {
            Some(None)
        } else {
            n.owner.map(Some)
        }
    }) {
        Some(Some(Owner::Level(l))) => Some(l),
        _ => None,
    }
}

/// Whose money the innermost heading led by an area or level (see [`Node::lead`]) gives, when it
/// is nearer than any naming an owner.
fn led_by(open: &[Node]) -> Option<&'static str> {
    open.iter()
        .rev()
        .find(|n| n.lead.is_some() || n.owner.is_some())
        .and_then(|n| n.lead)
}

/// The level whose money the clause of a sentence stating its first figure opens with, putting it
/// in, after a date alone (`2023年市级财政投入281.3亿元…`, `市本级产业政策投入约150亿元`,
/// `市财政全年投入政策资金119亿元`: 市级): the level's money in a report of the city and its
/// level. Not the whole area (`全市各级财政…`), two levels (`市级及区级…`) nor an account
/// (`市级一般公共预算支出…`), which its own rules name.
fn leads_with_level(text: &str) -> Option<&'static str> {
    let clause = first_clause(text)?;
    let (level, rest) = [
        ("市本级", "市本级"),
        ("市级", "市级"),
        ("市财政", "市级"),
        ("省本级", "省本级"),
        ("省级", "省级"),
        ("省财政", "省级"),
    ]
    .iter()
    .find_map(|&(w, l)| clause.strip_prefix(w).map(|r| (l, r)))?;
    let puts_in = ["投入", "安排"].iter().any(|w| rest.contains(w));
    (puts_in
        && !rest.starts_with(['及', '和', '与', '、', '各'])
        && !["预算", "基金", "收入"].iter().any(|w| rest.contains(w)))
    .then_some(level)
}

/// Whether the words before a sentence's first figure name an owner other than a level's lead
/// (`全市…`, `市级…`, `争取中央…`, `各区…`): the money is no longer the lead's.
fn names_another(words: &str) -> bool {
    WHOLE_WORDS
        .iter()
        .chain(LEVEL_WORDS.iter())
        .chain(DISTRICT_WORDS.iter())
        .chain(["中央", "省", "上级", "财政"].iter())
        .any(|w| words.contains(w))
}

/// The clause of a sentence stating its first figure, the date opening it taken off.
fn first_clause(text: &str) -> Option<&str> {
    let at = super::FIGURE.as_ref().and_then(|re| re.find(text))?;
    let opening = &text[..at.start()];
    let clause = opening
        .rsplit(['，', ',', '。', '；', ';', '：', ':'])
        .next()
        .unwrap_or(opening)
        .trim_start_matches(|c: char| {
            c.is_ascii_digit() || ('０'..='９').contains(&c) || "年度月份底—-".contains(c)
        });
    Some(clause)
}

/// Whether the clause of a lead sentence stating its first figure opens with `whole`, after a
/// date alone (`全市民生支出181.3亿元，…`): the whole area's money, not an actor (`2022年，全市各级
/// 各部门坚持…`, after which `市财政投入…` is the level's) nor an account, which its own rules name
/// (`全市社会保险基金收入…`).
fn leads_with_whole(text: &str, whole: &str) -> bool {
    let Some(clause) = first_clause(text) else {
        return false;
    };
    clause.strip_prefix(whole).is_some_and(|rest| {
        !rest.is_empty()
            && !rest.starts_with(['及', '和', '与', '、', '各'])
            && !["预算", "基金", "收入", "财政"]
                .iter()
                .any(|w| rest.contains(w))
    })
}

/// Whether words name the level's finance bureau as the actor (`市财政投入…`, `省财政下达…`),
/// not the whole area's (`全市财政收入`).
fn names_levels_finance(words: &str) -> bool {
    let rest = words.replace("全市财政", "").replace("全省财政", "");
    ["市财政", "省财政", "本级财政"]
        .iter()
        .any(|w| rest.contains(w))
}

/// The node a sentence opens: a block title (`说明十`, `关于2022年市级…的说明`), a heading, or a
/// marked item (which names no owner unless its run-in lead does: `3．市本级情况：2023年…`);
/// `whole` the area a level's own report leaves out (see [`owner_named`]).
fn node_of(text: &str, whole: Option<&'static str>) -> Option<Node> {
    if let Some(title) = block_title(text) {
        // (横琴粤澳深度合作区关于2024年…的报告: another body's report bound in)
        let words = match title.split_once("关于") {
            Some(("", after)) => after,
            _ => title,
        };
        // (a block bound in, `关于2021年全市社会保险基金收支预算情况的说明`, is its own area's
        // account: its lines read right bare)
        return Some(Node {
            depth: 0,
            owner: owner_named(words, None),
            whole: false,
            lead: None,
            fresh: true,
            unstated: true,
        });
    }
    let figure = super::FIGURE.as_ref().is_some_and(|re| re.is_match(text));
    let depth = marker_level(text)?;
    let body = super::strip_marker(text);
    // (`3．市本级情况：2023年，…`: a run-in lead)
    let head = if figure {
        run_in_lead(body)
    } else {
        Some(body)
    };
    // (a note under a heading, `①根据《…》…实行市级统筹管理。` at a page's foot, names no owner)
    let owner = head
        .filter(|h| !["根据", "按照", "依据"].iter().any(|w| h.starts_with(w)))
        .and_then(|h| owner_named(h, whole));
    // (`二是市级财政投入104.21亿元，支持完善社会保障体系。`: a heading leading its paragraph with
    // the level's money; not in a level's own report, whose title names the level)
    let lead = if whole.is_none() && figure {
        leads_with_level(body)
    } else {
        None
    };
    Some(Node {
        depth,
        owner,
        whole: false,
        lead,
        fresh: true,
        unstated: !figure,
    })
}

/// The words of a sentence before its first figure (all of it when it states none).
fn opening(text: &str) -> &str {
    super::FIGURE
        .as_ref()
        .and_then(|re| re.find(text))
        .map_or(text, |m| &text[..m.start()])
}

/// The title a sentence opens with when it titles a block of a report's explanations (`说明十`,
/// `关于2022年市级国有资本经营预算收入决算情况的说明`, the sentence under it run on when the title
/// stands alone on its line) or a report bound in (`横琴粤澳深度合作区关于2024年…决算的报告`).
fn block_title(text: &str) -> Option<&str> {
    let numbered = text
        .strip_prefix("说明")
        .and_then(|r| r.chars().next())
        .is_some_and(is_cn_numeral);
    if numbered {
        return Some(text);
    }
    let about = text.find("关于")?;
    let end = ["的说明", "的报告"]
        .iter()
        .filter_map(|w| text.find(w).map(|i| i + w.len()))
        .min()?;
    let title = &text[..end];
    // (not a document the text cites: 根据《…关于…的报告》)
    let by = &text[..about];
    let cited =
        by.contains(['《', '，', '、']) || ["根据", "按照", "依据"].iter().any(|w| by.contains(w));
    let short = by.chars().count() <= 20 && title.chars().count() <= 60 && !cited;
    let plain = !super::FIGURE.as_ref().is_some_and(|re| re.is_match(title));
    (short && plain && about < end).then_some(title)
}

/// The funds a heading or block title may name, longest first.
const FUNDS: [&str; 3] = ["国有资本经营预算", "政府性基金", "社会保险基金"];

/// What a heading's or block title's words name of a budget: `Some(Some(fund))` one fund alone
/// (`一、2022年市级国有资本经营预算收入完成总体情况`), `Some(None)` the general budget or several
/// (`一般公共预算和政府性基金预算`), or a transfer (`中央专项转移支付（国有资本经营预算）`: a
/// transfer's account, not the fund's); `None` no budget.
fn fund_named(words: &str) -> Option<Option<&'static str>> {
    let named: Vec<&'static str> = FUNDS.into_iter().filter(|f| words.contains(f)).collect();
    let other = words.contains("一般公共预算") || words.contains("转移支付");
    match named.as_slice() {
        [] if !other => None,
        [fund] if !other => Some(Some(fund)),
        _ => Some(None),
    }
}

/// A block title run on at the end of a sentence, after a table's caption
/// (`北京市2022年市级国有资本经营预算收入决算情况表表六单位：万元说明六关于2022年市级国有资本经营
/// 预算收入决算情况的说明`): `说明` and its number, then `关于…的说明` ending the sentence.
fn run_on_block_title(text: &str) -> Option<&str> {
    let at = text.rfind("说明")?;
    let at = text[..at].rfind("说明").filter(|&i| i > 0)?;
    let title = &text[at..];
    let numbered = title["说明".len()..]
        .chars()
        .next()
        .is_some_and(is_cn_numeral);
    let about = title.find("关于")?;
    let plain = !super::FIGURE.as_ref().is_some_and(|re| re.is_match(title));
    (numbered && plain && title.ends_with("的说明") && title[..about].chars().count() <= 8)
        .then_some(title)
}

/// The run-in lead of a marked sentence stating figures (`市本级情况：` of `3．市本级情况：2023年，
/// 市本级…`, `市本级预算稳定调节基金。` of `3.市本级预算稳定调节基金。…`): the words before the
/// first `：` or `。` when they hold no figure and are short enough to be a heading.
fn run_in_lead(body: &str) -> Option<&str> {
    let end = body.find(['：', ':', '。'])?;
    let lead = &body[..end];
    let plain = !lead.contains(['，', ',', '；']) && lead.chars().count() <= 20;
    let figure = super::FIGURE.as_ref().is_some_and(|re| re.is_match(lead));
    (plain && !figure).then_some(lead)
}

/// What a heading's words (its marker off) name of the account's owner: a level opening them
/// after the year or the city's name (`2021年市本级收支决算情况`, `杭州市本级财政决算情况`,
/// `全市政府性基金预算收支预期`); `Other` when they name a level further in, two levels, or the
/// districts or a zone (`全市及市级`, `县区预算情况`); `None` when they name none. The whole area
/// names no owner in a report of the city and its level (its parts are the report's own), but
/// in a report a title gives to a level alone it is `whole`, the area that report leaves out
/// (`1.全市债券资金争取情况` in 自贡's 市级决算): a level of its own.
fn owner_named(words: &str, whole: Option<&'static str>) -> Option<Owner> {
    let words = words
        .trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace())
        .trim_start_matches('年')
        .trim_start();
    let named: Vec<(usize, &'static str)> = LEVEL_WORDS
        .iter()
        .filter_map(|l| words.find(l).map(|i| (i, *l)))
        .collect();
    let districts = DISTRICT_WORDS
        .iter()
        .any(|w| words.contains(w))
        .then_some(Owner::Other);
    match named.as_slice() {
        [] => districts,
        // (the whole area is the report's own: its parts need no owner, and close a level's)
        [(at, level)]
            if districts.is_none()
                && city_name(&words[..*at])
                && (!level.starts_with('全') || Some(*level) == whole && !of_work(words)) =>
        {
            Some(Owner::Level(level))
        }
        _ => Some(Owner::Other),
    }
}

/// Whether a heading names the work done (`（六）上半年全市财政主要工作`), not an account: the
/// money its lines name is the level's that spends it, or a fund's size, no whole area's.
fn of_work(words: &str) -> bool {
    ["工作", "措施", "举措", "成效"]
        .iter()
        .any(|w| words.contains(w))
}

/// The whole area a level's own report leaves out (全市 of 市级, 全省 of 省本级).
fn whole_of(level: &str) -> &'static str {
    if level.starts_with('省') {
        "全省"
    } else {
        "全市"
    }
}

/// Whether the words before a level are nothing or the city's name alone (`杭州` of
/// `杭州市本级`): up to three Han characters, no conjunction joining another area.
fn city_name(before: &str) -> bool {
    before.is_empty()
        || (before.chars().count() <= 3
            && before.chars().all(crate::layout::is_han)
            && !before.contains(['和', '及', '与', '、', '全']))
}

/// The number a marker counts (3 of `三、`, `（三）`, `3．`, `（3）`; 14 of `十四、`).
fn marker_number(text: &str) -> Option<u32> {
    let marker = &text[..text.len() - super::strip_marker(text).len()];
    let digits: String = marker.chars().filter(char::is_ascii_digit).collect();
    if !digits.is_empty() {
        return digits.parse().ok();
    }
    let numeral: String = marker.chars().filter(|&c| is_cn_numeral(c)).collect();
    crate::budget::amount::small_numeral(&numeral)
}
