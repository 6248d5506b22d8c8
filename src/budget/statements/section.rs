//! A whole named once for a whole section of list items: `（三）2024年市本级一般公共预算税收
//! 返还和转移支付预算情况` / `2024年安排专项转移支付支出预算(包括…)分项目安排情况如下:` /
//! `1.一般公共服务支出.` / `(1)标准化建设资助1500万元` / 政策依据。… / … `(51)商务发展专项6亿元`.
//! The items are pages away from their whole, each followed by many unmarked sentences, so
//! neither a list carried over a sentence nor an owner looked up within `REACH` sentences names
//! them: the section keeps its whole until a marker of its heading's level or higher (a new
//! 一、 or （四） part). Items named bare take the whole (市本级专项转移支付专利专项).

use super::confidence::well_formed;
use super::confidence::{after_area, leading_area, outside_brackets};
use super::names::{BUDGETS, basic_spending_of_fund};
use super::owner::{is_own, marker_level, names_area};

/// Kinds of transfer a list of a transfer's items is introduced with, the narrower first.
const TRANSFERS: [&str; 2] = ["专项转移支付", "一般性转移支付"];

/// What a section's items are parts of.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    /// A transfer's items (`(7)专利专项4800万元` of 市本级专项转移支付).
    Transfer,
    /// A fund's basic spending, shared out by economic class (`（2）退休费（款）支出1,329.42万元`
    /// of 财政拨款基本支出): alone a class reads as the department's of every source.
    Basic,
    /// Capital construction spending, shared out by function class (`5.卫生健康支出决算数为
    /// 568671万元` of 2022年市级基本建设支出): alone a class reads as all the level's spending.
    Capital,
    /// Direct funds spent, shared out by kind of transfer and fund (`（三）一般性转移支付支出
    /// 864万元`, `11.医疗救助补助资金支出4171万元` under `关于2022年中央直达资金决算情况的说明`):
    /// alone a kind reads as the level's own transfers, a fund as all its spending on it.
    Direct,
    /// An area's revenue or spending listed item by item (`2020年市区①一般公共预算收入2002.17
    /// 亿元…。` / `分项目完成情况如下（详见附表一）：` / `9.印花税31.86亿元`): the area is
    /// neither the report's own nor one of its levels, so an item alone reads as the city's.
    Area,
    /// A level's transfer accounted for item by item under a heading of its own (`说明二（之三）
    /// 关于2022年市级一般公共预算专项转移支付分项目情况的说明` / 一、… / `9.节能减排及环境保护
    /// 专项资金。` / `根据…，2022年节能减排及环境保护专项资金决算数为410400万元`): alone an item
    /// names no flow, or one read as money received (其他一般性转移支付).
    Explained,
    /// A department's appropriated spending listed by class (`财政拨款支出主要内容如下：` /
    /// `4.“住房保障支出”科目29万元，主要用于…`): a class alone reads as the unit's spending
    /// of every source, its own income's too (事业收入).
    Appropriation,
    /// Capital construction spending paid to the districts, under a heading of its own inside a
    /// capital section (`（二）对区转移支付支出情况` / `对区转移支付项目决算数为…`): alone the
    /// transfer reads as all the level's transfers to the districts.
    CapitalTransfer,
}

/// A section whose list items are parts of one whole.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Section {
    kind: Kind,
    /// The marker level of the section's heading: a marker of it or higher ends the section.
    level: u8,
    /// What an item is named with (`市本级专项转移支付`, `财政拨款基本支出`).
    whole: String,
    /// The level of the section's items: that of the first marked sentence stating a figure.
    /// Marked sentences deeper than it are lists inside an item's account, not items.
    items: Option<u8>,
    /// What a capital section's transfers to the districts are named with: its opening
    /// total's area and budget (市级基本建设一般公共预算), kept when a subheading names 市本级.
    transfers: Option<String>,
}

impl Section {
    /// A section of `kind` whose heading is of marker `level`, its items named with `whole`.
    fn new(kind: Kind, level: u8, whole: String) -> Section {
        Section {
            kind,
            level,
            whole,
            items: None,
            transfers: None,
        }
    }

