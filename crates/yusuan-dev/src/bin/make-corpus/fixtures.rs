//! The corpus: one function per file.

use std::rc::Rc;

use crate::canvas::Canvas;
use crate::data::*;
use crate::fonts::{CidSpec, CidToGid, Cids, Cmap, Codespace, Font, Kind, SimpleEnc, ToUni};
use crate::geom::M;
use crate::model::{Golden, TableGolden};
use crate::pdf::{PageSetup, Pdf};
use crate::table::{Align, Rule, Table, cell};
use lopdf::dictionary;

pub struct Fixture {
    pub name: &'static str,
    pub pdf: Vec<u8>,
    pub golden: Golden,
}

pub static ALL: &[fn() -> Fixture] = &[
    f01_simple_winansi,
    f02_simple_standard,
    f03_simple_macroman,
    f04_simple_differences,
    f05_truetype_tounicode_1byte,
    f06_type0_identity_h_tounicode,
    f07_type0_identity_v,
    f08_type0_cmap_mixed,
    f09_type0_cmap_4byte,
    f10_cmap_unigb_ucs2,
    f11_cmap_unigb_utf16,
    f12_cmap_gbk_euc,
    f13_cmap_gb_euc,
    f14_cmap_gbk2k,
    f15_cid_gb1_no_tounicode,
    f16_truetype_cidtogid_stream,
    f17_truetype_cidtogid_identity,
    f18_fontname_gbk_bytes,
    f19_undecodable,
    f20_landscape_rotate_a3,
    f21_forms_nested,
    f22_scan_ocr_image_only,
    f23_multipage_yuan,
];

const MARGIN: f64 = 30.0;

/// Form number (top right), centred title, 部门名称 line with the unit at the right.
/// Returns the y where the table starts.
fn heading(
    c: &mut Canvas,
    tf: &Rc<Font>,
    bf: &Rc<Font>,
    form_no: &str,
    title: &str,
    unit: &str,
) -> f64 {
    let top = c.height - 36.0;
    let w = c.width;
    if !form_no.is_empty() {
        c.text_right(bf, 9.0, w - MARGIN, top, form_no);
    }
    c.text_center(tf, 16.0, w / 2.0, top - 30.0, title);
    c.text(bf, 9.0, MARGIN, top - 54.0, DEPT_LINE);
    if !unit.is_empty() {
        c.text_right(bf, 9.0, w - MARGIN, top - 54.0, unit);
    }
    top - 64.0
}

