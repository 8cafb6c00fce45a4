//! Where a template's files come from: the binary itself or a folder on disk.

use std::path::{Path, PathBuf};

use include_dir::Dir;

use super::TemplateError;

/// Whether `file` names a place inside the template's folder: a relative path without `..`
/// (on any system: `\` and `C:` count too).
pub fn stays_inside(file: &str) -> bool {
    let normal = file.replace('\\', "/");
    !normal.is_empty()
        && !normal.starts_with('/')
        && !normal.contains(':')
        && normal.split('/').all(|part| part != "..")
}

/// Whether `dir/file`, links followed, is still inside `dir` (a missing file is: it is
/// reported as missing).
fn resolves_inside(dir: &Path, file: &str) -> bool {
    match (dir.canonicalize(), dir.join(file).canonicalize()) {
        (Ok(dir), Ok(path)) => path.starts_with(dir),
        _ => true,
    }
}

/// The folder a template was read from.
#[derive(Debug, Clone)]
pub enum TemplateSource {
    /// A folder of `story-templates/`, embedded in the binary.
    Builtin(&'static Dir<'static>),
    /// A folder on disk (a trainer's own templates).
    Folder(PathBuf),
}

impl TemplateSource {
    /// How to name a file of this template in a message.
    pub fn display_path(&self, file: &str) -> String {
        match self {
            TemplateSource::Builtin(dir) => {
                format!("story-templates/{}/{file}", dir.path().display())
            }
            TemplateSource::Folder(dir) => dir.join(file).display().to_string(),
        }
    }

    /// Reads a file of the template; `Ok(None)` when it does not exist.
    pub fn read(&self, file: &str) -> Result<Option<Vec<u8>>, TemplateError> {
        match self {
            TemplateSource::Builtin(dir) => Ok(dir
                .get_file(dir.path().join(file))
                .map(|f| f.contents().to_vec())),
            TemplateSource::Folder(_) if !stays_inside(file) => Err(self.outside(file)),
            TemplateSource::Folder(dir) if !resolves_inside(dir, file) => Err(self.outside(file)),
            TemplateSource::Folder(dir) => match std::fs::read(dir.join(file)) {
                Ok(bytes) => Ok(Some(bytes)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(source) => Err(TemplateError::Io {
                    path: dir.join(file).display().to_string(),
                    source,
                }),
            },
        }
    }

    fn outside(&self, file: &str) -> TemplateError {
        TemplateError::Invalid(super::Problem::in_file(
            self.display_path(file),
            "this file is outside the template's folder (a link to another place?); keep the template's files inside its folder",
        ))
    }

    /// Reads a UTF-8 text file of the template; `Ok(None)` when it does not exist. A byte
    /// order mark (Notepad writes one) is not part of the text.
    pub fn read_text(&self, file: &str) -> Result<Option<String>, TemplateError> {
        let Some(mut bytes) = self.read(file)? else {
            return Ok(None);
        };
        if bytes.starts_with(b"\xef\xbb\xbf") {
            bytes.drain(..3);
        }
        String::from_utf8(bytes).map(Some).map_err(|_| {
            TemplateError::Invalid(super::Problem::in_file(
                self.display_path(file),
                "the file is not UTF-8 text; save it again as UTF-8",
            ))
        })
    }

    /// The name of the template's folder. A built-in template's folder is named by its id
    /// (`service::Templates` finds a built-in by it before reading it; tested).
    pub fn folder_name(&self) -> String {
        let path = match self {
            TemplateSource::Builtin(dir) => dir.path(),
            TemplateSource::Folder(dir) => dir.as_path(),
        };
        path.file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default()
    }

    /// The folder on disk, for templates that have one.
    pub fn folder(&self) -> Option<&Path> {
        match self {
            TemplateSource::Builtin(_) => None,
            TemplateSource::Folder(dir) => Some(dir),
        }
    }

    /// Copies every file of the template folder except the template and layouts
    /// (photos of the example story, say) into `dest`, keeping existing files.
    pub fn copy_assets_to(&self, dest: &Path, skip: &[String]) -> std::io::Result<()> {
        for (name, bytes) in self.files()? {
            if skip.iter().any(|s| s == &name) || dest.join(&name).exists() {
                continue;
            }
            std::fs::write(dest.join(&name), bytes)?;
        }
        Ok(())
    }

    /// The files directly in the template folder, with their contents.
    fn files(&self) -> std::io::Result<Vec<(String, Vec<u8>)>> {
        match self {
            TemplateSource::Builtin(dir) => Ok(dir
                .files()
                .filter_map(|f| {
                    let name = f.path().file_name()?.to_str()?.to_string();
                    Some((name, f.contents().to_vec()))
                })
                .collect()),
            TemplateSource::Folder(dir) => {
                let mut out = Vec::new();
                for entry in std::fs::read_dir(dir)? {
                    let entry = entry?;
                    if entry.file_type()?.is_file()
                        && let Some(name) = entry.file_name().to_str()
                    {
                        out.push((name.to_string(), std::fs::read(entry.path())?));
                    }
                }
                Ok(out)
            }
        }
    }
}
