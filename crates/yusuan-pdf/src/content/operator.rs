//! The operators of a content stream (PDF 32000-1, Annex A), as the lexer returns them.

macro_rules! operators {
    ($($bytes:literal => $name:ident: $doc:literal,)*) => {
        /// A content-stream operator. Every operator of PDF 32000-1 has a variant, those the
        /// interpreter ignores too, so that another consumer of the lexer can act on them.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Operator<'a> {
            $(
                #[doc = concat!("`", $doc, "`")]
                $name,
            )*
            /// Not an operator of the standard (garbage, or a producer's own): its bytes.
            Unknown(&'a [u8]),
        }

        impl<'a> Operator<'a> {
            /// The operator these bytes name.
            pub fn from_bytes(op: &'a [u8]) -> Operator<'a> {
                match op {
                    $($bytes => Operator::$name,)*
                    other => Operator::Unknown(other),
                }
            }

            /// The operator as written in a content stream.
            pub fn as_bytes(&self) -> &'a [u8] {
                match *self {
                    $(Operator::$name => $bytes,)*
                    Operator::Unknown(other) => other,
                }
            }
        }

        #[cfg(test)]
        const ALL: &[&[u8]] = &[$($bytes),*];
    };
}

operators! {
    // General graphics state.
    b"q" => Save: "q",
    b"Q" => Restore: "Q",
    b"cm" => Concat: "cm",
    b"w" => LineWidth: "w",
    b"J" => LineCap: "J",
    b"j" => LineJoin: "j",
    b"M" => MiterLimit: "M",
    b"d" => Dash: "d",
    b"ri" => Intent: "ri",
    b"i" => Flatness: "i",
    b"gs" => ExtGState: "gs",
    // Path construction.
    b"m" => MoveTo: "m",
    b"l" => LineTo: "l",
    b"c" => CurveTo: "c",
    b"v" => CurveToV: "v",
    b"y" => CurveToY: "y",
    b"h" => ClosePath: "h",
    b"re" => Rectangle: "re",
    // Path painting.
    b"S" => Stroke: "S",
    b"s" => CloseStroke: "s",
    b"f" => Fill: "f",
    b"F" => FillOld: "F",
    b"f*" => FillEvenOdd: "f*",
    b"B" => FillStroke: "B",
    b"B*" => FillStrokeEvenOdd: "B*",
    b"b" => CloseFillStroke: "b",
    b"b*" => CloseFillStrokeEvenOdd: "b*",
    b"n" => EndPath: "n",
    // Clipping.
    b"W" => Clip: "W",
    b"W*" => ClipEvenOdd: "W*",
    // Text objects, state, positioning and showing.
    b"BT" => BeginText: "BT",
    b"ET" => EndText: "ET",
    b"Tc" => CharSpacing: "Tc",
    b"Tw" => WordSpacing: "Tw",
    b"Tz" => HorizontalScaling: "Tz",
    b"TL" => Leading: "TL",
    b"Tf" => Font: "Tf",
    b"Tr" => RenderMode: "Tr",
    b"Ts" => Rise: "Ts",
    b"Td" => MoveText: "Td",
    b"TD" => MoveTextSetLeading: "TD",
    b"Tm" => TextMatrix: "Tm",
    b"T*" => NextLine: "T*",
    b"Tj" => ShowText: "Tj",
    b"TJ" => ShowTextArray: "TJ",
    b"'" => NextLineShowText: "'",
    b"\"" => NextLineSpacingShowText: "\"",
    // Type 3 glyph metrics.
    b"d0" => Type3Width: "d0",
    b"d1" => Type3WidthBox: "d1",
    // Colour.
    b"CS" => StrokeColorSpace: "CS",
    b"cs" => FillColorSpace: "cs",
    b"SC" => StrokeColor: "SC",
    b"SCN" => StrokeColorN: "SCN",
    b"sc" => FillColor: "sc",
    b"scn" => FillColorN: "scn",
    b"G" => StrokeGray: "G",
    b"g" => FillGray: "g",
    b"RG" => StrokeRgb: "RG",
    b"rg" => FillRgb: "rg",
    b"K" => StrokeCmyk: "K",
    b"k" => FillCmyk: "k",
    // Shading, XObjects and inline images (the lexer steps over the data after BI).
    b"sh" => Shading: "sh",
    b"Do" => XObject: "Do",
    b"BI" => BeginInlineImage: "BI",
    b"ID" => InlineImageData: "ID",
    b"EI" => EndInlineImage: "EI",
    // Marked content and compatibility sections.
    b"MP" => MarkedPoint: "MP",
    b"DP" => MarkedPointProperties: "DP",
    b"BMC" => BeginMarkedContent: "BMC",
    b"BDC" => BeginMarkedContentProperties: "BDC",
    b"EMC" => EndMarkedContent: "EMC",
    b"BX" => BeginCompatibility: "BX",
    b"EX" => EndCompatibility: "EX",
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::{ALL, Operator};

    #[test]
    fn the_73_operators_of_the_standard_round_trip() {
        assert_eq!(ALL.len(), 73);
        for &bytes in ALL {
            let op = Operator::from_bytes(bytes);
            assert!(!matches!(op, Operator::Unknown(_)), "{bytes:?}");
            assert_eq!(op.as_bytes(), bytes);
        }
        let distinct: HashSet<_> = ALL.iter().map(|&b| Operator::from_bytes(b)).collect();
        assert_eq!(distinct.len(), 73, "two byte strings name one operator");
    }

    #[test]
    fn anything_else_is_unknown_and_kept() {
        for bytes in [&b"QQ"[..], b"tj", b"EMCx", b"\xff", b""] {
            assert_eq!(Operator::from_bytes(bytes), Operator::Unknown(bytes));
            assert_eq!(Operator::from_bytes(bytes).as_bytes(), bytes);
        }
    }
}
