//! The `summit-briefing` command: serve the briefing, check its data, or export it as files.

use std::io::{IsTerminal, Write};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use summit_briefing::model::{DataErrors, DataSource, EDITIONS, Overlays, Wanted};
use summit_briefing::status::LossyStderr;
use summit_briefing::{AppState, Config, Hardening, ServerConfig};
use tracing_subscriber::EnvFilter;

/// Like the standard `eprintln!`, without its panic when standard error is a broken pipe: a
/// message nobody can read is dropped (and counted, as log lines are).
macro_rules! eprintln {
    ($($arg:tt)*) => {{
        let _ = writeln!(LossyStderr, $($arg)*);
    }};
}

/// A web briefing on the Central Asia + Japan summit.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the briefing over HTTP (the default).
    Serve(ServeArgs),
    /// Validate the data and print every problem found.
    Check(DataArgs),
    /// Print an edition's translatable fields as ready-to-fill overlay entries (TOML).
    Translations(TranslationsArgs),
    /// Write the whole site as static files (with .br and .gz siblings) into a directory.
    Export(ExportArgs),
    /// Exit 0 if URL answers 200 (the container's health check; no curl needed).
    Probe {
        /// The URL to fetch, e.g. http://127.0.0.1:3000/healthz
        url: String,
    },
}

#[derive(Args, Default)]
struct DataArgs {
    /// A data directory to use instead of the data embedded in the binary.
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
}

impl DataArgs {
    fn source(&self) -> DataSource {
        match &self.data {
            Some(dir) => DataSource::Dir(dir.clone()),
            None => DataSource::Embedded,
        }
    }
}

#[derive(Args)]
struct TranslationsArgs {
    /// The edition.
    #[arg(value_parser = clap::builder::PossibleValuesParser::new(EDITIONS))]
    lang: String,
    /// Only the fields that have no translation.
    #[arg(long)]
    missing: bool,
    /// Only the translations whose English text has changed since they were made.
    #[arg(long)]
    stale: bool,
    #[command(flatten)]
    data: DataArgs,
}

#[derive(Args, Default)]
struct ServeArgs {
    #[command(flatten)]
    data: DataArgs,
    /// Address to listen on [default: 127.0.0.1:3000, or 127.0.0.1:$PORT]
    #[arg(long, value_name = "HOST:PORT", env = "SUMMIT_ADDR")]
    addr: Option<SocketAddr>,
    /// The public base URL, e.g. https://briefing.example.org; used for canonical links, link
    /// previews and citations [default: http:// and --addr, or http://127.0.0.1:3000 when
    /// --addr is a wildcard address]
    #[arg(long, value_name = "URL", env = "SUMMIT_PUBLIC_URL")]
    public_url: Option<String>,
    /// Send Strict-Transport-Security: set it only when the briefing is reached over HTTPS.
    #[arg(long, env = "SUMMIT_HSTS")]
    hsts: bool,
    /// With --data: reload only on SIGHUP, not when the directory changes.
    #[arg(long)]
    no_watch: bool,
    /// Show the data directory and the errors of a refused reload on /healthz, which without
    /// it says only the status and counts. For an editor's own machine or a private address.
    #[arg(long, env = "SUMMIT_HEALTH_DETAILS")]
    health_details: bool,
    /// Connections served at once; more are refused at once (503) until one closes.
    #[arg(long, value_name = "N", default_value_t = ServerConfig::default().max_connections)]
    max_connections: usize,
    /// Connections from one IP address at once, loopback included; 0 for no limit (behind a
    /// reverse proxy, every client has the proxy's address).
    #[arg(long, value_name = "N", default_value_t = ServerConfig::default().max_connections_per_ip)]
    max_connections_per_ip: usize,
    /// Connections the kernel queues before they are accepted (capped by net.core.somaxconn).
    #[arg(long, value_name = "N", default_value_t = ServerConfig::default().backlog)]
    backlog: u32,
    /// Socket send buffer per connection in bytes (SO_SNDBUF); 0 for the kernel's autotuning.
    #[arg(long, value_name = "BYTES", default_value_t = ServerConfig::default().send_buffer_bytes)]
    send_buffer: usize,
}

