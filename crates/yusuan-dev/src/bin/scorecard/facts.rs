//! Budget facts and table kinds against golden/facts and golden/kinds-dept-v2.tsv (derived
//! independently of yusuan's code), plus the checks over the dept corpus.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use serde_json::{Value, json};
use yusuan::budget::checks::Status;
use yusuan::pipeline;
use yusuan_dev::eval;

use super::pdfs;

pub fn run(corpus: &Path) -> (String, Value) {
    let mut md = String::from("## Budget facts, table kinds and checks\n\n");
    let golden = super::json_files("golden/facts");
    let v2 = std::fs::read_to_string("golden/kinds-dept-v2.tsv")
        .map(|s| eval::parse_kinds(&s))
        .unwrap_or_default();
    let (mut matched, mut ours, mut want) = (0, 0, 0);
    for g in &golden {
        let Ok(facts) = std::fs::read_to_string(g)
            .map_err(|e| e.to_string())
            .and_then(|s| {
                serde_json::from_str::<Vec<eval::GoldenFact>>(&s).map_err(|e| e.to_string())
            })
        else {
            continue;
        };
        let stem = g
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let r = pipeline::process(&corpus.join("dept").join(format!("{stem}.pdf")));
        if let Some(a) = &r.analysis {
            let file = format!("{stem}.pdf");
            let relabel: Vec<eval::Listed> =
                v2.iter().filter(|l| l.file == file).cloned().collect();
            let (m, o, w) = eval::facts(a, &facts, &relabel);
            matched += m;
            ours += o;
            want += w;
        }
    }
    let p = matched as f64 / ours.max(1) as f64;
    let r = matched as f64 / want.max(1) as f64;
    let _ = writeln!(
        md,
        "Facts (table kind, code or name, header path, amount in yuan) on {} documents of golden/facts: \
         **precision {:.2}%, recall {:.2}%** ({matched} matched; {ours} ours, {want} golden).\n",
        golden.len(),
        p * 100.0,
        r * 100.0
    );
    let listed = std::fs::read_to_string("golden/kinds-dept-v2.tsv")
        .map(|s| eval::parse_kinds(&s))
        .unwrap_or_default();
    let mut by_file: BTreeMap<String, Vec<eval::Listed>> = BTreeMap::new();
    for l in listed {
        by_file.entry(l.file.clone()).or_default().push(l);
    }
    let (mut right, mut total) = (0, 0);
    let (mut pass, mut rounding, mut fail) = (0, 0, 0);
    let mut failures = Vec::new();
    for f in pdfs(&corpus.join("dept")) {
        let rec = pipeline::process(&f);
        let Some(a) = &rec.analysis else { continue };
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if let Some(tables) = by_file.get(&name) {
            let k = eval::kinds(a, tables);
            right += k.right;
            total += k.listed;
        }
        for (t, c) in a
            .tables
            .iter()
            .flat_map(|t| t.checks.iter().map(move |c| (Some(t), c)))
            .chain(a.checks.iter().map(|c| (None, c)))
        {
            match c.status {
                Status::Pass => pass += 1,
                Status::Rounding => rounding += 1,
                Status::Fail => {
                    fail += 1;
                    failures.push(format!(
                        "- {name} p{:?} {}: {}: expected {} yuan, printed {}",
                        c.pages,
                        t.and_then(|t| t.table.title.as_deref())
                            .unwrap_or("(across tables)"),
                        c.check,
                        c.expected,
                        c.actual
                    ));
                }
            }
        }
    }
    let kr = right as f64 / total.max(1) as f64;
    let _ = writeln!(
        md,
        "Table kinds against golden/kinds-dept-v2.tsv: **{:.2}%** ({right} of {total} tables).\n",
        kr * 100.0
    );
    let _ = writeln!(
        md,
        "Checks over ../shared/corpus/dept: {pass} pass, {rounding} within printed rounding, **{fail} fail** \
         (printed inconsistencies, listed):\n"
    );
    for f in &failures {
        md.push_str(f);
        md.push('\n');
    }
    md.push('\n');
    (
        md,
        json!({"facts": {"matched": matched, "ours": ours, "golden": want, "precision": p, "recall": r},
            "kinds": {"right": right, "total": total, "ratio": kr},
            "checks": {"pass": pass, "rounding": rounding, "fail": fail, "failures": failures}}),
    )
}
