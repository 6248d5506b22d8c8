//! Why a statement's reading is in doubt (the `doubt` column): a form of row that the
//! hand-checked samples show to be read wrong several times as often as the rest, so that an
//! analyst can keep the sure rows or look at the others.

use super::{Context, Statement, owner};

/// The reason a statement is in doubt (empty: none).
///
/// `unowned`: a government report's figure whose subject names no area or level (一般债务余额
/// after `我市政府债务余额…，其中`; not 全市…, 市本级…, 成都高新区…): whose money it is rests on the
/// text around it, and the owner rules read that context wrong several times as often as a
/// named subject (3.4 % of the 508 such rows of samples s115–s130 against 0.6 % of the others).
/// A department's figures are its own.
pub(super) fn reason(st: &Statement, ctx: Context) -> &'static str {
    if ctx.government && !owner::names_area(&st.subject) {
        "unowned"
    } else {
        ""
    }
}
