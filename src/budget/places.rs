//! The places a body or a report names: provinces (省, 自治区, 直辖市) and their
//! prefecture-level divisions (places.txt), and the county-level district or county printed
//! right after them (上海市普陀区). A 直辖市 is a province; its districts are counties.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// Where a body or government sits. Empty strings where a level does not apply.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Region {
    pub province: String,
    pub city: String,
    pub county: String,
}

/// The level of government a document belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Province,
    City,
    County,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Province => "province",
            Level::City => "city",
            Level::County => "county",
        }
    }
}

impl Region {
    pub fn is_empty(&self) -> bool {
        self.province.is_empty()
    }

    /// The government level: the lowest of the three that is known.
    pub fn level(&self) -> Option<Level> {
        if !self.county.is_empty() {
            Some(Level::County)
        } else if !self.city.is_empty() {
            Some(Level::City)
        } else if !self.province.is_empty() {
            Some(Level::Province)
        } else {
            None
        }
    }
}

struct Place {
    name: &'static str,
    /// Its province (itself for a province).
    province: &'static str,
    is_province: bool,
}

fn places() -> &'static [Place] {
    static P: OnceLock<Vec<Place>> = OnceLock::new();
    P.get_or_init(|| {
        let mut out = Vec::new();
        for line in include_str!("places.txt").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut names = line.split_whitespace();
            let Some(province) = names.next() else {
                continue;
            };
            out.push(Place {
                name: province,
                province,
                is_province: true,
            });
            out.extend(names.map(|name| Place {
                name,
                province,
                is_province: false,
            }));
        }
        out
    })
}

/// A name without its level word: 江苏省 -> 江苏, 宁夏回族自治区 -> 宁夏, 无锡市 -> 无锡.
fn short(name: &str) -> &str {
    for suffix in [
        "维吾尔自治区",
        "回族自治区",
        "壮族自治区",
        "特别行政区",
        "自治区",
        "省",
        "市",
    ] {
        if let Some(s) = name.strip_suffix(suffix)
            && s.chars().count() >= 2
        {
            return s;
        }
    }
    name
}

/// The county-level district, county or banner printed right after a place: 普陀区 in
/// 上海市普陀区财政局.
fn county_after(rest: &str) -> String {
    let chars: Vec<char> = rest.chars().take(5).collect();
    for (i, c) in chars.iter().enumerate().skip(1) {
        if matches!(c, '区' | '县' | '旗') {
            let name: String = chars.get(..=i).unwrap_or_default().iter().collect();
            // Not part of a body's name (城市管理…, 市级, 本级 …).
            let plain = name
                .chars()
                .all(|c| !"市省局委部厅办和的级本心".contains(c) || c == '区');
            return if plain { name } else { String::new() };
        }
    }
    String::new()
}

/// The region of the first place `text` names (in full: 无锡市, 江苏省; or, at the start, in
/// short: 上海交通职业技术学院).
pub fn find(text: &str) -> Region {
    let full = places()
        .iter()
        .filter_map(|p| text.find(p.name).map(|i| (i, p)))
        // Earliest; at one place the longest name (吉林省 before 吉林市 cannot collide).
        .min_by_key(|(i, p)| (*i, std::cmp::Reverse(p.name.len())));
    let found = full.map(|(i, p)| (p, i + p.name.len())).or_else(|| {
        let head = text
            .trim_start_matches("中国共产党")
            .trim_start_matches("中共");
        let skipped = text.len() - head.len();
        places()
            .iter()
            .filter(|p| head.starts_with(short(p.name)))
            .max_by_key(|p| short(p.name).len())
            .map(|p| (p, skipped + short(p.name).len()))
    });
    let Some((place, end)) = found else {
        return Region::default();
    };
    let rest = text.get(end..).unwrap_or("");
    // A 直辖市's districts and a city's districts and counties alike.
    let municipality = place.is_province && place.name.ends_with('市');
    let county = if municipality || !place.is_province {
        county_after(rest)
    } else {
        String::new()
    };
    Region {
        province: place.province.to_string(),
        city: if place.is_province {
            String::new()
        } else {
            place.name.to_string()
        },
        county,
    }
}