#[derive(Args)]
struct ExportArgs {
    #[command(flatten)]
    data: DataArgs,
    /// The directory to write into; created if missing, files in it are overwritten.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// The public base URL, e.g. https://briefing.example.org; used for canonical links and previews.
    #[arg(long, value_name = "URL", env = "SUMMIT_PUBLIC_URL")]
    public_url: Option<String>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    reopen_closed_std_fds();
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(|| LossyStderr)
        // Colour codes only for a person at a terminal, not in a file, a pipe or a journal.
        .with_ansi(std::io::stderr().is_terminal())
        // Its own report of a failed write is an `eprintln!`, which panics on a broken pipe.
        .log_internal_errors(false)
        .init();
    match cli.command.unwrap_or(Command::Serve(ServeArgs::default())) {
        Command::Check(args) => check(&args.source()),
        Command::Translations(args) => translations(&args),
        Command::Serve(args) => serve(args),
        Command::Export(args) => export(args),
        Command::Probe { url } => probe(&url),
    }
}

/// Started with standard input, output or error closed (`2>&-`), the process would hand those
/// numbers to the next files it opens, and log lines meant for fd 2 would go into a socket or
/// the watcher's descriptor. Each closed one is pointed at /dev/null instead.
fn reopen_closed_std_fds() {
    #[cfg(unix)]
    for fd in 0..=2 {
        // SAFETY: F_GETFD only asks whether `fd` is open; nothing is read or changed.
        let closed = unsafe { libc::fcntl(fd, libc::F_GETFD) } == -1;
        if closed {
            let mode = if fd == 0 {
                libc::O_RDONLY
            } else {
                libc::O_WRONLY
            };
            // SAFETY: a constant NUL-terminated path; the descriptor is checked before use.
            let null = unsafe { libc::open(c"/dev/null".as_ptr(), mode | libc::O_CLOEXEC) };
            if null >= 0 && null != fd {
                // SAFETY: both descriptors are open; dup2 clears O_CLOEXEC on the copy.
                unsafe {
                    libc::dup2(null, fd);
                    libc::close(null);
                }
            }
        }
    }
}

fn probe(url: &str) -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(summit_briefing::probe(url)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("unhealthy: {e}");
            ExitCode::FAILURE
        }
    }
}

fn check(source: &DataSource) -> ExitCode {
    let english = source.load();
    let mut errors = Vec::new();
    match &english {
        Ok(b) => println!(
            "ok: {} checked: {} events, {} sources, {} countries, {} areas, {} powers, {} corrections",
            source.describe(),
            b.events.len(),
            b.sources.len(),
            b.countries.len(),
            b.areas.len(),
            b.powers.len(),
            b.corrections.len()
        ),
        Err(DataErrors(e)) => errors.extend(e.iter().cloned()),
    }
    // The translations are checked even when the English has errors (against the English
    // files that parse); a file that cannot be read is reported once, by the English check.
    if let Ok(files) = source.read_overlays() {
        let (overlays, overlay_errors) = Overlays::build(files);
        errors.extend(overlay_errors);
        for lang in EDITIONS {
            let (done, all) = overlays.counts(lang);
            if overlays.is_present(lang) {
                println!(
                    "{lang}: {done} of {all} fields translated, glossary of {} terms",
                    overlays.glossary(lang).len()
                );
            } else {
                println!(
                    "{lang}: no {lang}/ directory: the edition is not checked for completeness ({done} of {all} fields translated)"
                );
            }
        }
    }
    if errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        eprintln!("{}", DataErrors(errors));
        ExitCode::FAILURE
    }
}

