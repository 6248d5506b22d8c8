//! Content-stream lexer: a stream of operands and [`Operator`]s, borrowed from the input where
//! it can be. Written for robustness first: garbage bytes are skipped, unbalanced delimiters end
//! at the stream's end, and inline image data (BI … ID … EI) is stepped over as binary.

use std::borrow::Cow;

mod operator;

pub use operator::Operator;

/// One operand of a content-stream operator.
#[derive(Debug, Clone, PartialEq)]
pub enum Operand<'a> {
    Number(f64),
    /// A name with its `#xx` escapes resolved (resource names in GBK are written so).
    Name(Cow<'a, [u8]>),
    /// A literal or hex string, escapes resolved.
    Str(Cow<'a, [u8]>),
    Array(Vec<Operand<'a>>),
    /// Dictionaries only matter to marked content and inline images: their contents are skipped.
    Dict,
    Bool(bool),
    Null,
}

impl Operand<'_> {
    pub fn number(&self) -> Option<f64> {
        match self {
            Operand::Number(n) => Some(*n),
            _ => None,
        }
    }
}

/// Deepest array nesting kept; deeper input is flattened away (no recursion blow-up).
const MAX_DEPTH: usize = 32;

pub struct Lexer<'a> {
    data: &'a [u8],
    pos: usize,
}

fn is_white(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\r' | b'\t' | b'\x0c' | b'\0')
}

fn is_delim(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

fn is_regular(b: u8) -> bool {
    !is_white(b) && !is_delim(b)
}

/// Resolves `#xx` escapes in a name; a `#` not followed by two hex digits stays as it is.
fn unescape_name(raw: &[u8]) -> Cow<'_, [u8]> {
    if !raw.contains(&b'#') {
        return Cow::Borrowed(raw);
    }
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while let Some(&b) = raw.get(i) {
        let hex = (b == b'#')
            .then(|| Some(hex_val(*raw.get(i + 1)?)? << 4 | hex_val(*raw.get(i + 2)?)?))
            .flatten();
        match hex {
            Some(v) => {
                out.push(v);
                i += 3;
            }
            None => {
                out.push(b);
                i += 1;
            }
        }
    }
    Cow::Owned(out)
}

