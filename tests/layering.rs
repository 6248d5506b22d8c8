//! Evidence of the layering: pdf < layout < table < budget < dataset < the run
//! (pipeline, batch) < the CLI. A module may name its own layer and those below it, never one
//! above. `share` (the parallel map, which imports nothing) ranks with `table`: the table layer
//! and those above decide parallelism, pdf and layout do not. `ocr` (which drives external
//! programs and imports nothing) is the run's. The pdf layer is a crate of its own
//! (`crates/yusuan-pdf`), which cannot name the main crate at all; inside the main crate this test reads the `crate::` (and
//! root-reaching `super::`) paths of every file under src/.

use std::path::{Path, PathBuf};

/// Top-level modules of the main crate and their layers, lowest first. A new module gets a
/// line here; until it does, `no_lower_layer_imports_a_higher_one` fails.
const LAYERS: &[(&str, u8)] = &[
    ("pdf", 0),
    ("layout", 1),
    ("table", 2),
    ("share", 2),
    ("budget", 3),
    ("dataset", 4),
    ("pipeline", 5),
    ("ocr", 5),
    ("batch", 5),
    ("shard", 5),
    ("run", 5),
    ("inspect", 5),
    ("report", 5),
    ("cli", 6),
    ("main", 6),
];

fn layer(module: &str) -> Option<u8> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|&(_, l)| l)
}

