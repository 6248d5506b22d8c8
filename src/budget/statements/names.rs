//! Names of money a text states loosely: a balance or a carry-over without the budget it is of
//! (`收支相抵，年终结余3.7亿元`), a flow named by its verb (`补助下级`, `支付专项债务利息`), a
//! name after a verb (`并成功发行新增债券资金`), a footnote's mark (`国有资本经营预算（3）收入`).
//! Each is given its full name when the sentence (or the one before) says it unambiguously;
//! otherwise the subject stays as it is and is not emitted (confidence.rs).

use std::sync::LazyLock;

use regex::Regex;

use super::confidence::{self, after_area, leading_area};
use crate::layout::is_han;

/// Balances and carry-overs a budget's account names without the budget (年终结余, 结转下年),
/// beside a fund's balances (statements.rs `BALANCES`).
/// Not the lines of a department's tables (上年结转结余, 年终结转结余: the department's own), nor
/// the income of a budget's balance (上年结余, 上年结转: a flow named as the budget names it).
const BALANCE_HEADS: [&str; 15] = [
    "本年结余",
    "年终结余",
    "收支结余",
    "年末新增结余",
    "结转下年",
    "结转下年使用",
    "结转下年支出",
    "结转下年使用资金",
    "结转下年继续使用",
    "结转下年继续使用资金",
    "年终结转",
    "年末结转",
    "年末结转结余",
    "结转结余",
    "年终结余结转",
];

/// Whether `head` is a balance or carry-over a budget's account names without its budget: a
/// fund's balances (statements.rs `BALANCES`) and the heads above.
fn is_balance_head(head: &str) -> bool {
    super::BALANCES.contains(&head) || BALANCE_HEADS.contains(&head)
}

/// The budgets (accounts) a balance is of, as a text names them, with an area before them.
static ACCOUNT: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(全市|市本级|市级|全省|省本级|省级|全区|区本级|区级|全县|县本级|县级|全州)?(一般公共预算|政府性基金预算|政府性基金|国有资本经营预算|社会保险基金预算|社会保险基金|(?:城乡居民|城镇职工|企业职工|机关事业单位|城镇居民|职工|居民)?(?:基本|社会)?(?:养老|医疗|失业|工伤|生育)保险基金)",
    )
    .ok()
});

/// The balance head of `subj` (年终结余, 全市结转下年) as (area, head), when that is all it says.
pub(super) fn balance_head(subj: &str) -> Option<(&str, &str)> {
    let area = confidence::AREAS
        .iter()
        .copied()
        .find(|a| subj.starts_with(a))
        .unwrap_or("");
    let head = &subj[area.len()..];
    // (政策性结转下年使用, 地方专项政策性结转下年使用: a kind of carry-over, the budget unsaid)
    let kind = ["地方专项政策性", "专项政策性", "政策性"]
        .iter()
        .find_map(|k| head.strip_prefix(k))
        .unwrap_or(head);
    is_balance_head(kind).then_some((area, head))
}

/// The one budget `text` names (`市本级社会保险基金预算`, `成都高新区一般公共预算` as
/// 一般公共预算 with no known area), with its area; `None` when it names none or several.
pub(super) fn account_in(text: &str) -> Option<String> {
    let re = ACCOUNT.as_ref()?;
    let mut found: Vec<(String, String)> = Vec::new();
    for c in re.captures_iter(text) {
        // 调出到一般公共预算, 调入政府性基金: the budget money goes to, not the one the text is of.
        let at = c.get(0).map_or(0, |m| m.start());
        if text[..at].ends_with(['到', '至', '向', '入', '出']) {
            continue;
        }
        // (四川天府新区直管区一般公共预算: a zone's budget, named with the zone)
        let area = c.get(1).map_or_else(
            || place_before(&text[..at]).unwrap_or("").to_string(),
            |m| m.as_str().to_string(),
        );
        let name = c.get(2).map_or("", |m| m.as_str());
        // 社会保险基金预算 and 社会保险基金 are one budget; so are 政府性基金(预算).
        let name = match name.strip_suffix("预算") {
            Some(r) if r.ends_with("基金") => r.to_string(),
            _ => name.to_string(),
        };
        // 养老保险基金 inside 社会保险基金's text is one of its funds, a budget of its own.
        if !found.iter().any(|(_, n)| *n == name) {
            found.push((area, name));
        }
    }
    match found.as_slice() {
        [(area, name)] => Some(format!("{area}{name}")),
        _ => None,
    }
}

/// The place `head` ends with (`2023年成都高新区` → 成都高新区, `四川天府新区直管区`): the words after
/// the last mark, figure or date, when they are a place's name.
fn place_before(head: &str) -> Option<&str> {
    let at = last_words(head);
    let place = &head[at..];
    let place = joined_by_dash(head, at).unwrap_or(place);
    (is_place(place) || is_group(place)).then_some(place)
}

/// The zone named just before a year that dates its account (`照列赣江新区2021年一般公共预算收入`
/// → 赣江新区, `淮南高新技术产业开发区（山南新区）2025年预算执行情况`): a zone inside the report's
/// area whose figures these are, not the area's own. A verb of listing before it is not its name.
pub(super) fn zone_before_year(head: &str) -> Option<&str> {
    let (name, alias) = match head.strip_suffix('）') {
        Some(h) => {
            let open = h.rfind('（')?;
            (&head[..open], Some(&h[open + '（'.len_utf8()..]))
        }
        None => (head, None),
    };
    let zone = &name[last_words(name)..];
    let zone = ["照列", "列示", "列入"]
        .iter()
        .find_map(|v| zone.strip_prefix(v))
        .unwrap_or(zone);
    // (淮南高新技术产业开发区: a development zone's name may be longer than a place's)
    let long_zone = |z: &str| {
        z.ends_with("开发区")
            && z.chars().count() <= 16
            && !z.starts_with(['各', '本', '全', '省', '其', '我'])
    };
    let is_zone =
        |z: &str| z.ends_with('区') && !AREA_PARTS.contains(&z) && (is_place(z) || long_zone(z));
    if !is_zone(zone) || alias.is_some_and(|a| a.contains(['（', '）']) || a.chars().count() > 16)
    {
        return None;
    }
    Some(&head[name.len() - zone.len()..])
}

/// The name ending at `head`'s end whose words from `at` follow a dash between two names
/// (`广西—东盟经济技术开发区`): one place, named whole.
fn joined_by_dash(head: &str, at: usize) -> Option<&str> {
    let before = head[..at].strip_suffix('—')?;
    let from = last_words(before);
    (from < before.len() && at < head.len()).then(|| &head[from..])
}

