//! `extract --shard K/N`: a deterministic share of the inputs for batch schedulers (Slurm job
//! arrays, Kubernetes indexed jobs), so that N runs over the same inputs, each with its K,
//! together process every file once. A file's shard follows from its bytes alone: the first
//! eight bytes of its SHA-256 (its doc_id, read as a hexadecimal number) modulo N, plus one.
//! Adding inputs never moves a file to another shard, renaming or moving it does not either,
//! and copies of one file (one doc_id) land in the same shard, which keeps the first of them
//! as a single run does. A file that cannot be read is placed by the SHA-256 of its path as
//! given, so it becomes its error row in exactly one shard.

use std::io;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use rayon::prelude::*;
use sha2::{Digest, Sha256};

/// Shard `k` of `n`, 1-based.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub k: u64,
    pub n: u64,
}

impl FromStr for Shard {
    type Err = String;
    fn from_str(s: &str) -> Result<Shard, String> {
        let bad = || format!("bad shard {s:?}: K/N with 1 <= K <= N, e.g. 3/8");
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let (k, n) = (
            k.trim().parse::<u64>().map_err(|_| bad())?,
            n.trim().parse::<u64>().map_err(|_| bad())?,
        );
        if k == 0 || k > n {
            return Err(bad());
        }
        Ok(Shard { k, n })
    }
}

fn key(digest: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    for (d, s) in b.iter_mut().zip(digest) {
        *d = *s;
    }
    u64::from_be_bytes(b)
}

/// The 1-based shard of `n` that a file belongs to (read in pieces: never whole in memory).
pub fn shard_of(file: &Path, n: u64) -> u64 {
    let by_content = || -> io::Result<u64> {
        let mut h = Sha256::new();
        io::copy(&mut std::fs::File::open(file)?, &mut h)?;
        Ok(key(&h.finalize()))
    };
    let k = by_content()
        .unwrap_or_else(|_| key(&Sha256::digest(file.display().to_string().as_bytes())));
    k % n.max(1) + 1
}

/// The files of `files` in `shard`, in their order (hashed in parallel).
pub fn select(files: &[PathBuf], shard: Shard) -> Vec<PathBuf> {
    let keep: Vec<bool> = files
        .par_iter()
        .map(|f| shard_of(f, shard.n) == shard.k)
        .collect();
    files
        .iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(f, _)| f.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_k_of_n() {
        assert_eq!("3/8".parse::<Shard>(), Ok(Shard { k: 3, n: 8 }));
        for bad in ["0/4", "5/4", "1", "a/2", "1/0", ""] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }

    /// The shard is the doc_id as a number, modulo N, plus one.
    #[test]
    fn shard_follows_the_doc_id() {
        let d = std::env::temp_dir().join(format!("yusuan-shard-{}", std::process::id()));
        std::fs::create_dir_all(&d).unwrap();
        let f = d.join("abc.pdf");
        std::fs::write(&f, b"abc").unwrap();
        // SHA-256("abc") starts ba7816bf8f01cfea.
        let id = u64::from_str_radix("ba7816bf8f01cfea", 16).unwrap();
        for n in [1, 2, 3, 7, 64] {
            assert_eq!(shard_of(&f, n), id % n + 1);
        }
        let missing = d.join("missing.pdf");
        let by_path = shard_of(&missing, 5);
        assert!((1..=5).contains(&by_path));
        assert_eq!(shard_of(&missing, 5), by_path);
        std::fs::remove_dir_all(d).unwrap();
    }
}
