//! What each command takes: the clap definitions. Their doc comments are the English help;
//! `help.rs` words them in the interface language from the catalogs.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use super::{DocFormat, ReportFormat, TableFormat};
use crate::i18n::Lang;
use crate::render::Format;
use crate::service::compile::Order;

#[derive(Debug, Parser)]
#[command(
    name = "povestitor",
    version,
    about = "Write a library success story step by step and turn it into an article.",
    long_about = "Write a library success story step by step and turn it into an article.\n\nWithout a command, the wizard opens: start a new story, continue a draft, or open a model story."
)]
pub struct Cli {
    /// Interface language: ro (Romanian), en (English) or ru (Russian). Default: from your configuration, else the system, else Romanian.
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,

    /// A folder with your own templates (adds to the built-in ones, replaces those with the same id).
    #[arg(long = "templates", global = true, value_name = "FOLDER")]
    pub templates: Vec<PathBuf>,

    /// The wizard draws only the marks every Windows console font has (√ × ► instead of ✓ ✗ ▸), as it does by itself in a Windows console other than Windows Terminal.
    #[arg(long = "safe-symbols", global = true)]
    pub safe_symbols: bool,
    /// Keep a log of what the program does in your data folder (for a bug report; never a password or a story's words). The configuration's log = true does the same.
    #[arg(long, global = true)]
    pub log: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// Start a new story from a template, in the wizard.
    New {
        /// The template to use (see: povestitor templates list).
        #[arg(long, short, default_value = "success-story")]
        template: String,
        /// Where to keep the draft (a .toml file). Without it, the draft goes into your
        /// data folder, named from today's date and the template.
        file: Option<PathBuf>,
        /// Plain mode for screen readers: the steps as lines of text, no full-screen drawing or colours; works with piped input too.
        #[arg(long)]
        plain: bool,
    },
    /// Continue a draft in the wizard.
    Edit {
        /// The draft (.toml file).
        file: PathBuf,
        /// Plain mode for screen readers: the steps as lines of text, no full-screen drawing or colours; works with piped input too.
        #[arg(long)]
        plain: bool,
    },
    /// Open a draft in the wizard to review it: comments on any step, the answers read-only.
    Review {
        /// The draft (.toml file).
        file: PathBuf,
        /// Your name, shown with each comment. Without it, the name given last time, else "Trainer".
        #[arg(long, value_name = "NAME")]
        reviewer: Option<String>,
    },
    /// Turn a draft into an article: a Word document, HTML for the blog, Markdown, or text for Word.
    Export {
        /// The draft (.toml file).
        draft: PathBuf,
        /// The publication layout, e.g. biblio-info or blog (see: povestitor templates show ID). Without it, the layout in your configuration.
        #[arg(long, short)]
        layout: Option<String>,
        /// docx (Word, for the magazine), html (blog), md (Markdown with front matter), txt (text to paste into Word) or wp (WordPress blocks). Without it, the format in your configuration.
        #[arg(long, short, value_enum)]
        format: Option<Format>,
        /// The file to write, or a folder ending in / (the name is made from the title); photos are copied next to it. Without it, the article is printed (docx only into a pipe or file).
        #[arg(long, short, value_name = "FILE|FOLDER/")]
        output: Option<PathBuf>,
        /// Replace the file if it exists.
        #[arg(long)]
        force: bool,
        /// With --format html: a whole web page instead of a piece to paste into the blog editor.
        #[arg(long)]
        standalone: bool,
    },
    /// Put a draft's article on the clipboard: formatted for Word, LibreOffice, Gmail and the blog editor, with plain text beside it for Facebook.
    Copy {
        /// The draft (.toml file).
        draft: PathBuf,
        /// The publication layout, e.g. blog or facebook (see: povestitor templates show ID). Without it, the layout in your configuration.
        #[arg(long, short)]
        layout: Option<String>,
    },
    /// Write a one-page consent form (Word) for each person a draft quotes or shows in a photo, to print and have signed.
    Consent {
        /// The draft (.toml file).
        draft: PathBuf,
        /// The folder to write the forms into. Without it, the draft's folder.
        #[arg(long = "output", short = 'o', id = "dir")]
        dir: Option<PathBuf>,
        /// Replace forms that exist.
        #[arg(long)]
        force: bool,
    },
    /// Send a draft to the library's WordPress blog as a draft post, with its photos (publishing again updates the same post).
    Publish {
        /// The draft (.toml file).
        draft: PathBuf,
        /// The blog's address, e.g. https://biblioteca.md.
        #[arg(long)]
        site: String,
        /// Your user name on the blog (the application password comes from POVESTITOR_WP_PASSWORD, or is asked for).
        #[arg(long)]
        user: String,
        /// The publication layout (see: povestitor templates show ID).
        #[arg(long, short, default_value = "blog")]
        layout: String,
        /// Update the post this draft made even when it is already published on the blog, or was changed there since (its status stays as it is).
        #[arg(long = "update-live", id = "update-live")]
        update_live: bool,
        /// Send to an http:// address of another computer: the application password and the story travel unencrypted, readable by anyone on the way (a warning says so).
        #[arg(long = "allow-http", id = "allow-http")]
        allow_http: bool,
    },
    /// Say what a draft still needs: steps, limits, quotes, consent, style, spelling.
    Check {
        /// The draft (.toml file).
        draft: PathBuf,
        /// text (to read) or json (for a program).
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
        /// A folder of Hunspell dictionaries (.aff and .dic), searched before the system's.
        #[arg(long)]
        dictionaries: Vec<PathBuf>,
    },
    /// Show the typography fixes a draft needs (quotes, ș ț, spaces, dashes); --apply saves them.
    Tidy {
        /// The draft (.toml file).
        draft: PathBuf,
        /// Save the fixes into the draft (without it, they are only shown).
        #[arg(long)]
        apply: bool,
    },
    /// List, show or check templates.
    #[command(subcommand)]
    Templates(TemplatesCommand),
    /// Open a copy of a template's model story in the wizard, to show what good looks like.
    Demo {
        /// The template whose model story to open.
        #[arg(long, short, default_value = "success-story")]
        template: String,
    },
    /// A hand-out to print for a workshop: every step of a template with its prompt, advice, example and lines to write on.
    Worksheet {
        /// The template whose steps the hand-out shows (see: povestitor templates list).
        #[arg(long, short, default_value = "success-story")]
        template: String,
        /// docx (Word), md (Markdown) or html (a web page). Without it, the file's extension says (Markdown when printed).
        #[arg(long = "format", short = 'f', id = "doc", value_enum)]
        doc: Option<DocFormat>,
        /// The file to write. Without it, the hand-out is printed (docx only into a pipe or file).
        #[arg(long = "output", short = 'o', id = "file")]
        file: Option<PathBuf>,
        /// Replace the file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// A trainer's tools for a workshop folder of drafts.
    #[command(subcommand)]
    Workshop(WorkshopCommand),
    /// Say where templates, drafts, dictionaries, the configuration and the settings are, whether each can be used, and how to fix what cannot.
    Doctor {
        /// Also write a report to attach to an e-mail: the version, the system, the configuration, these findings and the log's last lines (no password, no story's words). Without FILE, povestitor-report.txt in the current folder.
        #[arg(long, value_name = "FILE", num_args = 0..=1, default_missing_value = "povestitor-report.txt")]
        report: Option<PathBuf>,
    },
    /// Your configuration file: where it is, and what is in effect.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Print the shell's completion script, so Tab completes commands and options.
    Completions {
        /// The shell: bash, zsh, fish, elvish or powershell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (man povestitor), to install with the program.
    Manpage,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print where the configuration file is, and whether it exists.
    Path,
    /// Print the configuration in effect, and where each value comes from.
    Show,
}

#[derive(Debug, Subcommand)]
pub enum WorkshopCommand {
    /// One row per draft in a folder: whether it goes into the book and why, author, title, required steps done, words, the coach's findings, open comments, when it was saved.
    Status {
        /// The folder with the participants' drafts.
        dir: PathBuf,
        /// text (a table), json or csv.
        #[arg(long = "format", id = "table", value_enum, default_value_t = TableFormat::Text)]
        table: TableFormat,
        /// Read the drafts in sub-folders too.
        #[arg(long)]
        recursive: bool,
        /// The layout the book would show each story in (as for workshop compile). Without it, each story's layout for print.
        #[arg(long, short)]
        layout: Option<String>,
        /// A folder of Hunspell dictionaries (.aff and .dic), searched before the system's.
        #[arg(long)]
        dictionaries: Vec<PathBuf>,
    },
    /// One document with every story of a folder that is ready: a title page, the contents, then each story in a layout.
    Compile {
        /// The folder with the participants' drafts.
        dir: PathBuf,
        /// The publication layout each story is shown in, e.g. biblio-info (see: povestitor templates show ID). Without it, each story's layout for print.
        #[arg(long, short)]
        layout: Option<String>,
        /// docx (Word), md (Markdown) or html (a web page). Without it, the file's extension says (Word otherwise).
        #[arg(long = "format", short = 'f', id = "doc", value_enum)]
        doc: Option<DocFormat>,
        /// The title on the book's first page. Without it, the configuration's book_title, else “Success stories” in the book's language.
        #[arg(long)]
        title: Option<String>,
        /// The line under the title. Without it, the configuration's book_subtitle, else a line in the book's language.
        #[arg(long)]
        subtitle: Option<String>,
        /// The file to write; photos are copied next to it for md and html.
        #[arg(long = "output", short = 'o', id = "file")]
        file: PathBuf,
        /// Replace the file if it exists.
        #[arg(long)]
        force: bool,
        /// The order of the stories.
        #[arg(long, value_enum, default_value_t = Order::File)]
        order: Order,
    },
}

#[derive(Debug, Subcommand)]
pub enum TemplatesCommand {
    /// List the templates you can use.
    List,
    /// Show a template's steps and layouts.
    Show {
        /// The template's id.
        id: String,
    },
    /// Check a template folder (or its template.toml) for mistakes.
    Validate {
        /// The template's folder or its template.toml.
        path: PathBuf,
    },
    /// Copy a template into your templates folder under a new id, to change it.
    New {
        /// The new template's id (small letters, digits, - and _).
        id: String,
        /// The template to start from.
        #[arg(long, default_value = "success-story")]
        from: String,
    },
}