/// Where the words `head` ends with start: after its last mark, figure or date.
fn last_words(head: &str) -> usize {
    head.char_indices()
        .rev()
        .find(|&(_, c)| !is_han(c) || "年月末底".contains(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// Whether `words` name two places together (`市属三个国家级开发区和青秀山风景区`): their
/// joint account is neither's alone nor the report's own.
pub(super) fn is_group(words: &str) -> bool {
    words.split_once(['和', '及']).is_some_and(|(a, b)| {
        [a, b]
            .iter()
            .all(|p| is_place(p) && !AREA_PARTS.contains(p))
    })
}

/// The place a subject opens with before a verb of paying (`成都东部新区偿还债务利息` →
/// 成都东部新区): the owner of the flow the verb names.
pub(super) fn place_before_verb(subj: &str) -> Option<&str> {
    let at = ["偿还", "支付", "偿付"]
        .iter()
        .filter_map(|v| subj.find(v))
        .min()?;
    let place = &subj[..at];
    is_place(place).then_some(place)
}

/// Whether `words` are the name of a place (成都高新区, 四川天府新区直管区, 县区): no area word (the
/// regex's), no actor's verb, no 我.
pub(super) fn is_place(words: &str) -> bool {
    let n = words.chars().count();
    AREA_PARTS.contains(&words)
        || words.ends_with(['区', '县', '市', '州'])
            && (3..=10).contains(&n)
            && !words.contains('我')
            && !words.starts_with(['各', '本', '全', '省', '其', '对', '向', '在', '为'])
            && ![
                "核定", "下达", "安排", "争取", "批准", "转贷", "发行", "部分", "上解", "补助",
                "其中", "包括",
            ]
            .iter()
            .any(|v| words.contains(v))
}

/// Whether `text` names any budget (one or several).
pub(super) fn names_an_account(text: &str) -> bool {
    ACCOUNT.as_ref().is_some_and(|re| re.is_match(text))
}

/// Heads of a whole that a list shares out as balances (结转资金9.2亿元，主要包括：…).
const WHOLE_BALANCES: [&str; 3] = ["结转资金", "结余资金", "结转结余资金"];

/// A part of a list whose whole is `whole` (the subject of the figure before 其中): `None` when
/// the part names itself; `Some(Some(name))` when it needs the whole's head or stem to be named
/// (失业保险基金 of 年末滚存结余 → 失业保险基金年末滚存结余; 市本级限额 of 全市政府债务限额 →
/// 市本级政府债务限额); `Some(None)` when it is a part of a balance that cannot be named so
/// (教育支出 of 结转资金: the 类's share of the balance, not the 类's spending).
pub(super) fn part_of(subj: &str, whole: &str) -> Option<Option<String>> {
    // …转移支付（一般公共预算）支出X（包括本年支出Y和结转下年继续使用资金Z）: the whole's
    // spending of this year (…转移支付（一般公共预算）本年支出), not the body's.
    for head in ["收入", "支出"] {
        if subj.strip_prefix("本年") == Some(head)
            && let Some(stem) = whole.strip_suffix(head)
            && !stem.is_empty()
            && !stem.ends_with("本年")
        {
            return Some(Some(format!("{stem}{subj}")));
        }
    }
    // 转贷市本级80.80亿元（再融资专项债券23.50亿元、新增专项债券57.30亿元）: the bonds on-lent
    // to a level or a place are its bonds (市本级再融资专项债券).
    if let Some(to) = whole.strip_prefix("转贷")
        && (confidence::AREAS.contains(&to) || is_place(to))
        && ["再融资", "新增", "一般", "专项"]
            .iter()
            .any(|k| subj.starts_with(k))
        && subj.ends_with("债券")
    {
        return Some(Some(format!("{to}{subj}")));
    }
    // 全市偿还债务本息X，其中：再融资债券偿还本金Y，统筹财力偿还本金Z: how each part was repaid,
    // the whole's owner's (全市再融资债券偿还本金); a whole with no owner → not emitted.
    if subj.contains("偿还") && !confidence::AREAS.iter().any(|a| subj.starts_with(a)) {
        let owner = ["债务还本付息支出", "偿还债务本息", "还本付息支出"]
            .iter()
            .find_map(|h| whole.strip_suffix(h));
        if let Some(owner) = owner {
            return Some((!owner.is_empty()).then(|| format!("{owner}{subj}")));
        }
    }
    // 市本级还本支出X（其中财政资金安排Y，再融资债券发行Z）: a part of repaying named by the
    // bonds it came from; bare it reads as the bonds issued. It is the principal those bonds
    // repaid, the whole's owner's (市本级再融资债券偿还本金, as 全市再融资债券偿还本金).
    if let Some(bonds) = ["发行", "安排"]
        .iter()
        .find_map(|v| subj.strip_suffix(v))
        .filter(|b| b.ends_with("债券") && !b.contains(['的', '用']))
        && whole.ends_with("还本支出")
    {
        let owner = leading_area(whole)
            .filter(|_| leading_area(bonds).is_none())
            .unwrap_or("");
        let named = format!("{owner}{bonds}偿还本金");
        return Some(confidence::well_formed(&named).then_some(named));
    }
    if let Some(named) = debt_stock_part(subj, whole) {
        return Some(named);
    }
    let balance = super::BALANCES
        .iter()
        .chain(&BALANCE_HEADS)
        .chain(&WHOLE_BALANCES)
        .filter(|h| whole.ends_with(*h))
        .max_by_key(|h| h.len());
    if let Some(head) = balance {
        // (其中：机关事业单位养老保险基金收入X，支出Y: a fund's own lines name themselves)
        if subj.contains("结余")
            || subj.contains("结转")
            || subj.contains("余额")
            || names_an_account(subj) && !subj.ends_with("基金")
            || subj.contains("基金") && (subj.ends_with("收入") || subj.ends_with("支出"))
        {
            return None;
        }
        let named = (subj.ends_with("基金") && confidence::well_formed(subj))
            .then(|| format!("{subj}{head}"));
        return Some(named);
    }
    // 偿还地方政府债券本金X，其中：一般债券本金Y; 新增债券X，其中一般债券Y: a bond or debt
    // of a flow is that flow's part (一般债券还本支出, 新增一般债券), not the stock it names.
    let stock = ["一般债券", "专项债券", "一般债务", "专项债务"]
        .into_iter()
        .find(|b| {
            subj.strip_prefix(b)
                .is_some_and(|r| ["", "本金", "还本"].contains(&r))
        });
    // 全市政府债券还本X。其中，一般债券还本Y: the owner's (全市一般债券还本).
    if let Some(bond) = ["一般债券", "专项债券", "一般债务", "专项债务"]
        .into_iter()
        .find(|b| {
            subj.strip_prefix(b)
                .is_some_and(|r| ["还本", "付息"].contains(&r))
        })
        && let Some(stem) = whole.strip_suffix(&subj[bond.len()..])
        && let Some(stock) = DEBT_STOCKS.iter().find(|d| stem.ends_with(*d))
    {
        let owner = &stem[..stem.len() - stock.len()];
        let owner = NO_AREAS.iter().find(|w| owner == **w).map_or(owner, |_| "");
        return Some(
            (owner.is_empty() || confidence::AREAS.contains(&owner) || is_place(owner))
                .then(|| format!("{owner}{subj}")),
        );
    }
    if let Some(bond) = stock {
        // (市本级地方政府债务还本支出X，其中一般债务本金Y: a level's part keeps its level,
        // 市本级一般债务还本支出; the whole area's, 全市…, needs none)
        let level = leading_area(whole)
            .filter(|a| !a.starts_with('全'))
            .unwrap_or("");
        for flow in ["还本支出", "付息支出"] {
            if whole.ends_with(flow) {
                return Some(Some(format!("{level}{bond}{flow}")));
            }
        }
        // (地方政府新增债券转贷收入X，其中：一般债券Y: its part of the on-lending)
        let (issued, tail) = whole
            .strip_suffix("转贷收入")
            .map_or((whole, ""), |w| (w, "转贷收入"));
        if subj == bond
            && let Some(kind) = issued
                .strip_suffix("债券")
                .or_else(|| issued.strip_suffix("债务"))
        {
            // (成都高新区新增债券, 省财政厅转贷我市地方政府新增债券, 新增地方政府债务: the kind
            // its name ends with; 新增政府债券's bonds are 新增 bonds)
            let kind = kind.strip_suffix("新增政府").map_or(kind, |_| "新增");
            if let Some(k) = [
                "地方政府新增",
                "新增地方政府",
                "新增",
                "再融资",
                "置换",
                "地方政府",
            ]
            .into_iter()
            .find(|k| kind.ends_with(k))
            {
                // (成都高新区新增债券: the zone's bonds, 成都高新区新增专项债券)
                let place = &kind[..kind.len() - k.len()];
                let place = if is_place(place) || confidence::AREAS.contains(&place) {
                    place
                } else {
                    ""
                };
                return Some(Some(format!("{place}{k}{bond}{tail}")));
            }
        }
        let flowing = [
            "偿还", "还本", "付息", "发行", "转贷", "新增", "到期", "本金",
        ];
        if flowing.iter().any(|w| whole.contains(w)) {
            return Some(None);
        }
    }
    // 市级社会保险基金预算收入X，其中：失业保险基金Y: the fund's revenue (市级失业保险基金收入),
    // not the fund.
    if subj.ends_with("基金")
        && !subj.contains("调节基金")
        && (whole.contains("社会保险基金") || whole.contains("社保基金"))
        && let Some(flow) = ["收入", "支出"].into_iter().find(|f| whole.ends_with(f))
        && confidence::well_formed(subj)
    {
        let level = leading_area(whole)
            .filter(|a| !subj.starts_with(a))
            .unwrap_or("");
        return Some(Some(format!("{level}{subj}{flow}")));
    }
    for head in ["限额", "余额"] {
        let Some(area) = subj.strip_suffix(head) else {
            continue;
        };
        if !confidence::AREAS.contains(&area) || !whole.ends_with(head) {
            return None;
        }
        let stem = whole.strip_suffix(head).unwrap_or("");
        let stem = stem.strip_prefix("预计").unwrap_or(stem);
        let stem = confidence::AREAS
            .iter()
            .find_map(|a| stem.strip_prefix(a))
            .unwrap_or(stem);
        return Some((!stem.is_empty()).then(|| format!("{area}{stem}{head}")));
    }
    // 全市政府债务限额X，其中市本级Y: the area's limit.
    if AREA_PARTS.contains(&subj) || confidence::AREAS.contains(&subj) {
        let stem = confidence::AREAS
            .iter()
            .chain(&AREA_PARTS)
            .chain(&NO_AREAS)
            .find_map(|a| whole.strip_prefix(a))
            .unwrap_or(whole);
        let named = format!("{subj}{stem}");
        return (stem != whole || !opens_with_area(whole))
            .then_some(())
            .filter(|()| {
                !stem.contains(['的', '我'])
                    && !stem.starts_with(['含', '包', '其'])
                    && !["代发", "发行", "下达", "争取"]
                        .iter()
                        .any(|v| stem.contains(v))
                    && names_money_of_budget(stem)
            })
            .map(|()| Some(named));
    }
    bare_bond_part(subj, whole)
        .or_else(|| bond_use_part(subj, whole))
        .or_else(|| special_bond_use_part(subj, whole))
        .or_else(|| department_budget_part(subj, whole))
        .or_else(|| transfer_kind_part(subj, whole))
        .or_else(|| paid_down_kind_part(subj, whole))
        .or_else(|| paid_transfer_part(subj, whole))
        .or_else(|| basic_spending_part(subj, whole))
        .or_else(|| vehicle_cost_part(subj, whole))
        .or_else(|| running_cost_part(subj, whole))
        .or_else(|| departments_part(subj, whole))
        .or_else(|| budget_share_part(subj, whole))
        .or_else(|| use_budget_part(subj, whole))
        .or_else(|| whole_named_part(subj, whole))
        .or_else(|| grant_class_part(subj, whole))
}

/// A part of a budget arranged for a use (`11．安排城市运转预算34.4亿元。主要包括：…国省干线公路
/// 小修保养等1.1亿元`) named only by the uses it pays for (ending with 等): bare it names no money,
/// so it carries the whole (`市本级城市运转预算国省干线公路小修保养等`). A part naming its money
/// (`公交运营补贴等公用事业国企补助`) is left as it is.
pub(super) fn use_budget_part(subj: &str, whole: &str) -> Option<Option<String>> {
    let area = leading_area(whole).unwrap_or("");
    let kind = &whole[area.len()..];
    let item = leading_area(subj).map_or(subj, |a| &subj[a.len()..]);
    let named = format!("{whole}{item}");
    (kind.ends_with("预算")
        && kind.chars().count() >= 4
        && !names_an_account(kind)
        && !kind.contains("部门")
        && item.ends_with('等')
        && item.chars().count() >= 4
        && !item.contains("预算")
        && confidence::well_formed(&named))
    .then_some(Some(named))
}

/// A budget's share of a kind of money (`盘活市级财政存量资金约257.5亿元，其中：一般公共预算资金
/// 71.6亿元`): alone it reads as all the budget's money; it is the budget's of that kind, with
/// the whole's area (市级一般公共预算存量资金).
fn budget_share_part(subj: &str, whole: &str) -> Option<Option<String>> {
    let budget = ["一般公共预算", "政府性基金预算", "国有资本经营预算"]
        .into_iter()
        .find(|b| subj.strip_prefix(b) == Some("资金"))?;
    let area = leading_area(whole).unwrap_or("");
    let kind = &whole[area.len()..];
    let kind = kind.strip_prefix("财政").unwrap_or(kind);
    let named = format!("{area}{budget}{kind}");
    (kind.ends_with("存量资金") && confidence::well_formed(&named)).then_some(Some(named))
}

/// A class of what a grant from above brings a fund (`上级补助收入1.9亿元，其中：文化旅游体育与
/// 传媒收入30万元，社会保障和就业收入4366万元`): alone it reads as the budget's own revenue of that
/// class, which it is not; not emitted. Kinds of the grant (返还性收入, 一般性转移支付收入) name
/// themselves.
fn grant_class_part(subj: &str, whole: &str) -> Option<Option<String>> {
    let class = whole.ends_with("上级补助收入")
        && subj.ends_with("收入")
        && ![
            "转移支付",
            "返还",
            "补助",
            "上解",
            "债",
            "上级",
            "结余",
            "结转",
        ]
        .iter()
        .any(|w| subj.contains(w));
    class.then_some(None)
}

/// A bond named by its use alone in the brackets of a debt's flow (`专项债务收入1338.9亿元
/// (新增债券949.0亿元、再融资债券389.9亿元)`, `专项债务转贷支出1200亿元(新增债转贷458.2亿元…)`):
/// alone it reads as all the area's bonds of that use; the kind (专项, 一般), the flow and the
/// account are the whole's (市级政府性基金预算新增专项债券收入, …再融资专项债券转贷支出).
fn bare_bond_part(subj: &str, whole: &str) -> Option<Option<String>> {
    let bond = ["新增", "再融资"].into_iter().find(|u| {
        [format!("{u}债券"), format!("{u}债转贷")]
            .iter()
            .any(|b| b == subj)
    })?;
    let (stem, kind, flow) = ["专项", "一般"].into_iter().find_map(|kind| {
        ["收入", "转贷收入", "转贷支出"]
            .into_iter()
            .find_map(|flow| {
                whole
                    .strip_suffix(&format!("{kind}债务{flow}"))
                    .map(|stem| (stem, kind, flow))
            })
    })?;
    // (a 债转贷 is on-lending: it is no part of the money the debt brings in)
    if subj.ends_with("债转贷") && !flow.starts_with("转贷") {
        return None;
    }
    let named = format!("{stem}{bond}{kind}债券{flow}");
    Some(confidence::well_formed(&named).then_some(named))
}

/// A use of bonds or of a debt limit listed as its part (`专项债券39.5亿元（其中项目建设22.3亿元，
/// 补充政府性基金财力17.2亿元）`, `专项债务限额178.58亿元，其中铁路项目66.79亿元`): what the
/// money goes to (a building, a project, a verb's object) names no money alone: not emitted.
fn bond_use_part(subj: &str, whole: &str) -> Option<Option<String>> {
    if !["债券", "债务限额"].iter().any(|h| whole.ends_with(h)) {
        return None;
    }
    let rest = after_area(subj);
    let used = rest.contains("建设")
        || rest.ends_with("项目")
        || ["补充", "解决", "偿还", "化解", "清欠"]
            .iter()
            .any(|v| rest.starts_with(v));
    (used && !rest.contains('债') && !rest.ends_with("支出") && !rest.ends_with("收入"))
        .then_some(None)
}

/// What ultra-long special treasury bonds go to, listed as their part (`中央下达我市超长期特别国债
/// 资金24.15亿元，其中支持“两新”项目资金10.86亿元`): the use (两重, 两新) alone names no money of
/// the area's; it is the bonds' money for that use (中央超长期特别国债支持“两新”项目资金).
fn special_bond_use_part(subj: &str, whole: &str) -> Option<Option<String>> {
    let at = whole.find("超长期特别国债")?;
    if !["两重", "两新"].iter().any(|u| subj.contains(u)) || subj.contains("国债") {
        return None;
    }
    let bonds = &whole[..at + "超长期特别国债".len()];
    let used = subj.strip_prefix("用于").unwrap_or(subj);
    let used = used.strip_suffix("资金").unwrap_or(used);
    let named = format!("{bonds}{used}资金");
    Some(confidence::well_formed(&named).then_some(named))
}

/// A class of a level's departments' budget (`2022年市级部门预算81.0亿元，其中：工资福利支出57.4
/// 亿元，商品和服务支出6.6亿元`): the departments' (市级部门预算商品和服务支出), not all the
/// level's spending of that class.
fn department_budget_part(subj: &str, whole: &str) -> Option<Option<String>> {
    if let Some(named) = department_budget_source(subj, whole) {
        return Some(Some(named));
    }
    if let Some(named) = departments_budget_share(subj, whole) {
        return Some(Some(named));
    }
    let area = whole.strip_suffix("部门预算")?;
    let named = confidence::AREAS.contains(&area)
        && !area.is_empty()
        && subj.ends_with("支出")
        && !subj.contains("部门")
        && !opens_with_area(subj);
    named.then(|| Some(format!("{whole}{subj}")))
}

/// A budget's share of a level's departments' spending (`2023年广州市本级部门预算支出1,583亿元，
/// 其中：一般公共预算支出1,016.2亿元，政府性基金预算支出517.5亿元`): alone, with the level, it
/// reads as the level's whole budget's spending (市本级一般公共预算支出, another figure); it is
/// the departments' (广州市本级部门一般公共预算支出), as their 财政专户管理资金支出 is.
fn departments_budget_share(subj: &str, whole: &str) -> Option<String> {
    let head = ["支出", "收入"]
        .into_iter()
        .find(|h| subj.ends_with(h) && whole.ends_with(h))?;
    let budget = &subj[..subj.len() - head.len()];
    if !["一般公共预算", "政府性基金预算", "国有资本经营预算"].contains(&budget)
    {
        return None;
    }
    let owner = &whole[..whole.len() - head.len()];
    let owner = ["预算", "决算"]
        .iter()
        .find_map(|w| owner.strip_suffix(w))?;
    let area = owner.strip_suffix("部门")?;
    let area = area.rsplit(['年', '，', ',']).next().unwrap_or(area);
    let named = format!("{area}部门{subj}");
    (confidence::AREAS.iter().any(|a| area.ends_with(a))
        && area.chars().count() <= 8
        && confidence::well_formed(&named))
    .then_some(named)
}

/// Money of a source listed in a level's departments' spending (`2025年市本级部门预算安排支出
/// 1,444.5亿元，其中：…财政专户管理资金28.5亿元，其他各类资金289.5亿元`): alone it reads as all the
/// money of that source (the treasury accounts' whole), so it takes the departments' budget
/// (市本级部门预算财政专户管理资金支出).
fn department_budget_source(subj: &str, whole: &str) -> Option<String> {
    let area = ["部门预算安排的支出", "部门预算安排支出"]
        .iter()
        .find_map(|t| whole.strip_suffix(t))?;
    let named = confidence::AREAS.contains(&area)
        && !area.is_empty()
        && subj.ends_with("资金")
        && !subj.contains("部门")
        && !opens_with_area(subj);
    named.then(|| format!("{area}部门预算{subj}支出"))
}

/// A line of a level's departments' summed accounts (`市级部门单位收入合计X，其中：…经营收入Y`):
/// the departments' (市级部门经营收入), not the level's budget revenue.
fn departments_part(subj: &str, whole: &str) -> Option<Option<String>> {
    let at = whole.find("部门")?;
    let area = &whole[..at];
    let total = &whole[at + "部门".len()..];
    let total = total.strip_prefix("单位").unwrap_or(total);
    let named = confidence::AREAS.contains(&area)
        && ["收入合计", "支出合计"].contains(&total)
        && (subj.ends_with("收入") || subj.ends_with("支出"))
        && !subj.contains("部门");
    named.then(|| Some(format!("{area}部门{subj}")))
}

/// An item of a department's running costs (`机关运行经费预算总计211万元，…其中主要支出为办公费
/// 34.82万元，…邮电费1.00万元`): alone it reads as all the department's spending of that item,
/// so it takes 机关运行经费 and the fund the whole names (一般公共预算机关运行经费办公设备购置（款）支出).
fn running_cost_part(subj: &str, whole: &str) -> Option<Option<String>> {
    let at = whole.find("机关运行经费")?;
    let item = ["主要支出为", "主要为", "主要是"]
        .iter()
        .find_map(|w| subj.strip_prefix(w))
        .unwrap_or(subj);
    if subj.contains("机关运行经费") || !(item.ends_with('费') || item.ends_with("支出")) {
        return None;
    }
    let fund = ["一般公共预算", "财政拨款"]
        .into_iter()
        .find(|f| whole[..at].ends_with(f))
        .unwrap_or("");
    // ((11)其他商品和服务支出（款）支出: the class's name, 支出 once)
    let item = item
        .strip_suffix("支出")
        .filter(|c| c.ends_with("（款）"))
        .unwrap_or(item);
    let named = format!("{fund}机关运行经费{item}");
    Some(confidence::well_formed(&named).then_some(named))
}

/// 购置费 or 运行维护费 of 公务用车购置及运行维护费 (`…4.9亿元(其中:购置费1.4亿元,运行维护费3.5亿元)`):
/// alone it names no cost of cars, so it takes the whole's owner and 公务用车 (市级公务用车购置费).
fn vehicle_cost_part(subj: &str, whole: &str) -> Option<Option<String>> {
    if !["购置费", "运行维护费", "运行费"].contains(&subj) {
        return None;
    }
    let at = whole.find("公务用车购置及运行")?;
    Some(Some(format!("{}公务用车{subj}", &whole[..at])))
}

/// The funds or sources a department's basic spending is stated of (财政拨款基本支出).
const BASIC_FUNDS: [&str; 4] = [
    "财政拨款",
    "一般公共预算财政拨款",
    "一般公共预算",
    "政府性基金预算财政拨款",
];

/// 人员经费 or 公用经费 of a fund's basic spending (`财政拨款基本支出预算X万元，其中：（一）人员
/// 经费Y`): alone the name reads as the department's of every source, so it takes the fund
/// (财政拨款基本支出人员经费). Of 基本支出 with no fund named it names itself.
/// An economic class of basic or project spending (`基本支出4865.7万元，…包括：工资福利支出4548.2
/// 万元`) takes it whatever the source: alone it reads as all the body's spending of that class.
fn basic_spending_part(subj: &str, whole: &str) -> Option<Option<String>> {
    if let Some(stem) = economic_class_of_spending(subj, whole) {
        return Some(Some(format!("{stem}{subj}")));
    }
    if !["人员经费", "公用经费"].contains(&subj) {
        return None;
    }
    basic_spending_of_fund(whole).map(|stem| Some(format!("{stem}{subj}")))
}

/// Economic classes a body's basic or project spending is shared out into.
const ECONOMIC_CLASSES: [&str; 6] = [
    "工资福利支出",
    "商品和服务支出",
    "对个人和家庭的补助",
    "对个人和家庭补助支出",
    "对个人和家庭的补助支出",
    "资本性支出",
];

/// `whole` without its 预算/决算 when `subj` is an economic class and `whole` basic or project
/// spending (`市工信局基本支出` → 市工信局基本支出); `None` otherwise.
fn economic_class_of_spending<'a>(subj: &str, whole: &'a str) -> Option<&'a str> {
    let stem = ["预算", "决算"]
        .iter()
        .find_map(|w| whole.strip_suffix(w))
        .unwrap_or(whole);
    (ECONOMIC_CLASSES.contains(&subj) && ["基本支出", "项目支出"].iter().any(|t| stem.ends_with(t)))
        .then_some(stem)
}

/// `whole` without its 预算/决算 when it is a fund's basic spending (`财政拨款基本支出预算` →
/// 财政拨款基本支出); `None` for basic spending of no fund named, or of anything else.
pub(super) fn basic_spending_of_fund(whole: &str) -> Option<&str> {
    let stem = ["预算", "决算"]
        .iter()
        .find_map(|w| whole.strip_suffix(w))
        .unwrap_or(whole);
    let fund = stem.strip_suffix("基本支出")?;
    BASIC_FUNDS.contains(&fund).then_some(stem)
}

/// Kinds of transfer a list of transfers names bare (其中：税收返还X，一般性转移支付Y).
const TRANSFER_KINDS: [&str; 5] = [
    "税收返还",
    "一般性转移支付",
    "税收返还和一般性转移支付",
    "专项转移支付",
    "共同财政事权转移支付",
];

/// Whether `subj` is a transfer named by the field it goes to (`其中：教育类转移支付23.7亿元、
/// 社保类转移支付6.1亿元` of `市本级安排对下转移支付115.1亿元`): a kind of transfer as much as
/// 专项转移支付, read bare as money received. Not 各类转移支付 (every kind, no field).
fn field_transfer(subj: &str) -> bool {
    subj.strip_suffix("类转移支付")
        .is_some_and(|field| field.chars().count() >= 2 && !field.contains(['各', '等', '、']))
}

/// A kind of transfer named bare in the list of a transfer (`上级一般公共预算转移支付收入X。
/// 其中：税收返还Y`, `市本级对下级转移支付X，其中：一般性转移支付Y`): alone it reads as any such
/// transfer, received or paid, so it takes who gives it to whom and the whole's tail
/// (上级一般公共预算税收返还收入, 市本级对下级一般性转移支付). A whole that names neither
/// (转移支付收入) leaves the part as printed.
fn transfer_kind_part(subj: &str, whole: &str) -> Option<Option<String>> {
    let kind = TRANSFER_KINDS.contains(&subj) || field_transfer(subj);
    let at = ["税收返还", "转移支付"]
        .iter()
        .filter_map(|k| whole.find(k))
        .min()?;
    let stem = &whole[..at];
    // (对县（市）区转移支付X。…其中：民生转移支付Y、产业发展类Z: any kind or field of a transfer
    // paid down is the payer's, 对县（市）区民生转移支付, 对县（市）区产业发展类转移支付)
    let paid_kind = (stem.starts_with('对') || PAID_DOWN.iter().any(|w| stem.contains(w)))
        && paid_kind_or_field(subj);
    if !kind && !paid_kind {
        return None;
    }
    let subj = if subj.ends_with('类') {
        format!("{subj}转移支付")
    } else {
        subj.to_string()
    };
    // (市对区体制返还和转移支付X: the transfer's stem is before the returns)
    let stem = match stem.strip_suffix(['和', '及', '、']) {
        Some(s) => {
            let returns = ["体制返还", "税收返还", "返还"]
                .iter()
                .filter_map(|r| s.find(r))
                .min()?;
            &s[..returns]
        }
        None => stem,
    };
    let end = whole.rfind("转移支付").map(|i| i + "转移支付".len())?;
    // (…转移支付总计X，包括：①税收返还Y: the total's head is not the part's)
    let tail = &whole[end.max(at)..];
    let tail = ["总计", "合计", "总额"]
        .iter()
        .find_map(|t| tail.strip_suffix(t))
        .unwrap_or(tail);
    // (一般性转移支付收入X，其中：均衡性转移支付Y; 一般转移支付X。专项转移支付Y: the whole is
    // itself a kind, or a sibling)
    if stem.is_empty()
        || ["一般", "一般性", "专项", "事权", "返还"]
            .iter()
            .any(|k| stem.ends_with(k))
    {
        return None;
    }
    let named = format!("{stem}{subj}{tail}");
    Some(confidence::well_formed(&named).then_some(named))
}

/// Whether `subj` names a kind of transfer by what it is for (均衡性转移支付, 民生转移支付) or a
/// field of transfers (产业发展类, 农林水和生态环境治理类), with no payer or payee of its own.
fn paid_kind_or_field(subj: &str) -> bool {
    let named = subj
        .strip_suffix("转移支付")
        .or_else(|| subj.strip_suffix('类'));
    named.is_some_and(|k| {
        k.chars().count() >= 2
            && !k.contains(['各', '等', '、', '对'])
            && ![
                "上级", "中央", "省", "市", "区", "县", "补助", "下达", "本级", "一般", "专项",
            ]
            .iter()
            .any(|w| k.starts_with(w) || k.ends_with(w))
    })
}

/// Whether `subj`, with a figure below zero (`(17)国有资本经营预算收入-47.73亿元`), is the line of a
/// general budget's revenue where state firms' loss subsidies are netted off (国有企业计划亏损补贴,
/// 收入退库), not the state capital budget's revenue (上级补助收入-10万元 is a transfer's refund).
/// A name whose bracket says so (`国有资本经营预算收入(国有企业计划亏损补贴)`) reads right.
pub(super) fn capital_revenue_netted(subj: &str, negative: bool) -> bool {
    negative
        && subj.contains("国有资本经营预算收入")
        && !subj.contains("补助")
        && !subj.contains("亏损")
}

/// Words of a transfer paid to lower governments (市级下达各区, 共补助区县, 补助下级).
const PAID_DOWN: [&str; 6] = [
    "下达各区",
    "补助区县",
    "补助下级",
    "对下级",
    "市对区",
    "市对县",
];

/// Whether `subj`, a numbered item after the sentence `intro`, is a kind of transfer named bare
/// (`1.体制性税收返还129.5亿元`, `一是税收返还67.27亿元`) of a transfer the intro says is paid
/// down (`2021年市级下达各区一般公共预算转移支付资金578.7亿元`): it reads as money received.
/// The intro is looked for only when the subject is such a kind (a list's items may be many).
pub(super) fn kind_paid_down<'a>(subj: &str, intro: impl FnOnce() -> &'a str) -> bool {
    if !TRANSFER_KINDS.contains(&subj) && subj != "体制性税收返还" {
        return false;
    }
    let intro = intro();
    PAID_DOWN.iter().any(|w| intro.contains(w)) && !intro.contains("收入")
}