/// The province the places `text` prints belong to, when they agree: each province and
/// prefecture-level name counted as often as printed, the province (itself or its
/// divisions) with at least two distinct names and three quarters of all the names. A
/// report that never names itself by place (宁夏's final-account tables say 全区 and
/// 自治区本级) names its cities.
pub fn common_province(text: &str) -> Option<&'static str> {
    let mut per: Vec<(&'static str, usize, usize)> = Vec::new();
    let mut all = 0;
    for p in places() {
        let n = text.matches(p.name).count();
        if n == 0 {
            continue;
        }
        all += n;
        match per.iter_mut().find(|(q, _, _)| *q == p.province) {
            Some(e) => {
                e.1 += n;
                e.2 += 1;
            }
            None => per.push((p.province, n, 1)),
        }
    }
    let &(province, n, distinct) = per.iter().max_by_key(|e| e.1)?;
    (distinct >= 2 && n * 4 >= all * 3).then_some(province)
}

/// The prefecture-level division `text` names when it names one and no other place: each
/// province and division looked up by its full and its short name (洛阳职业技术学院, 隋唐洛阳城),
/// a province counting only when it is the division's own. A city-level report that never
/// names its government (关于2021年市级一般公共预算收入预算情况的说明) names its own city's
/// projects and no other place.
pub fn only_city(text: &str) -> Option<Region> {
    let named: Vec<&Place> = places()
        .iter()
        .filter(|p| text.contains(p.name) || text.contains(short(p.name)))
        .collect();
    let mut cities = named.iter().filter(|p| !p.is_province);
    let city = cities.next()?;
    let alone = cities.next().is_none()
        && named
            .iter()
            .all(|p| !p.is_province || p.name == city.province);
    alone.then(|| Region {
        province: city.province.to_string(),
        city: city.name.to_string(),
        county: String::new(),
    })
}

/// The byte index of the first place `text` names in full.
pub fn first_at(text: &str) -> Option<usize> {
    places().iter().filter_map(|p| text.find(p.name)).min()
}

/// Whether `text` is a place name and nothing else (上海市, 上海市普陀区, 江苏省).
pub fn is_place(text: &str) -> bool {
    let r = find(text);
    if r.is_empty() {
        return false;
    }
    let named = [r.city.as_str(), r.county.as_str()].concat();
    text == r.province
        || text == r.city
        || text == [r.province.as_str(), &r.county].concat()
        || text == named
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(p: &str, c: &str, k: &str) -> Region {
        Region {
            province: p.into(),
            city: c.into(),
            county: k.into(),
        }
    }

    #[test]
    fn regions() {
        assert_eq!(find("无锡市交通运输局（本级）"), r("江苏省", "无锡市", ""));
        assert_eq!(find("上海市普陀区财政局"), r("上海市", "", "普陀区"));
        assert_eq!(
            common_province("全区…银川市 吴忠市、中卫市；石嘴山市 青岛至兰州公路（宁夏境）"),
            Some("宁夏回族自治区")
        );
        assert_eq!(common_province("中卫市"), None);
        assert_eq!(common_province("银川市 吴忠市 南京市 无锡市"), None);
        assert_eq!(
            only_city("市级收入…隋唐洛阳城南城墙遗址公园、洛阳职业技术学院新校区"),
            Some(r("河南省", "洛阳市", ""))
        );
        assert_eq!(only_city("洛阳职业技术学院 郑州航空港"), None);
        assert_eq!(only_city("市级收入"), None);
        assert_eq!(only_city("河南省 洛阳市"), Some(r("河南省", "洛阳市", "")));
        assert_eq!(only_city("江苏省 洛阳市"), None);
        assert_eq!(
            find("中共上海市普陀区委社会工作部"),
            r("上海市", "", "普陀区")
        );
        assert_eq!(find("江苏省高级人民法院"), r("江苏省", "", ""));
        assert_eq!(find("中共江苏省委办公厅"), r("江苏省", "", ""));
        assert_eq!(find("上海交通职业技术学院"), r("上海市", "", ""));
        assert_eq!(find("北京市城市管理综合行政执法局"), r("北京市", "", ""));
        assert_eq!(find("上海市域外农场管理办公室"), r("上海市", "", ""));
        assert_eq!(
            find("关于南宁市与市本级2022年"),
            r("广西壮族自治区", "南宁市", "")
        );
        assert_eq!(find("吉林市财政局"), r("吉林省", "吉林市", ""));
        assert_eq!(find("预算执行情况"), Region::default());
        assert_eq!(find("上海市普陀区").level(), Some(Level::County));
        assert_eq!(find("厦门市").level(), Some(Level::City));
        assert!(is_place("上海市普陀区"));
        assert!(is_place("江苏省"));
        assert!(!is_place("上海市财政局"));
    }
}
