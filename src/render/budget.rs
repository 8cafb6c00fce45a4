//! What a layout may spend: time, repetitions and the size of what it builds.
//!
//! Tera has no limits of its own beyond a `range` of 100,000 numbers, and no hook that runs
//! at each turn of a loop. So a layout's text is given one before it is compiled: a call to
//! [`BUDGET_FUNCTION`] right after each `{% for %}` head, each `{% set %}` (with the value
//! just set) and each component's head ([`instrument`]). The call writes nothing; it counts
//! the turn, checks the clock and the size of the value, and fails the render with the
//! place it was called from once something is spent. `range`, `replace`, `join` and
//! `indent`, the built-ins that can make something large in one call, are replaced by
//! versions that count and measure before they make it.
//!
//! The meter lives in a thread-local: each render runs on a thread of its own
//! (`Layouts::render`), which waits for it only as long as the time budget allows.

use std::cell::RefCell;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use tera::{Error, Kwargs, State, Tera, TeraResult, Value};

/// How long one render may take. An article renders in milliseconds.
pub const TIME_BUDGET: Duration = Duration::from_secs(2);
/// How many turns of all the loops (and numbers made by `range`) one render may take.
/// An article's layout turns some hundred times.
pub const MAX_ITERATIONS: u64 = 100_000;
/// The largest value a layout may build, and the most Markdown it may write: an article is
/// some kilobytes, so anything near this is a layout that loops or grows without end.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// The function the instrumented layouts call; a layout that calls it itself only spends
/// its own budget.
pub const BUDGET_FUNCTION: &str = "povestitor_budget";

/// What was spent when a render stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overrun {
    /// More than [`MAX_ITERATIONS`] turns.
    Iterations,
    /// A value larger than [`MAX_BYTES`].
    Value,
    /// More than [`TIME_BUDGET`].
    Time,
}

/// Shared between a render's thread and the one waiting for it: the place of the last
/// budget call (for a render abandoned between two of them), the order to stop, and
/// whether the render was left behind.
#[derive(Debug, Default)]
pub struct Watch {
    cancelled: AtomicBool,
    line: AtomicUsize,
    column: AtomicUsize,
    state: AtomicU8,
}

const RUNNING: u8 = 0;
const ENDED: u8 = 1;
const ABANDONED: u8 = 2;

/// Renders left behind that have not ended: a loop no budget call reaches goes on until the
/// program ends, and nothing else can stop it.
static RUNAWAYS: AtomicUsize = AtomicUsize::new(0);

/// How many renders were left behind and still run.
pub fn runaway_renders() -> usize {
    RUNAWAYS.load(Ordering::Relaxed)
}

/// The program's resident memory in bytes, where the system says it cheaply (Linux).
pub fn resident_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

