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
    let (mut matched, mut ours, mut want) = (0, 0, 0);
    for g in &golden {
        let facts: Vec<eval::GoldenFact> =
            serde_json::from_str(&std::fs::read_to_string(g).unwrap()).unwrap();
        let stem = g.file_stem().unwrap().to_string_lossy();
        let pdf = dept.join(format!("{stem}.pdf"));
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
    let Some(dept) = corpus("table kinds against golden/kinds.tsv") else {
        return;
    };
    let root = root();
    let listed =
        eval::parse_kinds(&std::fs::read_to_string(root.join("golden/kinds.tsv")).unwrap());
    let mut by_file: BTreeMap<String, Vec<(u32, String)>> = BTreeMap::new();
    for (file, page, kind) in listed {
        by_file.entry(file).or_default().push((page, kind));
    }
    let (mut right, mut total) = (0, 0);
    for (file, tables) in &by_file {
        let r = pipeline::process(&dept.join(file));
        let (a, b) = eval::kinds(r.analysis.as_ref().unwrap(), tables);
        right += a;
        total += b;
    }
    let ratio = right as f64 / total as f64;
    eprintln!("table kinds: {right}/{total} = {ratio:.4}");
    assert!(total >= 200 && ratio >= 0.995, "kinds {right}/{total}");
}