/// `subj` with 支出, a transfer named bare (`政府性基金转移支付`) among the lines added to a
/// budget's spending and summed as spending (`市本级政府性基金预算支出218.50亿元、…，加上政府性
/// 基金转移支付21.59亿元、上解支出8.45亿元…，支出总计407.48亿元`; `before`, `after` its sentence
/// on either side): bare it reads as money received; it is the transfer paid.
pub(super) fn transfer_paid_in_sum(subj: &str, before: &str, after: &str) -> Option<String> {
    let bare = subj.ends_with("转移支付")
        && !["对", "补助", "下达", "上级", "中央", "省"]
            .iter()
            .any(|w| subj.contains(w));
    let added = before.contains('加');
    let summed = after
        .split('。')
        .next()
        .is_some_and(|s| s.contains("支出总计") || s.contains("支出合计"));
    (bare && added && summed && !before.contains("收入")).then(|| format!("{subj}支出"))
}

/// Words of a transfer a government receives from above (上级共下达我市各类补助, 中央补助我区).
const GOT_FROM_ABOVE: [&str; 6] = [
    "上级共下达",
    "上级下达",
    "下达我市",
    "补助我市",
    "补助我区",
    "补助我省",
];

/// A kind of transfer listed bare in the list of what was received from above (`上级共下达我市
/// 各类补助387.01亿元。…三是专项转移支付84.68亿元`; `intro` is looked for only for such a
/// kind), or a kind listed in the brackets of such an item (`二是一般性转移支付X（其中，均衡性
/// 转移支付Y，县级基本财力保障机制奖补资金Z）`, `whole` 上级一般性转移支付, or no whole in
/// brackets after a change, the item's sentence `opening` with its kind): bare it reads as money
/// paid down as well; it is the one from above (上级专项转移支付).
pub(super) fn kind_from_above<'a>(
    subj: &str,
    whole: Option<&str>,
    opening: &str,
    intro: impl FnOnce() -> &'a str,
) -> Option<String> {
    let got = match whole {
        Some(w) => {
            w.strip_prefix("上级")
                .is_some_and(|k| TRANSFER_KINDS.contains(&k))
                && TRANSFER_ENDS.iter().any(|e| subj.ends_with(e))
        }
        None => {
            (TRANSFER_KINDS.contains(&subj)
                || TRANSFER_ENDS.iter().any(|e| subj.ends_with(e))
                    && TRANSFER_KINDS.iter().any(|k| opening.starts_with(k)))
                && {
                    let intro = intro();
                    GOT_FROM_ABOVE.iter().any(|w| intro.contains(w))
                        && !PAID_DOWN.iter().any(|w| intro.contains(w))
                }
        }
    };
    (got && !subj.starts_with("上级")).then(|| format!("上级{subj}"))
}

