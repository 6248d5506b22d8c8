//! Layout: glyphs -> words, lines, reading-order text.
