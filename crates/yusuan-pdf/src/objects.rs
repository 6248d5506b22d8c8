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

/// A stream whose only filter is FlateDecode without a predictor: the common case, which we
/// inflate ourselves so that damage is seen (lopdf returns a silent prefix on a bad checksum).
fn plain_flate(s: &Stream) -> bool {
    let filter_ok = match s.dict.get(b"Filter") {
        Ok(Object::Name(n)) => n == b"FlateDecode",
        Ok(Object::Array(a)) => matches!(a.as_slice(), [Object::Name(n)] if n == b"FlateDecode"),
        _ => false,
    };
    let predictor = match s.dict.get(b"DecodeParms") {
        Ok(Object::Dictionary(d)) => d.get(b"Predictor").ok().and_then(number).unwrap_or(1.0),
        Ok(Object::Array(a)) => match a.first() {
            Some(Object::Dictionary(d)) => d.get(b"Predictor").ok().and_then(number).unwrap_or(1.0),
            _ => 1.0,
        },
        _ => 1.0,
    };
    filter_ok && predictor <= 1.0
}

/// Decoded stream data, at most `limit` bytes (beyond it the stream is an error: a
/// decompression bomb). A damaged Flate stream yields everything that inflated before the
/// damage, as qpdf and mutool give it.
pub fn stream_data(s: &Stream, limit: usize) -> Result<Vec<u8>, String> {
    if plain_flate(s) {
        return inflate(&s.content, limit);
    }
    if s.dict.get(b"Filter").is_err() {
        return if s.content.len() > limit {
            Err(format!("stream larger than the limit of {limit} bytes"))
        } else {
            Ok(s.content.clone())
        };
    }
    s.decompressed_content_with_limit(limit)
        .map_err(|e| e.to_string())
}

/// Inflates zlib data (or raw deflate, which some producers write), keeping the output made
/// before any error.
fn inflate(data: &[u8], limit: usize) -> Result<Vec<u8>, String> {
    let zlib_header = matches!(data, [cmf, flg, ..] if cmf & 0x0f == 8 && (u16::from(*cmf) << 8 | u16::from(*flg)) % 31 == 0);
    let mut z = flate2::Decompress::new(zlib_header);
    let mut out = Vec::with_capacity(data.len().saturating_mul(4).clamp(64, limit.max(64)));
    loop {
        if out.len() == out.capacity() {
            if out.len() >= limit {
                return Err(format!("stream inflates beyond the limit of {limit} bytes"));
            }
            out.reserve(out.len().clamp(4096, limit - out.len()));
        }
        let consumed = usize::try_from(z.total_in()).unwrap_or(usize::MAX);
        let input = data.get(consumed..).unwrap_or_default();
        let before = (z.total_in(), z.total_out());
        match z.decompress_vec(input, &mut out, flate2::FlushDecompress::None) {
            Ok(flate2::Status::StreamEnd) => break,
            Ok(_) if (z.total_in(), z.total_out()) == before => break,
            Ok(_) => {}
            Err(e) if out.is_empty() => return Err(format!("FlateDecode: {e}")),
            Err(_) => break,
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn inflate_whole_damaged_and_bomb() {
        let text = b"BT /F1 12 Tf (hello) Tj ET\n".repeat(1000);
        let z = zlib(&text);
        assert_eq!(inflate(&z, 1 << 20).unwrap(), text);
        // A wrong checksum keeps everything that inflated.
        let mut bad = z.clone();
        let n = bad.len();
        bad[n - 1] ^= 0xff;
        assert_eq!(inflate(&bad, 1 << 20).unwrap(), text);
        // Truncated: a prefix.
        let cut = inflate(&z[..z.len() / 2], 1 << 20).unwrap();
        assert!(!cut.is_empty() && text.starts_with(&cut));
        // Beyond the limit: an error, not an allocation.
        assert!(inflate(&zlib(&vec![0u8; 1 << 20]), 1000).is_err());
        // Raw deflate without the zlib header.
        let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(&text).unwrap();
        assert_eq!(inflate(&e.finish().unwrap(), 1 << 20).unwrap(), text);
    }
}
