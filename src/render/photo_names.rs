//! The photos of several stories put beside one book: two different files that would go
//! there under one name (`IMG_0001.jpg` from two participants' folders) each get a name of
//! their own, and the story that shows the second one points at its new name. The same file
//! shown by two stories stays one file.

use std::path::PathBuf;

use pulldown_cmark::{Event, Parser, Tag};

use super::{BookPart, photo_src};

/// Gives every different photo file of `parts` its own published name, renaming the later
/// ones (`IMG_0001-2.jpg`) in their photos and in their story's Markdown.
pub fn distinct_photo_names(parts: &mut [BookPart]) {
    // Each published name given out so far, with the file it stands for.
    let mut taken: Vec<(String, PathBuf)> = Vec::new();
    for part in parts {
        // Renamed in this story: its old name and the new one (the same file again, or
        // another photo of this story under the same name, follows the first renaming).
        let mut renamed: Vec<(String, String)> = Vec::new();
        for photo in &mut part.photos {
            let file = photo
                .file
                .canonicalize()
                .unwrap_or_else(|_| photo.file.clone());
            if let Some((_, new)) = renamed.iter().find(|(old, _)| *old == photo.published) {
                photo.published = new.clone();
                continue;
            }
            match taken.iter().find(|(name, _)| *name == photo.published) {
                None => taken.push((photo.published.clone(), file)),
                Some((_, owner)) if *owner == file => {}
                Some(_) => {
                    let new = free_name(&photo.published, &taken);
                    let (old_src, old) = (photo_src(photo), photo.published.clone());
                    photo.published = new.clone();
                    part.markdown = retarget(&part.markdown, &old_src, &photo_src(photo));
                    renamed.push((old, new.clone()));
                    taken.push((new, file));
                }
            }
        }
    }
}

/// `poze/IMG_0001.jpg` → `poze/IMG_0001-2.jpg` (or -3, …), a name nobody has taken.
fn free_name(name: &str, taken: &[(String, PathBuf)]) -> String {
    let slash = name.rfind('/').map_or(0, |i| i + 1);
    let dot = name[slash..]
        .rfind('.')
        .filter(|&i| i > 0)
        .map_or(name.len(), |i| slash + i);
    (2..)
        .map(|n| format!("{}-{n}{}", &name[..dot], &name[dot..]))
        .find(|candidate| taken.iter().all(|(t, _)| t != candidate))
        .unwrap_or_else(|| name.to_string())
}

/// The Markdown with every image whose target is `old` pointing at `new` instead; nothing
/// else is touched (the words of the story may contain the same letters).
fn retarget(md: &str, old: &str, new: &str) -> String {
    let spans: Vec<std::ops::Range<usize>> = Parser::new(md)
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Image { dest_url, .. }) if dest_url.as_ref() == old => Some(range),
            _ => None,
        })
        .collect();
    let target = format!("({old}");
    let mut out = md.to_string();
    for range in spans.into_iter().rev() {
        if let Some(at) = out[range.clone()].rfind(&target) {
            let start = range.start + at + 1;
            out.replace_range(start..start + old.len(), new);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::Photo;

    fn part(dir: &std::path::Path, folder: &str, caption: &str) -> BookPart {
        let file = dir.join(folder).join("IMG_0001.jpg");
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, folder).unwrap();
        BookPart {
            title: folder.into(),
            markdown: format!(
                "# {folder}\n\nDespre IMG_0001.jpg.\n\n![{caption}](IMG_0001.jpg)\n\n*{caption}*\n"
            ),
            author: String::new(),
            language: "ro".into(),
            layout: "biblio-info".into(),
            photos: vec![Photo {
                number: 1,
                step: "Fotografii".into(),
                path: file.display().to_string(),
                file,
                published: "IMG_0001.jpg".into(),
            }],
        }
    }

    #[test]
    fn two_files_with_one_name_get_two_names_and_the_story_follows() {
        let dir = tempfile::tempdir().unwrap();
        let mut parts = vec![
            part(dir.path(), "ana", "Ana"),
            part(dir.path(), "ion", "Ion"),
            part(dir.path(), "eva", "Eva"),
        ];
        distinct_photo_names(&mut parts);
        let names: Vec<&str> = parts
            .iter()
            .map(|p| p.photos[0].published.as_str())
            .collect();
        assert_eq!(names, ["IMG_0001.jpg", "IMG_0001-2.jpg", "IMG_0001-3.jpg"]);
        assert!(parts[0].markdown.contains("![Ana](IMG_0001.jpg)"));
        assert!(parts[1].markdown.contains("![Ion](IMG_0001-2.jpg)"));
        assert!(parts[2].markdown.contains("![Eva](IMG_0001-3.jpg)"));
        // The story's words are not an image: they stay as written.
        assert!(parts[1].markdown.contains("Despre IMG_0001.jpg."));
    }

    #[test]
    fn the_same_file_in_two_stories_stays_one_name() {
        let dir = tempfile::tempdir().unwrap();
        let first = part(dir.path(), "comun", "Unu");
        let mut second = first.clone();
        second.markdown = second.markdown.replace("Unu", "Doi");
        let mut parts = vec![first, second];
        distinct_photo_names(&mut parts);
        assert_eq!(parts[1].photos[0].published, "IMG_0001.jpg");
        assert!(parts[1].markdown.contains("![Doi](IMG_0001.jpg)"));
    }

    #[test]
    fn a_new_name_keeps_the_folder_and_the_extension() {
        let taken = vec![
            ("poze/a.b/IMG.jpg".to_string(), PathBuf::new()),
            ("poze/a.b/IMG-2.jpg".to_string(), PathBuf::new()),
        ];
        assert_eq!(free_name("poze/a.b/IMG.jpg", &taken), "poze/a.b/IMG-3.jpg");
        assert_eq!(free_name("poze/a.b/IMG", &taken), "poze/a.b/IMG-2");
        assert_eq!(free_name(".hidden", &taken), ".hidden-2");
    }
}
