//! Facts and table kinds of real documents against the golden derived independently of this
//! code (golden/facts/derive.py from the verified tables of golden/real; golden/kinds.tsv hand
//! checked). Skips, saying so, when ../shared is absent.

use std::collections::BTreeMap;
use std::path::PathBuf;

use yusuan::pipeline;
use yusuan_dev::eval;
use yusuan_dev::shared::{need, root, shared};

fn corpus(what: &str) -> Option<PathBuf> {
    shared(what).map(|s| need(&s, "corpus/dept"))
}

fn listed(name: &str) -> Vec<eval::Listed> {
    eval::parse_kinds(&std::fs::read_to_string(root().join("golden").join(name)).unwrap())
}

#[test]
fn facts_precision_and_recall() {
    let Some(dept) = corpus("facts against golden/facts") else {
        return;
    };
    let root = root();
    let golden: Vec<_> = std::fs::read_dir(root.join("golden/facts"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    assert!(
        golden.len() >= 12,
        "expected golden facts for at least 12 documents"
    );
    let v2 = listed("kinds-dept-v2.tsv");
    let (mut matched, mut ours, mut want) = (0, 0, 0);
    for g in &golden {
        let facts: Vec<eval::GoldenFact> =
            serde_json::from_str(&std::fs::read_to_string(g).unwrap()).unwrap();
        let stem = g.file_stem().unwrap().to_string_lossy();
        let file = format!("{stem}.pdf");
        let relabel: Vec<eval::Listed> = v2.iter().filter(|l| l.file == file).cloned().collect();
        let r = pipeline::process(&dept.join(&file));
        let (m, o, w) = eval::facts(r.analysis.as_ref().unwrap(), &facts, &relabel);
        eprintln!("{stem}: matched {m}, ours {o}, golden {w}");
        matched += m;
        ours += o;
        want += w;
    }
    let (p, r) = (matched as f64 / ours as f64, matched as f64 / want as f64);
    eprintln!("facts: precision {p:.4}, recall {r:.4} ({matched} of {ours} ours, {want} golden)");
    assert!(p >= 0.995 && r >= 0.995, "precision {p:.4}, recall {r:.4}");
}

/// dept2026 against golden/facts-dept2026 (derived by golden/facts/derive.py from the verified
/// grids of golden/dept2026 and golden/kinds-dept2026.tsv), document by document: the row and
/// figure (code or else name, amount), strict (+ table kind and leaf header) and full (+ the
/// whole header path).
#[test]
fn facts_dept2026_per_document() {
    let Some(shared) = shared("facts against golden/facts-dept2026") else {
        return;
    };
    let corpus = need(&shared, "corpus/dept2026");
    let dir = root().join("golden/facts-dept2026");
    let mut golden: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    golden.sort();
    assert!(golden.len() >= 11, "expected 11 documents in {dir:?}");
    let mut short = Vec::new();
    let mut total = eval::FactScore::default();
    for g in &golden {
        let facts: Vec<eval::GoldenFact> =
            serde_json::from_str(&std::fs::read_to_string(g).unwrap()).unwrap();
        let stem = g.file_stem().unwrap().to_string_lossy().to_string();
        let r = pipeline::process(&corpus.join(format!("{stem}.pdf")));
        let s = eval::fact_score(r.analysis.as_ref().unwrap(), &facts);
        let (rp, rr) = s.ratios(s.row);
        let (sp, sr) = s.ratios(s.strict);
        let (fp, fr) = s.ratios(s.full);
        eprintln!(
            "{stem}: ours {}, golden {}; row P {rp:.4} R {rr:.4}; strict P {sp:.4} R {sr:.4}; \
             full P {fp:.4} R {fr:.4}",
            s.ours, s.golden
        );
        // Issue 12 asks 0.995 (strict 0.97) on each document; every document reaches 1.0 at all
        // three strictnesses, so any lost, extra or re-described fact fails.
        let floor = 1.0;
        if rp.min(rr).min(sp).min(sr).min(fp).min(fr) < floor {
            short.push(format!(
                "{stem}: row {rp:.4}/{rr:.4}, strict {sp:.4}/{sr:.4}, full {fp:.4}/{fr:.4}"
            ));
        }
        total.ours += s.ours;
        total.golden += s.golden;
        total.row += s.row;
        total.strict += s.strict;
        total.full += s.full;
    }
    let (rp, rr) = total.ratios(total.row);
    let (sp, sr) = total.ratios(total.strict);
    let (fp, fr) = total.ratios(total.full);
    eprintln!(
        "facts-dept2026: ours {}, golden {}; row P {rp:.4} R {rr:.4}; strict P {sp:.4} R {sr:.4}; \
         full P {fp:.4} R {fr:.4}",
        total.ours, total.golden
    );
    assert!(short.is_empty(), "below the floor: {short:#?}");
}

/// Kinds of the tables of one corpus against a kinds golden: (right, found, listed).
fn score_kinds(corpus: &std::path::Path, golden: &str) -> (usize, usize, usize) {
    let mut by_file: BTreeMap<String, Vec<eval::Listed>> = BTreeMap::new();
    for l in listed(golden) {
        by_file.entry(l.file.clone()).or_default().push(l);
    }
    let (mut right, mut found, mut total) = (0, 0, 0);
    for (file, tables) in &by_file {
        let r = pipeline::process(&corpus.join(file));
        let s = eval::kinds(r.analysis.as_ref().unwrap(), tables);
        for m in &s.misses {
            eprintln!("{golden}: {file} {m}");
        }
        right += s.right;
        found += s.found;
        total += s.listed;
    }
    eprintln!("{golden}: kinds right {right} of {found} tables found ({total} listed)");
    (right, found, total)
}

#[test]
fn table_kinds_dept() {
    let Some(dept) = corpus("table kinds against golden/kinds-dept-v2.tsv") else {
        return;
    };
    let (right, found, total) = score_kinds(&dept, "kinds-dept-v2.tsv");
    assert!(total >= 239 && found == total, "found {found} of {total}");
    assert!(
        right as f64 / total as f64 >= 0.995,
        "kinds {right}/{total}"
    );
}

/// dept2026: the kinds of the tables found. (Tables the table layer does not find yet, most
/// of Guangzhou's, are counted apart: `found` of `listed`.)
#[test]
fn table_kinds_dept2026() {
    let Some(shared) = shared("table kinds against golden/kinds-dept2026.tsv") else {
        return;
    };
    let corpus = need(&shared, "corpus/dept2026");
    let (right, found, total) = score_kinds(&corpus, "kinds-dept2026.tsv");
    assert!(total >= 700 && found >= 400, "found {found} of {total}");
    assert!(
        right as f64 / found as f64 >= 0.995,
        "kinds {right}/{found}"
    );
}