/// The source with comments, string literals and char literals blanked (newlines kept), so
/// that a path in a doc comment or a message is not taken for an import.
fn code_only(src: &str) -> String {
    let b: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let blank = |out: &mut String, c: char| out.push(if c == '\n' { '\n' } else { ' ' });
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < b.len() && b[i] != '\n' {
                blank(&mut out, b[i]);
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < b.len() {
                if b[i] == '/' && b.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if b[i] == '*' && b.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    blank(&mut out, b[i]);
                    i += 1;
                }
            }
        } else if c == 'r' && matches!(next, Some('"' | '#')) && !ident_before(&b, i) {
            // Raw string r"…" or r#"…"#.
            let hashes = b[i + 1..].iter().take_while(|&&h| h == '#').count();
            if b.get(i + 1 + hashes) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            let end: String = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            let body = i + 2 + hashes;
            let close = src_find(&b, body, &end).unwrap_or(b.len());
            for &ch in &b[i..(close + end.len()).min(b.len())] {
                blank(&mut out, ch);
            }
            i = close + end.len();
        } else if c == '"' {
            blank(&mut out, c);
            i += 1;
            while i < b.len() && b[i] != '"' {
                let step = if b[i] == '\\' { 2 } else { 1 };
                for &ch in b.iter().skip(i).take(step) {
                    blank(&mut out, ch);
                }
                i += step;
            }
            out.push(' ');
            i += 1;
        } else if c == '\'' {
            // A char literal ('x', '\n', '\u{..}'), not a lifetime ('a).
            let len = if next == Some('\\') {
                b[i + 2..].iter().position(|&ch| ch == '\'').map(|p| p + 3)
            } else if b.get(i + 2) == Some(&'\'') {
                Some(3)
            } else {
                None
            };
            match len {
                Some(n) => {
                    out.extend(std::iter::repeat_n(' ', n));
                    i += n;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn ident_before(b: &[char], i: usize) -> bool {
    i > 0 && (b[i - 1].is_alphanumeric() || b[i - 1] == '_')
}

fn src_find(b: &[char], from: usize, pat: &str) -> Option<usize> {
    let p: Vec<char> = pat.chars().collect();
    (from..b.len()).find(|&k| b[k..].starts_with(&p))
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Path, // ::
    Open,
    Close,
    Comma,
    Other,
}

fn tokens(code: &str) -> Vec<(usize, Tok)> {
    let mut out = Vec::new();
    for (n, line) in code.lines().enumerate() {
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c.is_alphabetic() || c == '_' {
                let start = i;
                while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                out.push((n + 1, Tok::Ident(chars[start..i].iter().collect())));
                continue;
            }
            let tok = match c {
                ':' if chars.get(i + 1) == Some(&':') => {
                    i += 1;
                    Tok::Path
                }
                '{' => Tok::Open,
                '}' => Tok::Close,
                ',' => Tok::Comma,
                c if c.is_whitespace() => {
                    i += 1;
                    continue;
                }
                _ => Tok::Other,
            };
            out.push((n + 1, tok));
            i += 1;
        }
    }
    out
}

/// The first segment of each path that starts at `toks[at]`: one name, or one per element
/// of a `{…}` group.
fn heads(toks: &[(usize, Tok)], at: usize) -> Vec<String> {
    match toks.get(at) {
        Some((_, Tok::Ident(name))) => vec![name.clone()],
        Some((_, Tok::Open)) => {
            let (mut depth, mut expect, mut out) = (0, true, Vec::new());
            for (_, t) in &toks[at..] {
                match t {
                    Tok::Open => depth += 1,
                    Tok::Close => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    Tok::Comma if depth == 1 => expect = true,
                    Tok::Ident(name) if depth == 1 && expect => {
                        out.push(name.clone());
                        expect = false;
                    }
                    _ if depth == 1 => expect = false,
                    _ => {}
                }
            }
            out
        }
        _ => Vec::new(),
    }
}

/// The top-level modules a file names (line, module): every `crate::x`, every `crate::{x, …}`,
/// and every `super::` chain that climbs to the crate root from `depth`, the file's module
/// depth (1 for `src/batch.rs` or `src/table/mod.rs`, 2 for `src/table/merge.rs`), counting
/// the inline modules (`mod tests { … }`) it is inside.
fn named_modules(src: &str, depth: usize) -> Vec<(usize, String)> {
    let toks = tokens(&code_only(src));
    let mut out = Vec::new();
    let mut braces = 0usize;
    let mut inline: Vec<usize> = Vec::new(); // brace depth at which each inline module opened
    let mut i = 0;
    while i < toks.len() {
        let (line, t) = &toks[i];
        let after_path = i > 0 && toks[i - 1].1 == Tok::Path;
        match t {
            Tok::Open => braces += 1,
            Tok::Close => {
                braces = braces.saturating_sub(1);
                if inline.last() == Some(&braces) {
                    inline.pop();
                }
            }
            Tok::Ident(w) if w == "mod" => {
                if let (Some((_, Tok::Ident(_))), Some((_, Tok::Open))) =
                    (toks.get(i + 1), toks.get(i + 2))
                {
                    inline.push(braces);
                }
            }
            Tok::Ident(w)
                if w == "crate"
                    && !after_path
                    && toks.get(i + 1).map(|t| &t.1) == Some(&Tok::Path) =>
            {
                out.extend(heads(&toks, i + 2).into_iter().map(|m| (*line, m)));
            }
            Tok::Ident(w) if w == "super" && !after_path => {
                let mut k = i;
                let mut ups = 0;
                while let (Some((_, Tok::Ident(s))), Some((_, Tok::Path))) =
                    (toks.get(k), toks.get(k + 1))
                {
                    if s != "super" {
                        break;
                    }
                    ups += 1;
                    k += 2;
                }
                if ups > 0 && ups >= depth + inline.len() {
                    out.extend(heads(&toks, k).into_iter().map(|m| (*line, m)));
                }
                i = k.max(i + 1);
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Imports of a higher layer in the file at `rel` (below src/), as messages; an error when
/// the file's own module or a module it names has no layer.
fn violations(rel: &str, src: &str) -> Vec<String> {
    let parts: Vec<&str> = rel.trim_end_matches(".rs").split('/').collect();
    let own = parts[0];
    if own == "lib" {
        return Vec::new(); // the root declares every module
    }
    let Some(mine) = layer(own) else {
        return vec![format!(
            "src/{rel}: module `{own}` has no layer in tests/layering.rs"
        )];
    };
    let depth = parts.len() - usize::from(parts.last() == Some(&"mod"));
    named_modules(src, depth)
        .into_iter()
        .filter_map(|(line, m)| match layer(&m) {
            Some(l) if l > mine => Some(format!(
                "src/{rel}:{line}: `{own}` (layer {mine}) names `{m}` (layer {l})"
            )),
            Some(_) => None,
            // Names at the crate root that are not modules (a macro, `self`) are no layer.
            None if m == "self" || m.chars().next().is_some_and(char::is_uppercase) => None,
            None => Some(format!(
                "src/{rel}:{line}: `{m}` has no layer in tests/layering.rs"
            )),
        })
        .collect()
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn no_lower_layer_imports_a_higher_one() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = rust_files(&src);
    assert!(files.len() > 20, "{} files under src/", files.len());
    let mut bad = Vec::new();
    let mut names = 0;
    for f in &files {
        let rel = f
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(f).unwrap();
        names += named_modules(&text, 1).len();
        bad.extend(violations(&rel, &text));
    }
    assert!(
        names > 50,
        "only {names} crate paths found: the scanner is broken"
    );
    assert!(bad.is_empty(), "layering violations:\n{}", bad.join("\n"));
}

/// The pdf crate cannot name the main crate, and leaves parallelism to its callers.
#[test]
fn the_pdf_crate_stands_alone() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/yusuan-pdf");
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    let deps: Vec<&str> = manifest
        .split("\n[")
        .filter(|s| s.contains("dependencies]"))
        .flat_map(|s| s.lines().skip(1))
        .filter_map(|l| l.split(['=', '.', ' ']).next())
        .filter(|d| !d.is_empty())
        .collect();
    assert!(deps.contains(&"lopdf"), "{deps:?}");
    for d in ["yusuan", "rayon"] {
        assert!(!deps.contains(&d), "yusuan-pdf depends on {d}");
    }
    for f in rust_files(&dir.join("src")) {
        let code = code_only(&std::fs::read_to_string(&f).unwrap());
        for word in ["rayon", "thread::spawn", "thread::scope", "yusuan::"] {
            assert!(!code.contains(word), "{}: {word}", f.display());
        }
    }
}

#[test]
fn the_checker_catches_planted_violations() {
    let one = |rel: &str, src: &str| {
        let v = violations(rel, src);
        assert_eq!(v.len(), 1, "{rel}: {src:?} -> {v:?}");
        v.into_iter().next().unwrap()
    };
    let none =
        |rel: &str, src: &str| assert_eq!(violations(rel, src), Vec::<String>::new(), "{src:?}");
    // The violation main had before the pdf layer became a crate (src/pdf/health.rs).
    assert!(
        one(
            "pdf/health.rs",
            "let results = crate::share::map(&numbers, |&n| match doc.check_deadline() {"
        )
        .contains("`pdf` (layer 0) names `share` (layer 2)")
    );
    // A plain import, a group, a path in an expression, a root-reaching super.
    assert!(one("table/merge.rs", "use crate::budget::kind::Kind;\n").contains("names `budget`"));
    assert!(
        one(
            "layout/lines.rs",
            "use crate::{pdf::Rect, table::{Table, Cell}};"
        )
        .contains("`table`")
    );
    assert!(one("budget/facts.rs", "fn f() { crate::batch::run(); }").contains(":1: `budget`"));
    assert!(one("table/mod.rs", "use super::dataset::Row;").contains("`dataset`"));
    assert!(
        one(
            "dataset/mod.rs",
            "mod tests {\n    use super::super::pipeline::process;\n}"
        )
        .contains(":2:")
    );
    assert!(one("text.rs", "use crate::pdf::Rect;").contains("no layer"));
    // Allowed: lower and own layers; super inside the module; paths in comments and strings.
    none(
        "budget/facts.rs",
        "use crate::table::{Table, header}; use crate::pdf::Rect;",
    );
    none(
        "table/merge.rs",
        "mod tests { use super::super::header::x; }\nuse super::Table;",
    );
    none(
        "layout/lines.rs",
        "// see crate::table::x\nlet s = \"crate::budget\"; let r = r#\"crate::cli\"#;",
    );
    none(
        "pipeline.rs",
        "use crate::budget::document::{analyse, doc_id}; pub(crate) fn f<'a>(c: char) { let _ = '{'; }",
    );
    none("main.rs", "use yusuan::batch::run;");
    none(
        "table/mod.rs",
        "let per_page = crate::share::map(pages, |p| candidates(p));",
    );
    assert!(one("layout/lines.rs", "crate::share::map(&lines, f)").contains("`share`"));
}
