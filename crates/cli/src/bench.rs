//! `lede bench`: throughput of the configured pipeline on a corpus repeated to a given size.

use crate::args::{BenchArgs, Format};
use crate::input::{self, Decoding, Job};
use crate::settings;
use rayon::prelude::*;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

pub fn run(args: &BenchArgs) -> anyhow::Result<ExitCode> {
    let pipeline = match settings::pipeline(&args.selection) {
        Ok(pipeline) => pipeline,
        Err(code) => return Ok(code),
    };
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from("tests/corpus")]
    } else {
        args.paths.clone()
    };
    let decoding = Decoding {
        max_bytes: pipeline.max_document_bytes(),
        lossy: true,
    };
    let mut corpus = Vec::new();
    for job in input::jobs(&paths, crate::args::InputFormat::Text, "*.txt", decoding)? {
        if let Job::File(_) = job {
            if let Ok((_, text)) = input::load(job, decoding) {
                corpus.push(text);
            }
        }
    }
    anyhow::ensure!(!corpus.is_empty(), "no documents found in {paths:?}");
    let docs = varied_copies(&corpus, args.megabytes * 1_000_000);
    let bytes: usize = docs.iter().map(String::len).sum();
    let copy = |text: &String| Job::Text {
        id: "bench".into(),
        text: text.clone(),
    };
    // Written with `?`, so a closed pipe (`lede bench | head`) ends the run instead of panicking.
    let mut stdout = std::io::stdout();
    writeln!(
        stdout,
        "extractors: {}\ncorpus: {} documents, {:.1} MB ({} originals, varied copies)",
        pipeline.names().join(", "),
        docs.len(),
        bytes as f64 / 1e6,
        corpus.len()
    )?;
    let threads = rayon::current_num_threads();
    for n in [1, threads] {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(n).build()?;
        // Grouped into pipeline calls as `extract` groups them for this many threads.
        let (_, text_per_call) = crate::extract::call_sizes(n);
        let calls: Vec<(Vec<&String>, usize)> =
            crate::extract::calls(docs.iter(), |text| text.len(), text_per_call).collect();
        let cpu_before = pool_cpu_seconds(&pool);
        let started = Instant::now();
        let out_bytes: usize = pool.install(|| {
            calls
                .par_iter()
                .map_init(Vec::new, |buffer, (texts, text)| {
                    // Copied, then processed and encoded as `extract` does it (reusing one output
                    // buffer per thread as it does); counted.
                    let call = (texts.iter().map(|&text| copy(text)).collect(), *text);
                    let taken = std::mem::take(buffer);
                    match crate::extract::encode_jobs(
                        &pipeline,
                        call,
                        decoding,
                        Format::Jsonl,
                        taken,
                    ) {
                        Ok(encoded) => {
                            let written = encoded.len();
                            *buffer = encoded.into_buffer();
                            written
                        }
                        Err(_) => 0,
                    }
                })
                .sum()
        });
        let secs = started.elapsed().as_secs_f64();
        // Per CPU-second: steadier than wall time when other processes share the cores.
        let per_cpu = match (cpu_before, pool_cpu_seconds(&pool)) {
            (Some(before), Some(after)) if after > before => {
                format!(
                    ", {:.1} MB per CPU-second",
                    bytes as f64 / 1e6 / (after - before)
                )
            }
            _ => String::new(),
        };
        writeln!(
            stdout,
            "threads {n}: {:.1} MB/s, {:.0} docs/s, {:.2} s, output {:.1} MB{per_cpu}",
            bytes as f64 / 1e6 / secs,
            docs.len() as f64 / secs,
            secs,
            out_bytes as f64 / 1e6
        )?;
        if n == threads {
            break;
        }
    }
    writeln!(
        stdout,
        "peak memory (RSS): {}",
        peak_rss().unwrap_or_else(|| "unknown".into())
    )?;
    Ok(ExitCode::SUCCESS)
}

/// Copies of the corpus until it holds `target` bytes; each copy rotates every document's
/// paragraphs so no two copies are byte-identical.
fn varied_copies(corpus: &[String], target: usize) -> Vec<String> {
    let mut docs = Vec::new();
    let mut total = 0;
    let mut round = 0;
    // Split once: splitting every copy again cost more than the copies.
    let originals: Vec<Vec<&str>> = corpus.iter().map(|text| text.lines().collect()).collect();
    while total < target {
        for lines in &originals {
            let mut lines = lines.clone();
            if !lines.is_empty() {
                let k = round % lines.len();
                lines.rotate_left(k);
            }
            let doc = lines.join("\n");
            total += doc.len();
            docs.push(doc);
        }
        round += 1;
    }
    docs
}

/// CPU time used so far by the pool's threads, in seconds (Linux).
fn pool_cpu_seconds(pool: &rayon::ThreadPool) -> Option<f64> {
    let thread_nanos = |_: rayon::BroadcastContext| -> Option<u64> {
        let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
        stat.split_whitespace().next()?.parse().ok()
    };
    let nanos: Option<u64> = pool.broadcast(thread_nanos).into_iter().sum();
    nanos.map(|n| n as f64 / 1e9)
}

/// Peak resident set size of this process, from /proc (Linux).
fn peak_rss() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    Some(line.trim_start_matches("VmHWM:").trim().to_string())
}
