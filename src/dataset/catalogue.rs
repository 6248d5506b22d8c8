//! The catalogue of subject codes a set of documents prints (`yusuan catalogue`): each code
//! with its classification, level, parent, the names it is printed with and where, and the
//! codes printed with more than one name.

use std::collections::{BTreeMap, BTreeSet};
use std::io;

use super::DocRecord;
use crate::budget::classify::{SCHEME, key};
use crate::budget::code::Source;
use crate::budget::code::{Classification, Level};

/// One code: as first seen, and every name printed with it, each with its places
/// (`file:page`, each once, in the order met).
struct Entry {
    classification: Classification,
    level: Option<Level>,
    parent: String,
    names: BTreeMap<String, Vec<String>>,
    /// The latest document year each name is printed in.
    years: BTreeMap<String, u32>,
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
                // Printed codes only: a matched code is the classification's, not the page's.
                let printed = t
                    .items
                    .iter()
                    .filter(|i| !i.code.is_empty() && i.code_source != Some(Source::Matched));
                for i in printed {
                    let e = c.codes.entry(i.code.clone()).or_insert_with(|| Entry {
                        classification: i.classification,
                        level: i.code_level,
                        parent: i.parent_code.clone(),
                        names: BTreeMap::new(),
                        years: BTreeMap::new(),
                    });
                    if let Some(y) = r.analysis.as_ref().and_then(|a| a.year) {
                        let latest = e.years.entry(i.name.clone()).or_insert(y);
                        *latest = (*latest).max(y);
                    }
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

    /// Each printed code and name against the classification (data/classification): `ok`,
    /// `variant` (a name the classification records for the code in another period or as a
    /// printed variant), `name differs: <the classification's name>`, `unknown code`.
    pub fn check(&self, code: &str, name: &str) -> String {
        let Some(e) = self.codes.get(code) else {
            return String::new();
        };
        let s = &*SCHEME;
        if !s.contains(e.classification, code) {
            return "unknown code".into();
        }
        let year = e.years.get(name).copied();
        match s.lookup(e.classification, code, year) {
            Some(x) if key(&x.name) == key(name) => "ok".into(),
            _ if s.names_code(e.classification, code, name) => "variant".into(),
            Some(x) => format!("name differs: {}", x.name),
            None => "unknown code".into(),
        }
    }

    /// How many (code, name) pairs each result of [`Catalogue::check`] has.
    pub fn check_counts(&self) -> BTreeMap<String, usize> {
        let mut n = BTreeMap::new();
        for (code, e) in &self.codes {
            for name in e.names.keys() {
                let r = self.check(code, name);
                let r = r.split(':').next().unwrap_or_default().to_string();
                *n.entry(r).or_insert(0) += 1;
            }
        }
        n
    }

    /// The catalogue as CSV, one row per code and name: code, classification, level, parent,
    /// name, documents, places, conflict; with `known` (a catalogue's code -> name) a column
    /// saying whether it agrees, with `classified` one checking it against the
    /// classification ([`Catalogue::check`]).
    pub fn write_csv(
        &self,
        out: impl io::Write,
        known: Option<&BTreeMap<String, String>>,
        classified: bool,
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
        if classified {
            header.push("classification_check");
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
                if classified {
                    row.push(self.check(code, name));
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
