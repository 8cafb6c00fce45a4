//! Errors about templates, each naming the file and, where known, line and column.

use std::fmt;

/// One thing wrong with a template, located as precisely as we know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, as the user would type it.
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl Problem {
    pub fn in_file(file: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            file: file.into(),
            line: None,
            column: None,
            message: message.into(),
        }
    }

    pub fn at(
        file: impl Into<String>,
        line: usize,
        column: usize,
        message: impl Into<String>,
    ) -> Self {
        Problem {
            file: file.into(),
            line: Some(line),
            column: Some(column),
            message: message.into(),
        }
    }

    /// A TOML parse or shape error, located from the byte span toml reports.
    pub fn from_toml(file: &str, source: &str, err: &toml::de::Error) -> Self {
        let message = err.message().trim().to_string();
        match err.span() {
            Some(span) => {
                let (line, column) = crate::text::line_col(source, span.start);
                Problem::at(file, line, column, message)
            }
            None => Problem::in_file(file, message),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    #[error("{0}")]
    Invalid(Problem),
    #[error("{}", list_problems(.0))]
    Many(Vec<Problem>),
    #[error("there is no template \"{id}\"; the templates available are: {}. Use one of these names, or add the template's folder with --templates", .available.join(", "))]
    Unknown { id: String, available: Vec<String> },
    #[error("the template \"{template}\" has no layout \"{layout}\"; its layouts are: {}", .available.join(", "))]
    UnknownLayout {
        template: String,
        layout: String,
        available: Vec<String>,
    },
    #[error("cannot read {path}: {source}. Check that the folder exists and can be read")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

impl TemplateError {
    /// Every problem this error stands for, for reports that list them all.
    pub fn problems(&self) -> Vec<Problem> {
        match self {
            TemplateError::Invalid(p) => vec![p.clone()],
            TemplateError::Many(ps) => ps.clone(),
            other => vec![Problem::in_file("", other.to_string())],
        }
    }
}

fn list_problems(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}
