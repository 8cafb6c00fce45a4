//! Photos prepared once: kept in a cache folder by their file's content and purpose, never
//! past the cache's bound, unharmed by the folder vanishing at any moment, and shared by a
//! book's stories; `workshop compile` run twice prepares nothing the second time.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use povestitor::render::{Fit, Photo, PhotoCache, Prepared, prepare_all, prepare_all_in};

use crate::common::{povestitor, stderr_of};
use crate::export_common::Docx;
use crate::export_common::phone::{sensor_jpeg, with_orientation};

/// A small photo lying on its side (orientation 6), so it must be turned: prepared, not
/// taken as it is. `n` makes each one a different picture.
fn sideways(n: u32) -> Vec<u8> {
    with_orientation(&sensor_jpeg(40 + n, 30), 6)
}

fn photo(file: &Path) -> Photo {
    Photo {
        number: 1,
        step: "Fotografii".into(),
        path: file.file_name().unwrap().to_string_lossy().into_owned(),
        file: file.to_path_buf(),
        published: "foto.jpg".into(),
    }
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let file = dir.join(name);
    std::fs::write(&file, bytes).unwrap();
    file
}

#[test]
fn a_photo_is_made_once_and_made_again_when_its_file_changes() {
    let dir = tempfile::tempdir().unwrap();
    let cache = PhotoCache::new(dir.path().join("cache"));
    let file = write(dir.path(), "a.jpg", &sideways(1));
    let fresh = photo(&file).prepared_with(Fit::DOCX, None).unwrap();
    let first = photo(&file).prepared_with(Fit::DOCX, Some(&cache)).unwrap();
    let again = photo(&file).prepared_with(Fit::DOCX, Some(&cache)).unwrap();
    assert_eq!((cache.misses(), cache.hits()), (1, 1));
    assert_eq!(first, fresh, "the cache changes nothing");
    assert_eq!(again, fresh);
    assert_eq!((again.width, again.height), (30, 41), "turned upright");
    // Another purpose is another entry; a blog and a copy beside an article share theirs.
    photo(&file).prepared_with(Fit::BLOG, Some(&cache)).unwrap();
    photo(&file)
        .prepared_with(Fit::BESIDE_ARTICLE, Some(&cache))
        .unwrap();
    assert_eq!((cache.misses(), cache.hits()), (2, 2));
    // The same file's name, another picture: made again, from the new one.
    std::fs::write(&file, sideways(9)).unwrap();
    let changed = photo(&file).prepared_with(Fit::DOCX, Some(&cache)).unwrap();
    assert_eq!(cache.misses(), 3);
    assert_eq!((changed.width, changed.height), (30, 49));
    // Photos that need nothing are never kept: they are their own file.
    let upright = write(dir.path(), "b.jpg", &sensor_jpeg(40, 30));
    let kept = photo(&upright)
        .prepared_with(Fit::DOCX, Some(&cache))
        .unwrap();
    assert_eq!(kept.bytes, std::fs::read(&upright).unwrap());
    assert_eq!((cache.misses(), cache.hits()), (3, 2));
}

#[test]
fn the_cache_never_grows_past_its_bound() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "a.jpg", &sideways(0));
    let one = photo(&file)
        .prepared_with(Fit::DOCX, None)
        .unwrap()
        .bytes
        .len() as u64;
    // Room for about three photos of this size.
    let cache = PhotoCache::with_bound(dir.path().join("cache"), 3 * one + 100);
    for n in 0..15 {
        std::fs::write(&file, sideways(n)).unwrap();
        photo(&file).prepared_with(Fit::DOCX, Some(&cache)).unwrap();
        let size = cache.size();
        assert!(size <= cache.bound(), "{size} bytes after photo {n}");
        assert!(size > 0, "photo {n} was kept");
        // The newest is always there.
        photo(&file).prepared_with(Fit::DOCX, Some(&cache)).unwrap();
        assert_eq!(
            cache.hits(),
            n as usize + 1,
            "photo {n} is taken from the cache"
        );
    }
    let entries = std::fs::read_dir(cache.folder()).unwrap().count();
    assert!((1..=3).contains(&entries), "{entries} entries");
}