impl Watch {
    /// The waiting side gives up on the render: it is asked to stop, and counted among the
    /// runaways until it ends.
    pub fn abandon(&self) {
        self.cancel();
        if self
            .state
            .compare_exchange(RUNNING, ABANDONED, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
        {
            RUNAWAYS.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// The render's thread is done with it.
    pub fn ended(&self) {
        if self.state.swap(ENDED, Ordering::AcqRel) == ABANDONED {
            RUNAWAYS.fetch_sub(1, Ordering::Relaxed);
        }
    }

    /// Asks the render to stop at its next budget call.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    /// The line and column of the last budget call, if there was one.
    pub fn place(&self) -> Option<(usize, usize)> {
        match self.line.load(Ordering::Relaxed) {
            0 => None,
            line => Some((line, self.column.load(Ordering::Relaxed))),
        }
    }
}

struct Meter {
    started: Instant,
    turns: u64,
    watch: Arc<Watch>,
    /// Why the render was stopped, and where when the budget call knew it.
    overrun: Option<(Overrun, Option<(usize, usize)>)>,
}

thread_local! {
    static METER: RefCell<Option<Meter>> = const { RefCell::new(None) };
}

/// Starts the meter for a render on this thread.
pub fn start(watch: Arc<Watch>) {
    METER.with(|m| {
        *m.borrow_mut() = Some(Meter {
            started: Instant::now(),
            turns: 0,
            watch,
            overrun: None,
        })
    });
}

/// Stops the meter; returns why the render was stopped, if it was.
pub fn finish() -> Option<(Overrun, Option<(usize, usize)>)> {
    METER.with(|m| m.borrow_mut().take().and_then(|meter| meter.overrun))
}

/// Records the overrun and words the error that stops Tera.
fn overrun(kind: Overrun, at: Option<(usize, usize)>) -> Error {
    METER.with(|m| {
        if let Some(meter) = m.borrow_mut().as_mut() {
            meter.overrun.get_or_insert((kind, at));
        }
    });
    Error::message(match kind {
        Overrun::Iterations => "the layout's loops turned too many times",
        Overrun::Value => "the layout built too large a value",
        Overrun::Time => "the layout took too long",
    })
}

/// Counts `turns`, checks the clock and the order to stop.
fn spend(turns: u64, at: Option<(usize, usize)>) -> TeraResult<()> {
    let spent = METER.with(|m| {
        let mut meter = m.borrow_mut();
        let meter = meter.as_mut()?;
        if let Some((line, column)) = at {
            meter.watch.line.store(line, Ordering::Relaxed);
            meter.watch.column.store(column, Ordering::Relaxed);
        }
        meter.turns = meter.turns.saturating_add(turns);
        if meter.turns > MAX_ITERATIONS {
            Some(Overrun::Iterations)
        } else if meter.watch.cancelled.load(Ordering::Relaxed)
            || meter.started.elapsed() > TIME_BUDGET
        {
            Some(Overrun::Time)
        } else {
            None
        }
    });
    match spent {
        Some(kind) => Err(overrun(kind, at)),
        None => Ok(()),
    }
}

/// Fails when `bytes` is more than a value may hold.
fn measure(bytes: usize, at: Option<(usize, usize)>) -> TeraResult<()> {
    if bytes > MAX_BYTES {
        Err(overrun(Overrun::Value, at))
    } else {
        Ok(())
    }
}

/// The size of a value in bytes, near enough: strings by their length, lists and maps by
/// their items. Only so many items are looked into; the rest count as the average.
fn size(value: &Value, seen: &mut usize) -> usize {
    const LOOKED_INTO: usize = 2_000;
    const ITEM: usize = 32;
    *seen += 1;
    if let Some(text) = value.as_str() {
        return text.len();
    }
    let items: Box<dyn ExactSizeIterator<Item = &Value>> = if let Some(list) = value.as_array() {
        Box::new(list.iter())
    } else if let Some(map) = value.as_map() {
        Box::new(map.values())
    } else if let Some(bytes) = value.as_bytes() {
        return bytes.len();
    } else {
        return ITEM;
    };
    let count = items.len();
    let mut total = 0usize;
    let mut measured = 0usize;
    for item in items {
        if *seen >= LOOKED_INTO {
            break;
        }
        total = total.saturating_add(ITEM + size(item, seen));
        measured += 1;
    }
    if measured < count && measured > 0 {
        total = total.saturating_mul(count) / measured;
    } else if measured < count {
        total = count.saturating_mul(ITEM);
    }
    total
}

/// Registers the budget call and the bounded built-ins.
pub fn register(tera: &mut Tera) {
    tera.register_function(
        BUDGET_FUNCTION,
        |kwargs: Kwargs, _: &State| -> TeraResult<&'static str> {
            let line = kwargs.get::<usize>("line")?.unwrap_or(0);
            let column = kwargs.get::<usize>("column")?.unwrap_or(0);
            let at = (line > 0).then_some((line, column));
            spend(1, at)?;
            if let Some(value) = kwargs.get::<&Value>("value")? {
                measure(size(value, &mut 0), at)?;
            }
            Ok("")
        },
    );
    tera.register_function("range", range);
    tera.register_filter("replace", replace);
    tera.register_filter("join", join);
    tera.register_filter("indent", indent);
}

/// Tera's `range`, its numbers counted as turns.
fn range(kwargs: Kwargs, _: &State) -> TeraResult<Vec<i128>> {
    let start = kwargs.get::<i128>("start")?.unwrap_or_default();
    let end = kwargs.must_get::<i128>("end")?;
    let step_by = kwargs.get::<i128>("step_by")?.unwrap_or(1);
    if start > end && step_by > 0 {
        return Err(Error::message(
            "Function `range` was called with a `start` argument greater than the `end` one",
        ));
    }
    if step_by == 0 {
        return Err(Error::message(
            "Function `range` was called with a `step_by` argument of 0",
        ));
    }
    let span = if step_by > 0 {
        end.saturating_sub(start)
    } else {
        start.saturating_sub(end)
    };
    let step = step_by.saturating_abs();
    let len = span.saturating_add(step - 1) / step;
    let len = u64::try_from(len.max(0)).unwrap_or(u64::MAX);
    spend(len, None)?;
    Ok((0..len as i128).map(|i| start + i * step_by).collect())
}

/// Tera's `replace` (autoescaping is off for layouts), measured before it is made.
fn replace(value: &str, kwargs: Kwargs, _: &State) -> TeraResult<String> {
    let from = kwargs.must_get::<&str>("from")?;
    let to = kwargs.must_get::<&str>("to")?;
    let count = if from.is_empty() {
        value.chars().count() + 1
    } else {
        value.matches(from).count()
    };
    let bytes = value
        .len()
        .saturating_add(count.saturating_mul(to.len().saturating_sub(from.len())));
    measure(bytes, None)?;
    Ok(value.replace(from, to))
}

/// Tera's `join`, measured before it is made.
fn join(values: &[Value], kwargs: Kwargs, _: &State) -> TeraResult<String> {
    let sep = kwargs.get::<&str>("sep")?.unwrap_or("");
    let mut seen = 0;
    let items: usize = values
        .iter()
        .map(|v| v.as_str().map_or_else(|| size(v, &mut seen), str::len))
        .fold(0, usize::saturating_add);
    let bytes = items.saturating_add(sep.len().saturating_mul(values.len()));
    measure(bytes, None)?;
    Ok(values
        .iter()
        .map(|x| x.to_string())
        .collect::<Vec<_>>()
        .join(sep))
}

/// Tera's `indent`, measured before it is made.
fn indent(value: &str, kwargs: Kwargs, _: &State) -> TeraResult<String> {
    let width = kwargs.get::<usize>("width")?.unwrap_or(4).min(1000);
    let indentation = kwargs.get::<&str>("indentation")?;
    let first = kwargs.get::<bool>("first")?.unwrap_or(false);
    let blank = kwargs.get::<bool>("blank")?.unwrap_or(false);
    if let Some(i) = indentation
        && i.chars().count() != 1
    {
        return Err(Error::message(
            "The `indentation` argument must contain exactly one character",
        ));
    }
    let indent = indentation.unwrap_or(" ").repeat(width);
    let lines = value.lines().count();
    measure(
        value
            .len()
            .saturating_add(lines.saturating_mul(indent.len() + 1)),
        None,
    )?;
    let mut out = String::with_capacity(value.len() * 2);
    for (i, line) in value.lines().enumerate() {
        if i == 0 {
            if first {
                out.push_str(&indent);
            }
        } else {
            out.push('\n');
            if !line.is_empty() || blank {
                out.push_str(&indent);
            }
        }
        out.push_str(line);
    }
    if value.ends_with('\n') {
        out.push('\n');
    }
    Ok(out)
}

/// A layout's text with the budget calls in it, and where they moved the text after them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Instrumented {
    pub text: String,
    /// (line, column from 0 where a call starts, its length in characters).
    pub shifts: Vec<(usize, usize, usize)>,
}

impl Instrumented {
    /// A column (from 0) of the instrumented text, in the layout as it was written.
    pub fn original_column(&self, line: usize, column: usize) -> usize {
        let mut original = column;
        for &(l, at, len) in &self.shifts {
            if l == line && at < column {
                original = original.saturating_sub(len.min(column - at));
            }
        }
        original
    }
}

/// Where the reading is, as Tera counts: line from 1, column in characters from 0.
#[derive(Clone, Copy)]
struct Place {
    line: usize,
    column: usize,
}

impl Place {
    fn advance(&mut self, text: &str) {
        for c in text.chars() {
            if c == '\n' {
                self.line += 1;
                self.column = 0;
            } else {
                self.column += 1;
            }
        }
    }
}

/// Adds the budget calls to a layout's text (see the module's documentation). Comments,
/// `{{ }}` and raw blocks are copied as they are; so is the rest of the text.
pub fn instrument(source: &str) -> Instrumented {
    let mut text = String::with_capacity(source.len() + 256);
    let mut shifts = Vec::new();
    let mut block_sets: Vec<String> = Vec::new();
    // The place in the text written so far (lines are the same in both texts).
    let mut out = Place { line: 1, column: 0 };
    // The column in the layout as written.
    let mut column_written = 0usize;
    let mut rest = source;
    while !rest.is_empty() {
        let Some(open) = rest.find('{') else {
            copy(rest, &mut text, &mut out, &mut column_written);
            break;
        };
        let (before, from_brace) = rest.split_at(open);
        copy(before, &mut text, &mut out, &mut column_written);
        let end = if from_brace.starts_with("{#") {
            from_brace.find("#}").map_or(from_brace.len(), |e| e + 2)
        } else if from_brace.starts_with("{{") {
            tag_end(from_brace, "}}")
        } else if from_brace.starts_with("{%") {
            tag_end(from_brace, "%}")
        } else {
            1
        };
        let (tag, after) = from_brace.split_at(end);
        rest = after;
        if !tag.starts_with("{%") {
            copy(tag, &mut text, &mut out, &mut column_written);
            continue;
        }
        let (line, column) = (out.line, column_written + 1);
        let inner = tag
            .trim_start_matches("{%")
            .trim_start_matches('-')
            .trim_end_matches("%}")
            .trim_end_matches('-')
            .trim();
        let word = inner
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .next()
            .unwrap_or("");
        if word == "raw" {
            // Copied up to its end, untouched.
            let end = raw_end(rest);
            copy(tag, &mut text, &mut out, &mut column_written);
            copy(&rest[..end], &mut text, &mut out, &mut column_written);
            rest = &rest[end..];
            continue;
        }
        copy(tag, &mut text, &mut out, &mut column_written);
        let value = match word {
            "for" | "component" => Some(None),
            "set" | "set_global" => {
                let after_word = inner[word.len()..].trim_start();
                let name: String = after_word
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let tail = after_word[name.len()..].trim_start();
                if name.is_empty() {
                    None
                } else if tail.starts_with('=') && !tail.starts_with("==") {
                    Some(Some(name))
                } else {
                    block_sets.push(name);
                    None
                }
            }
            "endset" => block_sets.pop().map(Some),
            _ => None,
        };
        let Some(value) = value else {
            continue;
        };
        let trim = if tag.ends_with("-%}") { "-" } else { "" };
        let value = value.map(|v| format!(", value={v}")).unwrap_or_default();
        let call =
            format!("{{{{{trim} {BUDGET_FUNCTION}(line={line}, column={column}{value}) {trim}}}}}");
        shifts.push((out.line, out.column, call.chars().count()));
        text.push_str(&call);
        out.advance(&call);
    }
    Instrumented { text, shifts }
}

/// Copies `piece` as it is, keeping both places.
fn copy(piece: &str, text: &mut String, out: &mut Place, column_written: &mut usize) {
    text.push_str(piece);
    let line = out.line;
    out.advance(piece);
    if out.line == line {
        *column_written += piece.chars().count();
    } else {
        *column_written = out.column;
    }
}

/// The length of a tag that starts `text`, up to and with `close`, skipping quoted strings.
fn tag_end(text: &str, close: &str) -> usize {
    let mut quote: Option<char> = None;
    for (i, c) in text.char_indices().skip(2) {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if matches!(c, '"' | '\'' | '`') => quote = Some(c),
            None if text[i..].starts_with(close) => return i + close.len(),
            None => {}
        }
    }
    text.len()
}

