//! Content-stream interpreter.
