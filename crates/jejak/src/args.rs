//! Command-line arguments. The doc comments are the `--help` text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Jejak: trace where news claims came from. Ingest pages, extract articles, group them
/// into stories across outlets, and see who said what, via whom.
#[derive(Parser, Debug)]
#[command(name = "jejak", version, about, long_about = None)]
pub struct Cli {
    /// Data directory holding the SQLite store and search index.
    #[arg(long, global = true, default_value = "jejak-data", env = "JEJAK_DATA")]
    pub data: PathBuf,

    /// PostgreSQL URL (postgres://user@host:port/db) of a shared store for scale-out;
    /// without it the store is SQLite in --data.
    #[arg(long, global = true, env = "JEJAK_STORE")]
    pub store: Option<String>,

    /// With --store: seconds this process may hold queued pages before other workers (or a
    /// rerun after this one was killed) take them over.
    #[arg(long, global = true, default_value_t = 120, env = "JEJAK_LEASE_SECONDS")]
    pub lease_seconds: u64,

    /// More log output on stderr (-v info, -vv debug); or set JEJAK_LOG.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Ingest files or directories of HTML pages, copied page text (.txt) or JSONL.
    ///
    /// Formats are recognised by content. Re-ingesting the same input adds nothing.
    /// Unreadable files and lines are reported and skipped; the exit code is non-zero
    /// only when nothing at all could be ingested.
    Ingest {
        /// Files or directories (read recursively); `-` reads standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Outlet for pages that do not name their own.
        #[arg(long)]
        outlet: Option<String>,
        /// Hours a story stays open for new articles.
        #[arg(long, default_value_t = 72)]
        window_hours: i64,
        /// Print the summary as JSON.
        #[arg(long)]
        json: bool,
        /// Only store the pages; `jejak worker` processes extract them (scale-out).
        #[arg(long)]
        queue_only: bool,
        /// Where JSONL records keep a field Jejak reads, as FIELD=SOURCE (repeatable):
        /// `--field title=headline --field published=meta.date --field body=paragraphs`.
        /// Fields: id, outlet, url, published, lang, title, body, text, html, author.
        #[arg(long = "field", value_name = "FIELD=SOURCE")]
        fields: Vec<String>,
    },
    /// Extract every stored page again, trace its quotes and update the stories.
    ///
    /// For a store an older Jejak filled: ingest skips pages already stored, so their
    /// articles keep the old extraction and attribution until this runs. Each article is
    /// replaced in one write; an interrupted run is finished by the next ingest or reprocess.
    Reprocess {
        /// Hours a story stays open for new articles.
        #[arg(long, default_value_t = 72)]
        window_hours: i64,
        /// Print the summary as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Crawl news sites politely from feeds, sitemaps or pages, and ingest what is found.
    ///
    /// Honours robots.txt and Crawl-delay, waits between requests to one host, retries
    /// 429/503 with backoff, and skips pages already stored, so a rerun fetches only new
    /// pages. Feeds, sitemaps and pages fetched before are asked for conditionally (ETag,
    /// Last-Modified): an unchanged one costs one small request and stores nothing. Hosts
    /// are crawled side by side. Pages are stored in batches as they arrive; an interrupted
    /// crawl resumes.
    Crawl(CrawlArgs),
    /// Process queued pages from a shared PostgreSQL store, alongside other workers.
    ///
    /// Pages are leased with SKIP LOCKED, so workers never take the same page; a dead
    /// worker's pages return to the queue when its lease expires (--lease-seconds). After
    /// each round a worker no other worker is busy beside updates the stories, under a
    /// database lock.
    Worker {
        /// Stop when the queue is empty instead of polling for more.
        #[arg(long)]
        once: bool,
        /// Seconds between polls of an empty queue.
        #[arg(long, default_value_t = 5)]
        poll_seconds: u64,
    },
    /// Extract the article of one file (HTML, page text or a JSONL line) and print it;
    /// stores nothing.
    Extract {
        file: PathBuf,
        /// Outlet of the page, if the page does not say.
        #[arg(long)]
        outlet: Option<String>,
        /// URL of the page, if known.
        #[arg(long)]
        url: Option<String>,
        /// Print JSON (same as --format json).
        #[arg(long)]
        json: bool,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Also list every line dropped as boilerplate and the rule that dropped it.
        #[arg(long)]
        explain: bool,
    },
    /// Text analysis of one page's article, paragraph by paragraph: language, sentences,
    /// tokens, quantities, dates and name mentions with their canonical keys.
    Analyze {
        /// A page (HTML, page text, one JSONL record) to extract and analyse.
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Who said what in one file or stored article: quotes, speakers, cues, relays.
    Quotes {
        /// A file to extract first, or the id of a stored article.
        target: String,
        #[arg(long)]
        json: bool,
    },
    /// List stories, most recent first.
    Stories {
        /// Only stories active since this date (YYYY-MM-DD or RFC 3339).
        #[arg(long)]
        since: Option<String>,
        /// At most this many stories.
        #[arg(long, default_value_t = 50)]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
    /// List near-duplicate articles: syndicated copies and light rewrites.
    Dups {
        /// Least estimated word-pair Jaccard similarity (0.5 catches edited copies, 0.8 copies).
        #[arg(long, default_value_t = 0.5)]
        threshold: f32,
        #[arg(long)]
        json: bool,
    },
    /// Show one story: its articles side by side.
    Story {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Trace a story's claims: who said what, how it travelled, and how outlets compare.
    Trace {
        story_id: String,
        /// Print the whole report as JSON.
        #[arg(long)]
        json: bool,
        /// Print every claim's provenance graph in this format instead.
        #[arg(long, value_enum)]
        graph: Option<GraphFormat>,
    },
    /// Full-text search over stored articles (Indonesian and English stemming).
    Search {
        query: String,
        #[arg(long, default_value_t = 20)]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
    /// Serve the web UI and JSON API.
    Serve {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: String,
    },
    /// Ingest the bundled demo corpus into the data directory, print a summary and serve.
    Demo {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: String,
        /// Stop after the summary instead of serving.
        #[arg(long)]
        no_serve: bool,
        /// Print the summary as JSON.
        #[arg(long)]
        json: bool,
    },
}

/// The flags of `jejak crawl`.
#[derive(Args, Debug, Clone)]
pub struct CrawlArgs {
    /// Seed URLs: RSS/Atom feeds, sitemaps (news sitemaps, sitemap indexes) or pages.
    #[arg(required_unless_present = "url_files")]
    pub urls: Vec<String>,
    /// Also read seed URLs from FILE, one per line (blank lines and lines starting with `#`
    /// are skipped; `-` reads standard input). Lines that are not http(s) URLs are reported
    /// with their line number and skipped. May be given more than once.
    #[arg(long = "urls", value_name = "FILE")]
    pub url_files: Vec<PathBuf>,
    /// Documents (pages, feeds, sitemaps) to fetch at most, unchanged ones included.
    #[arg(long, default_value_t = 100)]
    pub max_pages: usize,
    /// Least milliseconds between the starts of two requests to one host (a longer
    /// Crawl-delay wins); a host answering one request at a time gets them this long after
    /// its last answer.
    #[arg(long, default_value_t = 1000)]
    pub delay_ms: u64,
    /// Requests to one host in flight at once. They still start --delay-ms apart, so a
    /// second one only overlaps when the host answers slower than the delay.
    #[arg(long, value_name = "N", default_value_t = 2, value_parser = clap::value_parser!(u64).range(1..))]
    pub per_host: u64,
    /// Requests in flight at once over all hosts.
    #[arg(long, value_name = "N", default_value_t = 8, value_parser = clap::value_parser!(u64).range(1..))]
    pub concurrency: u64,
    /// User-Agent header; its first word is the robots.txt agent name.
    #[arg(long)]
    pub user_agent: Option<String>,
    /// Outlet for pages that do not name their own.
    #[arg(long)]
    pub outlet: Option<String>,
    /// Also fetch from private, loopback and link-local addresses (refused by default,
    /// so that a feed or redirect cannot point the crawler into the local network).
    #[arg(long)]
    pub allow_private: bool,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
    /// Keep following the seeds: crawl them again every SECONDS (each round fetches
    /// only pages the store does not hold, and feeds and sitemaps only if they changed);
    /// stop with Ctrl-C. URL files are read once, at the start.
    #[arg(long, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..))]
    pub every: Option<u64>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum GraphFormat {
    Dot,
    Graphml,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn every_subcommand_has_help() {
        for sub in Cli::command().get_subcommands() {
            assert!(sub.get_about().is_some(), "{} has no help text", sub.get_name());
        }
    }
}
