//! Painted paths -> ruling segments and filled rectangles.

use super::device::PaintEvent;
use super::page::{FilledRect, Ruling};

pub fn collect(_p: &PaintEvent<'_>, _rulings: &mut Vec<Ruling>, _fills: &mut Vec<FilledRect>) {}
