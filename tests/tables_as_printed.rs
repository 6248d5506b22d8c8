//! `--format tables`: each table as printed, `tables/<doc_id>/<table_id>.csv`, and the items'
//! `table_row` / `table_col` in it. The grids hold what the JSON's cells hold (nothing lost),
//! every item's printed figure is in its cell, and the verified golden tables (golden/real,
//! golden/dept2026: grids built without yusuan) are rebuilt from the CSVs. The workbooks
//! (`tables/<doc_id>.xlsx`, read back by calamine) hold the same grids, with the spanning
//! cells merged and the amounts that Excel holds exactly as numbers.

mod common;
#[path = "common/records.rs"]
mod records;
use records::{grid, records};

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Reader, Xlsx, open_workbook};

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("yusuan-grids-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

fn extract(inputs: &[PathBuf], out: &Path) {
    let st = Command::new(env!("CARGO_BIN_EXE_yusuan"))
        .arg("extract")
        .args(inputs)
        .arg("--out")
        .arg(out)
        .args(["--quiet", "--format", "csv,json,tables"])
        .status()
        .unwrap();
    assert!(matches!(st.code(), Some(0 | 4)), "{st}");
}

type Grid = Vec<Vec<String>>;

/// Merged ranges: (first row, first col, last row, last col), 0-based.
type Merges = BTreeSet<(usize, usize, usize, usize)>;

/// The ranges the JSON's cells span (more than one position), within the grid.
fn spans_of(cells: &[serde_json::Value], rows: usize, cols: usize) -> Merges {
    let n = |c: &serde_json::Value, k: &str| c[k].as_u64().unwrap() as usize;
    cells
        .iter()
        .filter(|c| n(c, "rowspan") > 1 || n(c, "colspan") > 1)
        .map(|c| {
            let (r, k) = (n(c, "row"), n(c, "col"));
            (
                r,
                k,
                (r + n(c, "rowspan")).min(rows) - 1,
                (k + n(c, "colspan")).min(cols) - 1,
            )
        })
        .filter(|&(r0, c0, r1, c1)| r1 > r0 || c1 > c0)
        .collect()
}

/// A printed figure as a plain decimal (`1,352.27` -> `1352.27`, `(12)` -> `-12`,
/// full-width digits), or None when the text is not one figure.
fn plain_figure(text: &str) -> Option<String> {
    let t: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ',' && *c != '，')
        .map(|c| match c {
            '０'..='９' | '．' | '－' => char::from_u32(c as u32 - 0xFEE0).unwrap(),
            c => c,
        })
        .collect();
    let (neg, body) = if let Some(b) = t.strip_prefix('(').and_then(|b| b.strip_suffix(')')) {
        (true, b)
    } else if let Some(b) = t.strip_prefix('△').or_else(|| t.strip_prefix('-')) {
        (true, b)
    } else {
        (false, t.as_str())
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let ok = !int.is_empty()
        && int.chars().all(|c| c.is_ascii_digit())
        && frac.chars().all(|c| c.is_ascii_digit())
        && !(body.contains('.') && frac.is_empty());
    ok.then(|| format!("{}{body}", if neg { "-" } else { "" }))
}

/// A workbook's sheets: the contents sheet's table_id -> sheet name, then each sheet's grid
/// as text (numbers as the decimal they hold at the CSV's precision), its number cells and
/// its merged ranges.
struct Book {
    sheets: BTreeMap<String, Sheet>,
}

/// A sheet's grid, its number cells and its merged ranges.
type Sheet = (Grid, BTreeSet<(usize, usize)>, Merges);

fn read_book(p: &Path, grids: &BTreeMap<String, Grid>) -> Book {
    let mut wb: Xlsx<_> = open_workbook(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    let contents = wb.worksheet_range("contents").unwrap();
    let mut sheets = BTreeMap::new();
    for row in contents.rows().skip(1) {
        let id = match &row[0] {
            Data::Float(f) => format!("{f}"),
            Data::Int(i) => i.to_string(),
            other => panic!("{}: table_id {other:?}", p.display()),
        };
        let Data::String(name) = &row[1] else {
            panic!("{}: sheet of T{id}", p.display());
        };
        let Some(csv) = grids.get(&id) else {
            continue;
        };
        let range = wb.worksheet_range(name).unwrap();
        let (rows, cols) = (csv.len(), csv.first().map_or(0, Vec::len));
        let mut g = vec![vec![String::new(); cols]; rows];
        let mut numbers = BTreeSet::new();
        for (r, c, v) in range.used_cells() {
            let (r, c) = (
                r + range.start().unwrap().0 as usize,
                c + range.start().unwrap().1 as usize,
            );
            assert!(
                r < rows && c < cols,
                "{} {name}: cell ({r},{c}) outside the grid",
                p.display()
            );
            g[r][c] = match v {
                Data::String(s) => s.clone(),
                Data::Float(f) => {
                    numbers.insert((r, c));
                    // The number at the printed precision: it must give the printed decimal.
                    let want = plain_figure(&csv[r][c]).unwrap_or_else(|| {
                        panic!(
                            "{} {name} ({r},{c}): {:?} is no figure",
                            p.display(),
                            csv[r][c]
                        )
                    });
                    let scale = want.split_once('.').map_or(0, |(_, f)| f.len());
                    assert_eq!(
                        format!("{f:.scale$}"),
                        want,
                        "{} {name} ({r},{c})",
                        p.display()
                    );
                    csv[r][c].clone()
                }
                Data::Empty => String::new(),
                other => panic!("{} {name} ({r},{c}): {other:?}", p.display()),
            };
        }
        let merges = wb
            .merge_cells_by_sheet_name(name)
            .unwrap()
            .iter()
            .map(|d| {
                (
                    d.start.0 as usize,
                    d.start.1 as usize,
                    d.end.0 as usize,
                    d.end.1 as usize,
                )
            })
            .collect();
        sheets.insert(id, (g, numbers, merges));
    }
    Book { sheets }
}

/// A grid from JSON cells (`row`, `col`, `text`): the text at each cell's top-left position.
fn grid_of(cells: &[serde_json::Value], rows: usize, cols: usize) -> Grid {
    let mut g = vec![vec![String::new(); cols]; rows];
    for c in cells {
        let (r, k) = (
            c["row"].as_u64().unwrap() as usize,
            c["col"].as_u64().unwrap() as usize,
        );
        g[r][k] = c["text"].as_str().unwrap().to_string();
    }
    g
}

/// Every table of tables.csv has its grid, equal to the JSON's; every item's printed figure
/// is the text of the grid cell its table_row / table_col name. Returns the grids by
/// (doc_id, first page, rows, cols).
fn grids_follow_the_dataset(out: &Path) -> BTreeMap<(String, u32, usize, usize), Vec<Grid>> {
    let mut by_place: BTreeMap<_, Vec<Grid>> = BTreeMap::new();
    let tables = records(&out.join("tables.csv"));
    let mut grids = BTreeMap::new();
    let mut spans = BTreeMap::new();
    for t in &tables {
        let (doc, id) = (&t["doc_id"], &t["table_id"]);
        let g = grid(&out.join(format!("tables/{doc}/{id}.csv")));
        let (rows, cols): (usize, usize) = (t["rows"].parse().unwrap(), t["cols"].parse().unwrap());
        assert_eq!(g.len(), rows, "{doc} T{id}: rows");
        assert!(g.iter().all(|r| r.len() == cols), "{doc} T{id}: cols");
        let json: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(out.join(format!("json/{doc}.json"))).unwrap(),
        )
        .unwrap();
        let k: usize = id.parse::<usize>().unwrap() - 1;
        let jt = &json["analysis"]["tables"][k]["table"];
        assert_eq!(
            grid_of(jt["cells"].as_array().unwrap(), rows, cols),
            g,
            "{doc} T{id}"
        );
        let first: u32 = t["page_first"].parse().unwrap_or(0);
        by_place
            .entry((doc.clone(), first, rows, cols))
            .or_default()
            .push(g.clone());
        spans.insert(
            (doc.clone(), id.clone()),
            spans_of(jt["cells"].as_array().unwrap(), rows, cols),
        );
        grids.insert((doc.clone(), id.clone()), g);
    }
    let items = records(&out.join("items.csv"));
    assert!(!items.is_empty());
    let mut amounts: BTreeMap<(String, String), BTreeSet<(usize, usize)>> = BTreeMap::new();
    for i in &items {
        let g = &grids[&(i["doc_id"].clone(), i["table_id"].clone())];
        let (r, c): (usize, usize) = (
            i["table_row"].parse().unwrap(),
            i["table_col"].parse().unwrap(),
        );
        let cell = &g[r][c];
        assert!(cell.contains(&i["printed"]), "{:?}: cell {cell:?}", i);
        // A percentage is an item but no amount: text in the workbook.
        if i["amount_yuan"].is_empty() {
            continue;
        }
        amounts
            .entry((i["doc_id"].clone(), i["table_id"].clone()))
            .or_default()
            .insert((r, c));
    }
    // The workbooks: each table's sheet is its grid, merged as the JSON spans, numbers only in
    // the cells of amounts, and every amount printed as a plain figure of at most 15 digits
    // a number.
    let docs: BTreeSet<&String> = tables.iter().map(|t| &t["doc_id"]).collect();
    let (mut numbers, mut plain) = (0, 0);
    for doc in docs {
        let mine: BTreeMap<String, Grid> = grids
            .iter()
            .filter(|((d, _), _)| d == doc)
            .map(|((_, id), g)| (id.clone(), g.clone()))
            .collect();
        let book = read_book(&out.join(format!("tables/{doc}.xlsx")), &mine);
        for (id, csv) in &mine {
            let key = (doc.clone(), id.clone());
            let (g, nums, merges) = book
                .sheets
                .get(id)
                .unwrap_or_else(|| panic!("{doc}.xlsx has no sheet for T{id}"));
            assert_eq!(g, csv, "{doc}.xlsx T{id}: the grid");
            assert_eq!(merges, &spans[&key], "{doc}.xlsx T{id}: merged ranges");
            let cells = amounts.get(&key).cloned().unwrap_or_default();
            assert!(
                nums.is_subset(&cells),
                "{doc}.xlsx T{id}: a number outside the amounts"
            );
            for &(r, c) in &cells {
                let digits = csv[r][c].chars().filter(char::is_ascii_digit).count();
                // 1,352.27 or 0.00, not 012.
                let t = &csv[r][c];
                let simple = t
                    .chars()
                    .all(|ch| ch.is_ascii_digit() || ch == ',' || ch == '.')
                    && !(t.starts_with('0') && t[1..].starts_with(|ch: char| ch.is_ascii_digit()))
                    && digits <= 15;
                if simple && plain_figure(t).is_some() {
                    plain += 1;
                    assert!(
                        nums.contains(&(r, c)),
                        "{doc}.xlsx T{id} ({r},{c}) {t:?}: text, not a number"
                    );
                }
            }
            numbers += nums.len();
        }
    }
    eprintln!("workbooks: {numbers} amounts as numbers ({plain} printed as plain figures)");
    by_place
}

#[test]
fn fixture_tables_as_printed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tmp("fixtures");
    extract(&[root.join("corpus")], &out);
    let grids = grids_follow_the_dataset(&out);
    assert!(!grids.is_empty());
    // A document's grids are replaced whole on the next run, and only its own stay.
    extract(&[root.join("corpus/simple-standard.pdf")], &out);
    // Its folder of CSVs and its workbook.
    let mut left: Vec<String> = std::fs::read_dir(out.join("tables"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left.len(), 2, "{left:?}");
    assert_eq!(format!("{}.xlsx", left[0]), left[1], "{left:?}");
    let _ = std::fs::remove_dir_all(&out);
}

/// The verified golden tables, rebuilt from tables/: how many equal the golden grid cell for
/// cell (text at each top-left position). Those that do not are the tables yusuan reads
/// differently (docs/scorecard.md); the CSVs themselves always equal the JSON (above).
#[test]
fn golden_tables_rebuilt_from_the_grids() {
    let Some(shared) = common::shared("golden tables rebuilt from tables/") else {
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut goldens = Vec::new();
    for dir in ["golden/real", "golden/dept2026"] {
        for e in std::fs::read_dir(root.join(dir)).unwrap().flatten() {
            if e.path().extension().is_some_and(|x| x == "json") {
                let g: serde_json::Value =
                    serde_json::from_str(&std::fs::read_to_string(e.path()).unwrap()).unwrap();
                goldens.push(g);
            }
        }
    }
    let files: Vec<PathBuf> = goldens
        .iter()
        .map(|g| common::need(&shared, &format!("corpus/{}", g["file"].as_str().unwrap())))
        .collect();
    let out = tmp("golden");
    extract(&files, &out);
    let grids = grids_follow_the_dataset(&out);
    let docs = records(&out.join("documents.csv"));
    let (mut total, mut equal) = (0, 0);
    for (g, f) in goldens.iter().zip(&files) {
        let doc = &docs.iter().find(|d| Path::new(&d["file"]) == f).unwrap()["doc_id"];
        for t in g["tables"].as_array().unwrap() {
            total += 1;
            let (rows, cols) = (
                t["n_rows"].as_u64().unwrap() as usize,
                t["n_cols"].as_u64().unwrap() as usize,
            );
            let first = t["pages"][0].as_u64().unwrap() as u32;
            let want = grid_of(t["cells"].as_array().unwrap(), rows, cols);
            if grids
                .get(&(doc.clone(), first, rows, cols))
                .is_some_and(|gs| gs.contains(&want))
            {
                equal += 1;
            } else {
                eprintln!("{}", difference(&grids, doc, first, &want, f));
            }
        }
    }
    eprintln!("golden tables rebuilt from tables/: {equal} of {total} equal the golden grid");
    assert!(total > 0);
    assert!(
        equal >= MIN_EQUAL,
        "{equal} of {total} golden tables rebuilt equal"
    );
    let _ = std::fs::remove_dir_all(&out);
}

/// Why a golden table is not rebuilt: the grids found on its first page, each with its shape
/// and its first cells that differ from the golden grid.
fn difference(
    grids: &BTreeMap<(String, u32, usize, usize), Vec<Grid>>,
    doc: &str,
    first: u32,
    want: &Grid,
    file: &Path,
) -> String {
    let name = file.file_name().unwrap().to_string_lossy();
    let mut s = format!(
        "differs: {name} p{first} golden {}x{}",
        want.len(),
        want[0].len()
    );
    for ((_, _, r, c), gs) in
        grids.range((doc.to_string(), first, 0, 0)..(doc.to_string(), first + 1, 0, 0))
    {
        for g in gs {
            s += &format!("\n    read {r}x{c}:");
            let mut shown = 0;
            for (i, row) in want.iter().enumerate() {
                for (k, w) in row.iter().enumerate() {
                    let got = g.get(i).and_then(|r| r.get(k)).map_or("-", String::as_str);
                    if got != w && shown < 4 {
                        s += &format!(" [{i},{k}] {w:?} read {got:?};");
                        shown += 1;
                    }
                }
            }
        }
    }
    s
}

/// Golden tables whose grid the CSVs rebuild exactly, as measured (tighten when it rises).
const MIN_EQUAL: usize = 250;