fn hex_val(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

impl<'a> Lexer<'a> {
    pub fn new(data: &'a [u8]) -> Lexer<'a> {
        Lexer { data, pos: 0 }
    }

    fn peek(&self) -> Option<u8> {
        self.data.get(self.pos).copied()
    }

    fn skip_white(&mut self) {
        while let Some(b) = self.peek() {
            if is_white(b) {
                self.pos += 1;
            } else if b == b'%' {
                while let Some(c) = self.peek() {
                    if c == b'\n' || c == b'\r' {
                        break;
                    }
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    fn regular_token(&mut self) -> &'a [u8] {
        let start = self.pos;
        while self.peek().is_some_and(is_regular) {
            self.pos += 1;
        }
        self.data.get(start..self.pos).unwrap_or_default()
    }

    /// Reads operands into `operands` (cleared first) up to the next operator, which it
    /// returns; `None` at the end of the stream.
    pub fn next_op(&mut self, operands: &mut Vec<Operand<'a>>) -> Option<Operator<'a>> {
        operands.clear();
        loop {
            self.skip_white();
            let b = self.peek()?;
            match self.object(b, 0) {
                Some(Token::Operand(op)) => {
                    // Runaway operand lists come from garbage: keep the tail only.
                    if operands.len() >= 4096 {
                        operands.clear();
                    }
                    operands.push(op)
                }
                Some(Token::Operator(op)) => {
                    let op = Operator::from_bytes(op);
                    if op == Operator::BeginInlineImage {
                        self.skip_inline_image();
                    }
                    return Some(op);
                }
                None => {}
            }
        }
    }

    fn object(&mut self, b: u8, depth: usize) -> Option<Token<'a>> {
        match b {
            b'/' => {
                self.pos += 1;
                Some(Token::Operand(Operand::Name(unescape_name(
                    self.regular_token(),
                ))))
            }
            b'(' => Some(Token::Operand(Operand::Str(self.literal_string()))),
            b'<' if self.data.get(self.pos + 1) == Some(&b'<') => {
                self.skip_dict();
                Some(Token::Operand(Operand::Dict))
            }
            b'<' => Some(Token::Operand(Operand::Str(Cow::Owned(self.hex_string())))),
            b'[' => {
                self.pos += 1;
                Some(Token::Operand(Operand::Array(self.array(depth + 1))))
            }
            b'0'..=b'9' | b'+' | b'-' | b'.' => {
                let tok = self.regular_token();
                Some(Token::Operand(Operand::Number(parse_number(tok))))
            }
            _ if is_regular(b) => {
                let tok = self.regular_token();
                Some(match tok {
                    b"true" => Token::Operand(Operand::Bool(true)),
                    b"false" => Token::Operand(Operand::Bool(false)),
                    b"null" => Token::Operand(Operand::Null),
                    _ => Token::Operator(tok),
                })
            }
            _ => {
                // A stray delimiter (`)`, `>`, `]`, `{`, `}`): skip it.
                self.pos += 1;
                None
            }
        }
    }

    fn array(&mut self, depth: usize) -> Vec<Operand<'a>> {
        let mut items = Vec::new();
        loop {
            self.skip_white();
            let Some(b) = self.peek() else { return items };
            if b == b']' {
                self.pos += 1;
                return items;
            }
            if b == b'[' && depth >= MAX_DEPTH {
                self.pos += 1;
                continue;
            }
            match self.object(b, depth) {
                Some(Token::Operand(op)) => items.push(op),
                // An operator inside an array means a missing `]`: end the array here and let
                // the operator be read again by the caller.
                Some(Token::Operator(op)) => {
                    self.pos -= op.len();
                    return items;
                }
                None => {}
            }
        }
    }

    fn literal_string(&mut self) -> Cow<'a, [u8]> {
        self.pos += 1; // (
        let start = self.pos;
        // Fast path: no escapes and balanced parentheses -> borrow.
        let mut depth = 0usize;
        let mut i = self.pos;
        while let Some(&c) = self.data.get(i) {
            match c {
                b'\\' => break,
                b'(' => depth += 1,
                b')' if depth == 0 => {
                    self.pos = i + 1;
                    return Cow::Borrowed(self.data.get(start..i).unwrap_or_default());
                }
                b')' => depth -= 1,
                _ => {}
            }
            i += 1;
        }
        let mut out = Vec::new();
        let mut depth = 0usize;
        while let Some(c) = self.peek() {
            self.pos += 1;
            match c {
                b'(' => {
                    depth += 1;
                    out.push(c);
                }
                b')' if depth == 0 => break,
                b')' => {
                    depth -= 1;
                    out.push(c);
                }
                b'\\' => self.escape(&mut out),
                _ => out.push(c),
            }
        }
        Cow::Owned(out)
    }

    fn escape(&mut self, out: &mut Vec<u8>) {
        let Some(c) = self.peek() else { return };
        self.pos += 1;
        match c {
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'\r' => {
                if self.peek() == Some(b'\n') {
                    self.pos += 1;
                }
            }
            b'\n' => {}
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                for _ in 0..2 {
                    match self.peek() {
                        Some(d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            self.pos += 1;
                        }
                        _ => break,
                    }
                }
                out.push((v & 0xff) as u8);
            }
            other => out.push(other),
        }
    }

    fn hex_string(&mut self) -> Vec<u8> {
        self.pos += 1; // <
        let mut out = Vec::new();
        let mut hi: Option<u8> = None;
        while let Some(c) = self.peek() {
            self.pos += 1;
            if c == b'>' {
                break;
            }
            if let Some(v) = hex_val(c) {
                match hi.take() {
                    Some(h) => out.push(h << 4 | v),
                    None => hi = Some(v),
                }
            }
        }
        if let Some(h) = hi {
            out.push(h << 4);
        }
        out
    }

    fn skip_dict(&mut self) {
        let mut depth = 0usize;
        while let Some(c) = self.peek() {
            match c {
                b'<' if self.data.get(self.pos + 1) == Some(&b'<') => {
                    depth += 1;
                    self.pos += 2;
                }
                b'>' if self.data.get(self.pos + 1) == Some(&b'>') => {
                    self.pos += 2;
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return;
                    }
                }
                b'(' => {
                    self.literal_string();
                }
                _ => self.pos += 1,
            }
        }
    }

    /// Steps over `<inline image dict> ID <data> EI`. The data length is not known without
    /// decoding, so the end is the first `EI` that stands alone as a token followed by
    /// whitespace or the end, as readers conventionally do.
    fn skip_inline_image(&mut self) {
        // Find the ID operator.
        let mut ops = Vec::new();
        loop {
            self.skip_white();
            let Some(b) = self.peek() else { return };
            match self.object(b, 0) {
                Some(Token::Operator(b"ID")) => break,
                Some(Token::Operator(_)) => return,
                Some(Token::Operand(op)) if ops.len() < 64 => ops.push(op),
                Some(Token::Operand(_)) => {}
                None => {}
            }
        }
        self.pos += 1; // the single white-space byte after ID
        while self.pos + 1 < self.data.len() {
            let here = self.data.get(self.pos..self.pos + 2);
            let before = self
                .pos
                .checked_sub(1)
                .and_then(|p| self.data.get(p))
                .copied();
            let after = self.data.get(self.pos + 2).copied();
            if here == Some(b"EI")
                && before.is_none_or(is_white)
                && after.is_none_or(|a| is_white(a) || is_delim(a))
            {
                self.pos += 2;
                return;
            }
            self.pos += 1;
        }
        self.pos = self.data.len();
    }
}

enum Token<'a> {
    Operand(Operand<'a>),
    Operator(&'a [u8]),
}

/// PDF numbers, leniently: `--5`, `1.2.3`, `5-` and other producer slips read as the
/// longest sensible prefix; nothing parseable is 0.
fn parse_number(tok: &[u8]) -> f64 {
    let mut neg = false;
    let mut i = 0;
    while let Some(&c) = tok.get(i) {
        match c {
            b'-' => neg = !neg,
            b'+' => {}
            _ => break,
        }
        i += 1;
    }
    let mut int: f64 = 0.0;
    let mut frac: f64 = 0.0;
    let mut scale = 1.0;
    let mut seen_dot = false;
    for &c in tok.get(i..).unwrap_or_default() {
        match c {
            b'0'..=b'9' if seen_dot => {
                scale /= 10.0;
                frac += f64::from(c - b'0') * scale;
            }
            b'0'..=b'9' => int = int * 10.0 + f64::from(c - b'0'),
            b'.' if !seen_dot => seen_dot = true,
            _ => break,
        }
    }
    let v = int + frac;
    let v = if v.is_finite() { v } else { 0.0 };
    if neg { -v } else { v }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(data: &[u8]) -> Vec<(String, Vec<Operand<'_>>)> {
        let mut lx = Lexer::new(data);
        let mut operands = Vec::new();
        let mut out = Vec::new();
        while let Some(op) = lx.next_op(&mut operands) {
            out.push((
                String::from_utf8_lossy(op.as_bytes()).into_owned(),
                operands.clone(),
            ));
        }
        out
    }

    #[test]
    fn numbers_names_strings() {
        let r = ops(b"1 0 0 -1.5 .5 +3 cm /F1 12 Tf (a\\(b\\)c\\101\\n) Tj <4E2D 5> Tj");
        assert_eq!(r.len(), 4);
        assert_eq!(r[0].1[3], Operand::Number(-1.5));
        assert_eq!(r[0].1[4], Operand::Number(0.5));
        assert_eq!(r[1].1[0], Operand::Name(Cow::Borrowed(b"F1")));
        assert_eq!(r[2].1[0], Operand::Str(Cow::Borrowed(&b"a(b)cA\n"[..])));
        assert_eq!(r[3].1[0], Operand::Str(Cow::Owned(vec![0x4e, 0x2d, 0x50])));
    }

    #[test]
    fn name_escapes() {
        // GBK bytes written as #xx, raw, and a `#` that is no escape.
        let r = ops(b"/F#D6#D0\xd6\xd0 12 Tf /A#2 Do /#41#4 Do");
        assert_eq!(
            r[0].1[0],
            Operand::Name(Cow::Owned(b"F\xd6\xd0\xd6\xd0".to_vec()))
        );
        assert_eq!(r[1].1[0], Operand::Name(Cow::Owned(b"A#2".to_vec())));
        assert_eq!(r[2].1[0], Operand::Name(Cow::Owned(b"A#4".to_vec())));
    }

    #[test]
    fn balanced_parens_and_arrays() {
        let r = ops(b"[(x(y)z) -250 (w)] TJ");
        assert_eq!(r[0].0, "TJ");
        let Operand::Array(items) = &r[0].1[0] else {
            panic!("not an array")
        };
        assert_eq!(items.len(), 3);
        assert_eq!(items[0], Operand::Str(Cow::Borrowed(&b"x(y)z"[..])));
        assert_eq!(items[1], Operand::Number(-250.0));
    }

    #[test]
    fn inline_image_is_skipped() {
        let r = ops(b"q BI /W 2 /H 2 /BPC 8 /CS /G ID \x00EI\xffEIx\x01 EI Q (t) Tj");
        let names: Vec<_> = r.iter().map(|(o, _)| o.as_str()).collect();
        assert_eq!(names, ["q", "BI", "Q", "Tj"]);
    }

    #[test]
    fn garbage_never_panics() {
        for data in [
            &b")))]]>>{{ 1 2 3"[..],
            b"(unterminated",
            b"<abc",
            b"[[[[",
            b"<<",
            b"\\",
            b"BI ID",
        ] {
            let _ = ops(data);
        }
        let deep = "[".repeat(10_000);
        let _ = ops(deep.as_bytes());
    }

    #[test]
    fn sloppy_numbers() {
        assert_eq!(parse_number(b"--5"), 5.0);
        assert_eq!(parse_number(b"1.2.3"), 1.2);
        assert_eq!(parse_number(b"-.5"), -0.5);
        assert_eq!(parse_number(b"-"), 0.0);
    }
}
