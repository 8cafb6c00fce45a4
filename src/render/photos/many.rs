//! A book's photos prepared on every core: each file once, however many stories show it.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::cache::{PhotoCache, shared};
use super::{Fit, Photo, PhotoError, Prepared};

/// At most this many photos are worked on at once: each takes some tens of MB while it is.
const MOST_THREADS: usize = 8;

/// Each of `photos` prepared for `fit` ([`Photo::prepared`]), in their order. The distinct
/// files are shared among the computer's cores; a file that several photos name (the same
/// photo in two stories) is prepared once, and an error still names each photo it concerns.
pub fn prepare_all(photos: &[&Photo], fit: Fit) -> Vec<Result<Prepared, PhotoError>> {
    prepare_all_in(photos, fit, shared())
}

/// [`prepare_all`] with `cache` (or none) instead of the program's.
pub fn prepare_all_in(
    photos: &[&Photo],
    fit: Fit,
    cache: Option<&PhotoCache>,
) -> Vec<Result<Prepared, PhotoError>> {
    // Which distinct file each photo is, and the first photo of each file.
    let mut files: Vec<PathBuf> = Vec::new();
    let mut first: Vec<usize> = Vec::new();
    let mut file_of: Vec<usize> = Vec::with_capacity(photos.len());
    for (index, photo) in photos.iter().enumerate() {
        let file = std::fs::canonicalize(&photo.file).unwrap_or_else(|_| photo.file.clone());
        match files.iter().position(|f| *f == file) {
            Some(known) => file_of.push(known),
            None => {
                file_of.push(files.len());
                files.push(file);
                first.push(index);
            }
        }
    }
    let distinct: Vec<&Photo> = first.iter().map(|&i| photos[i]).collect();
    let mut done = prepare_each(&distinct, fit, cache);
    // How many photos still want each file's result: the last one takes it, the others copy.
    let mut wanted = vec![0usize; files.len()];
    for &file in &file_of {
        wanted[file] += 1;
    }
    photos
        .iter()
        .zip(&file_of)
        .enumerate()
        .map(|(index, (photo, &file))| {
            wanted[file] -= 1;
            match &done[file] {
                Some(Ok(prepared)) if wanted[file] > 0 => Ok(prepared.clone()),
                // An error names its photo: another photo of the file gets its own.
                Some(Err(_)) if first[file] != index => photo.prepared_with(fit, cache),
                _ => done[file]
                    .take()
                    .unwrap_or_else(|| photo.prepared_with(fit, cache)),
            }
        })
        .collect()
}

/// `photos` prepared, each on one of the worker threads as they come free.
fn prepare_each(
    photos: &[&Photo],
    fit: Fit,
    cache: Option<&PhotoCache>,
) -> Vec<Option<Result<Prepared, PhotoError>>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(MOST_THREADS)
        .min(photos.len());
    if threads <= 1 {
        return photos
            .iter()
            .map(|p| Some(p.prepared_with(fit, cache)))
            .collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<Option<Result<Prepared, PhotoError>>> =
        std::iter::repeat_with(|| None).take(photos.len()).collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(photo) = photos.get(index) else {
                            break mine;
                        };
                        mine.push((index, photo.prepared_with(fit, cache)));
                    }
                })
            })
            .collect();
        for worker in workers {
            let finished = worker
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e));
            for (index, result) in finished {
                done[index] = Some(result);
            }
        }
    });
    done
}
