//! Row labels: indentation, full-width spaces and dot leaders removed; the printed prefix
//! (一、 （一） 1. 其中：) kept apart.

/// (prefix, name) of a label.
pub fn split(label: &str) -> (String, String) {
    let clean: String = label
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '…' | '·' | '⋯'))
        .collect();
    let clean = clean.trim_matches(['.', '．']).to_string();
    let mut prefix = String::new();
    let mut rest = clean.as_str();
    while let Some((p, r)) = one_prefix(rest) {
        prefix.push_str(p);
        rest = r;
    }
    (prefix, rest.to_string())
}

/// One printed prefix at the start of `s`: 其中：, 一、, （一）, (1), 1., 1、.
fn one_prefix(s: &str) -> Option<(&str, &str)> {
    for p in ["其中：", "其中:", "其中", "减：", "加："] {
        if let Some(r) = s.strip_prefix(p)
            && !r.is_empty()
        {
            return Some((s.get(..p.len())?, r));
        }
    }
    // 一、 十二、 （一） (1) （1）
    if let Some(n) = crate::layout::numbered(s) {
        let (p, r) = s.split_at_checked(n)?;
        return (!r.is_empty()).then_some((p, r));
    }
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let cut = |k: usize| {
        let i = chars.get(k).map_or(s.len(), |&(i, _)| i);
        (
            s.get(..i).unwrap_or_default(),
            s.get(i..).unwrap_or_default(),
        )
    };
    // 1. 1、 12．
    let mut k = 0;
    while at(k).is_some_and(|c| c.is_ascii_digit()) {
        k += 1;
    }
    if k > 0
        && k <= 2
        && matches!(at(k), Some('.' | '、' | '．'))
        && at(k + 1).is_some_and(|c| !c.is_ascii_digit())
    {
        let (p, r) = cut(k + 1);
        return (!r.is_empty()).then_some((p, r));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes() {
        assert_eq!(
            split("一、一般公共服务支出"),
            ("一、".into(), "一般公共服务支出".into())
        );
        assert_eq!(
            split("（一）工资福利支出"),
            ("（一）".into(), "工资福利支出".into())
        );
        assert_eq!(
            split("  其中：财政拨款"),
            ("其中：".into(), "财政拨款".into())
        );
        assert_eq!(
            split("1.一般公共预算"),
            ("1.".into(), "一般公共预算".into())
        );
        assert_eq!(split("　　行政运行……"), ("".into(), "行政运行".into()));
        assert_eq!(
            split("十二、农林水支出"),
            ("十二、".into(), "农林水支出".into())
        );
        assert_eq!(split("合计"), ("".into(), "合计".into()));
        assert_eq!(split("2.5G网络"), ("".into(), "2.5G网络".into()));
    }
}