/// `subj`, a kind of transfer opening a sentence (`专项转移支付67.7亿元，主要是…`) or split out at its
/// head (`一般公共预算转移支付387.6亿元，分为一般性转移支付291.3亿元`), one of the list of a transfer
/// paid down a sentence before states (`2022年安排对区（市）县转移支付400.9亿元。`, its items each a
/// sentence, `其中，一般性转移支付333.2亿元，…；`): named with whom it is paid to
/// (对区（市）县专项转移支付); bare it reads as money received. `earlier`: the sentences before,
/// nearest first. `None` when no such transfer heads the list.
pub(super) fn kind_of_paid_transfer<'a>(
    subj: &str,
    head: &str,
    earlier: impl Iterator<Item = &'a str>,
) -> Option<String> {
    const BUDGET_KINDS: [&str; 2] = ["一般公共预算转移支付", "政府性基金预算转移支付"];
    let is_kind = |t: &str| TRANSFER_KINDS.contains(&t) || BUDGET_KINDS.contains(&t);
    let opens_with_kind = |t: &str| {
        let t = t
            .trim_start_matches("其中")
            .trim_start_matches(['，', ',', '：', ':']);
        TRANSFER_KINDS
            .iter()
            .chain(&BUDGET_KINDS)
            .any(|k| t.starts_with(k))
    };
    let split = head
        .strip_suffix(subj)
        .and_then(|h| h.strip_suffix("分为"))
        .is_some_and(|h| opens_with_kind(h) && !h.contains(['。', '；']));
    if !is_kind(subj) || !(head == subj || split) {
        return None;
    }
    let whole = earlier.take(4).find(|t| !opens_with_kind(t))?;
    let at = whole.find("转移支付")?;
    if !whole[at + "转移支付".len()..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let payee = &whole[whole[..at].rfind('对')?..at];
    (["区", "县", "下级"].iter().any(|w| payee.contains(w))
        && !payee.contains(['，', ',', '。', '；', '、']))
    .then(|| format!("{payee}{subj}"))
}

/// Words of money a level gives its lower levels (补助区级支出, 对县（市、区）、开发区补助下级支出).
const GIVEN_DOWN: [&str; 4] = ["补助下级", "补助区级", "补助区县", "补助县区"];

/// A kind of transfer named bare in the list of what a level gives its lower levels
/// (`补助区级支出842.3亿元。其中：体制性税收返还129.5亿元；一般性转移支付588.3亿元`): alone it
/// reads as money received; it is that spending's part (补助区级一般性转移支付支出). A whole
/// naming the transfer itself is `transfer_kind_part`'s.
fn paid_down_kind_part(subj: &str, whole: &str) -> Option<Option<String>> {
    if !TRANSFER_KINDS.contains(&subj) && subj != "体制性税收返还" {
        return None;
    }
    let stem = whole.strip_suffix("支出")?;
    if !GIVEN_DOWN.iter().any(|w| stem.ends_with(w)) {
        return None;
    }
    let named = format!("{stem}{subj}支出");
    Some(confidence::well_formed(&named).then_some(named))
}

/// Wholes of a transfer a level pays its lower levels (the 转移性支出 lines of the budget's
/// classification).
const PAID_TRANSFERS: [&str; 2] = ["转移支付支出", "返还性支出"];

/// Ends of the names of a kind of transfer or return (均衡性转移支付, 固定数额补助, 所得税基数
/// 返还, 县级基本财力保障机制奖补资金).
const TRANSFER_ENDS: [&str; 5] = ["转移支付", "返还", "补助", "奖补资金", "奖励资金"];

/// A kind of transfer listed under a transfer paid (`2.一般性转移支付支出105.4亿元。其中，…结算
/// 补助2.7亿元`, `1.返还性支出10.1亿元。其中，…所得税基数返还2.1亿元`): named bare it reads as
/// money received; it is the paying level's spending on that kind, named as the budget's
/// classification names it (结算补助支出, 所得税基数返还支出).
fn paid_transfer_part(subj: &str, whole: &str) -> Option<Option<String>> {
    let stem = after_area(whole);
    if !PAID_TRANSFERS.iter().any(|t| stem.ends_with(t))
        || !TRANSFER_ENDS.iter().any(|e| subj.ends_with(e))
        || opens_with_area(subj)
    {
        return None;
    }
    let named = format!("{subj}支出");
    Some(confidence::well_formed(&named).then_some(named))
}

/// Openings that name the text's own government, no area (我市 is 全市 or 市级 as the text
/// goes on to say).
const NO_AREAS: [&str; 9] = [
    "我市", "本市", "我区", "本区", "我县", "本县", "我省", "本省", "我州",
];

/// Whether `subj` is a kind of debt named alone (一般债务, 专项债券), a part that needs its whole.
pub(super) fn is_debt_kind(subj: &str) -> bool {
    DEBT_KINDS.iter().any(|(k, _)| *k == subj)
}

/// Lower governments a list names as a part of an area's total (县区, 区县).
const AREA_PARTS: [&str; 6] = ["县区", "区县", "各区", "各县", "区级", "县级"];

/// Whether `stem` (a whole without its area) names a budget's money: an account, a debt, or
/// 收入/支出.
fn names_money_of_budget(stem: &str) -> bool {
    confidence::well_formed(stem)
        && (names_an_account(stem)
            || stem.contains('债')
            || stem.ends_with("收入")
            || stem.ends_with("支出"))
}

/// The kinds of debt a debt's stock splits into, as a list names them, and the name of each.
const DEBT_KINDS: [(&str, &str); 6] = [
    ("一般债务", "一般债务"),
    ("专项债务", "专项债务"),
    ("一般债券", "一般债券"),
    ("专项债券", "专项债券"),
    ("一般债", "一般债务"),
    ("专项债", "专项债务"),
];

/// The words a debt's stock is named by, before its 余额 or 限额.
const DEBT_STOCKS: [&str; 8] = [
    "地方政府债务",
    "地方政府性债务",
    "政府性债务",
    "政府债务",
    "地方债务",
    "债务",
    "地方政府债券",
    "政府债券",
];

/// A kind of debt listed as a part of a debt's balance or limit (`我市政府债务余额X，其中一般
/// 债务Y`, `市级政府债务余额X（一般债务余额Y…）`, `新增债务限额X，包括一般债务Y`): the kind's
/// balance or limit with what the whole's name puts before its debt (市级, 新增, a zone's name;
/// not 我市/本市, which name no area): 一般债务余额, 市级专项债务余额, 新增一般债务限额. `None`
/// when `subj` is no kind of debt or `whole` no debt's stock; `Some(None)` when the words before
/// the whole's debt are no name (a clause, a figure).
fn debt_stock_part(subj: &str, whole: &str) -> Option<Option<String>> {
    let head = ["余额", "限额"].into_iter().find(|h| whole.ends_with(h))?;
    let kind = DEBT_KINDS
        .iter()
        .find(|(k, _)| subj == *k || subj.strip_suffix(head) == Some(k))
        .map(|(_, name)| name)?;
    let stem = &whole[..whole.len() - head.len()];
    let stock = DEBT_STOCKS.iter().find(|d| stem.ends_with(*d))?;
    let before = &stem[..stem.len() - stock.len()];
    let before = before.strip_prefix("预计").unwrap_or(before);
    // (南昌市（含赣江新区，下同）新增…, 全市限额内…: a note, and the limit the balance is within)
    let before = confidence::outside_brackets(before).replace("限额内", "");
    let before = before.as_str();
    let before = NO_AREAS
        .iter()
        .find_map(|w| before.strip_prefix(w))
        .unwrap_or(before);
    let named = format!("{before}{kind}{head}");
    // What may stand before a kind of debt: an area or a place (成都高新区), then the kind of
    // limit (新增, 提前批新增); not an actor and its verb (财政部核定我省), nor 部分.
    let place = ["提前批新增", "新增", "法定"]
        .iter()
        .find_map(|w| before.strip_suffix(w))
        .unwrap_or(before);
    let place_ok = place.is_empty()
        || confidence::AREAS.contains(&place)
        || AREA_PARTS.contains(&place)
        || place.ends_with(['区', '县', '市', '州', '省'])
            && place.chars().count() <= 10
            && !place.contains('我')
            && ![
                "核定", "下达", "安排", "争取", "批准", "转贷", "发行", "部分",
            ]
            .iter()
            .any(|v| place.contains(v));
    if place_ok
        && !before.contains(|c: char| c.is_ascii_digit() || "，；：、,;:（）()的".contains(c))
        && confidence::well_formed(&named)
    {
        return Some(Some(named));
    }
    // 已提前下达我市2024年部分新增地方政府债务限额X(一般债务限额Y、专项债务限额Z): whose the
    // words before name no one, but the kind of limit (新增) is the part's too; bare, 专项债务限额
    // reads as the whole special debt limit (新增专项债务限额).
    if let Some(new) = ["提前批新增", "新增"]
        .into_iter()
        .find(|w| before.ends_with(w))
    {
        let named = format!("{new}{kind}{head}");
        if confidence::well_formed(&named) {
            return Some(Some(named));
        }
    }
    // (一般债务限额 of 省财政厅核定南昌市新增地方政府债务限额: named as it is, as before)
    (!subj.ends_with(head)).then_some(None)
}

/// Whether `subj` is a debt's balance named without whose it is (债务余额, 政府债务余额).
pub(super) fn is_bare_debt_balance(subj: &str) -> bool {
    subj.strip_suffix("余额")
        .is_some_and(|s| DEBT_STOCKS.contains(&s))
}

/// Whose debt a debt's limit or balance is, as its name says (全市地方政府债务限额 → 全市,
/// 成都高新区地方政府债务余额 → 成都高新区, 我市政府债务余额 → the text's own government, empty):
/// `None` when the name says nobody's (政府债务限额) or what it puts first is no area or place.
pub(super) fn debt_owner(subject: &str) -> Option<String> {
    let stem = subject
        .strip_suffix("余额")
        .or_else(|| subject.strip_suffix("限额"))?;
    let stem = stem.strip_prefix("预计").unwrap_or(stem);
    let stock = DEBT_KINDS
        .iter()
        .map(|(k, _)| k)
        .chain(&DEBT_STOCKS)
        .find(|d| stem.ends_with(*d))?;
    let before = &stem[..stem.len() - stock.len()];
    let before = before.strip_suffix("法定").unwrap_or(before);
    if NO_AREAS.contains(&before) {
        return Some(String::new());
    }
    (confidence::AREAS.contains(&before) || is_place(before)).then(|| before.to_string())
}

/// A part a list names by what it is of its whole's kind, without the whole (`城乡居民基本养老
/// 保险基金收入X，其中：个人缴费收入Y`, `市级部门决算收入X（其中，财政拨款收入Y）`, `市本级政府
/// 债务还本付息支出X，其中：还本支出Y`, `市级政府性基金预算支出X，其中政府专项债券支出Y`): the
/// part named with its whole's owner, the form a reader writes (城乡居民基本养老保险基金个人缴费
/// 收入, 市级部门财政拨款收入, 市本级政府债务还本支出, 市级政府专项债券支出); a transfer to lower
/// governments that is a part of no budget's total spending (地方财力安排的经费类支出X，包括…
/// 市对区转移支付Y) is not emitted. `None`: the part names itself, or is no part of these kinds.
fn whole_named_part(subj: &str, whole: &str) -> Option<Option<String>> {
    if subj == whole
        || names_an_account(subj)
        || !confidence::well_formed(subj)
        || subj.starts_with('含')
    {
        return None;
    }
    // (市对区转移支付X，其中：市对区体制返还和一般性转移支付Y: a transfer's own parts)
    if transfer_down(subj) && !whole.contains("转移支付") && !whole.contains("补助下级") {
        return (!of_general_budget(whole)).then_some(None);
    }
    if let Some(named) = part_of_a_field(subj, whole) {
        return Some(named);
    }
    // 还本付息支出X，其中：还本支出Y，付息支出Z.
    if let Some(at) = whole.find("还本付息") {
        let (stem, tail) = (&whole[..at], &whole[at + "还本付息".len()..]);
        // (当年政府债务还本付息总额X，其中还本Y: a bare 还本 is the whole's principal, 政府债务还本)
        let bare_total = subj == "还本" && tail == "总额";
        let paid = ["还本", "付息"].into_iter().find(|p| {
            subj.strip_prefix(p)
                .is_some_and(|r| r == tail || r == "支出")
        });
        let paid = if bare_total { Some("还本") } else { paid }?;
        let rest = &subj[paid.len()..];
        let stem = stem.strip_prefix("当年").unwrap_or(stem);
        return (!stem.is_empty() && confidence::well_formed(stem))
            .then(|| Some(format!("{stem}{paid}{rest}")));
    }
    let head = ["收入", "支出"]
        .into_iter()
        .find(|h| whole.ends_with(h) && subj.ends_with(h))?;
    // (共完成支出: a verb's, no line's)
    if subj.chars().count() <= head.chars().count() + 1
        || opens_with_area(subj)
        || ADVERBS
            .iter()
            .chain(&LEAD_VERBS)
            .any(|v| subj.starts_with(v) || subj.contains("完成"))
    {
        return None;
    }
    // A fund's or a department's own lines (保险费收入, 财政拨款收入): the owner's.
    let owner = &whole[..whole.len() - head.len()];
    let owner = owner.strip_prefix("预计").unwrap_or(owner);
    let owner = ["决算", "预算"]
        .iter()
        .find_map(|w| owner.strip_suffix(w))
        .unwrap_or(owner);
    // (基金支出X，其中：基本养老金支出Y: 基金 alone names no fund; 个人账户基金支出 is an account
    // of the fund, kept by more than one insurance fund: the whole's)
    let own_fund = subj.contains("基金") && !subj.starts_with("个人账户基金");
    if (owner.ends_with("基金") && !owner.ends_with("政府性基金") || owner.ends_with("部门"))
        && owner.chars().count() >= 4
        && !own_fund
        && !subj.contains("部门")
    {
        let named = format!("{owner}{subj}");
        return confidence::well_formed(&named).then_some(Some(named));
    }
    // (教育支出76.82亿元(其中一般债券支出2.6亿元): the bonds' share of a class's spending is the
    // class's, 市本级教育一般债券支出, not all the area's spending of general bonds)
    if let Some(named) = bonds_share_of_class(subj, whole, head) {
        return Some(Some(named));
    }
    // A part of an area's total (市级…支出X，其中…支出Y): of that area, and of its budget when
    // that is not the general one (全市国有资本经营预算支出X，其中：资本性支出Y).
    let area = confidence::AREAS.iter().find(|a| whole.starts_with(*a))?;
    // (市本级财政专户管理资金支出X。其中：教育支出Y: a class's spending of what is no area's
    // total is not the area's spending on that class; of money no budget's, it is the whole's
    // (市本级财政专户管理资金教育支出), lest a heading's level name it)
    let stem = &whole[area.len()..whole.len() - head.len()];
    if is_function_class(subj) && !total_of_a_budget(stem) {
        let named = format!("{area}{stem}{subj}");
        let of_no_budget = !BUDGETS.iter().any(|b| stem.contains(b));
        return of_no_budget.then(|| confidence::well_formed(&named).then_some(named));
    }
    let owner = account_in(whole)
        .map(|a| {
            confidence::AREAS
                .iter()
                .find_map(|x| a.strip_prefix(x))
                .unwrap_or(&a)
                .to_string()
        })
        // (the budget alone, no zone's: 市本级当年政府性基金预算支出 → 市本级政府性基金)
        .filter(|a| account_in(a).as_deref() == Some(a.as_str()) && !a.ends_with("一般公共预算"))
        // (债务付息支出 of 市本级政府性基金预算支出 is the fund's, as its land lines are; a debt
        // line of another account, or a general bond's, is no part of that account's own)
        .filter(|a| (!subj.contains('债') || debt_line_of_fund(subj, a)) && !subj.contains("基金"))
        .map_or_else(|| area.to_string(), |a| format!("{area}{a}"));
    (!subj.starts_with(['我', '本', '省', '中'])
        && !subj.contains("上级")
        && !subj.contains("对下")
        && !confidence::AREAS.iter().any(|a| subj.contains(a)))
    .then(|| Some(format!("{owner}{subj}")))
}

/// `subj`, the spending of bonds (`一般债券支出`), named with the class's spending `whole` it is a
/// part of, as `part_of_a_field` names a field's part (`市本级一般公共预算教育支出` → 市本级教育
/// 一般债券支出; its area kept, its budget left: bonds name theirs); `None` when `whole` is no
/// class's spending (`全市一般公共预算支出`).
fn bonds_share_of_class(subj: &str, whole: &str, head: &str) -> Option<String> {
    let bonds = subj.strip_suffix(head)?;
    if head != "支出" || !["一般债券", "专项债券", "债券"].contains(&bonds) {
        return None;
    }
    let area = confidence::AREAS
        .iter()
        .find(|a| whole.starts_with(*a))
        .map_or("", |a| a);
    let class = &whole[area.len()..];
    let class = BUDGETS
        .iter()
        .find_map(|b| class.strip_prefix(b))
        .unwrap_or(class);
    let field = class.strip_suffix(head).unwrap_or(class);
    let named = format!("{area}{field}{subj}");
    (is_function_class(class) && confidence::well_formed(&named)).then_some(named)
}

/// Whether a debt line (`债务付息支出`, `专项债务转贷收入`) is a line of `account` itself: the
/// government funds keep their special bonds' interest, fees and on-lending; a general bond
/// is the general budget's.
fn debt_line_of_fund(subj: &str, account: &str) -> bool {
    account.contains("政府性基金") && !subj.contains("一般债")
}

/// Whether `stem` (a total's name without its area and its 收入/支出) is a budget's total: none
/// (市级支出), a budget (一般公共预算, 当年政府性基金预算, 国有资本经营预算总) or 财政.
fn total_of_a_budget(stem: &str) -> bool {
    let s = ["当年", "地方"]
        .iter()
        .find_map(|w| stem.strip_prefix(w))
        .unwrap_or(stem);
    let s = s.strip_suffix('总').unwrap_or(s);
    s.is_empty()
        || ["财政", "公共财政", "本级"].contains(&s)
        || account_in(s).is_some_and(|a| a == s || format!("{a}预算") == s)
}

/// The class of the functional classification `name` is, with 支出 (教育 → 教育支出), when it
/// is one.
pub(super) fn is_function_class(name: &str) -> bool {
    named_in_function(name, &[3])
}

/// A body's class of spending whose share is of its appropriated spending (`住房保障支出341.7万元，
/// 占财政拨款支出的7.1%` after `市工信局财政拨款支出预算4802.8万元`): a part of the appropriation,
/// not the body's spending on the class from every source: 市工信局财政拨款住房保障支出. Only with
/// a body named before the class (a department's own report owns its classes bare).
pub(super) fn appropriated_class(subj: &str, share_of: &str) -> Option<String> {
    if !share_of.contains("财政拨款") || subj.contains("财政拨款") {
        return None;
    }
    let (i, _) = subj
        .char_indices()
        .filter(|&(i, _)| i > 0)
        .find(|&(i, _)| is_function_class(&subj[i..]))?;
    let body = &subj[..i];
    let plain = !["预算", "支出", "收入", "本级", "全市", "市级"]
        .iter()
        .any(|w| body.contains(w));
    plain.then(|| format!("{body}财政拨款{}", &subj[i..]))
}

/// Whether `name` is a 类 or a 款 of the function classification (人大事务, 普通教育).
pub(super) fn is_function_class_or_part(name: &str) -> bool {
    named_in_function(name, &[3, 5])
}

/// Whether `subject` names one line of the function classification, as printed or with 支出
/// added or left off: one code, or a 款 and its own 项 of the same name (民族事务, 宗教事务,
/// 其他共产党事务支出 20136 and 2013699; not 信息化建设 or 行政运行, which stand under many
/// classes).
pub(super) fn names_one_function_line(subject: &str) -> bool {
    use super::super::classify::SCHEME;
    use super::super::code::Classification;
    let one = |name: &str| {
        let codes = SCHEME.codes_named(Classification::Function, name);
        let longest = codes.iter().max_by_key(|c| c.len());
        longest.is_some_and(|l| codes.iter().all(|c| l.starts_with(c.as_str())))
    };
    one(subject) || subject.strip_suffix("支出").is_some_and(one) || one(&format!("{subject}支出"))
}

/// Whether `name` names a code of the function classification of one of `lengths` (3: 类,
/// 5: 款).
fn named_in_function(name: &str, lengths: &[usize]) -> bool {
    use super::super::classify::SCHEME;
    use super::super::code::Classification;
    SCHEME
        .codes_named(Classification::Function, name)
        .iter()
        .any(|c| lengths.contains(&c.len()))
}

/// A part of a field's money, or a field's part of a total (`专项转移支付收入4.1亿元。其中：教育
/// 2039万元`, `灾害防治及应急管理支出安排36.6亿元。其中：地方财力安排的经费类支出18.5亿元`, `…，
/// 包括市本级支出108.9亿元`): named with the field and the whole's kind of money (教育专项转移支付
/// 收入, 市级教育支出, 灾害防治及应急管理地方财力安排的经费类支出); `Some(None)` when the whole does
/// not say what it is of (市本级支出 of a field's part), or the part names no money (保运转 of
/// 全市“三保”支出); `None` when neither applies.
fn part_of_a_field(subj: &str, whole: &str) -> Option<Option<String>> {
    let head = ["收入", "支出"].into_iter().find(|h| whole.ends_with(h))?;
    let area = confidence::AREAS
        .iter()
        .copied()
        .find(|a| whole.starts_with(a))
        .unwrap_or("");
    let stem = &whole[area.len()..whole.len() - head.len()];
    // 专项转移支付支出3.3亿元。其中：交通运输支出218万元: the class's share of the transfer,
    // not the area's spending on the class.
    if let Some(class) = subj.strip_suffix("支出")
        && stem.ends_with("转移支付")
        && !stem.contains(['、', '和', '及'])
        && is_function_class(subj)
    {
        let named = format!("{area}{class}{stem}{head}");
        return Some(confidence::well_formed(&named).then_some(named));
    }
    // A class named bare: the class's share of the whole.
    if is_function_class(&format!("{subj}支出")) || is_function_class(&format!("{subj}等支出"))
    {
        let general = stem.is_empty() || of_general_budget(stem) && !stem.contains("基金");
        let named = if general && head == "支出" {
            format!("{area}{subj}支出")
        } else if stem.ends_with("转移支付") && !stem.contains(['、', '和', '及']) {
            format!("{area}{subj}{stem}{head}")
        } else {
            return Some(None);
        };
        return Some(confidence::well_formed(&named).then_some(named));
    }
    // A field's spending (灾害防治及应急管理支出) and a kind of its money.
    if head == "支出"
        && area.is_empty()
        && stem != "其他"
        && is_function_class(whole)
        && subj.ends_with("支出")
        && !confidence::opens_with_classified_name(subj)
        && !names_an_account(subj)
    {
        if opens_with_area(subj) {
            return Some(None);
        }
        let named = format!("{stem}{subj}");
        return Some(confidence::well_formed(&named).then_some(named));
    }
    // 市本级支出 of a whole that names no area's total (地方财力安排的经费类支出).
    if let Some(a) = subj.strip_suffix(head)
        && (confidence::AREAS.contains(&a) || AREA_PARTS.contains(&a))
        && area.is_empty()
    {
        let stem_ok = stem.is_empty()
            || account_in(stem).is_some_and(|x| {
                stem.strip_prefix(x.as_str())
                    .is_some_and(|r| ["", "预算", "总", "预算总"].contains(&r))
            });
        return Some(stem_ok.then(|| format!("{a}{stem}{head}")));
    }
    None
}

/// Heads of a budget's lines that [`confidence::names_money`] does not list (税收返还, 转贷国际
/// 组织借款, 一般债券还本, 国有土地使用权出让).
const LINE_HEADS: [&str; 9] = [
    "返还", "税收", "借款", "还本", "付息", "出让", "分配", "上解", "贷",
];

/// Whether `subj` names a budget alone, with its area at most (`一般公共预算` of `其中：一般公共预算
/// 安排220亿元、政府性基金预算安排330亿元`, `市级一般公共预算完成77.3亿元`): an account, not the
/// money of it (its revenue, its spending, its part of a whole).
pub(super) fn budget_alone(subj: &str) -> bool {
    BUDGETS.iter().any(|b| {
        subj.strip_suffix(b)
            .is_some_and(|area| area.is_empty() || confidence::AREAS.contains(&area))
    })
}

/// Whether a part a 其中 list names is no money, only a share of its whole (`全市“三保”支出X，其
/// 中：保基本民生Y，保工资Z`, `其中：续建项目Y`): a short name with no head of money, of the
/// classification, an area or a debt.
pub(super) fn names_no_money(subj: &str) -> bool {
    subj.chars().count() <= 5
        && !confidence::names_money(subj)
        && !confidence::opens_with_classified_name(subj)
        && !opens_with_area(subj)
        && !subj.contains('债')
        && !LINE_HEADS.iter().any(|h| subj.contains(h))
}

/// Whether a figure is a use bond money is put to, named by the use alone (`全市新增地方政府债券
/// 347.8亿元,主要用于保障性安居工程163.3亿元`, `市本级债券额度拟用于：地铁建设项目10亿元`): its
/// sentence names bonds before a 用于 in the clauses before the figure, and the subject names
/// no bond or debt. Named so it reads as the area's money for that use, not the bonds'.
/// (`…专项债券54.62亿元支持17个产业园区项目，其中安排东部新城项目Y`: a share of the bonds 其中安排
/// puts to a use)
pub(super) fn bond_use(subj: &str, before: &str) -> bool {
    let Some(at) = ["用于", "其中安排"]
        .iter()
        .filter_map(|w| before.rfind(w))
        .max()
    else {
        return false;
    };
    before[..at].contains("债券")
        && !before[at..].contains(['；', ';'])
        && !subj.contains('债')
        && !opens_with_area(subj)
}

/// Whether a figure is a use of bond money listed in a sentence of its own, the bonds named in
/// the sentence before (`市本级新增地方政府债券268.35亿元。主要用于交通基础设施257.45亿元`) or in
/// the sentence whose list of uses, left open by `；`, this one goes on with (`专项债券235.35亿元
/// 主要用于：实施…38.61亿元…；` `聚力公共服务水平提档升级39.84亿元…；`); `earlier` are the
/// sentences before, nearest first; or a share of those bonds put to uses (`其中，安排市级使用
/// 79.08亿元…，主要用于支持…跨黄河桥隧10.00亿元`). As `bond_use`, named by the use alone.
pub(super) fn bond_use_before<'a>(
    subj: &str,
    head: &str,
    mut earlier: impl Iterator<Item = &'a str>,
) -> bool {
    if subj.contains('债') || opens_with_area(subj) {
        return false;
    }
    // (其中，安排市级使用X…，主要用于支持…Y after 省已下达我市新增专项债券额度Z: a share
    // of the bonds put to uses)
    let share_used = head.starts_with("其中") && head.contains("用于");
    if head.starts_with("主要用于") || head.starts_with("用于") || share_used {
        return earlier.next().is_some_and(|t| t.contains("债券"));
    }
    // (a list of uses with their sums goes on over sentences ending with ；, from the one
    // naming the bonds; 统筹…新增专项债券资金用于…项目建设，占…；: a use with no sum lists none)
    earlier
        .take_while(|t| t.trim_end().ends_with(['；', ';']))
        .find_map(|t| t.rfind("用于").map(|at| t.split_at(at)))
        .is_some_and(|(bonds, uses)| {
            bonds.contains("债券") && ["亿元", "万元"].iter().any(|u| uses.contains(u))
        })
}

