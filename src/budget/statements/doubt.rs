//! Why a statement's reading is in doubt (the `doubt` column): a form of row that the
//! hand-checked samples show to be read wrong several times as often as the rest, so that an
//! analyst can keep the sure rows or look at the others.

use super::{Context, Statement, measure, names, owner};

/// The reason a statement is in doubt (empty: none).
///
/// `unowned`: a government report's figure whose subject names no area or level (一般债务余额
/// after `我市政府债务余额…，其中`; not 全市…, 市本级…, 成都高新区…): whose money it is rests on the
/// text around it, and the owner rules read that context wrong several times as often as a
/// named subject (3.4 % of the 508 such rows of samples s115–s130 against 0.6 % of the others).
/// A department's figures are its own. Three forms of unowned row are read as surely as named
/// ones (judged rows of s19–s146, stop 39), so they are not in doubt:
/// - a limit or bond quota (新增专项债务限额): set for the report's area (113 rows, none wrong);
/// - a figure measured `other` (资金池总规模, 贷款发放额度): no budget's money, so no owner to
///   miss (181 rows, 2 wrong);
/// - a subject that is the name of one function class alone (民族事务, 其他共产党事务支出 in a
///   list of the report's own spending): 1,296 rows, 13 wrong, most of them names that stand
///   under many classes (信息化建设), which this test leaves in doubt.
///
/// With them left out, the judged rows still standing on every corpus are 4.6 % wrong in doubt
/// (85 of 1,840) and 0.5 % wrong out of it (89 of 18,410).
pub(super) fn reason(st: &Statement, ctx: Context) -> &'static str {
    if ctx.government
        && !owner::names_area(&st.subject)
        && !matches!(st.measure.as_str(), measure::LIMIT | measure::OTHER)
        && !names::names_one_function_line(&st.subject)
    {
        "unowned"
    } else {
        ""
    }
}
