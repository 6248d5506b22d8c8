//! Content-stream lexer.