/// A bare transfer listed right after the 税收返还 it shares its head with (`省对我市一般公共预算
/// 税收返还25.1亿元、转移支付284.8亿元`): alone it reads as any transfer; it is the head's
/// (省对我市一般公共预算转移支付).
pub(super) fn shared_head(subj: &str, before: &str) -> Option<String> {
    if let Some(named) = payer_shared(subj, before) {
        return Some(named);
    }
    if !["转移支付", "转移支付收入"].contains(&subj) {
        return None;
    }
    let sibling = before.strip_suffix(subj)?.strip_suffix('、')?;
    let at = sibling.rfind("税收返还")?;
    let sum = &sibling[at + "税收返还".len()..];
    let sum = sum
        .strip_suffix("亿元")
        .or_else(|| sum.strip_suffix("万元"))?;
    if sum.is_empty()
        || !sum
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let head = sibling[..at]
        .rsplit(['，', ',', '；', ';', '：', ':', '。'])
        .next()?;
    let named = format!("{head}{subj}");
    (!head.is_empty()
        && !head.contains(|c: char| c.is_ascii_digit())
        && confidence::well_formed(&named))
    .then_some(named)
}

/// Budgets whose transfers a sentence lists side by side.
const TRANSFER_BUDGETS: [&str; 3] = ["一般公共预算", "政府性基金预算", "国有资本经营预算"];

/// Who pays a transfer down, printed before its budget (市对下一般公共预算转移支付).
const PAYERS: [&str; 4] = ["市对区县", "市对下", "市对区", "省对下"];

/// A budget's transfer named bare after another budget's transfer a payer heads (`全年市对下一般
/// 公共预算转移支付补助585.6亿元、增长26.6%，政府性基金预算转移支付补助349亿元`): alone it reads
/// as a transfer received; it is the payer's (市对下政府性基金预算转移支付补助).
fn payer_shared(subj: &str, before: &str) -> Option<String> {
    let own = TRANSFER_BUDGETS.iter().find(|b| subj.starts_with(*b))?;
    let head = before.strip_suffix(subj)?;
    if !subj.contains("转移支付") || PAYERS.iter().any(|p| head.ends_with(p)) {
        return None;
    }
    let (at, _) = TRANSFER_BUDGETS
        .iter()
        .filter(|b| *b != own)
        .filter_map(|b| head.rfind(&format!("{b}转移支付")).map(|at| (at, b)))
        .max()?;
    // (the sibling's figure stands between it and this one)
    if !["亿元", "万元"].iter().any(|u| head[at..].contains(u)) {
        return None;
    }
    let payer = PAYERS.iter().find(|p| head[..at].ends_with(*p))?;
    Some(format!("{payer}{subj}"))
}

/// A use of a reserve fund named by the use alone (`市级预备费预算安排7.4亿元，实际支出中用于…
/// 援助泸州抗震救灾0.1亿元`; `全年动用预备费1.60亿元，分别用于…。其中，南广铁路地质灾害治理
/// 0.17亿元`): alone it reads as all the area's money for that use; it is the reserve's
/// (`reserve`, the subject naming it: 市级预备费援助泸州抗震救灾). `head` is the sentence up to
/// the figure, `earlier` the sentence before. `None` when `subj` is no such use.
pub(super) fn reserve_use(subj: &str, head: &str, earlier: &str, reserve: &str) -> Option<String> {
    let used_after = |t: &str| {
        t.find("预备费")
            .and_then(|r| t[r..].rfind("用于").map(|u| &t[r + u..]))
            .is_some_and(|uses| !uses.contains(['；', ';']))
    };
    let listed_here = used_after(head);
    let listed_before =
        !head.contains("预备费") && head.trim_start().starts_with("其中") && used_after(earlier);
    let left = ["预备费", "结余", "结转", "剩余", "其余", "调节基金", "补充"];
    if !(listed_here || listed_before) || left.iter().any(|w| subj.contains(w)) {
        return None;
    }
    let end = reserve.find("预备费")? + "预备费".len();
    let reserve = reserve[..end]
        .replace("预算安排的预备费", "预备费")
        .replace("安排的预备费", "预备费");
    // (市级方舱核酸检测实验室购置 of 市级预备费: the owner once)
    let owner = reserve.find("预备费").unwrap_or(0);
    let shared: usize = subj
        .chars()
        .zip(reserve.chars())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum();
    let shared = shared.min(owner);
    if !subj.is_char_boundary(shared) {
        return None;
    }
    // (用于我市对西藏和贵州应急援助、育儿补贴发放等: an action, not money's name, stays as read)
    let used = &subj[shared..];
    if used.starts_with(['对', '我']) || used.contains('、') {
        return None;
    }
    let named = format!("{reserve}{used}");
    confidence::well_formed(&named).then_some(named)
}

/// A level's transfer to its districts with the verb cut from the middle (`2022年市级下达各区一般
/// 公共预算转移支付资金623.2亿元` read as 市级各区…): it is the level's transfer to them
/// (市对区一般公共预算转移支付资金), named as the accounts name it.
pub(super) fn passed_to_districts(subj: &str, before: &str) -> Option<String> {
    let (level, rest) = ["市级", "市本级"]
        .iter()
        .find_map(|a| subj.strip_prefix(a).map(|r| (*a, r)))?;
    let (districts, name) = [("各区县", "区县"), ("各区", "区")]
        .iter()
        .find_map(|(w, d)| rest.strip_prefix(w).map(|r| (*d, r)))?;
    (!name.is_empty() && before.contains(&format!("{level}下达{rest}")))
        .then(|| format!("市对{districts}{name}"))
}

/// Levels a sentence's debt is lent on to (转贷区级…).
const LENT_TO: [&str; 5] = ["区级", "各区", "区县", "区（市）县", "市县"];

/// Whether a figure is debt after another in a list a sentence opens by lending on to the
/// districts (`转贷区级地方政府新增债券192.1亿元，抗疫特别国债34.5亿元`): alone it reads as the
/// level's whole (the city received more), and named by the verb (转贷区级抗疫特别国债) it is a
/// name `confidence::passed_down` does not take.
pub(super) fn lent_on_listed(subj: &str, before: &str) -> bool {
    let Some(rest) = before.trim_start().strip_prefix("转贷") else {
        return false;
    };
    let listed = before.strip_suffix(subj).unwrap_or("");
    LENT_TO.iter().any(|t| rest.starts_with(t))
        && subj.contains('债')
        && !subj.starts_with("转贷")
        && ["亿元", "万元"].iter().any(|u| listed.contains(u))
        && !listed.contains(['；', ';'])
}

/// Whether a figure is an item of a list of 重大投资项目支出 (`市级重大投资项目支出…主要包括：…
/// 凤凰山体育中心6.4亿元`) named by the place alone, without 项目, 工程 or 建设: it names no
/// spending of its own.
pub(super) fn venue_alone(subj: &str, before: &str) -> bool {
    let Some(at) = before.rfind("重大投资项目支出") else {
        return false;
    };
    before[at..].contains("包括")
        && !subj.contains("重大投资项目")
        && !["项目", "工程", "建设"].iter().any(|w| subj.contains(w))
}

/// The whole a list of 重大投资项目支出 shares out, for an item listed after `head` (the sentence up
/// to the figure) or in a sentence going on from `earlier` ones closed by ；
/// (`四川天府新区直管区重大投资项目支出14.9亿元，…主要包括：…航动片区基础设施建设8.3亿元`): the whole's
/// words (`四川天府新区直管区重大投资项目支出`), its owner a level or a zone opening its clause.
pub(super) fn major_projects_whole<'a>(
    head: &'a str,
    earlier: impl Iterator<Item = &'a str>,
) -> Option<&'a str> {
    const WHOLE: &str = "重大投资项目支出";
    let in_list = |t: &'a str| -> Option<&'a str> {
        let at = t.rfind(WHOLE)?;
        let listed = &t[at + WHOLE.len()..];
        let since = listed.find("包括")?;
        if !listed[since + "包括".len()..].starts_with(['：', ':']) {
            return None;
        }
        let start = t[..at]
            .char_indices()
            .rev()
            .find(|&(_, c)| "。；，：:、）)".contains(c) || c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let owner = &t[start..at];
        let zone = owner.ends_with('区')
            && (3..=12).contains(&owner.chars().count())
            && owner.chars().all(is_han);
        (confidence::AREAS.contains(&owner) || is_place(owner) || zone)
            .then(|| &t[start..at + WHOLE.len()])
    };
    in_list(head).or_else(|| {
        earlier
            .take_while(|t| t.trim_end().ends_with(['；', ';']))
            .find_map(in_list)
    })
}

/// An item of a list of 重大投资项目支出 (`whole`, see [`major_projects_whole`]) named with what it
/// is of: one named by its use, not as a 项目 or 工程 (`航动片区基础设施建设`), carries the whole
/// (`四川天府新区直管区重大投资项目支出航动片区基础设施建设`); a zone's project carries the zone
/// (`四川天府新区成都直管区第31届…配套项目`) unless its name opens with a word of the zone's
/// (`高新西区…道排工程` of 成都高新区). Bare, either reads as the report's own area's spending.
/// `None` when the item is named right as it is (a project of the report's own area).
pub(super) fn major_project_item(subj: &str, whole: &str) -> Option<String> {
    let owner = whole.strip_suffix("重大投资项目支出")?;
    if subj.is_empty() || subj.contains("重大投资项目") {
        return None;
    }
    let item = subj.strip_prefix(owner).unwrap_or(subj);
    let item = confidence::AREAS
        .iter()
        .find_map(|a| item.strip_prefix(a))
        .unwrap_or(item);
    if item.is_empty() || !confidence::well_formed(item) {
        return None;
    }
    // (…民生工程建设 is named by its use; 成德大道建设项目（天府大道北延线） as a project)
    let mut depth = 0usize;
    let bare: String = item
        .chars()
        .filter(|&c| {
            match c {
                '（' | '(' => depth += 1,
                '）' | ')' => depth = depth.saturating_sub(1),
                _ => return depth == 0,
            }
            false
        })
        .collect();
    let bare = bare.trim_end_matches('等');
    if !item.contains("项目") && !bare.ends_with("工程") {
        return Some(format!("{whole}{item}"));
    }
    let zone = !confidence::AREAS.contains(&owner);
    let opening: String = item.chars().take(2).collect();
    (zone && !subj.starts_with(owner) && !owner.contains(opening.as_str()))
        .then(|| format!("{owner}{item}"))
}

/// Whether a figure is one of the sources a sentence lists for money it names first
/// (`还本付息资金来源包括：一般公共预算支出182亿元（还本157亿元，付息25亿元）`): named by its source
/// it reads as that budget's whole spending, and the money it pays (the debt service) is left off.
pub(super) fn listed_source(before: &str) -> bool {
    before.rfind("来源").is_some_and(|at| {
        let list = &before[at + "来源".len()..];
        list.strip_prefix("包括")
            .unwrap_or(list)
            .starts_with(['：', ':'])
    })
}

/// Bonds whose issue a sentence shares out among levels (新增债券X，安排市本级支出Y).
const BOND_ISSUES: [&str; 4] = ["新增债券", "新增地方政府债券", "新增专项债券", "再融资债券"];

/// A level's share of bonds issued, named by its spending (`我市新增债券1,017.9亿元按规定由省政府
/// 统一发行，安排市本级支出501.2亿元`): alone it reads as the level's whole spending, so it is named
/// as the level's bonds (市本级新增债券). `None` when `subj` is no such share.
pub(super) fn bonds_allotted(subj: &str, before: &str) -> Option<String> {
    let area = subj.strip_suffix("支出")?;
    if !confidence::AREAS.contains(&area) || !before.strip_suffix(subj)?.ends_with("安排") {
        return None;
    }
    let bonds = BOND_ISSUES
        .iter()
        .filter(|b| before.contains(*b))
        .max_by_key(|b| b.len())?;
    Some(format!("{area}{bonds}"))
}

/// A level's share of a transfer spent, named by its spending alone (`中央转移支付（政府性基金预算）
/// 支出决算数X，安排市本级支出Y`): bare it reads as the level's whole spending, and the transfer
/// it is a part of is named only in the clause before.
pub(super) fn transfer_share_alone(subj: &str, before: &str) -> bool {
    subj.strip_suffix("支出")
        .is_some_and(|area| confidence::AREAS.contains(&area))
        && before
            .strip_suffix(subj)
            .and_then(|b| b.strip_suffix("安排"))
            .is_some_and(|b| b.contains("转移支付"))
}

/// Money a transfer list names by its source alone (省补资金).
const SOURCE_FUNDS: [&str; 3] = ["省补资金", "省补助资金", "中央补助资金"];

/// Whether `subj` is an item of a transfer named without the transfer: its unallocated part
/// (`待分配资金300万元,主要原因是…`) or a source's money for a class (`(32)省补资金(卫生健康支出)
/// 6745万元` of a 市对区 transfer list): alone it names no flow, the transfer being named only in
/// the text before.
pub(super) fn transfer_item_alone(subj: &str) -> bool {
    subj == "待分配资金"
        || SOURCE_FUNDS.iter().any(|f| {
            subj.strip_prefix(f)
                .is_some_and(|r| r.starts_with(['(', '（']) && !r.contains("转移支付"))
        })
}

/// The level's share (本级支出) of special funds named in the text before (`市级安排财政专项资金
/// 共11项，安排预算88.8亿元，其中：本级支出67亿元`): bare it reads as all the level's spending, so it
/// is named with the funds (市级财政专项资金本级支出). `None` when `subj` is no such share.
pub(super) fn special_funds_share(subj: &str, before: &str) -> Option<String> {
    if subj != "本级支出" {
        return None;
    }
    let end = before.rfind("专项资金")? + "专项资金".len();
    let clause = before[..end]
        .rsplit(['。', '；', '，', '：'])
        .next()
        .unwrap_or("")
        .replacen("安排", "", 1);
    (clause.chars().count() <= 12 && !clause.is_empty()).then(|| format!("{clause}{subj}"))
}

/// Whether `subj` opens with an area (全市, 市本级, 县区) or a lower government (区县, 各区).
fn opens_with_area(subj: &str) -> bool {
    confidence::AREAS.iter().any(|a| subj.starts_with(a))
        || AREA_PARTS.iter().any(|a| subj.starts_with(a))
}

/// A transfer to lower governments named by who gives it to whom (市对区转移支付, 市对区县(市)
/// 转移支付预算, 省对下转移支付), or, alone in its name,
/// by whom it goes to (对区转移支付预算).
pub(super) fn transfer_down(subj: &str) -> bool {
    subj.contains("转移支付")
        && (subj.char_indices().take(3).any(|(i, c)| c == '对' && i > 0)
            || (subj.starts_with("对区") || subj.starts_with("对下"))
                && !subj.contains(['、', '等']))
}

/// Whether `text` names the general budget (一般公共预算) and no other budget: the budget a
/// transfer to lower governments named without its budget is of.
pub(super) fn of_general_budget(text: &str) -> bool {
    account_in(text).is_some_and(|a| a.ends_with("一般公共预算"))
}

/// A transfer to lower governments named without its budget (`市对区县(市)转移支付预算由年初的
/// 280.3亿元调整为…`) in a sentence that names before it a budget other than the general one,
/// or several: of which budget is in doubt, so it is not emitted.
pub(super) fn transfer_in_doubt(subj: &str, before: &str) -> bool {
    transfer_down(subj)
        && !names_an_account(subj)
        && names_an_account(before)
        && !of_general_budget(before)
}

