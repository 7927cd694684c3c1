//! `lede extract`: documents in, one record per document out, in input order.

use crate::args::{ExtractArgs, Format};
use crate::input::{self, Decoding, Job};
use crate::output::Writer;
use crate::settings;
use lede_core::{Pipeline, Record};
use rayon::prelude::*;
use std::io::IsTerminal;
use std::process::ExitCode;

/// Documents in flight per worker thread: enough to keep cores busy (two pipeline calls each).
const JOBS_PER_THREAD: usize = 2 * DOCUMENTS_PER_CALL;
/// Documents a worker hands the pipeline at once (`Pipeline::process_batch`), so each extractor's
/// code is fetched into the instruction cache once for many short articles.
pub const DOCUMENTS_PER_CALL: usize = 64;
/// Text a worker hands the pipeline at once, at most (a larger document goes alone): bounds the
/// analysed documents a worker holds.
const TEXT_PER_CALL: usize = 256 * 1024;
/// Text in flight at once (held, or in files to be read), at most, unless one document is larger:
/// with the output it makes (about five times the input) held until written, this bounds memory.
const BATCH_BYTES: usize = 8 * 1024 * 1024;

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
            held += job.text_bytes();
            batch.push(job);
            if batch.len() >= batch_len || held >= BATCH_BYTES {
                break;
            }
        }
        let records: Vec<Record> = pool.install(|| {
            batch
                .par_drain(..)
                .chunks(DOCUMENTS_PER_CALL)
                .flat_map_iter(|jobs| process_jobs(&pipeline, jobs, decoding))
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

/// Loads and processes `jobs`, records in input order, handing the pipeline runs of consecutive
/// documents of up to [`TEXT_PER_CALL`] bytes.
pub fn process_jobs(pipeline: &Pipeline, jobs: Vec<Job>, decoding: Decoding) -> Vec<Record> {
    let mut records = Vec::with_capacity(jobs.len());
    let mut pending = Vec::new();
    let mut pending_bytes = 0;
    for job in jobs {
        match input::load(job, decoding) {
            Ok((id, text)) => {
                if pending_bytes + text.len() > TEXT_PER_CALL && !pending.is_empty() {
                    records.extend(pipeline.process_batch(std::mem::take(&mut pending)));
                    pending_bytes = 0;
                }
                pending_bytes += text.len();
                pending.push((id, text));
            }
            Err(failed) => {
                records.extend(pipeline.process_batch(std::mem::take(&mut pending)));
                pending_bytes = 0;
                records.push(failed);
            }
        }
    }
    records.extend(pipeline.process_batch(pending));
    records
}
