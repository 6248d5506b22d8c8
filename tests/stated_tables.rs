//! A government report's stated totals against its tables, on 北京市2024年决算 (city/). The
//! pairs and figures were read from the pages with `pdftotext`, independently of yusuan:
//! - p6 `2024年市级一般公共预算收入完成3520.7亿元`; p5 表一 北京市2024年市级一般公共预算收入
//!   决算情况表, row 收入合计, column 2024年决算数: 35,206,663 万元 (3520.67 亿元);
//! - p89 `2024年市级政府性基金预算收入决算数为5892851万元`; p88 表四, row 市级收入合计,
//!   2024年决算数: 5,892,851 万元;
//! - p105 `2024年市级国有资本经营预算收入完成595808万元，完成预算523799万元的113.7%，… 收入
//!   合计697372万元`; p104 表六, row 本级收入合计, 2024年决算数: 595,808 万元 (收入总计
//!   697,372 is the 收入合计 the sentence names after the transfers: no area, not paired).
//!
//! The same report states the budgets too (p105 `完成预算523799万元`): a figure after 完成
//! whose subject does not open its clause is not paired.

mod common;

use rust_decimal::Decimal;
use yusuan::budget::checks::{Rule, Status};
use yusuan::pipeline;

#[test]
fn beijing_2024_final_report_states_its_table_totals() {
    let Some(shared) = common::shared("stated totals against the tables") else {
        return;
    };
    let city = common::need(&shared, "corpus/city");
    let file = std::fs::read_dir(&city)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| {
            p.to_string_lossy()
                .contains("bei-jing-shi-2024-nian-jue-suan")
        })
        .expect("北京 2024 决算 in city/");
    let a = pipeline::process(&file).analysis.expect("analysed");
    let mut got: Vec<(u32, Vec<u32>, Decimal, Decimal, Status)> = a
        .checks
        .iter()
        .filter(|c| c.rule == Rule::StatedFigure && c.check.contains(" = table p"))
        .map(|c| {
            (
                c.page.unwrap_or_default(),
                c.pages.clone(),
                c.expected,
                c.actual,
                c.status,
            )
        })
        .collect();
    got.sort_by_key(|g| g.0);
    let yuan = |wan: i64| Decimal::from(wan) * Decimal::from(10_000);
    assert_eq!(
        got,
        [
            (
                6,
                vec![5, 6],
                yuan(35_206_663),
                Decimal::from(352_070_000_000_i64),
                Status::Pass
            ),
            (
                89,
                vec![88, 89],
                yuan(5_892_851),
                yuan(5_892_851),
                Status::Pass
            ),
            (
                105,
                vec![104, 105],
                yuan(595_808),
                yuan(595_808),
                Status::Pass
            ),
        ]
    );
}