/// The spending of an area on one field, named by the field the sentence opens with
/// (`城乡社区方面,市级支出安排279.9亿元` → 市级城乡社区支出): `subj` is the area's 支出 and the
/// clause before it `X方面`, a field of up to ten characters (灾害防治及应急管理, 文化旅游体育与传媒:
/// the longest classes' names).
pub(super) fn field_spending(subj: &str, before: &str) -> Option<String> {
    let area = subj.strip_suffix("支出")?;
    if !confidence::AREAS.contains(&area) {
        return None;
    }
    let clause = before
        .trim_end_matches(['，', ','])
        .rsplit(['，', '。', '；', '：', ',', ';', ':'])
        .next()?;
    let field = super::strip_marker(clause).strip_suffix("方面")?;
    let field = field.strip_prefix('在').unwrap_or(field);
    let field = field.strip_suffix("支出").unwrap_or(field);
    let n = field.chars().count();
    ((2..=10).contains(&n) && field.chars().all(is_han) && !field.contains(['、', '等']))
        .then(|| format!("{area}{field}支出"))
}

/// A balance's full name: the budget `owner` names, the subject's own area first
/// (全市 + 社会保险基金 + 年末滚存结余).
pub(super) fn owned_balance(area: &str, head: &str, owner: &str) -> String {
    let owner_bare = confidence::AREAS
        .iter()
        .find_map(|a| owner.strip_prefix(a))
        .unwrap_or(owner);
    let head = head.strip_suffix("继续使用").unwrap_or(head);
    if area.is_empty() {
        format!("{owner}{head}")
    } else {
        format!("{area}{owner_bare}{head}")
    }
}

/// A flow named by its verb, as the budget names it (补助下级 → 补助下级支出, 调出到一般公共预算
/// → 调出资金, 支付专项债务利息 → 专项债务付息支出, 偿还政府债务本金 → 政府债务还本支出):
/// `Some(name)` when the verb phrase is one of these exactly, `None` otherwise.
pub(super) fn canonical_flow(subj: &str, sentence: &str) -> Option<String> {
    // 政府采购支出预算总额X，其中：拟采购货物支出Y: the procurement line of the budget.
    if sentence.contains("政府采购")
        && let Some(rest) = subj
            .strip_prefix("拟采购")
            .or_else(|| subj.strip_prefix("拟购买"))
        && let what = rest.strip_suffix("支出").unwrap_or(rest)
        && ["货物", "工程", "服务"].contains(&what)
    {
        return Some(format!("政府采购{what}支出"));
    }
    // 省转贷我市地方政府债务: the province's on-lending, the city's 债务转贷收入.
    if let Some(at) = subj.find("转贷我")
        && let Some(lent) = subj.get(at + "转贷我".len() + '市'.len_utf8()..)
        && lent.ends_with(['务', '券'])
        && lent.starts_with("地方政府")
        && confidence::well_formed(lent)
    {
        return Some(format!("{lent}转贷收入"));
    }
    let debt = |x: &str| {
        !x.is_empty()
            && x.ends_with(['务', '券'])
            && confidence::well_formed(x)
            && !x.contains(['、', '和', '及'])
    };
    match subj {
        "补助下级" => return Some("补助下级支出".into()),
        "调出到一般公共预算" | "调出至一般公共预算" | "调入一般公共预算" =>
        {
            return Some("调出资金".into());
        }
        "付息" if sentence.contains("债") => return Some("债务付息支出".into()),
        _ => {}
    }
    for verb in ["支付", "支出", "偿付", "偿还"] {
        if let Some(x) = subj
            .strip_prefix(verb)
            .and_then(|r| r.strip_suffix("利息"))
            .filter(|x| debt(x))
        {
            return Some(format!("{x}付息支出"));
        }
    }
    let paid = subj.strip_prefix("偿还")?;
    // 余额5228.8亿元，加上举借债务1340.5亿元，减去偿还到期债务362.7亿元后…余额: what a
    // balance's roll takes off is the principal repaid.
    let owed = paid.strip_prefix("到期").unwrap_or(paid);
    if owed.ends_with("债务")
        && debt(owed)
        && sentence.contains("余额")
        && sentence.contains(&format!("减去{subj}"))
    {
        return Some(format!("{owed}还本支出"));
    }
    if let Some(x) = paid.strip_suffix("本金").filter(|x| debt(x)) {
        return Some(format!("{x}还本支出"));
    }
    if let Some(x) = paid.strip_suffix("本息").filter(|x| debt(x)) {
        return Some(format!("{x}还本付息支出"));
    }
    None
}

/// Whether `text` opens with a verb of the kind that opens a subject (发行专项债券…, 拟安排…): a
/// clause of its own, not a list's next part.
pub(super) fn opens_with_verb(text: &str) -> bool {
    ADVERBS
        .iter()
        .chain(&LEAD_VERBS)
        .any(|v| text.starts_with(v))
}

/// Adverbs before a verb that opens a subject (并成功发行, 共计实现, 拟安排).
const ADVERBS: [&str; 7] = ["并", "共计", "共", "成功", "已", "累计", "拟"];

/// Verbs that open a subject and stand before the money's own name (发行新增债券资金,
/// 分为一般性转移支付, 实现国有资源有偿使用收入).
/// (累计办理各项退税减税降费及缓缴税费: what was handled is the relief the figure is.)
const LEAD_VERBS: [&str; 9] = [
    "发行", "分为", "实现", "完成", "争取", "下达", "安排", "办理", "编列",
];

/// The name won with a partner (会同税务部门争取增值税免抵调指标 → 增值税免抵调指标): 会同… says
/// who worked with the government, 争取 what it did; the money is named after them.
pub(super) fn without_partner(subj: &str) -> Option<String> {
    let rest = subj.strip_prefix("会同")?;
    let name = &rest[rest.find("争取")? + "争取".len()..];
    (name.chars().count() >= 4 && confidence::well_formed(name)).then(|| name.to_string())
}

/// Whether a bare size is of the funds its own sentence names before it (`新组建生技医疗产业
/// 母基金…等9只基金,规模181亿元`, `招引社会资本设立22只基金，总规模607亿元`): a name borrowed
/// from a figure before is another money's.
pub(super) fn size_of_funds_here(subj: &str, sentence_head: &str) -> bool {
    ["规模", "总规模"].contains(&subj) && sentence_head.contains("基金")
}

/// The size of a fund or firm founded, named only after the figure (组建规模2亿元的…风险补偿金,
/// 签约了总规模43亿元的绿色低碳系列基金, 组建注册资本金100亿元的自贡创发集团): the words before
/// the figure are a verb and the word for size, which name no money; the money is the size of
/// the thing after 的 (→ …风险补偿金规模, 绿色低碳系列基金总规模).
pub(super) fn size_of_founded(subj: &str, post: &str) -> Option<String> {
    let word = ["注册资本金", "规模"].iter().find(|w| subj.ends_with(*w))?;
    let head = &subj[..subj.len() - word.len()];
    let (verb, part) = ["首期", "总", ""]
        .iter()
        .find_map(|p| head.strip_suffix(p).map(|v| (v, *p)))?;
    let verb = verb.strip_prefix("成功").unwrap_or(verb);
    let verb = verb.strip_prefix("出资").unwrap_or(verb);
    if !["组建", "设立", "发起设立", "成立", "签约", "签约了"].contains(&verb) {
        return None;
    }
    let after = post.strip_prefix('的')?;
    let thing = &after[..after
        .find(['，', '。', '；', '、', ',', ';', '（', '('])
        .unwrap_or(after.len())];
    (thing.chars().count() >= 2 && thing.chars().count() <= 30 && confidence::well_formed(thing))
        .then(|| format!("{thing}{part}{word}"))
}

/// The name after a clause of handing bonds down that opens `subj` with 的 (`转贷的新增专项债券
/// 95.75亿元中，…`→ 新增专项债券): the verb says what was done with the bonds, the name is after it.
pub(super) fn without_verb_clause(subj: &str) -> Option<String> {
    let name = ["转贷的", "发行的", "下达的"]
        .iter()
        .find_map(|v| subj.strip_prefix(v))?;
    (name.ends_with(['券', '务']) && confidence::well_formed(name)).then(|| name.to_string())
}

/// An area's money received without 到位, the half of 争取到位 left after the area (全市争取到位
/// 各类上级资金 → 全市各类上级资金, 全市到位债券资金 → 全市债券资金): a subject opens with the
/// money's name, no verb of receipt. A bare 资金 left would name no money, so it stays.
/// (全市全年争取并用好上级补助收入 → 全市上级补助收入: the 并用好 of 争取并用好 likewise, before
/// a fund or a revenue's name; 全市分配直达资金 → 全市直达资金: the verb of sharing it out.)
pub(super) fn without_arrival(subj: &str) -> Option<String> {
    let area = leading_area(subj)?;
    let after = &subj[area.len()..];
    let (rest, heads): (&str, &[&str]) = match after
        .strip_prefix("到位")
        .or_else(|| after.strip_prefix("分配"))
    {
        Some(r) => (r, &["资金"]),
        None => (after.strip_prefix("并用好")?, &["资金", "收入"]),
    };
    (rest != "资金" && heads.iter().any(|h| rest.ends_with(h)) && confidence::well_formed(rest))
        .then(|| format!("{area}{rest}"))
}

/// An area's debt repaid without the adverb before the verb (全市共计偿还政府法定债务到期本息 →
/// 全市偿还政府法定债务到期本息): the adverb is no part of the name, the repayment is money spent.
pub(super) fn without_summing_adverb(subj: &str) -> Option<String> {
    let area = leading_area(subj)?;
    let rest = &subj[area.len()..];
    let repaid = ["共计", "共"]
        .iter()
        .find_map(|a| rest.strip_prefix(a))
        .filter(|r| r.starts_with("偿还"))?;
    Some(format!("{area}{repaid}"))
}

/// The amount of contracts awarded, named after its verb (`授予中小微企业合同金额299亿元`, a
/// clause opening the subject): the money is the contracts' amount, 中小微企业合同金额. An actor
/// before the verb (`政府采购授予中小微企业合同金额`) names the flow and stays.
pub(super) fn without_award(subj: &str) -> Option<String> {
    let name = subj.strip_prefix("授予")?;
    (["合同金额", "合同额"].iter().any(|h| name.ends_with(h))
        && name.chars().count() >= 4
        && confidence::well_formed(name))
    .then(|| name.to_string())
}

/// Bonds on-lent to a level, named after the verbs approving it (`核定转贷市本级地方政府专项债券
/// 93.32亿元`): the money is that level's bonds on-lent, 市本级地方政府专项债券转贷.
pub(super) fn without_approval(subj: &str) -> Option<String> {
    let name = subj.strip_prefix("核定转贷")?;
    (leading_area(name).is_some_and(|a| a.len() < name.len())
        && name.ends_with("债券")
        && confidence::well_formed(name))
    .then(|| format!("{name}转贷"))
}

/// The name after a verb opening `subj` (并成功发行新增债券资金 → 新增债券资金), when what is
/// left is a well-formed name of money.
pub(super) fn without_leading_verb(subj: &str) -> Option<String> {
    let mut rest = subj;
    loop {
        let before = rest;
        for a in ADVERBS {
            if let Some(r) = rest.strip_prefix(a)
                && (ADVERBS.iter().chain(&LEAD_VERBS).any(|v| r.starts_with(v)))
            {
                rest = r;
            }
        }
        if before == rest {
            break;
        }
    }
    // (申报发行政府债券: what was applied for and issued is the bonds)
    if let Some(r) = rest
        .strip_prefix("申报")
        .filter(|r| LEAD_VERBS.iter().any(|v| r.starts_with(v)))
    {
        rest = r;
    }
    let verb = LEAD_VERBS.iter().find(|v| rest.starts_with(*v))?;
    let name = &rest[verb.len()..];
    if into_the_fund(name) {
        return None;
    }
    // 实现旅游收入, 完成基础设施投资: money, but no budget's; the verb stays and the subject
    // is not emitted.
    let budget = [
        "预算",
        "财政",
        "税",
        "转移支付",
        "债",
        "补助",
        "补贴",
        "资金",
        "基金",
        "经费",
        "拨款",
    ];
    (name.chars().count() >= 3
        && (budget.iter().any(|w| name.contains(w))
            || confidence::opens_with_classified_name(name))
        && confidence::names_money(name)
        && confidence::well_formed(name)
        && !matches!(name, "预算" | "支出" | "收入" | "资金"))
    .then(|| name.to_string())
}

/// A level's planned spending or revenue (市本级拟安排支出 → 市本级支出): 拟安排, 计划安排 and
/// 预计安排 after the level are the verb of the plan, not the money's name; the level alone
/// before them is the budget's owner. Only a level's 支出 or 收入 (or a longer name of money).
pub(super) fn level_without_plan(subj: &str) -> Option<String> {
    let area = confidence::leading_area(subj)?;
    let rest = &subj[area.len()..];
    let name = ["拟安排", "计划安排", "预计安排"]
        .iter()
        .find_map(|v| rest.strip_prefix(v))?;
    (matches!(name, "支出" | "收入")
        || name.chars().count() >= 3
            && (name.ends_with("支出") || name.ends_with("收入"))
            && confidence::names_money(name)
            && confidence::well_formed(name))
    .then(|| format!("{area}{name}"))
}

/// The name after a verb of policy that opens `subj` right before an area (统筹保障市本级一般公共
/// 预算新增项目支出 → 市本级一般公共预算新增项目支出): the verb says what the money did, the area
/// opens the money's name.
pub(super) fn without_policy_verb(subj: &str) -> Option<String> {
    let (at, _) = subj
        .char_indices()
        .take(4)
        .skip(1)
        .find(|&(i, _)| confidence::is_policy_verb(&subj[..i]))?;
    let name = &subj[at..];
    (leading_area(name).is_some_and(|a| a.len() < name.len())
        && confidence::names_money(name)
        && confidence::well_formed(name))
    .then(|| name.to_string())
}

/// A fund named after the verb 保障 that opens its clause (保障流浪乞讨人员救助资金256万元，救助…,
/// beside 发放临时救助资金0.2亿元 in the same list): the verb says what the money did, the fund is
/// named after it. Names that open with 保障 (保障性安居工程资金, 保障房…) stay.
pub(super) fn without_securing(subj: &str) -> Option<String> {
    let name = subj.strip_prefix("保障")?;
    // (保障执法办案、国防动员等工作经费: uses listed, no fund's name; left)
    (!name.starts_with(['性', '房', '金'])
        && !name.contains(['等', '、'])
        && ["资金", "经费"].iter().any(|h| name.ends_with(h))
        && name.chars().count() >= 4
        && !opens_with_verb(name)
        && !confidence::opens_with_policy_verb(name)
        && confidence::names_money(name)
        && confidence::well_formed(name))
    .then(|| name.to_string())
}

/// The time word 当年 before an area (当年市本级国有资本经营预算支出0.26亿元): the area opens the
/// name, the time stands after it (市本级当年国有资本经营预算支出, as 市本级预算稳定调节基金年初余额
/// is named). Debts so opened are not emitted (`confidence::adverb_opens`).
pub(super) fn area_before_this_year(subj: &str) -> Option<String> {
    let rest = subj.strip_prefix("当年")?;
    let area = leading_area(rest)?;
    let name = &rest[area.len()..];
    // (当年市本级支出122.5亿元促进产业加快发展: a bare 支出 names a use, not the account; left)
    (["预算", "基金"].iter().any(|b| name.contains(b))
        && !name.contains('债')
        && confidence::well_formed(name))
    .then(|| format!("{area}当年{name}"))
}

/// Bonds on-lent, named after the verb and the issuer (转贷自治区财政厅发行的地方政府债券收入71.77亿元,
/// a part of 债务转贷收入): the money is those bonds' on-lending income, 地方政府债券转贷收入.
pub(super) fn relent_bonds_income(subj: &str) -> Option<String> {
    let rest = subj.strip_prefix("转贷")?;
    let at = rest.find("发行的")?;
    let bonds = rest[at + "发行的".len()..].strip_suffix("收入")?;
    (bonds.ends_with("债券") && confidence::well_formed(bonds)).then(|| format!("{bonds}转贷收入"))
}

/// The name after a word that is no part of it (本年度拟购置固定资产 → 拟购置固定资产, 预计中央和省
/// 转移支付收入… → 中央和省转移支付收入…, 我市新增债券 → 新增债券: a time, the measure's guess, a
/// "we" that names no area, a verb of arrival), when what is left is a name of money that opens with no verb.
pub(super) fn without_time_or_guess(subj: &str) -> Option<String> {
    if let Some(moved) = balance_at_time(subj) {
        return Some(moved);
    }
    // (向一般公共预算调出资金: the budget money goes to; the account it leaves is the owner's)
    let drawn_to = subj
        .strip_prefix('向')
        .and_then(|r| BUDGETS.iter().find_map(|b| r.strip_prefix(b)));
    if drawn_to == Some("调出资金") {
        return Some("调出资金".to_string());
    }
    // (已到位中央财政补助: what arrived is the grant)
    let rest = ["本年度", "预计", "我市", "我省", "已到位"]
        .iter()
        .find_map(|w| subj.strip_prefix(w))?;
    // (我市地方政府债务余额: a debt's balance or limit names its owner, 我市 the text's own; see
    // `debt_owner`)
    if subj.starts_with('我') && (rest.ends_with("余额") || rest.ends_with("限额")) {
        return None;
    }
    if confidence::planned_purchase(rest) {
        return Some(rest.to_string());
    }
    (rest.chars().count() >= 4
        && !opens_with_verb(rest)
        && !rest.starts_with(['共', '偿', '还', '各', '当'])
        && confidence::names_money(rest)
        && confidence::well_formed(rest))
    .then(|| rest.to_string())
}