/// A folder deleted again and again while photos are prepared (a cleaning tool, the user):
/// every photo still comes out right, and nothing is an error.
#[test]
fn the_cache_can_be_deleted_at_any_moment() {
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<PathBuf> = (0..4)
        .map(|n| write(dir.path(), &format!("{n}.jpg"), &sideways(n)))
        .collect();
    let fresh: Vec<_> = files
        .iter()
        .map(|f| photo(f).prepared_with(Fit::DOCX, None).unwrap())
        .collect();
    let folder = dir.path().join("cache").join("photos");
    let cache = PhotoCache::new(&folder);
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| {
        scope.spawn(|| {
            while !stop.load(Ordering::Relaxed) {
                let _ = std::fs::remove_dir_all(&folder);
            }
        });
        for round in 0..60 {
            let n = round % files.len();
            let prepared = photo(&files[n]).prepared_with(Fit::DOCX, Some(&cache));
            assert_eq!(prepared.unwrap(), fresh[n], "round {round}");
        }
        stop.store(true, Ordering::Relaxed);
    });
    // Afterwards it works as before: kept, then found.
    let before = cache.hits();
    photo(&files[0])
        .prepared_with(Fit::DOCX, Some(&cache))
        .unwrap();
    photo(&files[0])
        .prepared_with(Fit::DOCX, Some(&cache))
        .unwrap();
    assert!(
        cache.hits() > before,
        "found again once the deleting stopped"
    );
    // Whatever a deletion cut short was never taken for a photo: every entry is whole.
    for entry in std::fs::read_dir(&folder).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(name.starts_with("v3-"), "only entries are left: {name}");
    }
}

/// A book's photos: the same file in several stories is prepared once; the results come in
/// the photos' order, each as it would alone.
#[test]
fn a_file_shown_by_several_stories_is_prepared_once() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.jpg", &sideways(1));
    let b = write(dir.path(), "b.jpg", &sideways(2));
    std::fs::create_dir(dir.path().join("poze")).unwrap();
    // The same file by another path.
    let a_again = dir.path().join("poze").join("..").join("a.jpg");
    let photos = [photo(&a), photo(&b), photo(&a), photo(&a_again)];
    let cache = PhotoCache::new(dir.path().join("cache"));
    let refs: Vec<&Photo> = photos.iter().collect();
    // Each photo as it comes out alone (made before the cache holds anything).
    let alone: Vec<_> = photos
        .iter()
        .map(|p| p.prepared_with(Fit::DOCX, None).unwrap())
        .collect();
    let all = prepare_all_with(&refs, &cache);
    assert_eq!(all, alone);
    assert_eq!((all[0].width, all[1].width), (30, 30));
    assert_eq!((all[0].height, all[1].height), (41, 42));
    assert_eq!(cache.misses(), 2, "two files, each prepared once");
    assert_eq!(cache.hits(), 0);
    // A missing photo is named as itself, each time it is shown.
    let gone = dir.path().join("gone.jpg");
    let mut missing = photo(&gone);
    missing.number = 7;
    let again = Photo {
        number: 8,
        ..missing.clone()
    };
    let results = prepare_all(&[&missing, &photos[1], &again], Fit::DOCX);
    let numbers: Vec<String> = results
        .iter()
        .map(|r| match r {
            Ok(_) => "ok".to_string(),
            Err(e) => e.to_string(),
        })
        .collect();
    assert!(numbers[0].contains("photo 7"), "{numbers:?}");
    assert_eq!(numbers[1], "ok");
    assert!(numbers[2].contains("photo 8"), "{numbers:?}");
}

/// The photos prepared for Word through `cache`, which counts what was made.
fn prepare_all_with(photos: &[&Photo], cache: &PhotoCache) -> Vec<Prepared> {
    prepare_all_in(photos, Fit::DOCX, Some(cache))
        .into_iter()
        .map(Result::unwrap)
        .collect()
}