/// Greedy line breaking by advance width.
fn wrap(font: &Font, size: f64, text: &str, width: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    for ch in text.chars() {
        let mut t = cur.clone();
        t.push(ch);
        if font.text_width(&t, size) > width && !cur.is_empty() {
            lines.push(std::mem::take(&mut cur));
        }
        cur.push(ch);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

/// A note under a table, wrapped; returns the y below it.
fn note(c: &mut Canvas, font: &Rc<Font>, size: f64, top: f64, text: &str) -> f64 {
    let width = c.width - 2.0 * MARGIN;
    let mut y = top - 1.6 * size;
    for line in wrap(font, size, text, width) {
        c.text(font, size, MARGIN, y, &line);
        y -= 1.6 * size;
    }
    y
}

#[allow(clippy::too_many_arguments)]
fn table_golden(
    title: &str,
    form_no: &str,
    unit: &str,
    t: &Table,
    cells: Vec<Vec<String>>,
    with_header: bool,
    continued: bool,
    note: &str,
) -> TableGolden {
    TableGolden {
        title: title.to_string(),
        form_no: form_no.to_string(),
        unit: unit.to_string(),
        department: DEPT.to_string(),
        ruling: t.rule.name().to_string(),
        shaded: t.shade_header || !t.shade_rows.is_empty(),
        header_rows: if with_header { t.header_rows } else { 0 },
        cells,
        continued,
        note: note.to_string(),
    }
}

fn rows<const N: usize>(src: &[[&str; N]]) -> Vec<Vec<String>> {
    src.iter().map(|r| s(r)).collect()
}

fn type0(
    pdf: &mut Pdf,
    name: &str,
    cmap: Cmap,
    cids: Cids,
    ordering: &'static str,
    tu: Option<ToUni>,
) -> Rc<Font> {
    let mut spec = CidSpec::new(cmap, cids, ordering, name.as_bytes());
    spec.tounicode = tu;
    pdf.font(name.as_bytes(), Kind::Cid(spec))
}

// ---------------------------------------------------------------------------------------------

fn f06_type0_identity_h_tounicode() -> Fixture {
    let name = "type0-identity-h-tounicode";
    let mut pdf = Pdf::new(true);
    let f_char = type0(
        &mut pdf,
        "ABCDEF+SimHei",
        Cmap::IdentityH,
        Cids::Sequential,
        "Identity",
        Some(ToUni::BfChar),
    );
    let f_range = type0(
        &mut pdf,
        "BCDEFG+SimSun",
        Cmap::IdentityH,
        Cids::Sequential,
        "Identity",
        Some(ToUni::BfRange),
    );
    let f_array = type0(
        &mut pdf,
        "CDEFGH+KaiTi",
        Cmap::IdentityH,
        Cids::Sequential,
        "Identity",
        Some(ToUni::BfRangeArray),
    );
    let title = "2022年部门收支预算表";
    let form_no = "预算01表";
    let mut t = Table::new(
        vec![170.0, 80.0, 200.0, 80.0],
        vec![Align::Left, Align::Right, Align::Left, Align::Right],
        &f_range,
        9.0,
    )
    .header(
        2,
        vec![
            cell(0, 0, 1, 2, "收入"),
            cell(0, 2, 1, 2, "支出"),
            cell(1, 0, 1, 1, "项目"),
            cell(1, 1, 1, 1, "金额"),
            cell(1, 2, 1, 1, "项目"),
            cell(1, 3, 1, 1, "金额"),
        ],
    )
    .body_rows(rows(SHOUZHI));
    t.header_font = f_array.clone();
    t.pitch = 18.0;
    t.rule = Rule::Stroke;
    pdf.page(PageSetup::a4(), |c| {
        let top = heading(c, &f_char, &f_char, form_no, title, UNIT_WAN);
        let x = (c.width - t.width()) / 2.0;
        let (_, cells) = t.draw(c, x, top, 0..t.body.len(), true);
        c.model.tables.push(table_golden(
            title, form_no, UNIT_WAN, &t, cells, true, false, "",
        ));
    });
    let (bytes, golden) = pdf.finish(
        name,
        "收支总表 (two-half 收入|支出 table) ruled with stroked lines; three Type0 Identity-H fonts, Ordering Identity, CIDs given out in order of first use, not embedded: the heading in a font whose ToUnicode uses bfchar, the header cells bfrange with array destinations, the body bfrange with string destinations.",
        &["type0/Identity-H/ToUnicode-bfchar", "type0/Identity-H/ToUnicode-bfrange", "type0/Identity-H/ToUnicode-bfrange-array"],
        &["table/two-half", "ruling/stroke-m-l-S", "unit/万元", "heading/form-no", "heading/department"],
    );
    Fixture {
        name,
        pdf: bytes,
        golden,
    }
}

fn std14(pdf: &mut Pdf, name: &str, enc: SimpleEnc, widths: bool) -> Rc<Font> {
    let times = name.starts_with("Times");
    pdf.font(name.as_bytes(), Kind::Std14 { enc, widths, times })
}

/// Advance of `s` with character spacing `tc`, word spacing `tw` (applies to the single-byte
/// code 32) and horizontal scaling `tz` percent.
fn adv(f: &Font, size: f64, s: &str, tc: f64, tw: f64, tz: f64) -> f64 {
    s.chars()
        .map(|ch| {
            (f.width(ch) * size / 1000.0 + tc + if ch == ' ' { tw } else { 0.0 }) * tz / 100.0
        })
        .sum()
}

/// A table of English rows drawn with no rules (a stream table).
fn latin_table(
    font: &Rc<Font>,
    size: f64,
    cols: Vec<f64>,
    aligns: Vec<Align>,
    header: &[&str],
    body: Vec<Vec<String>>,
    rule: Rule,
) -> Table {
    let n = cols.len();
    let mut t = Table::new(cols, aligns, font, size)
        .header(1, (0..n).map(|i| cell(0, i, 1, 1, header[i])).collect())
        .body_rows(body);
    t.pitch = size * 1.7;
    t.rule = rule;
    t
}

fn f01_simple_winansi() -> Fixture {
    let name = "simple-winansi";
    let mut pdf = Pdf::new(false);
    let hb = std14(&mut pdf, "Helvetica-Bold", SimpleEnc::WinAnsi, true);
    let h = std14(&mut pdf, "Helvetica", SimpleEnc::WinAnsi, true);
    let t = std14(&mut pdf, "Times-Roman", SimpleEnc::WinAnsi, true);
    let title = "Table 1 \u{2013} Revenue and expenditure summary";
    let table = latin_table(
        &t,
        10.0,
        vec![160.0, 70.0, 170.0, 70.0],
        vec![Align::Left, Align::Right, Align::Left, Align::Right],
        &["Revenue", "Amount", "Expenditure", "Amount"],
        vec![
            s(&[
                "General public budget",
                "1,352.27",
                "General public services",
                "1,193.81",
            ]),
            s(&[
                "of which: appropriation",
                "1,352.27",
                "Social security and employment",
                "93.21",
            ]),
            s(&["Government fund budget", "", "Health", "65.25"]),
            s(&["Total revenue", "1,352.27", "Total expenditure", "1,352.27"]),
        ],
        Rule::None,
    );
    pdf.page(PageSetup::a4(), |c| {
        let w = c.width;
        c.text_center(&hb, 14.0, w / 2.0, 790.0, "Xinxiang Bureau of Government Services and Big Data");
        c.text(&h, 10.0, 50.0, 764.0, "2022 Department Budget \u{2013} unit: 10,000 yuan");
        c.text(&h, 10.0, 50.0, 746.0, "\u{201C}Open budget\u{201D} release: caf\u{e9} r\u{e9}sum\u{e9} of figures; \u{20AC}1 = \u{A5}7.08 (reference only)");
        c.text(&hb, 10.0, 50.0, 722.0, title);
        let (bottom, cells) = table.draw(c, 50.0, 714.0, 0..table.body.len(), true);
        c.model.tables.push(table_golden(title, "", "10,000 yuan", &table, cells, true, false, ""));

        // Content-stream operators, each in q/Q because text state outlives BT/ET.
        let mut y = bottom - 36.0;
        let f1 = c.use_font(&h);
        let f2 = c.use_font(&t);
        // TJ with kerning adjustments (positive: closer, negative: wider)
        let parts = [("Re", 30.0), ("venue", -120.0), ("total", -400.0), ("1,352.27", 0.0)];
        let mut tj = String::from("[");
        let mut advance = 0.0;
        for (p, k) in parts {
            tj.push_str(&h.token(p));
            advance += h.text_width(p, 11.0);
            if k != 0.0 {
                tj.push_str(&format!(" {k} "));
                advance -= k / 1000.0 * 11.0;
            }
        }
        tj.push(']');
        c.raw(&format!("q\nBT\n/{f1} 11 Tf\n50 {y} Td\n{tj} TJ\nET\nQ\n"));
        c.record(&h, 50.0, y, 11.0, advance, "Revenuetotal1,352.27", false);
        y -= 24.0;
        // Tc, Tw, Tz
        let line = "Basic expenditure 953.86";
        c.raw(&format!("q\nBT\n/{f1} 11 Tf\n1.5 Tc\n4 Tw\n80 Tz\n50 {y} Td\n{} Tj\nET\nQ\n", h.token(line)));
        c.record(&h, 50.0, y, 11.0, adv(&h, 11.0, line, 1.5, 4.0, 80.0), line, false);
        y -= 24.0;
        // TL with T*, ' and "
        let l1 = "Project expenditure 398.41";
        let l2 = "Personnel funds 884.87";
        let l3 = "Public funds 68.99";
        let l4 = "Reception costs 1.00";
        c.raw(&format!(
            "q\nBT\n/{f2} 10 Tf\n18 TL\n50 {y} Td\n{} Tj\nT*\n{} Tj\n{} '\n2 0.5 {} \"\nET\nQ\n",
            t.token(l1), t.token(l2), t.token(l3), t.token(l4)
        ));
        c.record(&t, 50.0, y, 10.0, t.text_width(l1, 10.0), l1, false);
        c.record(&t, 50.0, y - 18.0, 10.0, t.text_width(l2, 10.0), l2, false);
        c.record(&t, 50.0, y - 36.0, 10.0, t.text_width(l3, 10.0), l3, false);
        c.record(&t, 50.0, y - 54.0, 10.0, adv(&t, 10.0, l4, 0.5, 2.0, 100.0), l4, false);
        y -= 54.0 + 24.0;
        // Ts: a superscript by text rise
        let a = "Office area 1,200 m";
        c.raw(&format!("q\nBT\n/{f2} 10 Tf\n50 {y} Td\n{} Tj\n3 Ts\n{} Tj\n0 Ts\nET\nQ\n", t.token(a), t.token("2")));
        let aw = t.text_width(a, 10.0);
        c.record(&t, 50.0, y, 10.0, aw, a, false);
        c.record(&t, 50.0 + aw, y, 10.0, t.text_width("2", 10.0), "2", false);
        y -= 28.0;
        // size from Tm: 1 Tf, 12 in the matrix
        let m = "Scaled by Tm to 12 pt";
        c.raw(&format!("q\nBT\n/{f1} 1 Tf\n12 0 0 12 50 {y} Tm\n{} Tj\nET\nQ\n", h.token(m)));
        c.record(&h, 50.0, y, 12.0, h.text_width(m, 12.0), m, false);
        y -= 30.0;
        // size from the CTM: 8 Tf under a 1.5 cm
        let m2 = "Scaled by cm: 8 pt x 1.5";
        c.q();
        c.cm(M([1.5, 0.0, 0.0, 1.5, 50.0, y]));
        c.raw(&format!("BT\n/{f2} 8 Tf\n0 0 Td\n{} Tj\nET\n", t.token(m2)));
        c.record(&t, 0.0, 0.0, 8.0, t.text_width(m2, 8.0), m2, false);
        c.Q();
    });
    let (bytes, golden) = pdf.finish(
        name,
        "Latin text in standard 14 fonts with /Encoding /WinAnsiEncoding and /Widths (Helvetica, Helvetica-Bold, Times-Roman, not embedded): non-ASCII characters (en dash, curly quotes, e acute, euro, yen), an unruled stream table, and text-state operators: TJ with kerning, Tc/Tw/Tz, TL with T*, ' and \", Ts rise, size from Tm, size from cm.",
        &["simple/Type1/WinAnsiEncoding"],
        &["table/unruled", "op/TJ-kerning", "op/Tc", "op/Tw", "op/Tz", "op/TL", "op/T*", "op/quote", "op/doublequote", "op/Ts", "scale/Tm", "scale/cm"],
    );
    Fixture {
        name,
        pdf: bytes,
        golden,
    }
}

fn f02_simple_standard() -> Fixture {
    let name = "simple-standard";
    let mut pdf = Pdf::new(false);
    let h = std14(&mut pdf, "Helvetica", SimpleEnc::Standard, false);
    let t = std14(&mut pdf, "Times-Roman", SimpleEnc::Standard, true);
    let title = "Table 6 \u{2013} Basic expenditure by economic classification";
    let note_text = "Note: figures as printed in the department\u{2019}s 2022 budget; \u{2018}basic\u{2019} excludes project spending.";
    let table = latin_table(
        &t,
        10.0,
        vec![50.0, 210.0, 80.0, 80.0, 80.0],
        vec![
            Align::Left,
            Align::Left,
            Align::Right,
            Align::Right,
            Align::Right,
        ],
        &["Code", "Item", "Total", "Personnel", "Public funds"],
        vec![
            s(&["", "Total", "953.86", "884.87", "68.99"]),
            s(&["301", "Wages and benefits", "855.15", "855.15", ""]),
            s(&["302", "Goods and services", "68.99", "", "68.99"]),
            s(&[
                "303",
                "Subsidies to individuals and families",
                "29.72",
                "29.72",
                "",
            ]),
        ],
        Rule::Partial,
    );
    pdf.page(PageSetup::a4(), |c| {
        c.text(&h, 14.0, 50.0, 790.0, "The department\u{2019}s basic expenditure \u{2014} 2022");
        c.text(&t, 10.0, 50.0, 766.0, "\u{201C}Personnel\u{201D} and \u{201C}public\u{201D} funds \u{2022} basic expenditure \u{FB01}gures \u{FB02}ow from Table 6");
        c.text(&h, 10.0, 50.0, 742.0, title);
        let (bottom, cells) = table.draw(c, 50.0, 732.0, 0..table.body.len(), true);
        c.text(&t, 9.0, 50.0, bottom - 16.0, note_text);
        c.model.tables.push(table_golden(title, "", "10,000 yuan", &table, cells, true, false, note_text));
    });
    let (bytes, golden) = pdf.finish(
        name,
        "Standard 14 fonts with no /Encoding (the built-in StandardEncoding: quoteright at 0x27, quoteleft at 0x60, fi and fl ligatures at 0xAE/0xAF, bullet, dashes, curly double quotes); Helvetica also has no /Widths (built-in metrics needed). A partly ruled table (outer box and the rule under the header) and a note.",
        &["simple/Type1/StandardEncoding-implicit", "simple/Type1/no-Widths"],
        &["table/partly-ruled", "ruling/rect-stroke", "ruling/stroke-m-l-S", "ligature/fi-fl", "note"],
    );
    Fixture {
        name,
        pdf: bytes,
        golden,
    }
}

fn f03_simple_macroman() -> Fixture {
    let name = "simple-macroman";
    let mut pdf = Pdf::new(false);
    let t = std14(&mut pdf, "Times-Roman", SimpleEnc::MacRoman, true);
    let title = "D\u{e9}penses de fonctionnement \u{2013} 2022";
    let table = latin_table(
        &t,
        11.0,
        vec![260.0, 90.0],
        vec![Align::Left, Align::Right],
        &["Poste", "Montant"],
        vec![
            s(&["Salaires et prestations", "855.15"]),
            s(&["Biens et services", "68.99"]),
            s(&["Aides aux m\u{e9}nages", "29.72"]),
            s(&["Total g\u{e9}n\u{e9}ral", "953.86"]),
        ],
        Rule::None,
    );
    pdf.page(PageSetup::a4(), |c| {
        c.text(&t, 16.0, 50.0, 790.0, title);
        c.text(&t, 11.0, 50.0, 764.0, "Unit\u{e9} : 10 000 yuans \u{2014} \u{201C}budget ouvert\u{201D}, \u{2018}Z\u{fc}rich\u{2019} \u{c9}dition");
        c.text(&t, 11.0, 50.0, 744.0, "Salle serveur : 22 \u{b0}C \u{2022} contr\u{f4}le \u{a9} 2022 \u{2022} \u{c4}rger \u{e8}re \u{a5} 0");
        let (_, cells) = table.draw(c, 50.0, 724.0, 0..table.body.len(), true);
        c.model.tables.push(table_golden(title, "", "10 000 yuans", &table, cells, true, false, ""));
    });
    let (bytes, golden) = pdf.finish(
        name,
        "Times-Roman (not embedded) with /Encoding /MacRomanEncoding and /Widths: French text with accented letters, dashes, curly quotes, degree, bullet, copyright, yen; an unruled two-column table.",
        &["simple/Type1/MacRomanEncoding"],
        &["table/unruled"],
    );
    Fixture {
        name,
        pdf: bytes,
        golden,
    }
}

fn f04_simple_differences() -> Fixture {
    let name = "simple-differences";
    let mut pdf = Pdf::new(false);
    let diffs = vec![
        (0x24, "yen", '\u{a5}'),
        (0x80, "uni4E2D", '中'),
        (0x81, "uni592E", '央'),
        (0x82, "uni8D22", '财'),
        (0x83, "uni653F", '政'),
        (0x84, "uni9884", '预'),
        (0x85, "uni7B97", '算'),
        (0x86, "fi", '\u{FB01}'),
        (0x87, "fl", '\u{FB02}'),
        (0x88, "Euro", '\u{20AC}'),
        (0x89, "afii61352", '\u{2116}'),
        (0x8A, "onehalf", '\u{BD}'),
        (0x8B, "afii10017", '\u{410}'),
        (0x8C, "uni00E9", '\u{e9}'),
        (0x8D, "uni5E74", '年'),
    ];
    let h = std14(&mut pdf, "Helvetica", SimpleEnc::Differences(diffs), true);
    let t = std14(&mut pdf, "Times-Roman", SimpleEnc::WinAnsi, true);
    pdf.page(PageSetup::a4(), |c| {
        c.text(&t, 14.0, 50.0, 790.0, "Glyph names through /Differences");
        c.text(&h, 12.0, 50.0, 760.0, "中央财政预算 2022年");
        c.text(
            &h,
            12.0,
            50.0,
            736.0,
            "\u{FB01}nal \u{FB02}ow \u{2116} 7 \u{BD} share",
        );
        c.text(
            &h,
            12.0,
            50.0,
            712.0,
            "\u{20AC} 5, \u{a5} 36, \u{410} 1, caf\u{e9}",
        );
        c.text(
            &t,
            10.0,
            50.0,
            688.0,
            "Base encoding (WinAnsi) codes stay as they are: 1,352.27",
        );
    });
    let (bytes, golden) = pdf.finish(
        name,
        "Helvetica (not embedded) whose /Encoding is a dictionary: /BaseEncoding /WinAnsiEncoding with /Differences naming glyphs by uniXXXX names (uni4E2D 中 ...), AGL names (afii61352, afii10017, onehalf, Euro), ligatures fi and fl, and yen replacing dollar at 0x24. Renderers have no CJK glyphs in Helvetica: the Chinese shows as blanks or boxes, text extraction must still give it.",
        &["simple/Type1/Differences-uniXXXX", "simple/Type1/Differences-AGL", "simple/Type1/Differences-ligatures"],
        &["ligature/fi-fl"],
    );
    Fixture {
        name,
        pdf: bytes,
        golden,
    }
}

fn f05_truetype_tounicode_1byte() -> Fixture {
    let name = "truetype-tounicode-1byte";
    let mut pdf = Pdf::new(true);
    let hei = pdf.font(b"SimHei", Kind::TrueTypeSeq);
    let song = pdf.font(b"SimSun", Kind::TrueTypeSeq);
    let title = "2022年一般公共预算“三公”经费预算表";
    let form_no = "预算08表";
    let mut t = Table::new(vec![88.0; 6], vec![Align::Right; 6], &song, 9.0)
        .header(
            2,
            vec![
                cell(0, 0, 2, 1, "“三公”经费合计"),
                cell(0, 1, 2, 1, "因公出国（境）费"),
                cell(0, 2, 1, 3, "公务用车购置及运行费"),
                cell(0, 5, 2, 1, "公务接待费"),
                cell(1, 2, 1, 1, "小计"),
                cell(1, 3, 1, 1, "公务用车购置费"),
                cell(1, 4, 1, 1, "公务用车运行费"),
            ],
        )
        .body_rows(vec![s(&SANGONG)]);
    t.pitch = 20.0;
    t.rule = Rule::ThinRect;
    pdf.page(PageSetup::a4(), |c| {
        let top = heading(c, &hei, &song, form_no, title, UNIT_WAN);
        let x = (c.width - t.width()) / 2.0;
        let (bottom, cells) = t.draw(c, x, top, 0..1, true);
        note(c, &song, 9.0, bottom - 4.0, SANGONG_NOTE);
        c.model.tables.push(table_golden(
            title,
            form_no,
            UNIT_WAN,
            &t,
            cells,
            true,
            false,
            SANGONG_NOTE,
        ));
    });
    let (bytes, golden) = pdf.finish(
        name,
        "WPS-style simple TrueType fonts (SimHei, SimSun; not embedded, no /Encoding) whose one-byte codes are given out in order of first use from 0x21, so they are not the characters' own codes; a ToUnicode CMap with a one-byte codespace is the only way to decode them (a decoder falling back to a standard encoding prints ASCII punctuation and letters). 三公经费表 with a two-row merged header, ruled with thin filled rectangles, and a wrapped 注： note.",
        &["simple/TrueType/ToUnicode-1byte-codespace"],
        &["table/three-public", "ruling/thin-rect-re-f", "unit/万元", "heading/form-no", "heading/department", "note"],
    );
    Fixture {
        name,
        pdf: bytes,
        golden,
    }
}

/// Type0 font with an Adobe-GB1 CIDFont (not embedded).
fn gb1_font(
    pdf: &mut Pdf,
    type0_name: &str,
    cid_name: &str,
    cmap: Cmap,
    cids: Cids,
    tu: Option<ToUni>,
    type2: bool,
) -> Rc<Font> {
    let mut spec = CidSpec::new(cmap, cids, "GB1", cid_name.as_bytes());
    spec.tounicode = tu;
    spec.type2 = type2;
    pdf.font(type0_name.as_bytes(), Kind::Cid(spec))
}

/// A predefined-CMap font: Type0 BaseFont is the CIDFont name, a hyphen and the CMap name.
fn predefined(pdf: &mut Pdf, cid_name: &str, cmap: &'static str) -> Rc<Font> {
    let t0 = format!("{cid_name}-{cmap}");
    gb1_font(
        pdf,
        &t0,
        cid_name,
        Cmap::Predefined(cmap),
        Cids::Gb1,
        None,
        false,
    )
}

/// A vertical column of text: top centre of the first glyph at (x, top).
fn column(c: &mut Canvas, f: &Rc<Font>, size: f64, x: f64, top: f64, text: &str) {
    assert!(f.is_vertical());
    c.text(f, size, x, top, text);
}

fn f07_type0_identity_v() -> Fixture {
    let name = "type0-identity-v";
    let mut pdf = Pdf::new(true);
    let h = gb1_font(
        &mut pdf,
        "SimHei",
        "SimHei",
        Cmap::IdentityH,
        Cids::Gb1,
        Some(ToUni::BfChar),
        true,
    );
    let v = gb1_font(
        &mut pdf,
        "FangSong",
        "FangSong",
        Cmap::IdentityV,
        Cids::Gb1,
        Some(ToUni::BfRange),
        true,
    );
    pdf.page(PageSetup::a4(), |c| {
        let w = c.width;
        c.text_center(&h, 22.0, w / 2.0, 770.0, "2022年部门预算公开");
        // columns read right to left on the page; golden lists them left to right
        column(c, &v, 24.0, 380.0, 700.0, "新乡市政务服务和大数据管理局");
        column(c, &v, 24.0, 300.0, 700.0, "二〇二二年度部门预算");
        column(c, &v, 18.0, 230.0, 700.0, "二〇二二年四月");
        c.text_center(
            &h,
            12.0,
            w / 2.0,
            300.0,
            "部门名称：新乡市政务服务和大数据管理局",
        );
    });
    let (bytes, golden) = pdf.finish(
        name,
        "A cover page: three vertical columns in a Type0 font with /Encoding /Identity-V (Adobe-GB1 CIDs, CIDFontType2 not embedded, ToUnicode with bfrange), and horizontal lines in an Identity-H font with a bfchar ToUnicode. Golden lines: the horizontal lines top to bottom, then the vertical columns left to right, each read top to bottom.",
        &["type0/Identity-V/ToUnicode-bfrange", "type0/Identity-H/ToUnicode-bfchar"],
        &["text/vertical", "page/cover"],
    );
    Fixture {
        name,
        pdf: bytes,
        golden,
    }
}

/// 一般公共预算支出表 with split 类/款/项 columns and its three-row header.
fn yiban_split_table(font: &Rc<Font>, rule: Rule) -> Table {
    let mut cols = vec![26.0, 26.0, 26.0, 44.0, 150.0, 56.0];
    cols.extend([62.0; 7]);
    let mut aligns = vec![
        Align::Center,
        Align::Center,
        Align::Center,
        Align::Left,
        Align::Left,
    ];
    aligns.extend([Align::Right; 8]);
    let mut t = Table::new(cols, aligns, font, 8.0);
    t.header_slots = vec![1, 1, 2];
    let mut t = t
        .header(
            3,
            vec![
                cell(0, 0, 2, 3, "科目编码"),
                cell(0, 3, 3, 1, "单位代码"),
                cell(0, 4, 3, 1, "单位(科目名称)"),
                cell(0, 5, 3, 1, "合计"),
                cell(0, 6, 1, 5, "基本支出"),
                cell(0, 11, 1, 2, "项目支出"),
                cell(1, 6, 2, 1, "小计"),
                cell(1, 7, 1, 2, "人员经费"),
                cell(1, 9, 1, 2, "公用经费"),
                cell(1, 11, 2, 1, "小计"),
                cell(1, 12, 2, 1, "其他运转类"),
                cell(2, 0, 1, 1, "类"),
                cell(2, 1, 1, 1, "款"),
                cell(2, 2, 1, 1, "项"),
                cell(2, 7, 1, 1, "工资福利\n支出"),
                cell(2, 8, 1, 1, "对个人和\n家庭的补助"),
                cell(2, 9, 1, 1, "商品和服务\n支出"),
                cell(2, 10, 1, 1, "资本性支出"),
            ],
        )
        .body_rows(rows(YIBAN_SPLIT));
    t.pitch = 16.0;
    t.rule = rule;
    t
}

fn f08_type0_cmap_mixed() -> Fixture {
    let name = "type0-cmap-mixed-1-2byte";
    let mut pdf = Pdf::new(true);
    let mut spec = CidSpec::new(
        Cmap::Embedded(Codespace::Mixed12, "YS-GBK-Mixed-H"),
        Cids::Gb1,
        "GB1",
        b"SimSun",
    );
    spec.tounicode = Some(ToUni::BfRange);
    spec.type2 = true;
    let f = pdf.font(b"SimSun", Kind::Cid(spec));
    let title = "2022年一般公共预算支出预算表";
    let form_no = "预算05表";
    let t = yiban_split_table(&f, Rule::RectStroke);
    pdf.page(PageSetup::a4_landscape(), |c| {
        let top = heading(c, &f, &f, form_no, title, UNIT_WAN);
        let x = (c.width - t.width()) / 2.0;
        let (_, cells) = t.draw(c, x, top, 0..t.body.len(), true);
        c.model.tables.push(table_golden(
            title, form_no, UNIT_WAN, &t, cells, true, false, "",
        ));
    });
    let (bytes, golden) = pdf.finish(
        name,
        "一般公共预算支出表 with split 类/款/项 code columns and a three-row merged header (two-line header cells), on an A4 landscape MediaBox, every cell drawn as `re S`. One Type0 font whose /Encoding is an embedded CMap stream with a mixed codespace: <00>-<80> single bytes (ASCII digits and punctuation) and <8140>-<FEFE> pairs (GBK bytes) mapped to Adobe-GB1 CIDs; its ToUnicode (bfrange) uses the same two codespace ranges.",
        &["type0/embedded-CMap/codespace-1+2-byte", "type0/embedded-CMap/ToUnicode-1+2-byte"],
        &["table/general-public-budget-expenditure", "codes/split-lei-kuan-xiang", "ruling/rect-stroke", "page/a4-landscape-mediabox", "unit/万元", "heading/form-no", "heading/department", "header/multi-line-cells"],
    );
    Fixture {
        name,
        pdf: bytes,
        golden,
    }
}

fn f09_type0_cmap_4byte() -> Fixture {
    let name = "type0-cmap-4byte";
    let mut pdf = Pdf::new(true);
    let mut spec = CidSpec::new(
        Cmap::Embedded(Codespace::Utf32, "YS-UTF32-H"),
        Cids::Gb1,
        "GB1",
        b"SimSun",
    );
    spec.tounicode = Some(ToUni::BfChar);
    spec.type2 = true;
    let body = pdf.font(b"SimSun", Kind::Cid(spec));
    let mut spec = CidSpec::new(
        Cmap::Embedded(Codespace::Gb18030, "YS-GB18030-H"),
        Cids::Gb1,
        "GB1",
        b"SimHei",
    );
    spec.tounicode = Some(ToUni::BfRangeArray);
    spec.type2 = true;
    spec.supplement = 4;
    let head = pdf.font(b"SimHei", Kind::Cid(spec));
    let title = "2022年一般公共预算支出表";
    let form_no = "预算05表";
    let note_text = "注：本表按功能分类科目列示到项级。表外字“㐀”在GB18030中为四字节编码。";
    let mut t = Table::new(
        vec![70.0, 205.0, 80.0, 80.0, 80.0],
        vec![
            Align::Left,
            Align::Left,
            Align::Right,
            Align::Right,
            Align::Right,
        ],
        &body,
        9.0,
    )
    .header(
        2,
        vec![
            cell(0, 0, 1, 2, "功能分类科目"),
            cell(0, 2, 2, 1, "合计"),
            cell(0, 3, 2, 1, "基本支出"),
            cell(0, 4, 2, 1, "项目支出"),
            cell(1, 0, 1, 1, "科目编码"),
            cell(1, 1, 1, 1, "科目名称"),
        ],
    )
    .body_rows(rows(YIBAN_JOINED));
    t.header_font = head.clone();
    t.pitch = 18.0;
    t.rule = Rule::Stroke;
    t.shade_header = true;
    t.shade_rows = vec![0];
    pdf.page(PageSetup::a4(), |c| {
        let top = heading(c, &head, &body, form_no, title, UNIT_WAN);
        let x = (c.width - t.width()) / 2.0;
        let (bottom, cells) = t.draw(c, x, top, 0..t.body.len(), true);
        note(c, &head, 9.0, bottom - 4.0, note_text);
        c.model.tables.push(table_golden(
            title, form_no, UNIT_WAN, &t, cells, true, false, note_text,
        ));
    });
    let (bytes, golden) = pdf.finish(
        name,
        "一般公共预算支出表 with joined 功能分类 codes (201, 20103, 2010301) and 类/款 subtotal rows, stroked rules, shaded header and 合计 row. Body font: embedded CMap with one four-byte codespace <00000000>-<FFFFFFFF> (codes are UTF-32BE values mapped to Adobe-GB1 CIDs), ToUnicode (bfchar) with the same four-byte codespace. Header, heading and note font: embedded CMap with the GB18030 codespace (<00>-<80>, <8140>-<FEFE>, <81308130>-<FE39FE39>) including one four-byte character (㐀, U+3400, GB18030 8139EE39, CID 22529), ToUnicode (bfrange with arrays) with the same ranges.",
        &["type0/embedded-CMap/codespace-4-byte", "type0/embedded-CMap/codespace-GB18030-1+2+4-byte", "type0/embedded-CMap/ToUnicode-4-byte"],
        &["table/general-public-budget-expenditure", "codes/joined", "table/subtotal-rows", "ruling/stroke-m-l-S", "fill/cell-shading", "unit/万元", "heading/form-no", "heading/department", "note"],
    );
    Fixture {
        name,
        pdf: bytes,
        golden,
    }
}

/// 三公经费表 (one body row) for the predefined-CMap files.
fn sangong_table(font: &Rc<Font>, rule: Rule) -> Table {
    let mut t = Table::new(vec![88.0; 6], vec![Align::Right; 6], font, 9.0)
        .header(
            2,
            vec![
                cell(0, 0, 2, 1, "“三公”经费合计"),
                cell(0, 1, 2, 1, "因公出国（境）费"),
                cell(0, 2, 1, 3, "公务用车购置及运行费"),
                cell(0, 5, 2, 1, "公务接待费"),
                cell(1, 2, 1, 1, "小计"),
                cell(1, 3, 1, 1, "公务用车购置费"),
                cell(1, 4, 1, 1, "公务用车运行费"),
            ],
        )
        .body_rows(vec![s(&SANGONG)]);
    t.pitch = 20.0;
    t.rule = rule;
    t
}

/// A two-column 项目 | 金额 table.
fn two_col(font: &Rc<Font>, header: [&str; 2], body: &[[&str; 2]], rule: Rule) -> Table {
    let mut t = Table::new(
        vec![300.0, 120.0],
        vec![Align::Left, Align::Right],
        font,
        9.0,
    )
    .header(
        1,
        vec![cell(0, 0, 1, 1, header[0]), cell(0, 1, 1, 1, header[1])],
    )
    .body_rows(rows(body));
    t.pitch = 18.0;
    t.rule = rule;
    t
}

fn f10_cmap_unigb_ucs2() -> Fixture {
    let name = "cmap-unigb-ucs2";
    let mut pdf = Pdf::new(true);
    let h = predefined(&mut pdf, "STSong-Light", "UniGB-UCS2-H");
    let v = predefined(&mut pdf, "STFangsong-Light", "UniGB-UCS2-V");
    let title = "2022年一般公共预算“三公”经费预算表";
    let form_no = "预算08表";
    let t = sangong_table(&h, Rule::Partial);
    pdf.page(PageSetup::a4(), |c| {
        let top = heading(c, &h, &h, form_no, title, UNIT_WAN);
        let x = (c.width - t.width()) / 2.0;
        let (bottom, cells) = t.draw(c, x, top, 0..1, true);
        c.model.tables.push(table_golden(
            title, form_no, UNIT_WAN, &t, cells, true, false, "",
        ));
        column(
            c,
            &v,
            16.0,
            200.0,
            bottom - 40.0,
            "新乡市政务服务和大数据管理局",
        );
        column(c, &v, 16.0, 160.0, bottom - 40.0, "部门预算公开2022");
    });
    let (bytes, golden) = pdf.finish(
        name,
        "Predefined CMaps UniGB-UCS2-H (heading and 三公经费表, partly ruled) and UniGB-UCS2-V (two vertical columns), Adobe-GB1 CIDFontType0 fonts, not embedded, no ToUnicode: every character, ASCII digits included, is a two-byte UCS-2 code. Golden lines: horizontal lines, then the vertical columns left to right.",
        &["type0/predefined/UniGB-UCS2-H", "type0/predefined/UniGB-UCS2-V"],
        &["table/three-public", "table/partly-ruled", "text/vertical", "unit/万元", "heading/form-no", "heading/department"],
    );
    Fixture {
        name,
        pdf: bytes,
        golden,
    }
}

const YUSUAN_QK: &[[&str; 2]] = &[
    ["部门预算总额", "1,352.27"],
    ["1、资金来源：(1)政府预算资金", "1,352.27"],
    ["(2)财政专户管理资金", ""],
    ["(3)单位资金", ""],
    ["2、资金结构：(1)基本支出", "953.86"],
    ["(2)项目支出", "398.41"],
];

fn f11_cmap_unigb_utf16() -> Fixture {
    let name = "cmap-unigb-utf16";
    let mut pdf = Pdf::new(true);
    let h = predefined(&mut pdf, "STSong-Light", "UniGB-UTF16-H");
    let v = predefined(&mut pdf, "STKaiti-Regular", "UniGB-UTF16-V");
    let title = "2022年部门（单位）整体绩效目标表";
    let form_no = "预算11表";
    let note_text = "注：人名用字“𠂇”（U+20087）在UTF-16中为代理对。";
    let t = two_col(&h, ["预算情况", "金额"], YUSUAN_QK, Rule::Stroke);
    pdf.page(PageSetup::a4(), |c| {
        let top = heading(c, &h, &h, form_no, title, UNIT_WAN);
        let x = (c.width - t.width()) / 2.0;
        let (bottom, cells) = t.draw(c, x, top, 0..t.body.len(), true);
        let y = note(c, &h, 9.0, bottom - 4.0, note_text);
        c.model.tables.push(table_golden(
            title, form_no, UNIT_WAN, &t, cells, true, false, note_text,
        ));
        column(c, &v, 16.0, 120.0, y - 30.0, "部门整体绩效目标");
        column(c, &v, 16.0, 90.0, y - 30.0, "𠂇字竖排");
    });
    let (bytes, golden) = pdf.finish(
        name,
        "Predefined CMaps UniGB-UTF16-H (heading, a stroked two-column table, a note with the non-BMP character 𠂇 U+20087 as a surrogate pair D840 DC87, Adobe-GB1 CID 22048) and UniGB-UTF16-V (two vertical columns, one with the surrogate pair); Adobe-GB1 CIDFontType0 fonts, not embedded, no ToUnicode.",
        &["type0/predefined/UniGB-UTF16-H", "type0/predefined/UniGB-UTF16-V", "text/non-BMP-surrogate-pair"],
        &["ruling/stroke-m-l-S", "text/vertical", "unit/万元", "heading/form-no", "heading/department", "note"],
    );
    Fixture {
        name,
        pdf: bytes,
        golden,
    }
}

fn xiangmu_table(font: &Rc<Font>, rule: Rule) -> Table {
    let mut t = Table::new(
        vec![60.0, 170.0, 140.0, 60.0, 70.0],
        vec![
            Align::Left,
            Align::Left,
            Align::Left,
            Align::Right,
            Align::Right,
        ],
        font,
        9.0,
    )
    .header(
        1,
        vec![
            cell(0, 0, 1, 1, "类型"),
            cell(0, 1, 1, 1, "项目名称"),
            cell(0, 2, 1, 1, "项目单位"),
            cell(0, 3, 1, 1, "合计"),
            cell(0, 4, 1, 1, "一般公共预算"),
        ],
    )
    .body_rows(rows(XIANGMU));
    t.pitch = 18.0;
    t.rule = rule;
    t
}

fn f12_cmap_gbk_euc() -> Fixture {
    let name = "cmap-gbk-euc";
    let mut pdf = Pdf::new(true);
    let h = predefined(&mut pdf, "STSong-Light", "GBK-EUC-H");
    let hp = predefined(&mut pdf, "STHeiti-Regular", "GBKp-EUC-H");
    let v = predefined(&mut pdf, "STFangsong-Light", "GBK-EUC-V");
    let title = "2022年项目支出预算表";
    let form_no = "预算10表";
    let t = xiangmu_table(&h, Rule::None);
    pdf.page(PageSetup::a4(), |c| {
        let top = heading(c, &hp, &h, form_no, title, UNIT_WAN);
        let x = (c.width - t.width()) / 2.0;
        let (bottom, cells) = t.draw(c, x, top, 0..t.body.len(), true);
        c.model.tables.push(table_golden(
            title, form_no, UNIT_WAN, &t, cells, true, false, "",
        ));
        column(c, &v, 16.0, 300.0, bottom - 40.0, "项目支出预算表");
        column(c, &v, 16.0, 260.0, bottom - 40.0, "共6个项目合计398.41万元");
    });
    let (bytes, golden) = pdf.finish(
        name,
        "Predefined CMaps GBK-EUC-H (table and 部门名称 line), GBKp-EUC-H (title, form number) and GBK-EUC-V (two vertical columns, one mixing one-byte ASCII digits with two-byte GBK codes); Adobe-GB1 CIDFontType0, not embedded, no ToUnicode. An unruled (stream) 项目支出表.",
        &["type0/predefined/GBK-EUC-H", "type0/predefined/GBKp-EUC-H", "type0/predefined/GBK-EUC-V"],
        &["table/project-expenditure", "table/unruled", "text/vertical", "unit/万元", "heading/form-no", "heading/department"],
    );
    Fixture {
        name,
        pdf: bytes,
        golden,
    }
}

const SANGONG_TEXT: &[&str] = &[
    "我局2022年“三公”经费预算为3.3万元。",
    "（一）因公出国（境）费0万元，预算数比2021年增加0万元。",
    "（二）公务接待费1万元，预算数比2021年增加0万元。",
    "（三）公务用车购置及运行费2.3万元，其中：公务用车购置费0万元，",
    "公务用车运行费2.3万元。",
];

fn f13_cmap_gb_euc() -> Fixture {
    let name = "cmap-gb-euc";
    let mut pdf = Pdf::new(true);
    let h = predefined(&mut pdf, "STSong-Light", "GB-EUC-H");
    let v = predefined(&mut pdf, "STKaiti-Regular", "GB-EUC-V");
    let title = "“三公”经费支出情况说明";
    let t = sangong_table(&h, Rule::RectStroke);
    pdf.page(PageSetup::a4(), |c| {
        let top = heading(c, &h, &h, "", title, UNIT_WAN);
        let mut y = top - 14.0;
        for line in SANGONG_TEXT {
            c.text(&h, 10.5, 60.0, y, line);
            y -= 22.0;
        }
        let x = (c.width - t.width()) / 2.0;
        let (bottom, cells) = t.draw(c, x, y - 4.0, 0..1, true);
        c.model.tables.push(table_golden(
            title, "", UNIT_WAN, &t, cells, true, false, "",
        ));
        column(c, &v, 16.0, 300.0, bottom - 40.0, "三公经费预算");
        column(c, &v, 16.0, 270.0, bottom - 40.0, "合计3.30万元");
    });
    let (bytes, golden) = pdf.finish(
        name,
        "Predefined CMaps GB-EUC-H (paragraph lines mixing one-byte digits with GB 2312 EUC codes, and a 三公经费表 drawn cell by cell with `re S`) and GB-EUC-V (vertical columns); Adobe-GB1 CIDFontType0, not embedded, no ToUnicode.",
        &["type0/predefined/GB-EUC-H", "type0/predefined/GB-EUC-V"],
        &["table/three-public", "ruling/rect-stroke", "text/vertical", "text/paragraph", "unit/万元", "heading/department"],
    );
    Fixture {
        name,
        pdf: bytes,
        golden,
    }
}

const SHOURU_QK: &[[&str; 2]] = &[
    ["收入合计", "1,352.27"],
    ["一般公共预算", "1,352.27"],
    ["政府性基金收入", "0"],
    ["专户管理的教育收费", "0"],
    ["生僻字测试：㐀（四字节编码）", ""],
];

fn f14_cmap_gbk2k() -> Fixture {
    let name = "cmap-gbk2k";
    let mut pdf = Pdf::new(true);
    let mut h = CidSpec::new(
        Cmap::Predefined("GBK2K-H"),
        Cids::Gb1,
        "GB1",
        b"STSong-Light",
    );
    h.supplement = 4;
    let h = pdf.font(b"STSong-Light-GBK2K-H", Kind::Cid(h));
    let mut v = CidSpec::new(
        Cmap::Predefined("GBK2K-V"),
        Cids::Gb1,
        "GB1",
        b"STFangsong-Light",
    );
    v.supplement = 4;
    let v = pdf.font(b"STFangsong-Light-GBK2K-V", Kind::Cid(v));
    let title = "2022年收入预算总体情况";
    let t = two_col(&h, ["项目", "金额"], SHOURU_QK, Rule::Stroke);
    pdf.page(PageSetup::a4(), |c| {
        let top = heading(c, &h, &h, "", title, UNIT_WAN);
        let x = (c.width - t.width()) / 2.0;
        let (bottom, cells) = t.draw(c, x, top, 0..t.body.len(), true);
        c.model.tables.push(table_golden(
            title, "", UNIT_WAN, &t, cells, true, false, "",
        ));
        column(c, &v, 16.0, 300.0, bottom - 40.0, "收入总计1352.27万元");
        column(c, &v, 16.0, 270.0, bottom - 40.0, "㐀字竖排");
    });
    let (bytes, golden) = pdf.finish(
        name,
        "Predefined CMaps GBK2K-H and GBK2K-V (GB18030: one-byte ASCII, two-byte GBK and four-byte codes; 㐀 U+3400 is 8139EE39), Adobe-GB1 Supplement 4 CIDFontType0, not embedded, no ToUnicode. A stroked two-column table and two vertical columns.",
        &["type0/predefined/GBK2K-H", "type0/predefined/GBK2K-V", "text/GB18030-four-byte"],
        &["ruling/stroke-m-l-S", "text/vertical", "unit/万元", "heading/department"],
    );
    Fixture {
        name,
        pdf: bytes,
        golden,
    }
}

/// A table over two pages: heading and rows `..split` on page 1, the rest on page 2, whose
/// header is repeated or not.
fn table_over_two_pages(
    pdf: &mut Pdf,
    setup: fn() -> PageSetup,
    [hei, song]: [&Rc<Font>; 2],
    [form_no, title, unit]: [&str; 3],
    t: &Table,
    split: usize,
    repeat_header: bool,
) {
    pdf.page(setup(), |c| {
        let top = heading(c, hei, song, form_no, title, unit);
        let x = (c.width - t.width()) / 2.0;
        let (_, cells) = t.draw(c, x, top, 0..split, true);
        c.model.tables.push(table_golden(
            title, form_no, unit, t, cells, true, false, "",
        ));
        footer(c, song, 1, 2);
    });
    pdf.page(setup(), |c| {
        let x = (c.width - t.width()) / 2.0;
        let (_, cells) = t.draw(c, x, c.height - 50.0, split..t.body.len(), repeat_header);
        c.model.tables.push(table_golden(
            title,
            form_no,
            unit,
            t,
            cells,
            repeat_header,
            true,
            "",
        ));
        footer(c, song, 2, 2);
    });
}

fn footer(c: &mut Canvas, f: &Rc<Font>, n: usize, total: usize) {
    let w = c.width;
    c.text_center(f, 9.0, w / 2.0, 28.0, &format!("第{n}页，共{total}页"));
}

fn jiben_flat_table(font: &Rc<Font>) -> Table {
    let mut t = Table::new(
        vec![50.0, 150.0, 50.0, 120.0, 55.0, 55.0, 55.0],
        vec![
            Align::Left,
            Align::Left,
            Align::Left,
            Align::Left,
            Align::Right,
            Align::Right,
            Align::Right,
        ],
        font,
        9.0,
    )
    .header(
        2,
        vec![
            cell(0, 0, 1, 2, "部门预算支出经济分类科目"),
            cell(0, 2, 1, 2, "政府预算支出经济分类科目"),
            cell(0, 4, 1, 3, "本年一般公共预算基本支出"),
            cell(1, 0, 1, 1, "科目编码"),
            cell(1, 1, 1, 1, "科目名称"),
            cell(1, 2, 1, 1, "科目编码"),
            cell(1, 3, 1, 1, "科目名称"),
            cell(1, 4, 1, 1, "合计"),
            cell(1, 5, 1, 1, "人员经费"),
            cell(1, 6, 1, 1, "公用经费"),
        ],
    )
    .body_rows(rows(JIBEN_FLAT));
    t.pitch = 20.0;
    t.rule = Rule::ThinRect;
    t
}

fn f15_cid_gb1_no_tounicode() -> Fixture {
    let name = "cid-gb1-no-tounicode";
    let mut pdf = Pdf::new(true);
    let hei = gb1_font(
        &mut pdf,
        "SimHei",
        "SimHei",
        Cmap::IdentityH,
        Cids::Gb1,
        None,
        true,
    );
    let song = gb1_font(
        &mut pdf,
        "STSong-Light-Identity-H",
        "STSong-Light",
        Cmap::IdentityH,
        Cids::Gb1,
        None,
        false,
    );
    let title = "2022年一般公共预算基本支出表";
    let form_no = "预算06表";
    let t = jiben_flat_table(&song);
    let split = 22;
    table_over_two_pages(
        &mut pdf,
        PageSetup::a4,
        [&hei, &song],
        [form_no, title, UNIT_WAN],
        &t,
        split,
        true,
    );
    let (bytes, golden) = pdf.finish(
        name,
        "一般公共预算基本支出表 (部门经济分类 and 政府经济分类 codes, as the seed prints it) over two pages with the header repeated on page 2, ruled with thin filled rectangles. Type0 Identity-H fonts with Adobe-GB1 CIDs (SimHei CIDFontType2 and STSong-Light CIDFontType0), not embedded, NO ToUnicode: text comes only from the Adobe-GB1 CID -> Unicode table.",
        &["type0/Identity-H/Adobe-GB1-no-ToUnicode"],
        &["table/basic-expenditure", "codes/economic-classification", "table/multi-page-repeated-header", "ruling/thin-rect-re-f", "unit/万元", "heading/form-no", "heading/department", "page/footer-page-number"],
    );
    Fixture {
        name,
        pdf: bytes,
        golden,
    }
}

fn embedded_font(pdf: &mut Pdf, name: &str, map: CidToGid) -> Rc<Font> {
    let mut spec = CidSpec::new(
        Cmap::IdentityH,
        Cids::Sequential,
        "Identity",
        name.as_bytes(),
    );
    spec.embed = Some(map);
    spec.type2 = true;
    pdf.font(name.as_bytes(), Kind::Cid(spec))
}

fn f16_truetype_cidtogid_stream() -> Fixture {
    let name = "truetype-embedded-cidtogidmap-stream";
    let mut pdf = Pdf::new(true);
    let f = embedded_font(&mut pdf, "AAAAAA+YusuanTest", CidToGid::Stream);
    let title = "2022年项目支出预算表";
    let form_no = "预算10表";
    let t = xiangmu_table(&f, Rule::Stroke);
    pdf.page(PageSetup::a4(), |c| {
        let top = heading(c, &f, &f, form_no, title, UNIT_WAN);
        let x = (c.width - t.width()) / 2.0;
        let (_, cells) = t.draw(c, x, top, 0..t.body.len(), true);
        c.model.tables.push(table_golden(
            title, form_no, UNIT_WAN, &t, cells, true, false, "",
        ));
    });
    let (bytes, golden) = pdf.finish(
        name,
        "项目支出表 in one Type0 Identity-H font, CIDSystemInfo Adobe-Identity-0, no ToUnicode, with an EMBEDDED TrueType (FontFile2) built by the generator (head, hhea, maxp, cmap format 4 with (3,1) and (0,3) subtables, hmtx, loca, glyf with box glyphs, post, name, OS/2). CIDs are given out in order of first use; /CIDToGIDMap is a stream mapping them to glyph ids in reverse Unicode order. Text is recoverable only as CID -> CIDToGIDMap -> glyph id -> the font's cmap (inverted). Renders as boxes.",
        &["type0/CIDFontType2/embedded-TrueType/CIDToGIDMap-stream/no-ToUnicode"],
        &["table/project-expenditure", "ruling/stroke-m-l-S", "unit/万元", "heading/form-no", "heading/department"],
    );
    Fixture {
        name,
        pdf: bytes,
        golden,
    }
}

const SHUOMING: &[&str] = &[
    "新乡市政务服务和大数据管理局2022年收入总计1352.27万元，",
    "支出总计1352.27万元，与2021年预算相比，收入减少279.71万元，",
    "下降17.14%。主要原因：部分项目按合同条款，2022年支出金额较",
    "2021年减少。",
];

fn f17_truetype_cidtogid_identity() -> Fixture {
    let name = "truetype-embedded-cidtogidmap-identity";
    let mut pdf = Pdf::new(true);
    let f = embedded_font(&mut pdf, "BAAAAA+YusuanTest", CidToGid::Identity);
    let title = "一、收入支出预算总体情况说明";
    let t = two_col(&f, ["预算情况", "金额"], YUSUAN_QK, Rule::RectStroke);
    pdf.page(PageSetup::a4(), |c| {
        let w = c.width;
        c.text_center(&f, 16.0, w / 2.0, 780.0, title);
        let mut y = 750.0;
        for line in SHUOMING {
            c.text(&f, 11.0, 60.0, y, line);
            y -= 22.0;
        }
        c.text(&f, 9.0, 60.0, y - 6.0, DEPT_LINE);
        c.text_right(&f, 9.0, w - 60.0, y - 6.0, UNIT_WAN);
        let x = (w - t.width()) / 2.0;
        let (_, cells) = t.draw(c, x, y - 16.0, 0..t.body.len(), true);
        c.model.tables.push(table_golden(
            "部门（单位）整体绩效目标表",
            "",
            UNIT_WAN,
            &t,
            cells,
            true,
            false,
            "",
        ));
    });
    let (bytes, golden) = pdf.finish(
        name,
        "Paragraph text and a `re S` table in one Type0 Identity-H font, Adobe-Identity-0, no ToUnicode, with an EMBEDDED generator-built TrueType and /CIDToGIDMap /Identity; CIDs (= glyph ids) are given out in order of first use, so neither is the character. Text is recoverable only through the font's cmap, inverted. Renders as boxes.",
        &["type0/CIDFontType2/embedded-TrueType/CIDToGIDMap-Identity/no-ToUnicode"],
        &["text/paragraph", "ruling/rect-stroke", "unit/万元", "heading/department"],
    );
    Fixture {
        name,
        pdf: bytes,
        golden,
    }
}

fn gbk_bytes(s: &str) -> Vec<u8> {
    let (b, _, err) = encoding_rs::GBK.encode(s);
    assert!(!err);
    b.into_owned()
}

fn f18_fontname_gbk_bytes() -> Fixture {
    let name = "fontname-gbk-bytes";
    let mut pdf = Pdf::new(true);
    // BaseFont (Type0 and descendant) and FontName all raw GBK 宋体
    let songti = gbk_bytes("宋体");
    let mut spec = CidSpec::new(Cmap::IdentityH, Cids::Gb1, "GB1", &songti);
    spec.tounicode = Some(ToUni::BfChar);
    spec.type2 = true;
    let a = pdf.font(&songti, Kind::Cid(spec));
    // ASCII BaseFont, descriptor FontName raw GBK 黑体
    let mut spec = CidSpec::new(Cmap::IdentityH, Cids::Gb1, "GB1", b"SimHei");
    spec.tounicode = Some(ToUni::BfRange);
    spec.type2 = true;
    spec.descriptor_name = Some(gbk_bytes("黑体"));
    let b = pdf.font(b"SimHei", Kind::Cid(spec));
    // subset tag + raw GBK 仿宋_GB2312 on a WPS-style simple TrueType
    let mut fs = b"AAAAAA+".to_vec();
    fs.extend(gbk_bytes("仿宋_GB2312"));
    let cfont = pdf.font(&fs, Kind::TrueTypeSeq);
    let title = "七、“三公”经费支出情况说明";
    pdf.page(PageSetup::a4(), |c| {
        let w = c.width;
        c.text_center(&b, 16.0, w / 2.0, 780.0, title);
        let mut y = 744.0;
        for line in SANGONG_TEXT {
            c.text(&a, 11.0, 60.0, y, line);
            y -= 22.0;
        }
        c.text(
            &cfont,
            10.5,
            60.0,
            y - 8.0,
            "以上数据来源：新乡市政务服务和大数据管理局2022年部门预算。",
        );
    });
    let (bytes, golden) = pdf.finish(
        name,
        "Font names in raw GBK bytes, as Chinese producers write them: a Type0 font whose /BaseFont (and descendant /BaseFont and /FontName) is 宋体 as #CB#CE#CC#E5; a Type0 font with an ASCII /BaseFont (SimHei) whose descriptor /FontName is 黑体 as #BA#DA#CC#E5; and a simple TrueType (ToUnicode, one-byte codes) whose /BaseFont is AAAAAA+仿宋_GB2312 in GBK bytes. The Type0 fonts use Adobe-GB1 CIDs with ToUnicode; none is embedded.",
        &["fontname/BaseFont-raw-GBK", "fontname/FontName-raw-GBK", "fontname/subset-tag-raw-GBK", "type0/Identity-H/ToUnicode-bfchar", "type0/Identity-H/ToUnicode-bfrange", "simple/TrueType/ToUnicode-1byte-codespace"],
        &["text/paragraph"],
    );
    Fixture {
        name,
        pdf: bytes,
        golden,
    }
}

fn f19_undecodable() -> Fixture {
    let name = "undecodable-identity";
    let mut pdf = Pdf::new(true);
    let main = gb1_font(
        &mut pdf,
        "SimSun",
        "SimSun",
        Cmap::IdentityH,
        Cids::Gb1,
        Some(ToUni::BfRange),
        true,
    );
    let mut spec = CidSpec::new(
        Cmap::IdentityH,
        Cids::Sequential,
        "Identity",
        b"CDEFGH+DengXian",
    );
    spec.type2 = true;
    let bad = pdf.undecodable_font(b"CDEFGH+DengXian", Kind::Cid(spec));
    let title = "2022年项目支出预算表";
    let form_no = "预算10表";
    let body: Vec<Vec<String>> = XIANGMU.iter().map(|r| s(&["", r[3], r[4]])).collect();
    let mut t = Table::new(
        vec![260.0, 90.0, 90.0],
        vec![Align::Left, Align::Right, Align::Right],
        &main,
        9.0,
    )
    .header(
        1,
        vec![
            cell(0, 0, 1, 1, "项目名称"),
            cell(0, 1, 1, 1, "合计"),
            cell(0, 2, 1, 1, "一般公共预算"),
        ],
    )
    .body_rows(body);
    t.pitch = 18.0;
    t.rule = Rule::Stroke;
    pdf.page(PageSetup::a4(), |c| {
        let top = heading(c, &main, &main, form_no, title, UNIT_WAN);
        let x = (c.width - t.width()) / 2.0;
        let (_, cells) = t.draw(c, x, top, 0..t.body.len(), true);
        // the project names, in the font nothing can decode
        for (i, r) in XIANGMU.iter().enumerate() {
            let y = top - t.pitch * (i as f64 + 1.0) - 0.5 * t.pitch - 0.35 * 9.0;
            c.text(&bad, 9.0, x + 3.0, y, r[1]);
        }
        c.model.tables.push(table_golden(title, form_no, UNIT_WAN, &t, cells, true, false, ""));
        c.model.notes.push("The 项目名称 cells are drawn in CDEFGH+DengXian, which cannot be decoded: golden cells leave them empty and the page's undecoded count is their character count.".into());
    });
    let (bytes, golden) = pdf.finish(
        name,
        "项目支出表 whose 项目名称 column is drawn in a Type0 Identity-H font with CIDSystemInfo Adobe-Identity-0, no ToUnicode, not embedded (CIDs 1, 2, 3... in order of first use): nothing can map those codes to Unicode, so they must be counted as undecoded (the golden count) and never output as text. Everything else is in a decodable font.",
        &["type0/Identity-H/Identity-ordering/no-ToUnicode/not-embedded (undecodable)"],
        &["table/project-expenditure", "ruling/stroke-m-l-S", "unit/万元", "heading/form-no", "heading/department"],
    );
    Fixture {
        name,
        pdf: bytes,
        golden,
    }
}

fn main_fonts(pdf: &mut Pdf) -> (Rc<Font>, Rc<Font>) {
    let hei = gb1_font(
        pdf,
        "SimHei",
        "SimHei",
        Cmap::IdentityH,
        Cids::Gb1,
        Some(ToUni::BfChar),
        true,
    );
    let song = gb1_font(
        pdf,
        "SimSun",
        "SimSun",
        Cmap::IdentityH,
        Cids::Gb1,
        Some(ToUni::BfRange),
        true,
    );
    (hei, song)
}

fn shouru_table(font: &Rc<Font>) -> Table {
    let mut cols = vec![50.0, 150.0];
    cols.extend([54.0; 17]);
    let mut aligns = vec![Align::Left, Align::Left];
    aligns.extend([Align::Right; 17]);
    let mut t = Table::new(cols, aligns, font, 8.0);
    t.header_slots = vec![1, 2, 2];
    let mut cells = vec![
        cell(0, 0, 3, 1, "部门\n（单位）\n代码"),
        cell(0, 1, 3, 1, "部门（单位）名称"),
        cell(0, 2, 3, 1, "总计"),
        cell(0, 3, 1, 10, "本年收入"),
        cell(0, 13, 1, 6, "上年结转结余"),
        cell(1, 3, 1, 2, "一般公共预算"),
        cell(2, 3, 1, 1, "合计"),
        cell(2, 4, 1, 1, "其中：\n财政拨款"),
    ];
    let singles = [
        "政府性基金",
        "国有资本\n经营预算",
        "财政专户\n管理资金\n收入",
        "事业收入",
        "事业单位\n经营收入",
        "上级补助\n收入",
        "附属单位\n上缴收入",
        "其他收入",
        "合计",
        "一般公共\n预算",
        "政府性基金",
        "国有资本\n经营预算",
        "财政专户\n管理资金",
        "单位资金",
    ];
    for (i, text) in singles.iter().enumerate() {
        cells.push(cell(1, 5 + i, 2, 1, text));
    }
    let mut t = t.header(3, cells).body_rows(rows(SHOURU));
    t.pitch = 16.0;
    t.rule = Rule::Stroke;
    t
}

fn f20_landscape_rotate_a3() -> Fixture {
    let name = "landscape-rotate90-a3";
    let mut pdf = Pdf::new(true);
    let (hei, song) = main_fonts(&mut pdf);
    let t1 = yiban_split_table(&song, Rule::Stroke);
    let title1 = "2022年部门支出预算表";
    let t2 = shouru_table(&song);
    let title2 = "2022年部门收入预算表";
    pdf.page(PageSetup::a4_rotated(), |c| {
        let top = heading(c, &hei, &song, "预算03表", title1, UNIT_WAN);
        let x = (c.width - t1.width()) / 2.0;
        let (_, cells) = t1.draw(c, x, top, 0..t1.body.len(), true);
        c.model.tables.push(table_golden(
            title1,
            "预算03表",
            UNIT_WAN,
            &t1,
            cells,
            true,
            false,
            "",
        ));
    });
    pdf.page(PageSetup::a3_landscape(), |c| {
        let top = heading(c, &hei, &song, "预算02表", title2, UNIT_WAN);
        let x = (c.width - t2.width()) / 2.0;
        let (_, cells) = t2.draw(c, x, top, 0..t2.body.len(), true);
        c.model.tables.push(table_golden(
            title2,
            "预算02表",
            UNIT_WAN,
            &t2,
            cells,
            true,
            false,
            "",
        ));
    });
    let (bytes, golden) = pdf.finish(
        name,
        "Page 1: a portrait A4 MediaBox with /Rotate 90, its content drawn under `0 1 -1 0 595.28 0 cm` so that it reads upright when shown landscape (842 x 595): 部门支出预算表 with split 类/款/项 codes, stroked. Page 2: an A3 landscape MediaBox (1190.55 x 841.89) with the 19-column 部门收入预算表 and its three-row header of multi-line cells. Fonts: Type0 Identity-H, Adobe-GB1 CIDs, ToUnicode (the common real-world path), not embedded.",
        &["type0/Identity-H/ToUnicode-bfchar", "type0/Identity-H/ToUnicode-bfrange"],
        &["page/rotate-90", "page/a3-landscape-mediabox", "table/department-expenditure", "table/department-revenue", "codes/split-lei-kuan-xiang", "ruling/stroke-m-l-S", "header/multi-line-cells", "unit/万元", "heading/form-no", "heading/department"],
    );
    Fixture {
        name,
        pdf: bytes,
        golden,
    }
}

fn f21_forms_nested() -> Fixture {
    let name = "forms-nested";
    let mut pdf = Pdf::new(true);
    let (hei, song) = main_fonts(&mut pdf);
    let title = "2022年一般公共预算基本支出预算表";
    let form_no = "预算06表";
    let note_text = "注：本表按部门预算支出经济分类科目列示到款级。";
    let mut t = Table::new(
        vec![70.0, 200.0, 85.0, 85.0, 85.0],
        vec![
            Align::Left,
            Align::Left,
            Align::Right,
            Align::Right,
            Align::Right,
        ],
        &song,
        9.0,
    )
    .header(
        2,
        vec![
            cell(0, 0, 1, 2, "部门预算支出经济分类科目"),
            cell(0, 2, 1, 3, "本年一般公共预算基本支出"),
            cell(1, 0, 1, 1, "科目编码"),
            cell(1, 1, 1, 1, "科目名称"),
            cell(1, 2, 1, 1, "合计"),
            cell(1, 3, 1, 1, "人员经费"),
            cell(1, 4, 1, 1, "公用经费"),
        ],
    )
    .body_rows(rows(JIBEN_ECON));
    t.pitch = 18.0;
    t.rule = Rule::Stroke;
    let split = 11;
    pdf.page(PageSetup::a4(), |c| {
        let top = heading(c, &hei, &song, form_no, title, UNIT_WAN);
        let x = (c.width - t.width()) / 2.0;
        let h1 = t.height(true, split);
        let h2 = t.height(false, t.body.len() - split);
        let mut all_cells = Vec::new();
        let tw = t.width();
        c.form(
            "Fm1",
            M::translate(x, top),
            [-1.0, -(h1 + h2 + 40.0), tw + 1.0, 1.0],
            |f1| {
                let (b1, cells1) = t.draw(f1, 0.0, 0.0, 0..split, true);
                all_cells.extend(cells1);
                f1.form(
                    "Fm2",
                    M::translate(0.0, b1),
                    [-1.0, -(h2 + 40.0), tw + 1.0, 1.0],
                    |f2| {
                        let (b2, cells2) = t.draw(f2, 0.0, 0.0, split..t.body.len(), false);
                        all_cells.extend(cells2);
                        // the note, scaled by the CTM: 11.25 pt under a 0.8 cm is 9 pt
                        f2.q();
                        f2.cm(M([0.8, 0.0, 0.0, 0.8, 0.0, b2 - 16.0]));
                        f2.text(&song, 11.25, 0.0, 0.0, note_text);
                        f2.Q();
                    },
                );
            },
        );
        c.model.tables.push(table_golden(
            title, form_no, UNIT_WAN, &t, all_cells, true, false, note_text,
        ));
    });
    let (bytes, golden) = pdf.finish(
        name,
        "一般公共预算基本支出表 by 部门经济分类 (类 301 and 款 30101 rows). The heading is page content; the table is drawn by Form XObject Fm1 (/Matrix translating to the table's corner: header and the first 11 rows), which paints Form XObject Fm2 (a second /Matrix translation: the remaining rows and the note, the note scaled by a `cm` inside the form). Each form has its own /Resources. Fonts: Type0 Identity-H, Adobe-GB1 CIDs, ToUnicode.",
        &["type0/Identity-H/ToUnicode-bfchar", "type0/Identity-H/ToUnicode-bfrange"],
        &["xobject/form-nested-twice", "table/basic-expenditure", "codes/economic-classification", "ruling/stroke-m-l-S", "scale/cm", "unit/万元", "heading/form-no", "heading/department", "note"],
    );
    Fixture {
        name,
        pdf: bytes,
        golden,
    }
}

/// An 8-bit grey "scan": white paper with dark bars where the text runs are and a frame
/// around the table, at `dpi`.
fn scan_image(
    w: f64,
    h: f64,
    dpi: f64,
    runs: &[(f64, f64, f64, f64)],
    frame: (f64, f64, f64, f64),
) -> (u32, u32, Vec<u8>) {
    let k = dpi / 72.0;
    let (iw, ih) = ((w * k).round() as u32, (h * k).round() as u32);
    let mut px = vec![0xF4u8; (iw * ih) as usize];
    let mut fill = |x0: f64, y0: f64, x1: f64, y1: f64, v: u8| {
        // page coordinates (y up) to rows from the top
        let (c0, c1) = (
            (x0 * k).floor().max(0.0) as u32,
            ((x1 * k).ceil() as u32).min(iw),
        );
        let (r0, r1) = (
            ((h - y1) * k).floor().max(0.0) as u32,
            (((h - y0) * k).ceil() as u32).min(ih),
        );
        for r in r0..r1 {
            for c in c0..c1 {
                px[(r * iw + c) as usize] = v;
            }
        }
    };
    for &(x, y, adv, size) in runs {
        fill(x, y - 0.1 * size, x + adv, y + 0.7 * size, 0x50);
    }
    let (fx0, fy0, fx1, fy1) = frame;
    fill(fx0, fy0, fx1, fy0 + 0.8, 0x20);
    fill(fx0, fy1 - 0.8, fx1, fy1, 0x20);
    fill(fx0, fy0, fx0 + 0.8, fy1, 0x20);
    fill(fx1 - 0.8, fy0, fx1, fy1, 0x20);
    (iw, ih, px)
}

fn f22_scan_ocr_image_only() -> Fixture {
    let name = "scan-ocr-and-image-only";
    let mut pdf = Pdf::new(true);
    let mut spec = CidSpec::new(
        Cmap::IdentityH,
        Cids::UnicodeValue,
        "Identity",
        b"GlyphLessFont",
    );
    spec.tounicode = Some(ToUni::BfRange);
    spec.type2 = true;
    let ocr = pdf.font(b"GlyphLessFont", Kind::Cid(spec));
    let title = "2022年项目支出预算表";
    let form_no = "预算10表";
    let t = xiangmu_table(&ocr, Rule::None);
    pdf.page(PageSetup::a4(), |c| {
        c.invisible = true;
        let top = heading(c, &ocr, &ocr, form_no, title, UNIT_WAN);
        let x = (c.width - t.width()) / 2.0;
        let (bottom, cells) = t.draw(c, x, top, 0..t.body.len(), true);
        c.invisible = false;
        c.model.tables.push(table_golden(title, form_no, UNIT_WAN, &t, cells, true, false, ""));
        let runs: Vec<(f64, f64, f64, f64)> = c.model.runs.iter().map(|r| (r.x, r.y, r.advance, r.size)).collect();
        let (w, h) = (c.width, c.height);
        let (iw, ih, px) = scan_image(w, h, 36.0, &runs, (x, bottom, x + t.width(), top));
        let dict = dictionary! {
            "Type" => "XObject",
            "Subtype" => "Image",
            "Width" => iw as i64,
            "Height" => ih as i64,
            "ColorSpace" => "DeviceGray",
            "BitsPerComponent" => 8,
        };
        let id = c.pdf.stream(dict, px);
        // the scan is painted first, the text layer goes over it
        let text_layer = c.take_content();
        c.image("Im1", id, 0.0, 0.0, w, h);
        c.raw_bytes(&text_layer);
        c.model.notes.push("An OCR-style page: a scanned image with an invisible (render mode 3) text layer in a GlyphLessFont; no visible text.".into());
    });
    pdf.page(PageSetup::a4(), |c| {
        let (w, h) = (c.width, c.height);
        let samples: Vec<u8> = (0..16u32 * 16).map(|i| 0x80 + ((i % 16 + i / 16) * 4) as u8).collect();
        c.inline_image(16, 16, &samples, 60.0, 200.0, w - 120.0, h - 400.0);
        c.model.notes.push("An image-only page: one inline image (BI/ID/EI), no text: a scan without a text layer.".into());
    });
    let (bytes, golden) = pdf.finish(
        name,
        "Page 1: an OCR'd scan: a 36 dpi grey image XObject of the page with an invisible text layer (3 Tr) in a Tesseract-style GlyphLessFont (Type0 Identity-H, Adobe-Identity, CIDs equal to the Unicode code points, ToUnicode bfrange, not embedded) carrying the 项目支出表; no visible text. Page 2: an image-only page (an inline image, no text at all).",
        &["type0/Identity-H/ToUnicode-bfrange (invisible)"],
        &["text/invisible-render-mode-3", "image/xobject", "image/inline", "page/image-only", "table/project-expenditure", "unit/万元"],
    );
    Fixture {
        name,
        pdf: bytes,
        golden,
    }
}

fn f23_multipage_yuan() -> Fixture {
    let name = "multipage-yuan-no-repeated-header";
    let mut pdf = Pdf::new(true);
    let (hei, song) = main_fonts(&mut pdf);
    let title = "2022年财政拨款收支总体情况表";
    let form_no = "预算04表";
    let body: Vec<Vec<String>> = CZBK
        .iter()
        .map(|r| {
            r.iter()
                .enumerate()
                .map(|(i, v)| {
                    if i == 0 || i == 2 {
                        v.to_string()
                    } else {
                        wan_to_yuan(v)
                    }
                })
                .collect()
        })
        .collect();
    let mut t = Table::new(
        vec![130.0, 80.0, 175.0, 75.0, 75.0, 75.0, 75.0, 90.0],
        vec![
            Align::Left,
            Align::Right,
            Align::Left,
            Align::Right,
            Align::Right,
            Align::Right,
            Align::Right,
            Align::Right,
        ],
        &song,
        8.0,
    )
    .header(
        3,
        vec![
            cell(0, 0, 1, 2, "收入"),
            cell(0, 2, 1, 6, "支出"),
            cell(1, 0, 2, 1, "项目"),
            cell(1, 1, 2, 1, "金额"),
            cell(1, 2, 2, 1, "项目"),
            cell(1, 3, 2, 1, "合计"),
            cell(1, 4, 1, 2, "一般公共预算"),
            cell(1, 6, 2, 1, "政府性基金"),
            cell(1, 7, 2, 1, "国有资本经营预算"),
            cell(2, 4, 1, 1, "小计"),
            cell(2, 5, 1, 1, "其中：财政拨款"),
        ],
    )
    .body_rows(body);
    t.pitch = 16.0;
    t.rule = Rule::Stroke;
    let split = 22;
    table_over_two_pages(
        &mut pdf,
        PageSetup::a4_landscape,
        [&hei, &song],
        [form_no, title, UNIT_YUAN],
        &t,
        split,
        false,
    );
    let (bytes, golden) = pdf.finish(
        name,
        "财政拨款收支总体情况表 (a two-half 收入|支出 table with a three-row header) with amounts in 元 (the seed's 万元 amounts times 10,000), over two A4 landscape pages; page 2 continues the rows WITHOUT repeating the header. Fonts: Type0 Identity-H, Adobe-GB1 CIDs, ToUnicode.",
        &["type0/Identity-H/ToUnicode-bfchar", "type0/Identity-H/ToUnicode-bfrange"],
        &["table/two-half", "table/fiscal-appropriation", "table/multi-page-no-repeated-header", "ruling/stroke-m-l-S", "unit/元", "heading/form-no", "heading/department", "page/footer-page-number"],
    );
    Fixture {
        name,
        pdf: bytes,
        golden,
    }
}
