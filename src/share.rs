//! Work shared out an item at a time, for the pages of a document. A batch already keeps
//! every core busy with files; splitting a document's pages in halves (as rayon's iterators
//! do) makes a thread that steals one half finish it before going back to its own file, while
//! the first thread waits for it. Here the calling thread works through the items in turn,
//! and threads of the current rayon pool that come free join in, one item at a time, so
//! nobody waits longer than one item takes.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

/// `items.iter().map(f).collect()`, with idle threads of the current rayon pool helping.
/// A panic in `f` is raised again here, as a sequential map would.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let shares = Mutex::new(Vec::new());
    let work = || {
        let mut mine = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else { break };
            mine.push((i, f(item)));
        }
        shares
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(mine);
    };
    let helpers = rayon::current_num_threads()
        .saturating_sub(1)
        .min(items.len().saturating_sub(1));
    rayon::scope(|s| {
        for _ in 0..helpers {
            s.spawn(|_| work());
        }
        work();
    });
    let mut all: Vec<(usize, R)> = shares
        .into_inner()
        .unwrap_or_else(PoisonError::into_inner)
        .into_iter()
        .flatten()
        .collect();
    all.sort_unstable_by_key(|(i, _)| *i);
    all.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::map;

    #[test]
    fn keeps_the_order_in_any_pool() {
        let items: Vec<u32> = (0..1000).collect();
        let want: Vec<u64> = items.iter().map(|&x| u64::from(x) * 3).collect();
        for threads in [1, 2, 5] {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            let got = pool.install(|| map(&items, |&x| u64::from(x) * 3));
            assert_eq!(got, want, "{threads} threads");
        }
        assert!(map(&[] as &[u8], |&x| x).is_empty());
    }

    #[test]
    fn a_panic_reaches_the_caller() {
        let r = std::panic::catch_unwind(|| {
            map(&[1, 2, 3], |&x| if x == 2 { panic!("two") } else { x })
        });
        assert!(r.is_err());
    }
}
