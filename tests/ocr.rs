//! Scanned documents named from their cover by OCR (src/ocr.rs), against the hand-checked
//! identities of golden/identity.tsv (read from the rendered covers, without yusuan).

mod common;

use std::collections::HashMap;

use yusuan::pdf::document::Limits;
use yusuan::pipeline::process_pages;

/// The golden rows of the documents whose pages are images (content `scan:…`).
fn scans() -> Vec<HashMap<String, String>> {
    let text = std::fs::read_to_string(common::root().join("golden/identity.tsv")).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    lines
        .map(|l| {
            header
                .iter()
                .zip(l.split('\t'))
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect::<HashMap<_, _>>()
        })
        .filter(|r| r["content"].starts_with("scan"))
        .collect()
}

#[test]
fn scans_are_named_from_their_cover() {
    let Some(shared) = common::shared("OCR of scanned covers") else {
        return;
    };
    if !yusuan::ocr::available() {
        assert!(
            !common::required(),
            "OCR of scanned covers: pdftoppm and tesseract with chi_sim are needed (.ci/run installs them)"
        );
        eprintln!("SKIPPED: OCR of scanned covers: pdftoppm or tesseract (chi_sim) not installed");
        return;
    }
    let scans = scans();
    assert!(
        scans.len() >= 6,
        "golden/identity.tsv lists {} scans",
        scans.len()
    );
    for g in &scans {
        let file = common::need(&shared, &format!("corpus/{}", g["file"]));
        let bytes = std::fs::read(&file).unwrap();
        let r = process_pages(&file, &bytes, Limits::default(), None, true);
        let a = r.analysis.as_ref().expect("an analysis");
        let got = [
            a.doc_kind
                .map(|k| k.as_str().to_string())
                .unwrap_or_default(),
            a.year.map(|y| y.to_string()).unwrap_or_default(),
            a.body.clone().unwrap_or_default(),
            a.region.province.clone(),
            a.region.city.clone(),
        ];
        let want =
            ["doc_kind", "year", "body", "region_province", "region_city"].map(|k| g[k].clone());
        assert_eq!(got, want, "{}", g["file"]);
        assert!(r.error.contains("by OCR"), "{}: {}", g["file"], r.error);
        let counts = |a: &yusuan::budget::document::Analysis| {
            let items: usize = a.tables.iter().map(|t| t.items.len()).sum();
            (a.tables.len(), items, a.statements.len())
        };
        let with_ocr = counts(a);

        // Without OCR the same scan stays unnamed, and OCR added nothing else: the same
        // tables, amounts and statements (none are ever read by OCR).
        let r = process_pages(&file, &bytes, Limits::default(), None, false);
        let a = r.analysis.as_ref().expect("an analysis");
        assert_eq!(
            (a.doc_kind, a.year, a.body.as_deref()),
            (None, None, None),
            "{}",
            g["file"]
        );
        assert!(!r.error.contains("OCR"), "{}", g["file"]);
        assert_eq!(counts(a), with_ocr, "{}", g["file"]);
    }
}
