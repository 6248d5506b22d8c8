//! Small, forgiving accessors over lopdf objects: references resolved (with a hop limit, so
//! reference chains and cycles end), wrong types read as absent.

use lopdf::{Dictionary, Document, Object, Stream};

const MAX_HOPS: usize = 32;

/// Follows references to a direct object.
pub fn resolve<'a>(doc: &'a Document, mut obj: &'a Object) -> Option<&'a Object> {
    for _ in 0..MAX_HOPS {
        match obj {
            Object::Reference(id) => obj = doc.objects.get(id)?,
            _ => return Some(obj),
        }
    }
    None
}

pub fn get<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    resolve(doc, dict.get(key).ok()?)
}

pub fn dict<'a>(doc: &'a Document, d: &'a Dictionary, key: &[u8]) -> Option<&'a Dictionary> {
    as_dict(get(doc, d, key)?)
}

/// A dictionary, or a stream's dictionary.
pub fn as_dict(obj: &Object) -> Option<&Dictionary> {
    match obj {
        Object::Dictionary(d) => Some(d),
        Object::Stream(s) => Some(&s.dict),
        _ => None,
    }
}

pub fn stream<'a>(doc: &'a Document, d: &'a Dictionary, key: &[u8]) -> Option<&'a Stream> {
    match get(doc, d, key)? {
        Object::Stream(s) => Some(s),
        _ => None,
    }
}

pub fn name<'a>(doc: &'a Document, d: &'a Dictionary, key: &[u8]) -> Option<&'a [u8]> {
    match get(doc, d, key)? {
        Object::Name(n) => Some(n),
        _ => None,
    }
}

pub fn number(obj: &Object) -> Option<f64> {
    match obj {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) if r.is_finite() => Some(f64::from(*r)),
        _ => None,
    }
}

pub fn num<'a>(doc: &'a Document, d: &'a Dictionary, key: &[u8]) -> Option<f64> {
    number(get(doc, d, key)?)
}

pub fn array<'a>(doc: &'a Document, d: &'a Dictionary, key: &[u8]) -> Option<&'a [Object]> {
    match get(doc, d, key)? {
        Object::Array(a) => Some(a),
        _ => None,
    }
}

/// Numbers of an array, resolving references; non-numbers read as 0.
pub fn numbers(doc: &Document, items: &[Object]) -> Vec<f64> {
    items
        .iter()
        .map(|o| resolve(doc, o).and_then(number).unwrap_or(0.0))
        .collect()
}

/// Decoded stream data, at most `limit` bytes. A damaged Flate stream yields what inflated
/// before the damage, as viewers show it.
pub fn stream_data(s: &Stream, limit: usize) -> Result<Vec<u8>, String> {
    match s.decompressed_content_with_limit(limit) {
        Ok(d) => Ok(d),
        Err(e) => {
            let flate_only = matches!(s.dict.get(b"Filter"), Ok(Object::Name(n)) if n == b"FlateDecode")
                || matches!(s.dict.get(b"Filter"), Ok(Object::Array(a))
                    if a.len() == 1 && matches!(a.first(), Some(Object::Name(n)) if n == b"FlateDecode"));
            if flate_only && !s.dict.has(b"DecodeParms") {
                let partial = inflate_partial(&s.content, limit);
                if !partial.is_empty() {
                    return Ok(partial);
                }
            }
            if s.dict.get(b"Filter").is_err() {
                return Ok(s.content.iter().copied().take(limit).collect());
            }
            Err(e.to_string())
        }
    }
}

fn inflate_partial(data: &[u8], limit: usize) -> Vec<u8> {
    let mut z = flate2::Decompress::new(true);
    let mut out = Vec::with_capacity(data.len().saturating_mul(4).min(limit));
    loop {
        if out.len() == out.capacity() {
            if out.len() >= limit {
                break;
            }
            out.reserve((out.len() + 4096).min(limit - out.len()));
        }
        let before_in = z.total_in();
        let before_out = z.total_out();
        let consumed = usize::try_from(before_in).unwrap_or(usize::MAX);
        let input = data.get(consumed..).unwrap_or_default();
        match z.decompress_vec(input, &mut out, flate2::FlushDecompress::None) {
            Ok(flate2::Status::StreamEnd) => break,
            Ok(_) if z.total_in() == before_in && z.total_out() == before_out => break,
            Ok(_) => {}
            Err(_) => break,
        }
    }
    out.truncate(limit);
    out
}
