//! Reading one input file without letting it hang or swamp the reader: regular files only
//! (a FIFO named x.pdf would block the open, a link to /dev/zero would never end), opened
//! without blocking, the header looked at before the rest is read, and files larger than the
//! memory limit refused before they are read.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// How much of the start of a file is searched for the `%PDF-` header (as readers do:
/// some files carry a few bytes of junk before it).
pub const HEADER_WINDOW: usize = 1024;

/// Why a file was not read.
#[derive(Debug)]
pub enum Refused {
    /// Not a regular file: a FIFO, a device, a socket or a directory (what it is).
    NotRegular(&'static str),
    /// No `%PDF-` header in the first [`HEADER_WINDOW`] bytes: the bytes read and the file's
    /// size. Only the head is read.
    NotPdf { head: Vec<u8>, size: u64 },
    /// Larger than the limit: the file's size and the limit, bytes. Nothing is read.
    TooLarge { size: u64, limit: u64 },
    /// The file system said no.
    Io(io::Error),
}

impl From<Refused> for super::Error {
    fn from(r: Refused) -> super::Error {
        match r {
            Refused::NotRegular(kind) => {
                super::Error::Io(io::Error::other(format!("not a regular file: {kind}")))
            }
            Refused::NotPdf { .. } => super::Error::NotPdf,
            Refused::TooLarge { limit, .. } => {
                super::Error::TooLarge(usize::try_from(limit).unwrap_or(usize::MAX))
            }
            Refused::Io(e) => super::Error::Io(e),
        }
    }
}

/// What a file that is not a regular file is.
pub fn file_kind(t: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if t.is_char_device() {
            return "a character device";
        }
        if t.is_block_device() {
            return "a block device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    if t.is_dir() {
        "a directory"
    } else if t.is_file() {
        "a regular file"
    } else {
        "not a regular file"
    }
}

/// Opens `path` for reading without blocking (a FIFO's open waits for a writer otherwise).
fn open(path: &Path) -> io::Result<File> {
    let mut o = std::fs::OpenOptions::new();
    o.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.custom_flags(libc::O_NONBLOCK);
    }
    o.open(path)
}

/// The bytes of a PDF file at most `limit` bytes long. Links are followed, but what they lead
/// to must be a regular file (looked at before opening, and again on the open file).
pub fn read(path: &Path, limit: u64) -> Result<Vec<u8>, Refused> {
    let meta = std::fs::metadata(path).map_err(Refused::Io)?;
    if !meta.is_file() {
        return Err(Refused::NotRegular(file_kind(meta.file_type())));
    }
    let mut f = open(path).map_err(Refused::Io)?;
    let meta = f.metadata().map_err(Refused::Io)?;
    if !meta.is_file() {
        return Err(Refused::NotRegular(file_kind(meta.file_type())));
    }
    let size = meta.len();
    let mut head = Vec::with_capacity(HEADER_WINDOW);
    (&mut f)
        .take(HEADER_WINDOW as u64)
        .read_to_end(&mut head)
        .map_err(Refused::Io)?;
    if !head.is_empty() && !head.windows(5).any(|w| w == b"%PDF-") {
        return Err(Refused::NotPdf { head, size });
    }
    if size > limit {
        return Err(Refused::TooLarge { size, limit });
    }
    let mut bytes = head;
    bytes.reserve(
        usize::try_from(size)
            .unwrap_or(0)
            .saturating_sub(bytes.len()),
    );
    // The size may have grown since: never read past the limit.
    (&mut f)
        .take(limit.saturating_sub(bytes.len() as u64).saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(Refused::Io)?;
    if bytes.len() as u64 > limit {
        return Err(Refused::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// A size in bytes for a person: "4.0 GiB", "57 KiB", "312 bytes".
pub fn size_text(n: u64) -> String {
    const KIB: f64 = 1024.0;
    let x = n as f64;
    if x >= KIB * KIB * KIB {
        format!("{:.1} GiB", x / (KIB * KIB * KIB))
    } else if x >= KIB * KIB {
        format!("{:.0} MiB", x / (KIB * KIB))
    } else if x >= KIB {
        format!("{:.0} KiB", x / KIB)
    } else {
        format!("{n} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(size_text(312), "312 bytes");
        assert_eq!(size_text(57 * 1024), "57 KiB");
        assert_eq!(size_text(512 << 20), "512 MiB");
        assert_eq!(size_text(4 << 30), "4.0 GiB");
    }

    #[test]
    fn refusals() {
        let dir = std::env::temp_dir().join(format!("yusuan-input-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let pdf = dir.join("a.pdf");
        std::fs::write(&pdf, b"%PDF-1.4\n%%EOF\n").unwrap();
        assert_eq!(read(&pdf, 1 << 20).unwrap(), b"%PDF-1.4\n%%EOF\n");
        assert!(matches!(
            read(&pdf, 4),
            Err(Refused::TooLarge { size: 15, limit: 4 })
        ));
        let html = dir.join("b.pdf");
        std::fs::write(&html, b"<html>").unwrap();
        assert!(matches!(
            read(&html, 4),
            Err(Refused::NotPdf { size: 6, .. })
        ));
        assert!(matches!(
            read(&dir, 4),
            Err(Refused::NotRegular("a directory"))
        ));
        #[cfg(unix)]
        assert!(matches!(
            read(Path::new("/dev/zero"), 1 << 20),
            Err(Refused::NotRegular("a character device"))
        ));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
