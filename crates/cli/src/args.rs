//! Command-line arguments.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// lede: people, places, numbers and quotes from news articles, as offset-exact JSON.
#[derive(Debug, Parser)]
#[command(name = "lede", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the configured extractors over files, directories or stdin.
    Extract(ExtractArgs),
    /// List every registered extractor with its description and default options.
    List(ConfigArg),
    /// Validate a configuration without running anything.
    Check(ConfigArg),
    /// Measure throughput (MB/s, docs/s, peak memory) on a corpus, with 1 thread and all threads.
    Bench(BenchArgs),
}

#[derive(Debug, Args)]
pub struct ConfigArg {
    /// Config file (default: ./config.toml when present, else built-in defaults).
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
}

/// Which configuration, and which of its extractors, a run uses.
#[derive(Debug, Args)]
pub struct Selection {
    #[command(flatten)]
    pub config: ConfigArg,
    /// Run only these extractors (comma-separated); what they require runs too.
    #[arg(long, value_delimiter = ',', value_name = "NAMES")]
    pub only: Option<Vec<String>>,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files, directories (walked recursively) or `-` for stdin. Default: `-`.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub selection: Selection,
    /// Output format (default: `jsonl` when stdout is not a terminal, `pretty` when it is).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Input format: `text` files, or `jsonl` lines of {"id", "text"}.
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    pub input: InputFormat,
    /// Which files a directory walk picks (matched against the file name).
    #[arg(long, default_value = "*.txt", value_name = "GLOB")]
    pub glob: String,
    /// Worker threads (default: all cores).
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
    /// Replace invalid UTF-8 with U+FFFD instead of failing the document (offsets then refer to
    /// the repaired text).
    #[arg(long)]
    pub lossy: bool,
}

#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Corpus files or directories (default: tests/corpus).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub selection: Selection,
    /// Repeat the corpus until it holds at least this many megabytes.
    #[arg(long, default_value_t = 50, value_name = "MB")]
    pub megabytes: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One JSON object per document per line.
    Jsonl,
    /// One JSON array of all documents.
    Json,
    /// A readable per-document view.
    Pretty,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// Each file is one document.
    Text,
    /// Each line is a JSON object {"id": ..., "text": ...}.
    Jsonl,
}
