//! Facts and table kinds of real documents against the golden derived independently of this
//! code (golden/facts/derive.py from the verified tables of golden/real; golden/kinds.tsv hand
//! checked). Skips, saying so, when ../shared is absent.

use std::collections::BTreeMap;
use std::path::Path;

use yusuan::budget::eval;
use yusuan::pipeline;

fn corpus() -> Option<std::path::PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("SKIPPED: ../shared/corpus not found; the real-document facts test did not run");
        None
    }
}

#[test]
fn facts_precision_and_recall() {
    let Some(corpus) = corpus() else { return };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
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
    let (mut matched, mut ours, mut want) = (0, 0, 0);
    for g in &golden {
        let facts: Vec<eval::GoldenFact> =
            serde_json::from_str(&std::fs::read_to_string(g).unwrap()).unwrap();
        let stem = g.file_stem().unwrap().to_string_lossy();
        let pdf = corpus.join("dept").join(format!("{stem}.pdf"));
        let r = pipeline::process(&pdf);
        let (m, o, w) = eval::facts(r.analysis.as_ref().unwrap(), &facts);
        eprintln!("{stem}: matched {m}, ours {o}, golden {w}");
        matched += m;
        ours += o;
        want += w;
    }
    let (p, r) = (matched as f64 / ours as f64, matched as f64 / want as f64);
    eprintln!("facts: precision {p:.4}, recall {r:.4} ({matched} of {ours} ours, {want} golden)");
    assert!(p >= 0.995 && r >= 0.995, "precision {p:.4}, recall {r:.4}");
}

#[test]
fn table_kinds() {
    let Some(corpus) = corpus() else { return };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let listed =
        eval::parse_kinds(&std::fs::read_to_string(root.join("golden/kinds.tsv")).unwrap());
    let mut by_file: BTreeMap<String, Vec<(u32, String)>> = BTreeMap::new();
    for (file, page, kind) in listed {
        by_file.entry(file).or_default().push((page, kind));
    }
    let (mut right, mut total) = (0, 0);
    for (file, tables) in &by_file {
        let r = pipeline::process(&corpus.join("dept").join(file));
        let (a, b) = eval::kinds(r.analysis.as_ref().unwrap(), tables);
        right += a;
        total += b;
    }
    let ratio = right as f64 / total as f64;
    eprintln!("table kinds: {right}/{total} = {ratio:.4}");
    assert!(total >= 200 && ratio >= 0.995, "kinds {right}/{total}");
}
