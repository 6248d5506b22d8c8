//! Budget semantics: table kinds, subject codes, units, exact amounts, measures and the
//! consistency checks that make a table's figures trustworthy.

pub mod amount;
pub mod area;
pub mod checks;
pub mod classify;
pub mod code;
pub mod disclosure;
pub mod document;
pub mod facts;
pub mod identity;
pub mod kind;
pub mod measure;
pub mod name;
pub mod narrative;
pub mod places;
pub mod prose;
pub mod stated;
pub mod statements;
pub mod summary;
