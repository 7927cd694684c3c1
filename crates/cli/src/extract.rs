//! `lede extract`: documents in, one record per document out, in input order.

use crate::args::{ExtractArgs, Format};
use crate::input::{self, Decoding, Job};
use crate::output::{Encoded, Writer};
use crate::settings;
use lede_core::{Pipeline, Record};
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::mpsc;

/// Documents a worker hands the pipeline at once (`Pipeline::write_batch`), so each extractor's
/// code, phase by phase, is fetched into the instruction cache once for many short articles. With
/// news articles the text per call is the bound that counts: on an Intel Xeon with 2 MiB of L2 per
/// core, one-thread calls of 1 MiB were 2% faster than of 730 KB (256 documents), and of 2 MiB 2%
/// faster again (64 documents were 12% slower); on an AMD EPYC with 512 KiB of L2, more than 256
/// documents were no faster.
const DOCUMENTS_PER_CALL: usize = 1024;
/// Text a worker hands the pipeline at once, at most (a larger document goes alone). Reached with
/// one thread; with more, [`TEXT_IN_FLIGHT`] makes calls smaller (1 MiB with two).
const TEXT_PER_CALL: usize = 2 * 1024 * 1024;
/// Calls in flight per worker thread (queued, running, or done and waiting for their turn to be
/// written): enough to keep every worker busy while the output is written.
const CALLS_PER_THREAD: usize = 2;
/// Text in flight at once (held, or in files to be read), at most, unless one document is larger.
/// A call holds about 15 times its text at its peak (analysis, items, output): this bounds memory
/// whatever the number of threads, with calls made smaller when there are many.
const TEXT_IN_FLIGHT: usize = 4 * 1024 * 1024;

/// Calls in flight at once, and the text of one call, for `threads` workers.
pub fn call_sizes(threads: usize) -> (usize, usize) {
    let calls = threads.max(1) * CALLS_PER_THREAD;
    (calls, (TEXT_IN_FLIGHT / calls).min(TEXT_PER_CALL))
}

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
    let (max_calls, text_per_call) = call_sizes(pool.current_num_threads());
    let jobs = input::jobs(&args.paths, args.input, &args.glob, decoding)?;
    let mut calls = calls(jobs, Job::text_bytes, text_per_call);

    let stdout = std::io::stdout();
    let mut writer = Writer::new(format, std::io::BufWriter::new(stdout.lock()));
    let mut failed = 0usize;
    // Workers run the calls; this thread reads ahead and writes each call's records as soon as
    // every call before it is written.
    pool.in_place_scope(|scope| -> anyhow::Result<()> {
        let (done, finished) = mpsc::channel();
        let (mut sent, mut written, mut text_in_flight) = (0usize, 0usize, 0usize);
        let mut waiting = BTreeMap::new();
        // Output buffers, reused from call to call: each grows to a call's output once, instead
        // of a fresh one of megabytes per call, freed by another thread than the one that filled
        // it (which mimalloc reuses late, raising peak memory by half).
        let mut buffers: Vec<Vec<u8>> = Vec::new();
        loop {
            while sent - written < max_calls && text_in_flight < TEXT_IN_FLIGHT {
                let Some(call) = calls.next() else {
                    break;
                };
                let text = call.1;
                let (done, pipeline) = (done.clone(), &pipeline);
                let buffer = buffers.pop().unwrap_or_default();
                scope.spawn(move |_| {
                    let encoded = encode_jobs(pipeline, call, decoding, format, buffer);
                    // The receiver is gone only when writing failed, which ends the run anyway.
                    let _ = done.send((sent, (text, encoded)));
                });
                text_in_flight += text;
                sent += 1;
            }
            if written == sent {
                return Ok(());
            }
            let (call, encoded) = finished.recv()?;
            waiting.insert(call, encoded);
            while let Some((text, encoded)) = waiting.remove(&written) {
                let encoded = encoded?;
                for (document, error) in encoded.failures() {
                    failed += 1;
                    eprintln!("lede: {document}: {error}");
                }
                writer.write(&encoded)?;
                buffers.push(encoded.into_buffer());
                text_in_flight -= text;
                written += 1;
            }
        }
    })?;
    writer.finish()?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `jobs` grouped into pipeline calls of up to [`DOCUMENTS_PER_CALL`] documents and `max_text`