/// Whether `name`, after a verb of allocating, is the line of the budget's account putting money
/// into the fund (安排预算稳定调节基金, 安排预算稳定调节基金以及债务还本等支出): named with its verb
/// as 补充/动用预算稳定调节基金 are; without it the fund reads as its balance.
pub(super) fn into_the_fund(name: &str) -> bool {
    name.starts_with("预算稳定调节基金")
}

/// A balance named with its time first (年初市本级预算稳定调节基金余额 → 市本级预算稳定调节基金年初
/// 余额): the time is the balance's, not an opening of the name.
fn balance_at_time(subj: &str) -> Option<String> {
    let (time, rest) = ["年初", "年末"]
        .iter()
        .find_map(|t| subj.strip_prefix(t).map(|r| (*t, r)))?;
    let stem = rest.strip_suffix("余额")?;
    leading_area(stem).map(|_| format!("{stem}{time}余额"))
}

/// The name after 汇总 (汇总全市政府性基金预算收入, 汇总市本级和各区县（市）人大审查批准的全市一般
/// 公共预算支出年度预算): the sum of the lower budgets is the whole's figure, named after the last 的
/// when what is summed is said; only a name opening with its area is taken.
pub(super) fn summed(subj: &str) -> Option<String> {
    let rest = subj.strip_prefix("汇总")?;
    let rest = rest.strip_prefix('的').unwrap_or(rest);
    let name = rest
        .rfind('的')
        .map_or(rest, |i| &rest[i + '的'.len_utf8()..]);
    (confidence::AREAS.iter().any(|a| name.starts_with(a))
        && confidence::names_money(name)
        && confidence::well_formed(name))
    .then(|| name.to_string())
}

/// A standard or a total named before the verb that moves it (全市社区矫正经费补助标准由2000元/人提高到…,
/// 全市城乡低保基本生活保障标准提高到每月1114元): the standard, the old figure after 由, the new
/// after 提高到. A short name (改造标准, 补助标准: whose standard is cut) stays and is not emitted.
pub(super) fn standard_named(subj: &str) -> Option<String> {
    let name = subj.strip_suffix('由').or_else(|| {
        let at = subj.find("提高到")?;
        ["", "每月", "每年", "每人每月", "每人每年"]
            .contains(&&subj[at + "提高到".len()..])
            .then(|| &subj[..at])
    })?;
    // (大鹏新区一般公共预算收支总计由59亿元调整为59.4亿元: the total as it stood; one named by
    // its budget alone, 政府性基金预算收支总计由…, is the area's named before: not emitted)
    let owned_total = name.ends_with("收支总计") && !BUDGETS.iter().any(|b| name.starts_with(b));
    ((name.ends_with("标准") || owned_total)
        && name.chars().count() >= 7
        && confidence::well_formed(name))
    .then(|| name.to_string())
}

/// A treasury's repayment named with its actor (市本级财政偿还地方政府债务本金, 市本级财政还地方政府
/// 债务本金) as its area's (市本级偿还地方政府债务本金, which `canonical_flow` names
/// 市本级地方政府债务还本支出).
pub(super) fn without_treasury(subj: &str) -> Option<String> {
    let at = subj.find("财政")?;
    let area = &subj[..at];
    let rest = &subj[at + "财政".len()..];
    let owed = rest
        .strip_prefix("偿还")
        .or_else(|| rest.strip_prefix('还'))?;
    ((area.is_empty() || confidence::AREAS.contains(&area))
        && ["本金", "本息"].iter().any(|w| owed.ends_with(w)))
    .then(|| format!("{area}偿还{owed}"))
}

/// A flow named by its verb before the use it was put to (`调入一般公共预算用于社会保障等民生支出`
/// → `调入一般公共预算`, which `canonical_flow` names): the figure is the flow, the use only says
/// what for. Money before 用于 that is no flow's verb (`土地出让收入用于农业农村`) is only the part
/// used: `None`, and the subject is not emitted.
pub(super) fn without_use(subj: &str) -> Option<String> {
    let at = subj.find("用于").filter(|&i| i > 0)?;
    let flow = &subj[..at];
    canonical_flow(flow, "")
        .map(|_| flow.to_string())
        .or_else(|| spent_on_field(flow, &subj[at + "用于".len()..]))
}

/// A budget's spending named by the field it went to (`全市一般公共预算用于民生方面支出` →
/// `全市一般公共预算民生支出`): the budget's spending on that field, without the use's verb.
fn spent_on_field(budget: &str, used: &str) -> Option<String> {
    let field = used.strip_suffix("方面支出")?;
    (budget.ends_with("预算") && !field.is_empty() && !field.contains(['和', '、', '的']))
        .then(|| format!("{budget}{field}支出"))
}

/// The name before a reason phrase (`市级国有资本经营预算支出预算因增列上下级转移支付变动` →
/// `市级国有资本经营预算支出预算`): the reason says why the figure moved, not what it is. `None`
/// when no name of money stands before it (`失业保险因落实…增加…支出`: not emitted).
pub(super) fn without_reason(subj: &str) -> Option<String> {
    let name = &subj[..confidence::reason_at(subj)?];
    (confidence::names_money(name) && confidence::well_formed(name)).then(|| name.to_string())
}

/// A debt's limit named after who set it (`省财政厅核定南昌市（含赣江新区，下同）新增地方政府债务
/// 限额`, `财政部核定我省地方政府债务限额`): the actor and 核定 are no part of the name; the place
/// the limit is set for stays (我市/我省, which name no area, go).
pub(super) fn without_setter(subj: &str) -> Option<String> {
    let at = subj.find("核定")?;
    let actor = &subj[..at];
    let actor = actor.strip_suffix("初步").unwrap_or(actor);
    let is_actor = (1..=6).contains(&actor.chars().count())
        && ["财政", "政府", "省", "中央", "自治区"]
            .iter()
            .any(|g| actor.contains(g))
        && !actor.contains(|c: char| c.is_ascii_digit() || "，、,的和".contains(c));
    if !is_actor {
        return None;
    }
    let rest = &subj[at + "核定".len()..];
    let rest = ["我市", "我省", "本市"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    (rest.ends_with("限额")
        && !rest.starts_with("的")
        && rest.chars().count() >= 4
        && confidence::well_formed(rest))
    .then(|| rest.to_string())
}

/// The name after an actor and its verb (省财政年中下达我市新增债券额度 → 新增债券额度,
/// 市级财政计划安排政府债务还本付息资金 → 市级政府债务还本付息资金: the actor's area kept), when
/// what is left is a well-formed name of a budget's money; `None` otherwise (the subject is then
/// not emitted: 上级共下达我市各类补助, 聚焦…安排资金).
pub(super) fn without_actor(subj: &str) -> Option<String> {
    // 由省政府代为发行的新增专项债券: the money after who issued it for the city.
    if let Some(rest) = subj.strip_prefix('由')
        && let Some(at) = rest.find('的')
        && ["政府", "财政", "中央", "省"]
            .iter()
            .any(|g| rest[..at].contains(g))
    {
        let name = &rest[at + '的'.len_utf8()..];
        return (name.chars().count() >= 4
            && confidence::names_money(name)
            && confidence::well_formed(name))
        .then(|| name.to_string());
    }
    let (at, verb) = ["下达", "安排"]
        .into_iter()
        .filter_map(|v| subj.find(v).map(|i| (i, v)))
        .min()?;
    let actor = &subj[..at];
    // 中央和省下达专项转移支付收入: the givers name the transfer (中央和省专项转移支付收入).
    let givers = ["中央", "省级", "省", "自治区", "上级"];
    let mut who = actor;
    while let Some(r) = givers.iter().find_map(|g| who.strip_prefix(g)) {
        who = r.strip_prefix(['和', '、']).unwrap_or(r);
    }
    let given = &subj[at + verb.len()..];
    let given = given.strip_prefix("我市").unwrap_or(given);
    if who.is_empty()
        && !actor.is_empty()
        && !confidence::well_formed(subj)
        && (given.contains("转移支付") || given.contains("补助") || given.contains("国债"))
        && !confidence::AREAS.iter().any(|a| given.starts_with(a))
    {
        let named = format!("{actor}{given}");
        return (given.chars().count() >= 4
            && !given.starts_with(['各', '相', '该', '本', '其', '的', '当'])
            && confidence::names_money(&named)
            && confidence::well_formed(&named))
        .then_some(named);
    }
    // (a name that passes as it is stays: 市级预算安排的预备费, 可供安排的…收入)
    if confidence::well_formed(subj)
        || actor.is_empty()
        || actor.contains(['、', '（', '(', '的', '和', '从'])
        || actor.contains("以及")
        || actor.ends_with("预算中")
        || actor.ends_with("收入中")
        || actor.ends_with("提前")
        || actor.chars().any(|c| c.is_ascii_digit())
        || ["可", "可供", "财力", "资金", "预算", "拨款"]
            .iter()
            .any(|w| actor.ends_with(w))
    {
        return None;
    }
    let mut name = &subj[at + verb.len()..];
    for to in ["给我市", "我市", "我省", "全市", "市本级"] {
        if let Some(r) = name.strip_prefix(to) {
            name = r;
            break;
        }
    }
    let area = confidence::AREAS
        .iter()
        .copied()
        .filter(|a| actor.starts_with(a))
        .max_by_key(|a| a.len())
        .unwrap_or("");
    let named = format!("{area}{name}");
    let budget = [
        "预算",
        "转移支付",
        "债",
        "补助",
        "资金",
        "基金",
        "收入",
        "支出",
    ];
    (name.chars().count() >= 4
        && !name.starts_with(['各', '相', '该', '本', '其', '的', '当'])
        && !["预算资金", "财政资金"].contains(&name)
        && budget.iter().any(|w| name.contains(w))
        && !name.contains(['、', '下', '安'])
        && (confidence::names_money(&named) || named.ends_with("额度") && named.contains('债'))
        && confidence::well_formed(&named))
    .then_some(named)
}

/// `subj` without a number glued before it (`91城市基础设施配套费收入`, `35（6）财政事务`: a page's or a
/// note's number run into the line), when what follows is a name of money or of the classification.
pub(super) fn without_glued_number(subj: &str) -> Option<String> {
    let rest = subj.trim_start_matches(|c: char| c.is_ascii_digit());
    if rest.len() == subj.len()
        || rest.starts_with(confidence::GLUED_COUNTS)
        || !rest.starts_with(|c: char| c == '（' || c == '(' || is_han(c))
    {
        return None;
    }
    let rest = super::strip_marker(rest);
    (confidence::well_formed(rest)
        && (confidence::names_money(rest) || confidence::opens_with_classified_name(rest)))
    .then(|| rest.to_string())
}

/// `subj` without the count of people paid that opens it (发放4万名高校毕业生、就业困难人员社会保险
/// 补贴0.7亿元 → 高校毕业生、就业困难人员社会保险补贴): how many received the money is no part of
/// its name.
pub(super) fn without_head_count(subj: &str) -> Option<String> {
    static HEADS: LazyLock<Option<Regex>> =
        LazyLock::new(|| Regex::new(r"^\d+(?:\.\d+)?万?(?:名|人|户)").ok());
    let count = HEADS.as_ref()?.find(subj)?;
    let name = &subj[count.end()..];
    (name.chars().count() >= 4 && confidence::names_money(name) && confidence::well_formed(name))
        .then(|| name.to_string())
}

/// `subj` without a footnote's mark inside (`全市国有资本经营预算（3）收入`, `专项债券②支出`): a
/// bracketed or circled number after a name, not a list marker (which opens a subject) nor a
/// code (`（01项）`); a bracketed remark right after the mark (`（4）（不含…，下同）收入`) goes
/// with it, being the note's words, not the name's.
pub(super) fn without_note_mark(subj: &str) -> Option<String> {
    static MARK: LazyLock<Option<Regex>> = LazyLock::new(|| {
        Regex::new(
            r"(\p{Han})(?:[（(]\d{1,2}[）)]|[\x{2460}-\x{2487}])(?:[（(][^（）()]+[）)])?(\p{Han})",
        )
        .ok()
    });
    let re = MARK.as_ref()?;
    let marked = re.replace_all(subj, "$1$2");
    let cleaned = without_lone_digit(&marked);
    (cleaned != subj).then_some(cleaned)
}

/// `text` without a lone digit between two Chinese characters that counts nothing after it
/// (`全市政府性基金预算6收入`, `市本级1对各区县`: a note's mark; `2号线`, `9个项目` stay).
fn without_lone_digit(text: &str) -> String {
    let counts = |c: char| confidence::GLUED_COUNTS.contains(&c) || "号支只期级倍层".contains(c);
    let mut out = String::new();
    let mut before = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let after = chars.peek().copied();
        let mark = c.is_ascii_digit()
            && before.is_some_and(is_han)
            && after.is_some_and(|n| is_han(n) && !counts(n));
        if !mark {
            out.push(c);
        }
        before = Some(c);
    }
    out
}

/// The name of a figure done (预计完成, 实际完成) that took the budget's name before it in its
/// sentence (…收入年初预算合计7.7亿元，预计完成3.7亿元; 调整后收入预算为138.3亿元，预计完成155.7
/// 亿元): the account's line, when an area and a budget are named (全市国有资本经营预算收入);
/// `Some(None)` when they are not (调整后收入预算: not emitted); `None` when `subj` names no
/// budget's figure.
pub(super) fn done_not_budgeted(subj: &str) -> Option<Option<String>> {
    const BUDGET_NAMES: [(&str, &str); 8] = [
        ("年初预算合计", ""),
        ("年初预算", ""),
        ("调整后收入预算", "收入"),
        ("调整后支出预算", "支出"),
        ("年初收入预算", "收入"),
        ("年初支出预算", "支出"),
        ("收入预算", "收入"),
        ("支出预算", "支出"),
    ];
    let (stem, line) = BUDGET_NAMES
        .iter()
        .find_map(|(name, line)| subj.strip_suffix(name).map(|r| (r, *line)))?;
    let named = format!("{stem}{line}");
    let account = (named.ends_with("收入") || named.ends_with("支出"))
        && leading_area(&named).is_some()
        && (BUDGETS.iter().any(|b| named.contains(b)) || named.contains("社保基金"));
    Some(account.then_some(named))
}

/// A budget's figure named by its stage alone (`调整后收入预算`, `调整后支出预算`) after an earlier
/// figure of its sentence named the budget with its area (`汇总全市…2022年全市一般公共预算收入年初
/// 预算合计424.3亿元，…，调整后收入预算为393.5亿元` → 全市一般公共预算调整后收入预算; s100 116,
/// s120 101): the same budget's, named with it. `earlier` are the subjects stated before it in
/// the sentence, nearest first. Only within the sentence: a stage named in the sentence after
/// (`年初支出预算合计…`, s92 26) is left as read.
pub(super) fn stage_of_named_budget<'a>(
    subj: &str,
    mut earlier: impl Iterator<Item = &'a str>,
) -> Option<String> {
    let flow = subj.strip_prefix("调整后")?.strip_suffix("预算")?;
    let other = match flow {
        "收入" => "支出",
        "支出" => "收入",
        _ => return None,
    };
    let named = earlier.find(|e| budget_owner(e).is_some())?;
    let owner = budget_owner(named)?;
    let rest = BUDGETS
        .iter()
        .find_map(|b| named.find(b).map(|i| &named[i + b.len()..]))?;
    (rest.contains(flow) && !rest.contains(other)).then(|| format!("{owner}{subj}"))
}