/// The length of a raw block's content and its `{% endraw %}`, in `text` after its head.
fn raw_end(text: &str) -> usize {
    let mut from = 0;
    while let Some(open) = text[from..].find("{%") {
        let at = from + open;
        let end = tag_end(&text[at..], "%}");
        let inner = text[at..at + end]
            .trim_start_matches("{%")
            .trim_start_matches('-')
            .trim_end_matches("%}")
            .trim_end_matches('-')
            .trim();
        if inner == "endraw" {
            return at + end;
        }
        from = at + 2;
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_loop_head_and_a_set_get_a_budget_call_that_writes_nothing_more() {
        let layout = "# T\n{% for a in xs -%}\n  {{ a }}{% set_global s = s ~ a %}{% endfor %}";
        let done = instrument(layout);
        assert_eq!(
            done.text,
            "# T\n{% for a in xs -%}{{- povestitor_budget(line=2, column=1) -}}\n  {{ a }}{% set_global s = s ~ a %}{{ povestitor_budget(line=3, column=10, value=s) }}{% endfor %}"
        );
        // A column after a call is the column as written.
        let call = "{{ povestitor_budget(line=3, column=10, value=s) }}".len();
        assert_eq!(done.original_column(3, 33 + call + 2), 35);
        assert_eq!(done.original_column(3, 5), 5);
    }

    #[test]
    fn comments_strings_raw_blocks_and_comparisons_are_left_alone() {
        let layout = "{# {% for x in y %} #}{{ \"{% for\" }}{% raw %}{% for x in y %}{% endraw %}{% if a == b %}{% set n %}x{% endset %}";
        let done = instrument(layout);
        assert_eq!(
            done.text,
            "{# {% for x in y %} #}{{ \"{% for\" }}{% raw %}{% for x in y %}{% endraw %}{% if a == b %}{% set n %}x{% endset %}{{ povestitor_budget(line=1, column=101, value=n) }}"
        );
    }

    #[test]
    fn a_value_is_measured_by_its_strings() {
        let list = Value::from(vec![Value::from("abc"); 10_000]);
        let bytes = size(&list, &mut 0);
        assert!((30_000..=400_000).contains(&bytes), "{bytes}");
        assert_eq!(size(&Value::from("x".repeat(100)), &mut 0), 100);
    }
}