    /// The section a figure-less sentence opens, if it introduces a list of a transfer's items:
    /// `earlier`, the sentences before it, nearest first, give its heading (the nearest marked
    /// one) when the sentence is not marked itself.
    pub(super) fn opened<'a>(
        text: &str,
        mut earlier: impl Iterator<Item = &'a str>,
    ) -> Option<Section> {
        let body = outside_brackets(text);
        let body = body.trim_end();
        // (…分项目安排情况如下(详见附表十八): a list announced, its items follow)
        let intro = body.ends_with(['：', ':']) && body.contains("如下");
        let kind = TRANSFERS.into_iter().find(|k| body.contains(k))?;
        // (…专项转移支付支出预算: what the level pays, not what it receives)
        if !intro || !body.contains("支出") || body.contains("收入") {
            return None;
        }
        // (the sentences of the section before the intro, its heading last)
        let mut before = Vec::new();
        let level = match marker_level(text) {
            Some(l) => l,
            None => loop {
                let t = earlier.next()?;
                before.push(t);
                if let Some(l) = marker_level(t) {
                    break l;
                }
            },
        };
        // (the level the transfer is of: the intro's, else that of the sentence before stating
        // the transfer's total (2021年市本级安排的…专项转移支付支出预算122.97亿元), else the
        // heading's; 包括市本级安排… in brackets says what the list takes in, not whose it is)
        let heading = before.pop();
        let area = area_in(body)
            .or_else(|| {
                before
                    .iter()
                    .map(|t| outside_brackets(t))
                    .filter(|t| t.contains(kind))
                    .find_map(|t| area_in(&t))
            })
            .or_else(|| heading.and_then(|h| area_in(&outside_brackets(h))))?;
        Some(Section::new(Kind::Transfer, level, format!("{area}{kind}")))
    }

    /// The section a sentence opens that states a fund's basic spending and lists its parts
    /// (`…2017年度财政拨款基本支出预算5,836.27万元，其中：` under `六、财政拨款基本支出预算表
    /// 情况说明`): `subjects`, what its figures were read as. The section is its heading's (the
    /// nearest marked sentence of `earlier`, nearest first) when the sentence is not marked.
    pub(super) fn basic<'a>(
        text: &str,
        subjects: &[&str],
        earlier: impl Iterator<Item = &'a str>,
    ) -> Option<Section> {
        let t = text.trim_end();
        if !t.ends_with("其中：") && !t.ends_with("其中:") {
            return None;
        }
        let [subj] = subjects else {
            return None;
        };
        let stem = basic_spending_of_fund(subj)?;
        Section::under(Kind::Basic, stem.to_string(), text, earlier)
    }

    /// The section a sentence opens that states capital construction spending (`（一）2022年
    /// 市级基本建设支出一般公共预算决算数为…`, `2024年市级基本建设支出一般公共预算决算数为…`
    /// under `二、一般公共预算支出情况`): `subjects`, what its figures were read as; named with
    /// the area of the first (市级基本建设).
    pub(super) fn capital<'a>(
        text: &str,
        subjects: &[&str],
        earlier: impl Iterator<Item = &'a str>,
    ) -> Option<Section> {
        let subj = subjects.first()?;
        let area = leading_area(subj)?;
        let budget = subj[area.len()..].strip_prefix("基本建设支出")?;
        let mut sec = Section::under(Kind::Capital, format!("{area}基本建设"), text, earlier)?;
        sec.transfers = Some(format!("{area}基本建设{budget}"));
        Some(sec)
    }

    /// The section a figure-less heading of an account of direct funds opens (`说明十四关于2022年
    /// 中央直达资金决算情况的说明`): its parts (一、总体安排情况, 二、分资金类型支出情况) come
    /// before its items, so a 一、 part ends it only once items were named.
    pub(super) fn direct(text: &str) -> Option<Section> {
        let body = outside_brackets(text);
        let body = body.trim_end();
        // (a table's title may run into the heading: …决算表表十四单位：万元说明十四关于…的说明)
        let at = body.rfind("直达资金")?;
        if !body.ends_with("情况的说明") || body.contains(['，', '。', '；']) {
            return None;
        }
        let whole = if body[..at].ends_with("中央") {
            "中央直达资金"
        } else {
            "直达资金"
        };
        Some(Section::new(Kind::Direct, 1, whole.to_string()))
    }

    /// The section a figure-less sentence announcing a list opens (`分项目完成情况如下（详见
    /// 附表一）：`) when the sentence before states the total of an area that is neither the
    /// report's own nor a level (`previous`, its first subject: 市区一般公共预算收入 → 市区).
    /// Only in a report of the whole area (`whole_report`): a level's report names its own
    /// area otherwise.
    pub(super) fn of_area<'a>(
        text: &str,
        previous: Option<&str>,
        whole_report: bool,
        earlier: impl Iterator<Item = &'a str>,
    ) -> Option<Section> {
        let body = outside_brackets(text);
        let body = body.trim_end();
        if !whole_report || !body.ends_with(['：', ':']) || !body.contains("如下") {
            return None;
        }
        let total = previous?;
        let area = BUDGETS
            .iter()
            .filter_map(|b| total.find(b))
            .min()
            .map(|i| &total[..i])?;
        let n = area.chars().count();
        let place = (2..=6).contains(&n)
            && area.ends_with(['区', '县'])
            && !is_own(area)
            && leading_area(area).is_none()
            && !area.contains(['、', '和', '及']);
        if !place {
            return None;
        }
        Section::under(Kind::Area, area.to_string(), text, earlier)
    }

    /// The section a figure-less heading of an account of a level's transfer opens (`说明五（之二）
    /// 关于2022年市级政府性基金专项转移支付决算情况的说明`): its items, marked or not, are named
    /// with the transfer the heading names (市级政府性基金专项转移支付). The items are stated in
    /// unmarked sentences, so only another such heading ends it.
    pub(super) fn explained(text: &str) -> Option<Section> {
        Some(Section::new(Kind::Explained, 0, explained_transfer(text)?))
    }

    /// The section a figure-less sentence announcing the classes of a department's appropriated
    /// spending opens (`财政拨款支出主要内容如下：`): its items are named with 财政拨款支出.
    pub(super) fn appropriation(text: &str) -> Option<Section> {
        let body = super::strip_marker(text).trim_end();
        let announced = body.ends_with(['：', ':']) && body.contains("如下");
        (announced && body.starts_with("财政拨款支出")).then(|| {
            let level = marker_level(text).unwrap_or(0);
            Section::new(Kind::Appropriation, level, "财政拨款支出".to_string())
        })
    }

    /// A section of `kind` naming its items with `whole`, opened by `text`: its level is the
    /// sentence's marker, or its heading's (the nearest marked sentence of `earlier`, nearest
    /// first) when the sentence is not marked.
    fn under<'a>(
        kind: Kind,
        whole: String,
        text: &str,
        mut earlier: impl Iterator<Item = &'a str>,
    ) -> Option<Section> {
        let level = marker_level(text).or_else(|| earlier.find_map(marker_level))?;
        Some(Section::new(kind, level, whole))
    }

    /// A figure-less heading inside a capital construction section (`（一）市本级支出情况`):
    /// the area it names is the items' (市本级基本建设); one of the transfers to the districts
    /// (`（二）对区转移支付支出情况`) names its items with the opening total's area and budget;
    /// one naming neither leaves the items unnamed: `false`, the section ends.
    pub(super) fn subheading(&mut self, text: &str) -> bool {
        if self.kind == Kind::Explained {
            return !is_explanation(text)
                || explained_transfer(text).is_some_and(|w| w == self.whole);
        }
        if self.kind != Kind::Capital || marker_level(text).is_none() {
            return true;
        }
        let body = super::strip_marker(text);
        match leading_area(body) {
            Some(area) if body.ends_with("支出情况") => {
                self.whole = format!("{area}基本建设");
                true
            }
            None if is_district_transfer(body) && body.ends_with("支出情况") => {
                let Some(whole) = self.transfers.take() else {
                    return false;
                };
                self.kind = Kind::CapitalTransfer;
                self.whole = whole;
                true
            }
            _ => false,
        }
    }

    /// Whether a sentence with marker level `marked` (`None`: unmarked) ends the section.
    pub(super) fn ends_at(&self, marked: Option<u8>) -> bool {
        if self.kind == Kind::Explained || self.kind == Kind::Direct && self.items.is_none() {
            return false;
        }
        // (the classes are marked items one after another: an unmarked sentence ends them)
        if self.kind == Kind::Appropriation && marked.is_none() {
            return true;
        }
        marked.is_some_and(|l| l <= self.level)
    }

    /// The name of the item a sentence of the section with marker level `marked` opens with
    /// (its first figure's subject `subj`), or `None` when it is no item of the section's list.
    /// The first marked sentence stating a figure sets the items' level; an unmarked sentence
    /// among the items names the share of an item still to be allocated (`建筑工业化待分配资金
    /// 810万元。`), the transfer's too. `read` is the subject as read, before any owner was
    /// given it (an area's list names its lines from it).
    pub(super) fn item(&mut self, marked: Option<u8>, subj: &str, read: &str) -> Option<String> {
        let name = after_area(subj);
        match self.kind {
            Kind::Area => return self.area_line(marked, subj, read),
            Kind::Basic => return self.economic_class(marked, name),
            Kind::Capital => return self.function_class(marked, name),
            Kind::Direct => return self.direct_part(marked, name),
            Kind::Explained => return self.explained_item(name),
            Kind::Appropriation => return self.appropriated_class(marked, subj),
            Kind::CapitalTransfer => return self.district_transfer(name),
            Kind::Transfer => {}
        }
        match marked {
            None if self.items.is_some() && name.contains("待分配") => {}
            None => return None,
            Some(l) if l <= self.level => return None,
            Some(l) => {
                if l > *self.items.get_or_insert(l) {
                    return None;
                }
            }
        }
        // (an item already naming a transfer names its flow itself)
        if name.is_empty() || name.contains("转移支付") {
            return None;
        }
        Some(format!("{}{name}", self.whole))
    }

    /// Whether a later figure of an item's sentence in a level's account of its transfer is the
    /// grant from above the item was paid from (`中央安排我市革命老区转移支付资金1010万元` after
    /// `革命老区转移支付决算数为1010万元`): named by its source it reads as money received.
    pub(super) fn granted_from_above(&self, subj: &str) -> bool {
        self.kind == Kind::Explained && ["中央", "省级", "上级"].iter().any(|s| subj.starts_with(s))
    }

    /// A line of an area's list (`9.印花税31.86亿元`, unmarked `教育费附加收入41.93亿元` under
    /// `14.专项收入…其中:`), named with the area as read (`read`, before any owner was given it:
    /// 市区印花税); one named with the area already, or naming a place, stays.
    fn area_line(&mut self, marked: Option<u8>, subj: &str, read: &str) -> Option<String> {
        match marked {
            None if self.items.is_some() => {}
            None => return None,
            Some(l) if l <= self.level => return None,
            Some(l) => {
                if l > *self.items.get_or_insert(l) {
                    return None;
                }
            }
        }
        let named = subj.starts_with(&self.whole) || names_area(read) || read.is_empty();
        (!named).then(|| format!("{}{read}", self.whole))
    }

    /// An item of a level's transfer, marked or not (`2022年其他一般性转移支付决算数为…`):
    /// 市级一般公共预算税收返还和一般性转移支付其他一般性转移支付; the transfer itself
    /// (我市政府性基金专项转移支付) is the whole. An item naming its flow (市对区科技专项转移支付)
    /// or money received is left as it is.
    fn explained_item(&self, name: &str) -> Option<String> {
        let flow = ["对区", "对县", "对下", "对各", "上级", "上解"];
        if name.is_empty() || flow.iter().any(|f| name.contains(f)) || name.ends_with("收入") {
            return None;
        }
        if self.whole.ends_with(name) {
            return Some(self.whole.clone());
        }
        well_formed(name).then(|| format!("{}{name}", self.whole))
    }

    /// A transfer to the districts under a capital section's heading of them (`对区转移支付项目
    /// 决算数为…`): 市级基本建设一般公共预算对区转移支付项目.
    fn district_transfer(&self, name: &str) -> Option<String> {
        (is_district_transfer(name) && well_formed(name)).then(|| format!("{}{name}", self.whole))
    }

    /// A class of appropriated spending, marked as an item of the list's first level and named
    /// as a class (`“住房保障支出”科目`): 财政拨款支出“住房保障支出”科目.
    fn appropriated_class(&mut self, marked: Option<u8>, subj: &str) -> Option<String> {
        let l = marked.filter(|&l| l > self.level)?;
        if l > *self.items.get_or_insert(l) {
            return None;
        }
        (subj.starts_with('“') && subj.ends_with("”科目")).then(|| format!("{}{subj}", self.whole))
    }

    /// A kind or fund of direct funds spent, marked as an item (`（三）一般性转移支付支出864万元`,
    /// `11.医疗救助补助资金支出4171万元`): 中央直达资金一般性转移支付支出.
    fn direct_part(&mut self, marked: Option<u8>, name: &str) -> Option<String> {
        let l = marked.filter(|&l| l > self.level)?;
        self.items.get_or_insert(l);
        (name.ends_with("支出") && !name.contains("直达资金") && well_formed(name))
            .then(|| format!("{}{name}", self.whole))
    }

    /// A class of capital construction spending, marked as an item (`4.文化体育与传媒
    /// 支出决算数为…`, read as 市本级一般公共预算文化体育与传媒支出): 市本级基本建设文化体育与
    /// 传媒支出.
    fn function_class(&self, marked: Option<u8>, name: &str) -> Option<String> {
        marked.filter(|&l| l > self.level)?;
        let class = ["一般公共预算", "政府性基金预算", "政府性基金"]
            .iter()
            .find_map(|b| name.strip_prefix(b))
            .unwrap_or(name);
        // (文化体育与传媒支出: a class's name of its year, not always today's)
        (class.ends_with("支出") && well_formed(class) && !class.contains("基本建设"))
            .then(|| format!("{}{class}", self.whole))
    }

    /// An economic class of the fund's basic spending printed with its level (`1、工资福利支出
    /// （类）`, `（2）退休费（款）支出`, unmarked `商品和服务支出（类）…`), named with the fund's
    /// spending (财政拨款基本支出退休费（款）). 人员经费 and 公用经费 are named with it where
    /// their list opens (names.rs).
    fn economic_class(&self, marked: Option<u8>, name: &str) -> Option<String> {
        if marked.is_some_and(|l| l <= self.level) {
            return None;
        }
        let class = name
            .strip_suffix("支出")
            .filter(|c| c.ends_with("（款）"))
            .unwrap_or(name);
        if !class.ends_with("（款）") && !class.ends_with("（类）") {
            return None;
        }
        (!name.contains("基本支出")).then(|| format!("{}{class}", self.whole))
    }
}