/// Matching money named by its payer alone (`地方配套`, `市级配套`) right after the fund it
/// matches in its sentence (`争取中央首批设备更新资金7.1亿元，地方配套10.7亿元` → 设备更新地方配套
/// 资金; s43 76, s96 123, s117 23): named with that fund's use. A fund naming no use (`争取上级资金
/// 19.6亿元，县区配套19亿元`, read right bare, s53 98) leaves it as printed.
pub(super) fn matching_of_fund(subj: &str, previous: &str) -> Option<String> {
    const PAYERS: [&str; 11] = [
        "地方", "省", "省级", "市", "市级", "县", "县级", "区", "区级", "县区", "区县",
    ];
    let payer = subj.strip_suffix("配套")?;
    if !PAYERS.contains(&payer) {
        return None;
    }
    let mut fund = previous.strip_suffix("资金")?;
    for source in ["中央", "国家", "省级", "省", "上级"] {
        fund = fund.strip_prefix(source).unwrap_or(fund);
    }
    let fund = fund.strip_prefix("首批").unwrap_or(fund);
    let fund = match fund.strip_prefix('第').and_then(|r| r.split_once('批')) {
        Some((n, r)) if n.chars().all(super::owner::is_cn_numeral) => r,
        _ => fund,
    };
    let plain = (2..=12).contains(&fund.chars().count())
        && !fund.contains(['、', '，', ',', '的', '和', '及'])
        && leading_area(fund).is_none();
    plain.then(|| format!("{fund}{subj}资金"))
}

/// The budgets an account is kept for, longest names first.
pub(super) const BUDGETS: [&str; 7] = [
    "社会保险基金预算",
    "国有资本经营预算",
    "政府性基金预算",
    "一般公共预算",
    "社会保险基金",
    "国有资本经营",
    "政府性基金",
];

/// Lines of a budget's account that name neither the budget nor whose it is.
pub(super) const ACCOUNT_LINES: [&str; 21] = [
    "收入总量",
    "支出总量",
    "收入总计",
    "支出总计",
    "总收入",
    "总支出",
    "收入预算总量",
    "支出预算总量",
    "转移性收入",
    "转移性支出",
    "收入合计",
    "支出合计",
    "结余",
    "结转",
    "上年结余收入",
    "上级补助收入",
    "调入资金",
    "调出资金",
    "补助下级支出",
    "上解支出",
    "债务还本支出",
];

/// The budget `subject` names first (政府性基金预算 and 政府性基金 are one), if any.
pub(super) fn budget_of(subject: &str) -> Option<&'static str> {
    BUDGETS
        .iter()
        .filter_map(|b| subject.find(b).map(|i| (i, *b)))
        .min_by_key(|&(i, b)| (i, std::cmp::Reverse(b.len())))
        .map(|(_, b)| b.strip_suffix("预算").unwrap_or(b))
}

/// `subject` up to the end of the budget it names, when an area, level or zone stands before
/// the budget (市级一般公共预算收入 → 市级一般公共预算); `None` for a budget named alone.
pub(super) fn budget_owner(subject: &str) -> Option<String> {
    let (at, b) = BUDGETS
        .iter()
        .filter_map(|b| subject.find(b).map(|i| (i, *b)))
        .min_by_key(|&(i, b)| (i, std::cmp::Reverse(b.len())))?;
    // (当年市本级…: the year's own lines, not the area's name)
    let area = subject[..at]
        .trim_start_matches("当年")
        .trim_end_matches("当年");
    let area = without_inclusion(area);
    // (an area, level or zone: 市级, 成都高新区, 自治区本级地方; not a list or a verb's phrase.
    // Looser than `is_place`, which stops at ten characters and at levels (…本级): a subject
    // holds its own budget's owner, where a sentence's text may hold anything)
    let place = area.strip_suffix("地方").unwrap_or(area);
    let is_place = !place.contains(['、', '，', ',', '向', '入', '和', '及'])
        && ["市", "区", "县", "省", "级"]
            .iter()
            .any(|e| place.ends_with(e));
    is_place.then(|| format!("{area}{b}"))
}

/// A level without the bracket after it saying what it takes in (`市级（含济南高新区、市南部山区，
/// 下同）` → 市级, `市级(含…,下同)` too): the level is still the account's owner. A bracket leaving
/// something out (`（不含…）`) is kept, and then is no place; a zone's (`经开区（含临空区）`) is its
/// name.
pub(super) fn without_inclusion(area: &str) -> &str {
    [("（含", '）'), ("(含", ')')]
        .iter()
        .find_map(|&(open, close)| {
            area.strip_suffix(close)
                .and_then(|a| a.rfind(open).map(|i| &a[..i]))
        })
        .filter(|a| a.ends_with('级'))
        .unwrap_or(area)
}

/// An account line `subj` named with `owner` (an area and a budget): 转移性收入 →
/// 成都东部新区政府性基金预算转移性收入, 一般公共预算年终结余 → 广西—东盟经济技术开发区一般公共预算年终结余,
/// 当年一般公共预算收入 → 市本级当年一般公共预算收入. `None` when `subj` names an area of its own, another
/// budget, or is no account line.
pub(super) fn account_line_of(subj: &str, owner: &str) -> Option<String> {
    let b = BUDGETS.iter().find(|b| owner.ends_with(*b))?;
    if confidence::AREAS.iter().any(|a| subj.contains(a))
        || ["区", "县", "市", "省"].iter().any(|a| subj.contains(a))
    {
        return None;
    }
    if subj.contains(b) {
        // (a budget named alone, 其中：一般公共预算安排470.0亿元, is a source, no line of it)
        let line = ["收入", "支出", "结余", "结转", "总计", "总量", "合计"]
            .iter()
            .any(|w| subj.ends_with(w));
        let area = &owner[..owner.len() - b.len()];
        return line.then(|| format!("{area}{subj}"));
    }
    let line = ACCOUNT_LINES.iter().any(|l| subj.ends_with(l));
    (line && !BUDGETS.iter().any(|o| subj.contains(o))).then(|| format!("{owner}{subj}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn balances_take_the_budget_the_text_names() {
        assert_eq!(balance_head("全市结转下年"), Some(("全市", "结转下年")));
        assert_eq!(balance_head("年终结余"), Some(("", "年终结余")));
        assert_eq!(balance_head("全市社会保险基金年终结余"), None);
        assert_eq!(
            balance_head("政策性结转下年使用"),
            Some(("", "政策性结转下年使用"))
        );
        assert_eq!(
            account_in("收支相抵，市本级社会保险基金预算当年支大于收2680万元，"),
            Some("市本级社会保险基金".to_string())
        );
        // (a zone's budget is the zone's)
        assert_eq!(
            account_in("成都高新区一般公共预算收支平衡，因项目跨年实施需要，"),
            Some("成都高新区一般公共预算".to_string())
        );
        assert_eq!(
            account_in("2023年成都高新区一般公共预算收入"),
            Some("成都高新区一般公共预算".to_string())
        );
        assert_eq!(
            account_in("收支相抵，一般公共预算结转下年"),
            Some("一般公共预算".to_string())
        );
        assert_eq!(
            account_in("政府性基金支出1262.18亿元，上解上级支出0.33亿元，调出资金131.92亿元，"),
            Some("政府性基金".to_string())
        );
        assert_eq!(
            account_in("全市国有资本经营预算支出5亿元，调出到一般公共预算5.68亿元，"),
            Some("全市国有资本经营预算".to_string())
        );
        // Two budgets: no owner.
        assert_eq!(
            account_in("一般公共预算收入10亿元，政府性基金预算收入5亿元，"),
            None
        );
        assert_eq!(account_in("收支相抵，"), None);
        assert_eq!(
            owned_balance("全市", "结转下年继续使用", "一般公共预算"),
            "全市一般公共预算结转下年"
        );
        assert_eq!(
            owned_balance("", "年末滚存结余", "市本级社会保险基金"),
            "市本级社会保险基金年末滚存结余"
        );
    }

    #[test]
    fn parts_of_a_whole() {
        assert_eq!(
            part_of("新增债券", "市级政府性基金预算专项债务收入"),
            Some(Some("市级政府性基金预算新增专项债券收入".into()))
        );
        assert_eq!(
            part_of("再融资债转贷", "市级政府性基金预算专项债务转贷支出"),
            Some(Some("市级政府性基金预算再融资专项债券转贷支出".into()))
        );
        assert_eq!(
            part_of("城乡居民基本养老保险基金", "年末滚存结余"),
            Some(Some("城乡居民基本养老保险基金年末滚存结余".to_string()))
        );
        assert_eq!(
            part_of("市本级限额", "全市政府债务限额"),
            Some(Some("市本级政府债务限额".to_string()))
        );
        assert_eq!(
            part_of("农林水支出", "四川天府新区直管区一般公共预算结转资金"),
            Some(None)
        );
        assert_eq!(
            part_of("一般债务限额", "全市政府债务限额"),
            Some(Some("全市一般债务限额".to_string()))
        );
        assert_eq!(
            part_of("一般债券本金", "全市地方政府债券还本支出"),
            Some(Some("一般债券还本支出".to_string()))
        );
        assert_eq!(
            part_of("一般债券", "新增债券"),
            Some(Some("新增一般债券".to_string()))
        );
        assert_eq!(part_of("专项债务", "偿还债务本金"), Some(None));
        assert_eq!(
            part_of("专项债券", "成都高新区新增债券"),
            Some(Some("成都高新区新增专项债券".to_string()))
        );
        assert_eq!(
            part_of("一般债券还本", "全市政府债券还本"),
            Some(Some("全市一般债券还本".to_string()))
        );
        assert_eq!(
            part_of("教育", "专项转移支付收入"),
            Some(Some("教育专项转移支付收入".to_string()))
        );
        assert_eq!(
            part_of("教育", "市级一般公共预算支出"),
            Some(Some("市级教育支出".to_string()))
        );
        assert_eq!(part_of("教育", "全市政府性基金预算收入"), Some(None));
        assert_eq!(
            part_of("地方财力安排的经费类支出", "灾害防治及应急管理支出"),
            Some(Some(
                "灾害防治及应急管理地方财力安排的经费类支出".to_string()
            ))
        );
        assert_eq!(
            part_of("市本级支出", "教育地方财力安排的经费类支出"),
            Some(None)
        );
        assert_eq!(
            part_of("资本性支出", "全市国有资本经营预算支出"),
            Some(Some("全市国有资本经营预算资本性支出".to_string()))
        );
        assert_eq!(
            part_of("城乡社区支出", "市本级当年政府性基金预算支出"),
            Some(Some("市本级政府性基金城乡社区支出".to_string()))
        );
        assert_eq!(
            part_of("一般公共预算资金", "市级财政存量资金"),
            Some(Some("市级一般公共预算存量资金".to_string()))
        );
        assert_eq!(
            part_of("教育支出", "市本级财政专户管理资金支出"),
            Some(Some("市本级财政专户管理资金教育支出".to_string()))
        );
        assert!(names_no_money("保运转"));
        assert!(!names_no_money("税收返还"));
        assert!(!names_no_money("地铁建设项目资金"));
        assert_eq!(debt_owner("全市地方政府债务余额").as_deref(), Some("全市"));
        assert_eq!(debt_owner("我市政府债务限额").as_deref(), Some(""));
        assert_eq!(
            debt_owner("成都高新区地方政府债务余额").as_deref(),
            Some("成都高新区")
        );
        assert_eq!(debt_owner("政府债务限额"), None);
        assert!(is_bare_debt_balance("债务余额"));
        assert!(!is_bare_debt_balance("全市债务余额"));
        assert_eq!(
            part_of("一般债务", "全市政府债务余额"),
            Some(Some("全市一般债务余额".to_string()))
        );
        assert_eq!(
            part_of("专项债务", "我市政府债务余额"),
            Some(Some("专项债务余额".to_string()))
        );
        assert_eq!(
            part_of("一般债券", "新增地方政府债务"),
            Some(Some("新增地方政府一般债券".to_string()))
        );
        assert_eq!(part_of("税收收入", "一般公共预算收入"), None);
        assert_eq!(
            part_of("再融资债券偿还本金", "全市债务还本付息支出"),
            Some(Some("全市再融资债券偿还本金".to_string()))
        );
        assert_eq!(
            part_of("统筹财力偿还本金", "四川天府新区直管区偿还债务本息"),
            Some(Some("四川天府新区直管区统筹财力偿还本金".to_string()))
        );
        assert_eq!(part_of("统筹财力偿还本金", "债务还本付息支出"), Some(None));
        assert_eq!(
            part_of("税收收入", "市级一般公共预算收入"),
            Some(Some("市级税收收入".to_string()))
        );
        assert_eq!(
            part_of("市本级", "全市政府债务限额"),
            Some(Some("市本级政府债务限额".to_string()))
        );
        assert_eq!(
            part_of("市对区转移支付", "地方财力安排的经费类支出"),
            Some(None)
        );
        assert_eq!(part_of("市对区转移支付", "市级一般公共预算支出"), None);
        assert_eq!(
            field_spending("市级支出", "社会保障和就业方面,"),
            Some("市级社会保障和就业支出".to_string())
        );
        assert_eq!(field_spending("市级支出", "教育、科技方面,"), None);
    }

    #[test]
    fn flows_named_by_their_verb() {
        let s = "全市支付地方政府债务利息54.6亿元";
        assert_eq!(
            canonical_flow("支付专项债务利息", s).as_deref(),
            Some("专项债务付息支出")
        );
        assert_eq!(
            canonical_flow("支出政府债务利息", s).as_deref(),
            Some("政府债务付息支出")
        );
        assert_eq!(
            canonical_flow("补助下级", s).as_deref(),
            Some("补助下级支出")
        );
        assert_eq!(
            canonical_flow("调出到一般公共预算", s).as_deref(),
            Some("调出资金")
        );
        assert_eq!(
            canonical_flow("偿还政府债务本金", s).as_deref(),
            Some("政府债务还本支出")
        );
        let roll = "2023年末余额5228.8亿元，减去偿还到期债务362.7亿元后，2024年末余额";
        assert_eq!(
            canonical_flow("偿还到期债务", roll).as_deref(),
            Some("债务还本支出")
        );
        assert_eq!(
            canonical_flow("省转贷我市地方政府债务", s).as_deref(),
            Some("地方政府债务转贷收入")
        );
        // 偿还债务 may be the principal or principal and interest: no name.
        assert_eq!(canonical_flow("偿还债务", s), None);
        assert_eq!(canonical_flow("偿还到期债务", s), None);
        assert_eq!(canonical_flow("支付利息", s), None);
    }

    #[test]
    fn names_after_a_verb_and_marks() {
        assert_eq!(
            without_leading_verb("并成功发行新增债券资金").as_deref(),
            Some("新增债券资金")
        );
        assert_eq!(
            without_leading_verb("分为一般性转移支付").as_deref(),
            Some("一般性转移支付")
        );
        assert_eq!(without_leading_verb("共完成支出"), None);
        assert_eq!(
            without_leading_verb("拟安排一般公共预算支出").as_deref(),
            Some("一般公共预算支出")
        );
        assert_eq!(
            without_leading_verb("拟发行再融资债券").as_deref(),
            Some("再融资债券")
        );
        assert_eq!(without_leading_verb("共同财政事权转移支付支出"), None);
        assert_eq!(without_leading_verb("完成在地固投"), None);
        assert_eq!(without_leading_verb("实现旅游收入"), None);
        assert_eq!(
            without_leading_verb("实现一般公共预算支出").as_deref(),
            Some("一般公共预算支出")
        );
        assert_eq!(
            without_note_mark("全市国有资本经营预算（3）收入").as_deref(),
            Some("全市国有资本经营预算收入")
        );
        assert_eq!(without_note_mark("住房公积金（01项）"), None);
        assert_eq!(
            without_note_mark("专项债券②支出").as_deref(),
            Some("专项债券支出")
        );
        assert_eq!(
            without_actor("市级财政计划安排政府债务还本付息资金").as_deref(),
            Some("市级政府债务还本付息资金")
        );
        assert_eq!(
            without_actor("省财政年中下达我市新增债券额度").as_deref(),
            Some("新增债券额度")
        );
        assert_eq!(without_actor("上级共下达我市各类补助"), None);
        assert_eq!(
            without_actor("由省政府代为发行的新增专项债券").as_deref(),
            Some("新增专项债券")
        );
        assert_eq!(
            without_actor("中央和省下达专项转移支付收入").as_deref(),
            Some("中央和省专项转移支付收入")
        );
        assert_eq!(
            without_actor("中央下达我市超长期特别国债资金").as_deref(),
            Some("中央超长期特别国债资金")
        );
        // (the level it was given to is the owner: 自治区下达市本级政府法定债务限额)
        assert_eq!(
            without_actor("省下达我市特殊再融资债券").as_deref(),
            Some("特殊再融资债券")
        );
        assert_eq!(without_actor("聚焦绿色低碳转型发展安排资金"), None);
        assert_eq!(without_note_mark("个人所得税(40%部分)"), None);
        assert_eq!(
            without_glued_number("35（6）财政事务").as_deref(),
            Some("财政事务")
        );
        assert_eq!(
            without_glued_number("91城市基础设施配套费收入").as_deref(),
            Some("城市基础设施配套费收入")
        );
        assert_eq!(without_glued_number("2.8万名公益性岗位人员补贴"), None);
        assert_eq!(without_glued_number("17类重点领域专项政策预算"), None);
    }
}
