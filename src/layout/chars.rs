//! Classes of printed characters and tokens, shared by the table and budget layers: wide
//! (CJK, full-width) characters, figures as printed (full-width ones included), numbered list
//! items.

/// Display width class: CJK and full-width forms are wide.
pub fn is_wide_char(c: char) -> bool {
    let u = c as u32;
    (0x1100..=0x115F).contains(&u)
        || (0x2E80..=0xA4CF).contains(&u)
        || (0xAC00..=0xD7A3).contains(&u)
        || (0xF900..=0xFAFF).contains(&u)
        || (0xFE30..=0xFE4F).contains(&u)
        || (0xFF00..=0xFF60).contains(&u)
        || (0xFFE0..=0xFFE6).contains(&u)
        || (0x20000..=0x3FFFD).contains(&u)
}

/// A Han character of the basic CJK block (U+4E00..U+9FFF): the block the budget layer's readers
/// test a word against; the rarer extension blocks never carry the words they look for.
pub fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// A printed figure: digits with separators, a decimal point, a sign or a percent; also the
/// dashes printed for "no value".
pub fn is_figure(text: &str) -> bool {
    let t: String = text.trim().chars().map(ascii_char).collect();
    if matches!(t.as_str(), "-" | "—" | "–" | "——") {
        return true;
    }
    let body = t
        .trim_start_matches(['-', '(', '△'])
        .trim_end_matches(['%', ')']);
    !body.is_empty()
        && !body.ends_with('.')
        && !body.starts_with('.')
        && body.chars().any(|c| c.is_ascii_digit())
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ' '))
}

/// A full-width digit or figure sign as ASCII (`１，３５２．２７` is `1,352.27`; Beijing's
/// tables print every figure so); other characters unchanged.
pub fn ascii_char(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - 0xFF10 + 0x30).unwrap_or(c),
        '，' => ',',
        '．' => '.',
        '－' | '−' => '-',
        '（' => '(',
        '）' => ')',
        '％' => '%',
        _ => c,
    }
}

/// Chinese numerals as list numbers are printed.
const NUMERALS: &str = "一二三四五六七八九十百零";

/// The length in bytes of a numbered-item mark at the start of `s` (一、 十二、 （一） (1)
/// （1）), if there is one.
pub fn numbered(s: &str) -> Option<usize> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let end = |k: usize| chars.get(k).map_or(s.len(), |&(i, _)| i);
    if matches!(at(0), Some('（' | '(')) {
        let mut k = 1;
        while at(k).is_some_and(|c| NUMERALS.contains(c) || c.is_ascii_digit()) {
            k += 1;
        }
        if k > 1 && matches!(at(k), Some('）' | ')')) {
            return Some(end(k + 1));
        }
    }
    let mut k = 0;
    while at(k).is_some_and(|c| NUMERALS.contains(c)) {
        k += 1;
    }
    (k > 0 && at(k) == Some('、')).then(|| end(k + 1))
}

/// A numbered list item: 一、…, （一）….
pub fn is_list_item(text: &str) -> bool {
    numbered(text.trim()).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures() {
        for t in [
            "1,352.27",
            "0.00",
            "-12",
            "(12.00)",
            "△12",
            "5.3%",
            "—",
            "1 352.27",
            "１，１６５",
            "９９．１",
            "－１２",
            "（１２．００）",
            "５．３％",
            "－",
        ] {
            assert!(is_figure(t), "{t}");
        }
        for t in ["", "合计", "2022年", "２０２２年", "一、", "20101"] {
            assert_eq!(is_figure(t), t == "20101", "{t}");
        }
    }

    #[test]
    fn numbered_items() {
        assert_eq!(numbered("一、一般公共服务"), Some("一、".len()));
        assert_eq!(numbered("十二、其他"), Some("十二、".len()));
        assert_eq!(numbered("（一）基本支出"), Some("（一）".len()));
        assert_eq!(numbered("(1)工资"), Some(3));
        assert_eq!(numbered("（1）工资"), Some("（1）".len()));
        assert_eq!(numbered("一般公共服务"), None);
        assert_eq!(numbered("（单位：万元）"), None);
        assert!(is_list_item("  二、基金收入"));
        assert!(!is_wide_char('1') && is_wide_char('１') && is_wide_char('预'));
    }
}
