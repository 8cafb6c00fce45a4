//! The real binary in a pseudo-terminal, its screen read with vt100, for end-to-end tests.
//!
//! HOME and the XDG folders point into a temporary folder, so nothing of the user's is
//! touched. Nothing here sleeps: every wait is for an event (output arriving, output
//! ending, the process exiting) with a deadline, so a busy machine is only slower.
//!
//! The pseudo-terminal is opened here rather than through a PTY crate so that a test can
//! close the master side for real (every copy of it, nothing written on the way out),
//! which is what a closed terminal window does to the program.
#![allow(dead_code)]

use std::fs::File;
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::os::fd::OwnedFd;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use rustix::event::{PollFd, PollFlags, poll};
use rustix::fs::{Mode, OFlags};
use rustix::io::Errno;
use rustix::process::{Pid, WaitId, WaitIdOptions, waitid};
use rustix::pty::{OpenptFlags, grantpt, openpt, ptsname, unlockpt};
use rustix::termios::{Winsize, tcsetwinsize};

pub const ROWS: u16 = 24;
pub const COLS: u16 = 80;

pub const PAGE_DOWN: &[u8] = b"\x1b[6~";
pub const CTRL_Q: &[u8] = b"\x11";

/// How long a wait for the screen may take before the test fails.
const SCREEN_DEADLINE: Duration = Duration::from_secs(10);
/// How long a program may take to exit once told to.
const EXIT_DEADLINE: Duration = Duration::from_secs(5);

/// Whether the program leads a session whose controlling terminal is the pseudo-terminal
/// (as in a terminal window: closing it sends SIGHUP), or only has it as its input and
/// output (closing it gives no signal, only a terminal that answers with EIO).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leader {
    ControllingTerminal,
    NoControllingTerminal,
}

/// How the program ended, and the processor time it had used by then.
#[derive(Debug, Clone, Copy)]
pub struct Exit {
    pub code: Option<i32>,
    pub cpu: Duration,
}

pub struct Session {
    pub parser: vt100::Parser,
    pub pid: Pid,
    output: Receiver<Vec<u8>>,
    output_ended: bool,
    writer: Option<File>,
    /// Closing this wakes the reader so that it lets go of the master side.
    wake: Option<OwnedFd>,
    reader: Option<JoinHandle<()>>,
    exit: Receiver<Exit>,
    exited: Option<Exit>,
    /// Every byte the program wrote, as it came (escape sequences the screen does not keep
    /// included: the clipboard's OSC 52).
    pub raw: Vec<u8>,
}

impl Session {
    pub fn start(home: &Path, args: &[&str]) -> Session {
        Session::start_with(home, args, &[], Leader::ControllingTerminal)
    }

    /// Starts the program as it runs every time after the first: the first-run welcome
    /// is marked as read in the settings (unless the test wrote its own settings).
    pub fn start_with(home: &Path, args: &[&str], env: &[(&str, &str)], leader: Leader) -> Session {
        welcomed(home);
        Session::spawn(home, &[], args, env, leader)
    }

    /// Starts the program (as `start_with`) through `wrapper`: its words come first, then
    /// the program's path and `args`. A wrapper that ends by exec'ing the program (a shell
    /// that mounts a folder in a namespace of its own first) keeps the pid the program's.
    pub fn start_wrapped(
        home: &Path,
        wrapper: &[&str],
        args: &[&str],
        env: &[(&str, &str)],
    ) -> Session {
        welcomed(home);
        Session::spawn(home, wrapper, args, env, Leader::ControllingTerminal)
    }

    /// Starts the program as on a computer where it never ran: nothing in `home`.
    pub fn start_first_time(home: &Path, args: &[&str]) -> Session {
        Session::spawn(home, &[], args, &[], Leader::ControllingTerminal)
    }

