//! The catalogue of subject codes a set of documents prints (`yusuan catalogue`): each code
//! with its classification, level, parent, the names it is printed with and where, and the
//! codes printed with more than one name.

use std::collections::{BTreeMap, BTreeSet};
use std::io;

use super::DocRecord;
use crate::budget::code::{Classification, Level};

/// One code: as first seen, and every name printed with it, each with its places
/// (`file:page`, each once, in the order met).
struct Entry {
    classification: Classification,
    level: Option<Level>,
    parent: String,
    names: BTreeMap<String, Vec<String>>,
}

/// Codes in code order.
#[derive(Default)]
pub struct Catalogue {
    codes: BTreeMap<String, Entry>,
}

impl Catalogue {
    /// The catalogue of the items of `records`, in the order given.
    pub fn of(records: &[DocRecord]) -> Catalogue {
        let mut c = Catalogue::default();
        for r in records {
            for t in r.analysis.iter().flat_map(|a| &a.tables) {
                for i in t.items.iter().filter(|i| !i.code.is_empty()) {
                    let e = c.codes.entry(i.code.clone()).or_insert_with(|| Entry {
                        classification: i.classification,
                        level: i.code_level,
                        parent: i.parent_code.clone(),
                        names: BTreeMap::new(),
                    });
                    let place = format!("{}:{}", r.file, i.page);
                    let places = e.names.entry(i.name.clone()).or_default();
                    if !places.contains(&place) {
                        places.push(place);
                    }
                }
            }
        }
        c
    }

    /// How many codes.
    pub fn code_count(&self) -> usize {
        self.codes.len()
    }

    /// How many codes carry more than one name.
    pub fn conflicts(&self) -> usize {
        self.codes.values().filter(|e| e.names.len() > 1).count()
    }

    /// The catalogue as CSV, one row per code and name: code, classification, level, parent,
    /// name, documents, places, conflict, and with `known` (a catalogue's code -> name) a last
    /// column saying whether it agrees.
    pub fn write_csv(
        &self,
        out: impl io::Write,
        known: Option<&BTreeMap<String, String>>,
    ) -> csv::Result<()> {
        let mut w = csv::Writer::from_writer(out);
        let mut header = vec![
            "code",
            "classification",
            "level",
            "parent",
            "name",
            "documents",
            "places",
            "conflict",
        ];
        if known.is_some() {
            header.push("catalogue");
        }
        w.write_record(&header)?;
        for (code, e) in &self.codes {
            let conflict = e.names.len() > 1;
            for (name, places) in &e.names {
                let docs: BTreeSet<&str> = places
                    .iter()
                    .filter_map(|p| p.rsplit_once(':').map(|x| x.0))
                    .collect();
                let mut row = vec![
                    code.clone(),
                    e.classification.as_str().to_string(),
                    e.level.map_or("", Level::as_str).to_string(),
                    e.parent.clone(),
                    name.clone(),
                    docs.len().to_string(),
                    places.join(" "),
                    if conflict {
                        "names differ".into()
                    } else {
                        String::new()
                    },
                ];
                if let Some(k) = known {
                    row.push(match k.get(code) {
                        None => "not in catalogue".into(),
                        Some(n) if n == name => "ok".into(),
                        Some(n) => format!("catalogue says {n}"),
                    });
                }
                w.write_record(&row)?;
            }
        }
        w.flush()?;
        Ok(())
    }
}

/// A catalogue CSV (code,name; a header line first) as code -> name.
pub fn read_known(rd: impl io::Read) -> csv::Result<BTreeMap<String, String>> {
    let mut rd = csv::Reader::from_reader(rd);
    let mut m = BTreeMap::new();
    for row in rd.records() {
        let row = row?;
        if let (Some(c), Some(n)) = (row.get(0), row.get(1)) {
            m.insert(c.trim().to_string(), n.trim().to_string());
        }
    }
    Ok(m)
}
