//! statements.csv scored against the hand-made answer for 15 pages of dept, dept2026 and city
//! documents (golden/statements/statements.tsv, 258 rows: every money figure those pages
//! print, and the comparisons stated without one), and the wrong comparisons of
//! golden/statements/wrong-comparisons.tsv found by the checks of the stated figures.
//!
//! A golden row is found when a statement of its document has its page, amount in yuan and
//! unit (a comparison without a figure: its page and comparison word); a statement on those
//! pages that matches no golden row counts against precision. Thresholds are what the code
//! achieves today.

mod common;

use std::collections::HashMap;
use std::path::Path;

use rust_decimal::Decimal;
use yusuan::budget::checks::Status;
use yusuan::pipeline;

fn tsv(path: &Path) -> Vec<HashMap<String, String>> {
    let text = std::fs::read_to_string(path).expect("golden file");
    let mut lines = text.lines();
    let head: Vec<&str> = lines.next().expect("header").split('\t').collect();
    lines
        .filter(|l| !l.is_empty())
        .map(|l| {
            head.iter()
                .zip(l.split('\t').chain(std::iter::repeat("")))
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

#[test]
fn statements_against_golden_pages() {
    let Some(shared) = common::shared("statements against golden/statements") else {
        return;
    };
    let corpus = common::need(&shared, "corpus");
    let golden_dir = common::root().join("golden/statements");
    let pages = tsv(&golden_dir.join("pages.tsv"));
    let rows = tsv(&golden_dir.join("statements.tsv"));
    let mut files: Vec<(String, String)> = pages
        .iter()
        .map(|p| (p["doc"].clone(), p["file"].clone()))
        .collect();
    files.sort();
    files.dedup();
    let (mut golden_n, mut found, mut ours_n, mut ours_matched) = (0usize, 0usize, 0usize, 0usize);
    // (found among the rows not in doubt: what an analyst keeps who drops the `doubt` rows)
    let mut found_sure = 0usize;
    let (mut subject_ok, mut measure_ok) = (0usize, 0usize);
    let (mut rate_n, mut rate_ok) = (0usize, 0usize);
    let mut missed = Vec::new();
    for (doc, file) in &files {
        let r = pipeline::process(&corpus.join(file));
        let a = r.analysis.expect("analysed");
        let doc_pages: Vec<u32> = pages
            .iter()
            .filter(|p| &p["doc"] == doc)
            .filter_map(|p| p["page"].parse().ok())
            .collect();
        let mut ours: Vec<(&yusuan::budget::statements::Statement, bool)> = a
            .statements
            .iter()
            .filter(|s| doc_pages.contains(&s.page))
            .map(|s| (s, false))
            .collect();
        for g in rows.iter().filter(|g| &g["doc"] == doc) {
            golden_n += 1;
            let page: u32 = g["page"].parse().expect("page");
            let amount: Option<Decimal> = g["amount_yuan"].parse().ok();
            let hit = ours.iter_mut().find(|(s, used)| {
                !*used
                    && s.page == page
                    && match amount {
                        Some(v) => {
                            s.amount_yuan.is_some_and(|a| a == v)
                                && s.unit
                                    == g["unit"].replace("万亿", "万亿元").replace("元元", "元")
                        }
                        None => s.amount_yuan.is_none() && s.comparison == g["comparison"],
                    }
            });
            match hit {
                Some((s, used)) => {
                    *used = true;
                    found += 1;
                    found_sure += usize::from(s.doubt.is_empty());
                    subject_ok += usize::from(s.subject == g["subject"]);
                    measure_ok += usize::from(s.measure == g["measure"]);
                    // The first rate the row states (`下降21.9%`; `98.20%` for 完成/为): the
                    // statement's rate, or its completion for a bare figure.
                    let first = g["rate"].split("; ").next().unwrap_or("");
                    let digits: String = first
                        .chars()
                        .filter(|c| c.is_ascii_digit() || *c == '.')
                        .collect();
                    if let Ok(v) = digits.parse::<Decimal>() {
                        rate_n += 1;
                        let bare = first.starts_with(|c: char| c.is_ascii_digit());
                        rate_ok +=
                            usize::from(s.rate == Some(v) || bare && s.completion == Some(v));
                    }
                }
                None => missed.push(format!("{doc} p{page} {} {}", g["amount"], g["unit"])),
            }
        }
        ours_n += ours.len();
        ours_matched += ours.iter().filter(|(_, u)| *u).count();
    }
    let pct = |a: usize, b: usize| a as f64 * 100.0 / b.max(1) as f64;
    let recall = pct(found, golden_n);
    let recall_sure = pct(found_sure, golden_n);
    let precision = pct(ours_matched, ours_n);
    eprintln!(
        "statements: golden {golden_n}, found {found} (recall {recall:.1}%; {found_sure} not in doubt, {recall_sure:.1}%), ours on the pages {ours_n}, \
         matched {ours_matched} (precision {precision:.1}%); subject {:.1}%, measure {:.1}% of those found; \
         rate {rate_ok} of {rate_n}; missed: {missed:?}",
        pct(subject_ok, found),
        pct(measure_ok, found)
    );
    assert_eq!(golden_n, 258, "golden rows");
    assert!(recall >= RECALL, "recall {recall:.1}%");
    assert!(
        recall_sure >= RECALL_SURE,
        "recall not in doubt {recall_sure:.1}%"
    );
    assert!(precision >= PRECISION, "precision {precision:.1}%");
    assert!(pct(subject_ok, found) >= SUBJECT, "subject");
    assert!(pct(measure_ok, found) >= MEASURE, "measure");
    assert!(pct(rate_ok, rate_n) >= RATE, "rate {rate_ok} of {rate_n}");
}

/// Today: 253 of 258 found; 253 of the 254 statements on those pages match a golden row.
/// Figures read without confidence are not emitted; five golden rows are among them, uses
/// that name no money (gz-2024js p9 `支持“两重”项目建设` 7,000亿元, `支持实施“两新”政策` 3,000
/// and 53.6亿元, ly-2024js p5 `推动…重点城市基础设施项目建设` 8.3亿元 and `支持248家规模以上工业企业
/// 满负荷生产` 3780万元): purposes, no names of money (a use is a subject only with the money
/// noun it is spent as).
const RECALL: f64 = 98.0;
/// Recall of the rows not in doubt (`doubt` empty): the figures an analyst keeps who leaves
/// out the `unowned` ones of government reports. 246 of 258 today; the 8 found in doubt are
/// Guangzhou's 超长期特别国债资金 and its uses (p9) and Luoyang's repayments and 争取 funds (p5),
/// right but naming no owner.
const RECALL_SURE: f64 = 95.0;
const PRECISION: f64 = 99.6;
/// Of the golden rows found, the subject as the golden names it, and the measure: 58.3 % and
/// 97.2 % today (balances named with their budget, 涉及项目预算资金 with its projects).
const SUBJECT: f64 = 58.0;
const MEASURE: f64 = 96.5;
/// Of the golden rows found that state a rate, the rate read: 58 of 60 (Beijing's decimal point is a
/// private-use glyph the font layer maps by its shape: without it 21.9% reads 219).
const RATE: f64 = 96.5;

#[test]
fn wrong_comparisons_found() {
    let Some(shared) = common::shared("wrong comparisons of golden/statements") else {
        return;
    };
    let corpus = common::need(&shared, "corpus");
    let rows = tsv(&common::root().join("golden/statements/wrong-comparisons.tsv"));
    let mut by_file: HashMap<String, Vec<yusuan::budget::checks::Check>> = HashMap::new();
    let (mut found, mut missed) = (0usize, Vec::new());
    for g in &rows {
        let checks = by_file.entry(g["file"].clone()).or_insert_with(|| {
            let a = pipeline::process(&corpus.join(&g["file"]))
                .analysis
                .expect("analysed");
            a.checks
        });
        let page: u32 = g["page"].parse().expect("page");
        // The first figure the row states (`43269.3万元`), which the check's message names.
        let stated = &g["stated"];
        let first = stated
            .find(|c: char| c.is_ascii_digit())
            .and_then(|i| {
                stated[i..]
                    .find("万元")
                    .map(|j| &stated[i..i + j + "万元".len()])
            })
            .unwrap_or("");
        // A failed check of the stated figures on the row's page (or the page before: a
        // sentence may start there).
        let hit = checks.iter().any(|c| {
            c.status != Status::Pass
                && c.page.is_some_and(|p| p == page || p + 1 == page)
                && (g["kind"] == "Y" || c.message.contains(first))
                && matches!(
                    c.rule.as_str(),
                    "stated_rate"
                        | "stated_change"
                        | "stated_share"
                        | "stated_completion"
                        | "year"
                        | "change_from_zero"
                        | "rate_of_zero_budget"
                )
        });
        if hit {
            found += 1;
        } else {
            missed.push(format!("{} p{page} {}", g["kind"], g["stated"]));
        }
    }
    eprintln!(
        "wrong comparisons: {found} of {} found; missed: {missed:#?}",
        rows.len()
    );
    assert!(found >= WRONG_FOUND, "found {found}");
}

/// Today 48 of 49: missed is unit_budget p6 (1690.69 → 1434.89, 减少1.10%), whose sentence
/// the text's line break cuts before 1690.69.
const WRONG_FOUND: usize = 48;