fn translations(args: &TranslationsArgs) -> ExitCode {
    let source = args.data.source();
    let files = match source.read_overlays() {
        Ok(files) => files,
        Err(errors) => {
            eprintln!("{errors}");
            return ExitCode::FAILURE;
        }
    };
    let (overlays, errors) = Overlays::build(files);
    let wanted = Wanted {
        missing: args.missing,
        stale: args.stale,
    };
    let blocks = overlays.ready_to_fill(&args.lang, wanted);
    // A reader that stops early (`| head`) is no error.
    let _ = std::io::stdout().lock().write_all(blocks.as_bytes());
    if !errors.is_empty() {
        eprintln!(
            "note: the data has {} problem(s); `summit-briefing check` lists them",
            errors.len()
        );
    }
    ExitCode::SUCCESS
}

fn export(args: ExportArgs) -> ExitCode {
    let source = args.data.source();
    let briefing = match source.load() {
        Ok(b) => b,
        Err(errors) => {
            eprintln!("{errors}");
            return ExitCode::FAILURE;
        }
    };
    let config = Config {
        public_url: args.public_url.map(|u| u.trim_end_matches('/').to_owned()),
        precompress: summit_briefing::Precompress::OnDemand,
        ..Config::default()
    };
    let state = AppState::new(briefing, source, config);
    let runtime = match tokio::runtime::Builder::new_current_thread().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(summit_briefing::export::export(&state, &args.out)) {
        Ok(summary) => {
            println!(
                "exported {} pages ({} files, {} KiB) to {}",
                summary.pages,
                summary.files,
                summary.bytes / 1024,
                args.out.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: export to {} failed: {e}", args.out.display());
            ExitCode::FAILURE
        }
    }
}

fn serve(args: ServeArgs) -> ExitCode {
    let addr = args.addr.unwrap_or_else(|| {
        let port = std::env::var("PORT")
            .ok()
            .and_then(|p| p.parse().ok())
            .unwrap_or(3000);
        SocketAddr::from(([127, 0, 0, 1], port))
    });
    let source = args.data.source();
    let briefing = match source.load() {
        Ok(b) => b,
        Err(errors) => {
            eprintln!("{errors}");
            eprintln!(
                "not serving: fix the data, then start again (`summit-briefing check` lists the problems)"
            );
            return ExitCode::FAILURE;
        }
    };
    // Without --public-url, links are made absolute with the address served on (never with
    // a request's Host header); a wildcard address gives the default, 127.0.0.1:3000.
    let public_url = args
        .public_url
        .map(|u| u.trim_end_matches('/').to_owned())
        .or_else(|| (!addr.ip().is_unspecified()).then(|| format!("http://{addr}")));
    let config = Config {
        public_url,
        health_details: args.health_details,
        ..Config::default()
    };
    let state = AppState::new(briefing, source, config);
    // On one core (a container's CPU quota, taskset) a single thread without the work-stealing
    // machinery answers faster and with a shorter tail; on more, the multi-threaded scheduler.
    let one_core = std::thread::available_parallelism().is_ok_and(|n| n.get() == 1);
    let runtime = if one_core {
        tokio::runtime::Builder::new_current_thread()
    } else {
        tokio::runtime::Builder::new_multi_thread()
    }
    .enable_all()
    .build();
    let runtime = match runtime {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let server = ServerConfig {
        hardening: Hardening {
            hsts: args.hsts,
            ..Hardening::default()
        },
        max_connections: args.max_connections,
        max_connections_per_ip: args.max_connections_per_ip,
        backlog: args.backlog,
        send_buffer_bytes: args.send_buffer,
        watch: !args.no_watch,
        ..ServerConfig::default()
    };
    let served = runtime.block_on(summit_briefing::serve(state, addr, server));
    // A reload stuck in a read (a hung network file system) must not keep the process alive
    // after the requests have drained: its thread is abandoned.
    runtime.shutdown_timeout(std::time::Duration::from_secs(1));
    match served {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