    fn spawn(
        home: &Path,
        wrapper: &[&str],
        args: &[&str],
        env: &[(&str, &str)],
        leader: Leader,
    ) -> Session {
        let flags = OpenptFlags::RDWR | OpenptFlags::NOCTTY | OpenptFlags::CLOEXEC;
        let master = openpt(flags).expect("a pseudo-terminal");
        grantpt(&master).unwrap();
        unlockpt(&master).unwrap();
        let size = Winsize {
            ws_row: ROWS,
            ws_col: COLS,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        tcsetwinsize(&master, size).unwrap();
        let name = ptsname(&master, Vec::new()).unwrap();
        let slave = rustix::fs::open(
            name.as_c_str(),
            OFlags::RDWR | OFlags::NOCTTY | OFlags::CLOEXEC,
            Mode::empty(),
        )
        .unwrap();
        let slave = File::from(slave);

        // `setsid` starts a new session (no process group leader here, so it does not
        // fork: the pid is the program's); `--ctty` makes the terminal its controlling one.
        let mut cmd = Command::new("setsid");
        if leader == Leader::ControllingTerminal {
            cmd.arg("--ctty");
        }
        cmd.args(wrapper)
            .arg(env!("CARGO_BIN_EXE_povestitor"))
            .args(args)
            .env("TERM", "xterm-256color")
            .env("HOME", home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CACHE_HOME", home.join("cache"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("NO_COLOR")
            .stdin(Stdio::from(slave.try_clone().unwrap()))
            .stdout(Stdio::from(slave.try_clone().unwrap()))
            .stderr(Stdio::from(slave));
        for (key, value) in env {
            cmd.env(key, value);
        }
        let child = cmd.spawn().expect("setsid and povestitor start");
        let pid = Pid::from_raw(child.id() as i32).unwrap();
        // `cmd` still holds the slave's copies until it is dropped: the master's reader
        // sees the end of the output only once the program's are the last ones.
        drop(cmd);

        let master = File::from(master);
        let writer = master.try_clone().unwrap();
        let (wake_read, wake_write) =
            rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC).expect("a pipe");
        let (tx, output) = mpsc::channel();
        let reader = thread::spawn(move || read_master(master, wake_read, tx));
        let (exit_tx, exit) = mpsc::channel();
        thread::spawn(move || wait_for_exit(child, pid, exit_tx));
        Session {
            parser: vt100::Parser::new(
                NonZeroU16::new(ROWS).unwrap(),
                NonZeroU16::new(COLS).unwrap(),
                0,
            ),
            pid,
            output,
            output_ended: false,
            writer: Some(writer),
            wake: Some(wake_write),
            reader: Some(reader),
            exit,
            exited: None,
            raw: Vec::new(),
        }
    }

    /// The screen with everything that has arrived so far.
    pub fn screen(&mut self) -> String {
        while let Ok(chunk) = self.output.try_recv() {
            self.raw.extend_from_slice(&chunk);
            self.parser.process(&chunk);
        }
        self.parser.screen().contents()
    }

    pub fn wait_for(&mut self, needle: &str) -> String {
        self.wait_until(&format!("{needle:?}"), |screen| {
            screen.contents().contains(needle)
        })
    }

    /// Waits until the screen satisfies `ready`; fails the test after the deadline.
    pub fn wait_until(&mut self, what: &str, ready: impl Fn(&vt100::Screen) -> bool) -> String {
        let deadline = Instant::now() + SCREEN_DEADLINE;
        loop {
            let text = self.screen();
            if ready(self.parser.screen()) {
                return text;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(chunk) => {
                    self.raw.extend_from_slice(&chunk);
                    self.parser.process(&chunk);
                }
                Err(RecvTimeoutError::Timeout) => {
                    panic!("timed out waiting for {what}; screen:\n{text}")
                }
                Err(RecvTimeoutError::Disconnected) => {
                    panic!("the program's output ended while waiting for {what}; screen:\n{text}")
                }
            }
        }
    }

    /// Reads the output to its end (the program has exited and closed the terminal), so
    /// that the screen shows everything it printed on the way out.
    pub fn finish_output(&mut self) -> String {
        let deadline = Instant::now() + EXIT_DEADLINE;
        while !self.output_ended {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(chunk) => {
                    self.raw.extend_from_slice(&chunk);
                    self.parser.process(&chunk);
                }
                Err(RecvTimeoutError::Disconnected) => self.output_ended = true,
                Err(RecvTimeoutError::Timeout) => panic!("the output did not end"),
            }
        }
        self.parser.screen().contents()
    }

    pub fn send(&mut self, bytes: &[u8]) {
        let writer = self.writer.as_mut().expect("the terminal is open");
        writer.write_all(bytes).unwrap();
        writer.flush().unwrap();
    }

    /// Closes the master side, as a terminal window closed with its X button does: no
    /// signal is sent by the test, nothing more is written.
    pub fn close_terminal(&mut self) {
        self.writer = None;
        self.wake = None;
        if let Some(reader) = self.reader.take() {
            reader.join().expect("the reader ends");
        }
        self.output_ended = true;
    }

    pub fn signal(&self, signal: rustix::process::Signal) {
        rustix::process::kill_process(self.pid, signal).expect("the signal is sent");
    }