/// A workshop of three stories showing four photos lying on their side, one of them in two
/// stories: the first `workshop compile` decodes each file once, the second takes them all
/// from the cache in the user's cache folder (the log says which, photo by photo), and both
/// books hold the same pictures.
#[test]
fn a_second_compile_of_the_same_folder_takes_its_photos_from_the_cache() {
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("atelier");
    std::fs::create_dir_all(&folder).unwrap();
    let model = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("story-templates/success-story/example.toml"),
    )
    .unwrap();
    let photo_entry = |name: &str| {
        format!(
            "[[answers.photos]]\nconsent = \"yes\"\npath = \"{name}\"\ncaption = \"Atelierul, fotografia {name}.\"\ncredit = \"Ion Rusu\"\n"
        )
    };
    let stories = [
        ("a.toml", vec!["p1.jpg", "p2.jpg"]),
        ("b.toml", vec!["p3.jpg"]),
        ("c.toml", vec!["p4.jpg", "p1.jpg"]),
    ];
    for (n, name) in ["p1.jpg", "p2.jpg", "p3.jpg", "p4.jpg"].iter().enumerate() {
        write(&folder, name, &sideways(n as u32));
    }
    let start = model.find("[[answers.photos]]").unwrap();
    let photo_block_end = model[start..]
        .find("credit = \"Ion Rusu\"\n")
        .map(|i| start + i + "credit = \"Ion Rusu\"\n".len())
        .unwrap();
    for (file, photos) in &stories {
        let entries: String = photos.iter().map(|p| photo_entry(p)).collect();
        let story = format!(
            "{}{}{}",
            &model[..start],
            entries,
            &model[photo_block_end..]
        );
        std::fs::write(folder.join(file), story).unwrap();
    }
    let compile = |out: &str| {
        let output = povestitor(home.path())
            .args(["--lang", "en", "--log", "workshop", "compile"])
            .arg(&folder)
            .args(["--layout", "biblio-info", "--format", "docx", "-o"])
            .arg(home.path().join(out))
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
        assert!(
            stderr_of(&output).contains("with 3 stories"),
            "{}",
            stderr_of(&output)
        );
    };
    let log_path = home.path().join("data/povestitor/povestitor.log");
    let prepared_lines = || -> Vec<String> {
        std::fs::read_to_string(&log_path)
            .unwrap()
            .lines()
            .filter(|l| l.contains("photo prepared"))
            .map(String::from)
            .collect()
    };
    compile("first.docx");
    let first = prepared_lines();
    assert_eq!(first.len(), 4, "each file once:\n{}", first.join("\n"));
    assert!(
        first.iter().all(|l| l.contains("how=\"decoded whole\"")),
        "{}",
        first.join("\n")
    );
    let cached = home.path().join("cache/povestitor/photos");
    assert_eq!(std::fs::read_dir(&cached).unwrap().count(), 4);

    compile("second.docx");
    let second: Vec<String> = prepared_lines().split_off(4);
    assert_eq!(second.len(), 4, "{}", second.join("\n"));
    assert!(
        second.iter().all(|l| l.contains("how=\"cache\"")),
        "nothing decoded the second time:\n{}",
        second.join("\n")
    );
    let media = |name: &str| -> Vec<Vec<u8>> {
        let mut docx = Docx::open(std::fs::read(home.path().join(name)).unwrap());
        let names: Vec<String> = docx
            .names
            .iter()
            .filter(|n| n.starts_with("word/media/"))
            .cloned()
            .collect();
        assert_eq!(names.len(), 4, "five photos shown, four files: {names:?}");
        names.iter().map(|n| docx.bytes(n)).collect()
    };
    assert_eq!(media("first.docx"), media("second.docx"));
}

/// A cache folder that cannot be made (its place is a file): the export works as ever.
#[test]
fn an_unusable_cache_folder_is_no_error() {
    let home = tempfile::tempdir().unwrap();
    std::fs::write(
        home.path().join("cache"),
        "a file where the cache folder would be",
    )
    .unwrap();
    let dir = home.path().join("poveste");
    std::fs::create_dir_all(&dir).unwrap();
    let draft = crate::common::copy_example("success-story", &dir);
    write(&dir, "bunicii-online.png", &sideways(3));
    let out = povestitor(home.path())
        .args(["--lang", "en", "export"])
        .arg(&draft)
        .args(["--layout", "biblio-info", "--format", "docx", "-o"])
        .arg(home.path().join("poveste.docx"))
        .output()
        .unwrap();
    let said = stderr_of(&out);
    assert_eq!(out.status.code(), Some(0), "{said}");
    assert_eq!(
        said.lines().count(),
        1,
        "only where the article went: {said}"
    );
    assert!(said.contains("poveste.docx"), "{said}");
}
