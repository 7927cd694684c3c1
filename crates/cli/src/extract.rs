//! `lede extract`: documents in, one record per document out, in input order.

use crate::args::{ExtractArgs, Format};
use crate::input::{self, Decoding, Job};
use crate::output::Writer;
use crate::settings;
use lede_core::Record;
use rayon::prelude::*;
use std::io::IsTerminal;
use std::process::ExitCode;

/// Documents in flight per worker thread: enough to keep cores busy, few enough to bound memory.
const JOBS_PER_THREAD: usize = 8;
/// In-memory text held by one batch (stdin, JSON Lines) before it is processed.
const BATCH_BYTES: usize = 32 * 1024 * 1024;

pub fn run(args: &ExtractArgs) -> anyhow::Result<ExitCode> {
    let pipeline = match settings::pipeline(&args.selection) {
        Ok(pipeline) => pipeline,
        Err(code) => return Ok(code),
    };
    let decoding = Decoding {
        max_bytes: pipeline.max_document_bytes(),
        lossy: args.lossy,
    };
    let format = args.format.unwrap_or(if std::io::stdout().is_terminal() {
        Format::Pretty
    } else {
        Format::Jsonl
    });
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()?;
    let batch_len = pool.current_num_threads() * JOBS_PER_THREAD;
    let jobs = input::jobs(&args.paths, args.input, &args.glob, decoding)?;

    let stdout = std::io::stdout();
    let mut writer = Writer::new(format, std::io::BufWriter::new(stdout.lock()));
    let mut failed = 0usize;
    let mut batch: Vec<Job> = Vec::with_capacity(batch_len);
    let mut held = 0usize;
    let mut jobs = jobs.peekable();
    while jobs.peek().is_some() {
        for job in jobs.by_ref() {
            held += job.held_bytes();
            batch.push(job);
            if batch.len() >= batch_len || held >= BATCH_BYTES {
                break;
            }
        }
        let records: Vec<Record> = pool.install(|| {
            batch
                .par_drain(..)
                .map(|job| match input::load(job, decoding) {
                    Ok((id, text)) => pipeline.process(&id, text),
                    Err(record) => record,
                })
                .collect()
        });
        held = 0;
        for record in &records {
            if let Some(error) = record.error() {
                failed += 1;
                eprintln!("lede: {}: {error}", record.document());
            }
            writer.write(record)?;
        }
    }
    writer.finish()?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