/// bytes of text as `text_bytes` counts it (a larger document goes alone), each with its bytes of
/// text.
pub fn calls<J>(
    jobs: impl Iterator<Item = J>,
    text_bytes: impl Fn(&J) -> usize,
    max_text: usize,
) -> impl Iterator<Item = (Vec<J>, usize)> {
    let mut jobs = jobs.map(move |job| (text_bytes(&job), job)).peekable();
    std::iter::from_fn(move || {
        let mut call = Vec::new();
        let mut text = 0;
        while let Some(&(bytes, _)) = jobs.peek() {
            if call.len() == DOCUMENTS_PER_CALL || (!call.is_empty() && text + bytes > max_text) {
                break;
            }
            text += bytes;
            call.extend(jobs.next().map(|(_, job)| job));
        }
        (!call.is_empty()).then_some((call, text))
    })
}

/// Output bytes reserved per byte of text: news makes 3-5 bytes of JSON per byte.
const OUTPUT_PER_TEXT_BYTE: usize = 6;

/// Loads, processes and encodes in `format` one call's jobs into `buffer`, records in input
/// order: a job that cannot be loaded ends the pipeline call before it, so its error record keeps
/// its place.
pub fn encode_jobs(
    pipeline: &Pipeline,
    (jobs, text): (Vec<Job>, usize),
    decoding: Decoding,
    format: Format,
    buffer: Vec<u8>,
) -> std::io::Result<Encoded> {
    // A document larger than a call goes alone, and is kept as it is: encoding it here would hold
    // its output twice.
    let large = text > TEXT_PER_CALL;
    let expected = if large {
        0
    } else {
        text * OUTPUT_PER_TEXT_BYTE
    };
    let mut encoded = Encoded::new(format, buffer, expected);
    // The documents loaded so far, then the record of the job that failed to load, if any.
    let mut add = |documents: Vec<(String, String)>, failed: Option<Record>| {
        if large {
            // One document at a time drops each extractor's items once they are written.
            let records = documents
                .into_iter()
                .map(|(id, text)| pipeline.process(&id, text));
            encoded.keep(records.chain(failed).collect());
            Ok(())
        } else {
            encoded.process(pipeline, documents)?;
            encoded.extend(failed.into_iter().collect())
        }
    };
    let mut documents = Vec::with_capacity(jobs.len());
    for job in jobs {
        match input::load(job, decoding) {
            Ok(document) => documents.push(document),
            Err(failed) => add(std::mem::take(&mut documents), Some(failed))?,
        }
    }
    add(documents, None)?;
    Ok(encoded)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The calls of documents of `lens` bytes, each as its documents' numbers and its text.
    fn grouped(lens: &[usize], max_text: usize) -> Vec<(Vec<String>, usize)> {
        let jobs = lens.iter().enumerate().map(|(i, &len)| Job::Text {
            id: i.to_string(),
            text: "x".repeat(len),
        });
        calls(jobs, Job::text_bytes, max_text)
            .map(|(jobs, text)| {
                let ids = jobs
                    .into_iter()
                    .filter_map(|job| match job {
                        Job::Text { id, .. } => Some(id),
                        _ => None,
                    })
                    .collect();
                (ids, text)
            })
            .collect()
    }

    #[test]
    fn calls_hold_at_most_the_document_count_and_keep_order() {
        let documents = 2 * DOCUMENTS_PER_CALL + 88;
        let calls = grouped(&vec![10; documents], TEXT_PER_CALL);
        let sizes: Vec<usize> = calls.iter().map(|(ids, _)| ids.len()).collect();
        assert_eq!(sizes, [DOCUMENTS_PER_CALL, DOCUMENTS_PER_CALL, 88]);
        assert_eq!(calls[2].1, 880);
        let ids: Vec<String> = calls.into_iter().flat_map(|(ids, _)| ids).collect();
        assert_eq!(
            ids,
            (0..documents).map(|i| i.to_string()).collect::<Vec<_>>()
        );
    }

    #[test]
    fn calls_hold_at_most_the_text_and_a_larger_document_goes_alone() {
        let calls = grouped(&[10, 10, 10, 100, 10, 0], 25);
        let ids: Vec<Vec<&str>> = calls
            .iter()
            .map(|(ids, _)| ids.iter().map(String::as_str).collect())
            .collect();
        assert_eq!(ids, [vec!["0", "1"], vec!["2"], vec!["3"], vec!["4", "5"]]);
        assert_eq!(calls[2].1, 100);
        assert!(grouped(&[], 25).is_empty());
    }

    #[test]
    fn more_threads_make_smaller_calls_within_the_same_text_in_flight() {
        assert_eq!(call_sizes(1), (2, TEXT_PER_CALL));
        assert_eq!(call_sizes(0), call_sizes(1));
        for threads in [2, 4, 8, 64] {
            let (calls, text) = call_sizes(threads);
            assert_eq!(calls, threads * CALLS_PER_THREAD);
            assert!(calls * text <= TEXT_IN_FLIGHT, "{threads} threads");
        }
        assert!(call_sizes(8).1 < call_sizes(2).1);
    }
}