/// Whether `name` opens with a transfer to the districts (`对区转移支付项目`).
fn is_district_transfer(name: &str) -> bool {
    name.starts_with("对区") && name.contains("转移支付")
}

/// Whether `text` ends with the heading of an account (`说明二（之五）关于2022年市级一般公共
/// 预算基本支出决算情况的说明`), a table's title maybe run into it.
fn is_explanation(text: &str) -> bool {
    let body = outside_brackets(text);
    body.trim_end().ends_with("情况的说明") && body.contains("关于")
}

/// The level's transfer an account's heading names (`说明二（之二）关于2022年市级一般公共预算
/// 税收返还和一般性转移支付决算情况的说明` → 市级一般公共预算税收返还和一般性转移支付), not
/// one the level receives (关于2024年中央转移支付（一般公共预算）收支情况的说明).
fn explained_transfer(text: &str) -> Option<String> {
    if !is_explanation(text) {
        return None;
    }
    let body = outside_brackets(text);
    let body = body.trim_end().strip_suffix("情况的说明")?;
    let title = &body[body.rfind("关于")? + "关于".len()..];
    // (2022年: the year the account is of)
    let title = title
        .split_once('年')
        .filter(|(y, _)| !y.is_empty() && y.chars().all(|c| c.is_ascii_digit()))
        .map_or(title, |(_, t)| t);
    let title = ["决算", "分项目"]
        .iter()
        .find_map(|s| title.strip_suffix(s))
        .unwrap_or(title);
    let received = ["中央", "收入", "收支", "上解", "上级", "返还及"];
    (leading_area(title).is_some()
        && title.ends_with("转移支付")
        && !received.iter().any(|r| title.contains(r))
        && !title.contains(['，', '。', '、']))
    .then(|| title.to_string())
}

/// The first area `text` names (`（三）2024年市本级一般公共预算…` → 市本级).
fn area_in(text: &str) -> Option<&'static str> {
    text.char_indices()
        .find_map(|(i, _)| leading_area(&text[i..]))
}
