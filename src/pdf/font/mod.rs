//! Fonts: from a PDF font dictionary to a decoder of shown strings into character codes,
//! Unicode text and advance widths.
//!
//! Unicode comes from, in order: the font's ToUnicode CMap; for Type0 fonts, a predefined
//! Unicode CMap (UniGB-*) or the character collection's CID -> Unicode table (Adobe-GB1);
//! the embedded TrueType font's own cmap (through CIDToGIDMap); for simple fonts, the encoding
//! and glyph names. A code none of these maps is reported as undecoded, never guessed.

pub mod cmap;
pub mod encodings;
pub mod glyphnames;
pub mod predefined;
