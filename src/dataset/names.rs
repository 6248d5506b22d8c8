//! File names as the dataset records them. `file` is the path as text; a path that is not
//! UTF-8 (GBK names from Chinese archives unpacked on Linux, say) has U+FFFD where its bytes
//! do not decode, which cannot be undone, so such a path is also recorded as `file_raw`: its
//! bytes percent-encoded (`%B2%C6%D5%FE.pdf`; ASCII but `%` and control characters kept as
//! they are). `file_raw` is empty (NULL) when `file` is the path exactly, which is nearly
//! always: a non-empty `file_raw` is what marks a name `file` cannot give back.

use std::path::{Path, PathBuf};

use percent_encoding::{AsciiSet, CONTROLS, percent_decode_str, percent_encode};

/// Bytes percent-encoded besides those outside ASCII: controls and `%` itself.
const ENCODED: &AsciiSet = &CONTROLS.add(b'%');

/// `(file, file_raw)` for a path.
pub fn record(path: &Path) -> (String, Option<String>) {
    let bytes = path.as_os_str().as_encoded_bytes();
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), None),
        Err(_) => (
            path.to_string_lossy().into_owned(),
            Some(percent_encode(bytes, ENCODED).to_string()),
        ),
    }
}

/// The path a row names: `file_raw` decoded when there is one, else `file`.
pub fn path(file: &str, file_raw: Option<&str>) -> PathBuf {
    match file_raw.filter(|r| !r.is_empty()) {
        Some(raw) => from_bytes(percent_decode_str(raw).collect()),
        None => PathBuf::from(file),
    }
}

#[cfg(unix)]
fn from_bytes(bytes: Vec<u8>) -> PathBuf {
    use std::os::unix::ffi::OsStringExt;
    PathBuf::from(std::ffi::OsString::from_vec(bytes))
}

/// Elsewhere a path's bytes are not a path in general: the text, U+FFFD and all.
#[cfg(not(unix))]
fn from_bytes(bytes: Vec<u8>) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_utf8_path_has_no_raw_name() {
        let p = Path::new("../shared/corpus/dept/部门预算 100%.pdf");
        assert_eq!(record(p), (p.to_str().unwrap().to_string(), None));
        assert_eq!(path(p.to_str().unwrap(), None), p);
    }

    #[cfg(unix)]
    #[test]
    fn a_gbk_path_comes_back_byte_for_byte() {
        use std::os::unix::ffi::OsStrExt;
        // 财政 in GBK (B2 C6 D5 FE), a % and a tab.
        let bytes = b"dir/\xb2\xc6\xd5\xfe 5%\t.pdf";
        let p = Path::new(std::ffi::OsStr::from_bytes(bytes));
        let (file, raw) = record(p);
        assert_eq!(file, "dir/\u{fffd}\u{fffd}\u{fffd}\u{fffd} 5%\t.pdf");
        assert_eq!(raw.as_deref(), Some("dir/%B2%C6%D5%FE 5%25%09.pdf"));
        assert_eq!(path(&file, raw.as_deref()).as_os_str().as_bytes(), bytes);
    }
}
