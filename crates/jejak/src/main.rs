//! `jejak`: the command line. It parses arguments and wires the library crates together;
//! all real work lives in the crates under `crates/`.

/// `println!` for command output: a closed pipe (`jejak stories | head`) is an error the
/// command returns, ending it quietly, not a panic.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout().lock(), $($arg)*)
    }};
}

/// `print!` for command output (see `outln!`).
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        write!(std::io::stdout().lock(), $($arg)*)
    }};
}

mod args;
mod commands;
mod crawl;
mod demo;
mod progress;
mod worker;

use std::process::ExitCode;

use clap::Parser;

/// Extraction and clustering allocate many small strings; mimalloc serves them markedly
/// faster than glibc's allocator (`bench/extraction/run.sh`: ~700 → ~800 pages/s).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    init_logging(cli.verbose);
    match commands::run(cli) {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("jejak: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Logs go to stderr so that `--json` output on stdout stays machine-readable.
fn init_logging(verbose: u8) {
    let default = match verbose {
        0 => "warn",
        1 => "info",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("JEJAK_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).with_target(false).init();
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    let broken = |io: &std::io::Error| io.kind() == std::io::ErrorKind::BrokenPipe;
    e.chain().any(|cause| {
        cause.downcast_ref::<std::io::Error>().is_some_and(broken)
            // (serde_json wraps the writer's error in its own)
            || cause.downcast_ref::<serde_json::Error>().and_then(|j| j.io_error_kind())
                == Some(std::io::ErrorKind::BrokenPipe)
    })
}