    /// Waits for the program to exit, at most `deadline`.
    pub fn wait_exit_within(&mut self, deadline: Duration) -> Exit {
        if let Some(exit) = self.exited {
            return exit;
        }
        let exit = self
            .exit
            .recv_timeout(deadline)
            .unwrap_or_else(|_| panic!("the wizard did not exit within {deadline:?}"));
        self.exited = Some(exit);
        exit
    }

    pub fn wait_exit_code(&mut self) -> i32 {
        let exit = self.wait_exit_within(EXIT_DEADLINE);
        exit.code.expect("an exit code, not a signal")
    }

    pub fn wait_exit(&mut self) -> bool {
        self.wait_exit_code() == 0
    }

    /// The processor time the running program has used so far.
    pub fn cpu(&self) -> Duration {
        cpu_of(self.pid).expect("the program is running")
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if self.exited.is_none() {
            let _ = rustix::process::kill_process(self.pid, rustix::process::Signal::KILL);
        }
    }
}

/// Marks the first-run welcome as read in `home`'s settings (unless the test wrote its own
/// settings).
fn welcomed(home: &Path) {
    let settings = home.join("config/povestitor/settings.toml");
    if !settings.exists() {
        std::fs::create_dir_all(settings.parent().unwrap()).unwrap();
        std::fs::write(&settings, "welcomed = true\n").unwrap();
    }
}

/// Copies the master side's output into `tx` until the program's side is closed or the
/// test closes the terminal (the wake pipe's other end is dropped).
fn read_master(mut master: File, wake: OwnedFd, tx: Sender<Vec<u8>>) {
    let mut buf = [0u8; 4096];
    loop {
        let mut fds = [
            PollFd::new(&master, PollFlags::IN),
            PollFd::new(&wake, PollFlags::IN),
        ];
        match poll(&mut fds, None) {
            Ok(_) => {}
            Err(Errno::INTR) => continue,
            Err(_) => return,
        }
        if !fds[1].revents().is_empty() {
            return;
        }
        match master.read(&mut buf) {
            Ok(0) => return,
            Ok(n) => {
                if tx.send(buf[..n].to_vec()).is_err() {
                    return;
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            // EIO: every copy of the program's side is closed.
            Err(_) => return,
        }
    }
}

/// Waits for the exit without reaping first, so the processor time can still be read.
fn wait_for_exit(mut child: std::process::Child, pid: Pid, tx: Sender<Exit>) {
    loop {
        match waitid(
            WaitId::Pid(pid),
            WaitIdOptions::EXITED | WaitIdOptions::NOWAIT,
        ) {
            Ok(_) => break,
            Err(Errno::INTR) => continue,
            Err(e) => panic!("waitid: {e}"),
        }
    }
    let cpu = cpu_of(pid).unwrap_or_default();
    let status = child.wait().expect("the exit status");
    let _ = tx.send(Exit {
        code: status.code(),
        cpu,
    });
}

/// User and system time of `pid` from /proc (still readable while it is a zombie).
fn cpu_of(pid: Pid) -> Option<Duration> {
    let stat = std::fs::read_to_string(format!("/proc/{}/stat", pid.as_raw_nonzero())).ok()?;
    let after_name = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    // Fields 14 and 15 of the line; the name (field 2) and state (3) are cut off above.
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    let per_second = rustix::param::clock_ticks_per_second();
    Some(Duration::from_millis(ticks * 1000 / per_second))
}

/// The draft's TOML.
pub fn draft(path: &Path) -> toml::Table {
    toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// One answer of the draft at `path`, empty when missing.
pub fn answer(path: &Path, id: &str) -> String {
    draft(path)["answers"][id]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// The words that start a new story of the `success-story` template at `file`, the wizard
/// speaking `lang`: `--lang LANG new --template success-story FILE`.
pub fn new_story<'a>(lang: &'a str, file: &'a str) -> [&'a str; 6] {
    ["--lang", lang, "new", "--template", "success-story", file]
}

/// Fails at once, saying why, when this machine cannot give a process a mount namespace of
/// its own (`unshare --user --map-root-user --mount`, no root needed) in which `mount` runs:
/// the tests that make a disk full or a file held by another program need one.
pub fn can_mount_in_a_namespace(mount: &str) {
    let tried = std::process::Command::new("unshare")
        .args(["--user", "--map-root-user", "--mount", "sh", "-c"])
        .arg(mount)
        .output();
    match tried {
        Ok(out) if out.status.success() => {}
        Ok(out) => panic!(
            "`{mount}` in a namespace of its own (`unshare --user --map-root-user --mount`) \
             is refused on this machine (user namespaces off?): {}",
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(e) => panic!("these tests need util-linux's unshare: {e}"),
    }
}
