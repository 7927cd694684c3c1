//! Where documents come from: files, directory walks, stdin, JSON Lines; and how bytes become text.

use crate::args::InputFormat;
use globset::{Glob, GlobMatcher};
use lede_core::Record;
use serde::Deserialize;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// One unit of work: a document to read and analyse, or a failure already known.
pub enum Job {
    /// A file, read by the worker that analyses it.
    File(PathBuf),
    /// A document already in memory (stdin, a JSON Lines record).
    Text { id: String, text: String },
    /// A document that could not even be listed or read.
    Failed { id: String, error: String },
}

impl Job {
    /// Bytes of text this job brings into memory when it runs: a document's own, or a file's
    /// size (0 when it cannot be read, which its run reports).
    pub fn text_bytes(&self) -> usize {
        match self {
            Job::Text { text, .. } => text.len(),
            Job::File(path) => std::fs::metadata(path).map_or(0, |m| m.len() as usize),
            Job::Failed { .. } => 0,
        }
    }
}

/// How file bytes become text.
#[derive(Clone, Copy)]
pub struct Decoding {
    /// Documents above this size get an error record without being read.
    pub max_bytes: u64,
    /// Replace invalid UTF-8 instead of failing.
    pub lossy: bool,
}

/// Every document named by `paths`, lazily, in order: files as given, directories walked in
/// file-name order, `-` for stdin.
pub fn jobs(
    paths: &[PathBuf],
    format: InputFormat,
    glob: &str,
    decoding: Decoding,
) -> anyhow::Result<Box<dyn Iterator<Item = Job>>> {
    let matcher = Glob::new(glob)
        .map_err(|e| anyhow::anyhow!("--glob {glob:?} is not a valid glob: {e}"))?
        .compile_matcher();
    let paths: Vec<PathBuf> = if paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        paths.to_vec()
    };
    let files = paths
        .into_iter()
        .flat_map(move |path| expand(path, matcher.clone()));
    Ok(match format {
        InputFormat::Text => Box::new(files.map(move |job| match job {
            Job::File(p) if p.as_os_str() == "-" => read_stdin(decoding),
            job => job,
        })),
        InputFormat::Jsonl => {
            Box::new(files.flat_map(move |job| -> Box<dyn Iterator<Item = Job>> {
                match job {
                    Job::File(p) => json_lines(p, decoding),
                    job => Box::new(std::iter::once(job)),
                }
            }))
        }
    })
}

fn expand(path: PathBuf, matcher: GlobMatcher) -> Box<dyn Iterator<Item = Job>> {
    if path.as_os_str() == "-" || !path.is_dir() {
        return Box::new(std::iter::once(Job::File(path)));
    }
    let walk = walkdir::WalkDir::new(path)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_map(move |entry| match entry {
            Ok(e) if e.file_type().is_dir() => None,
            Ok(e) => matcher
                .is_match(e.file_name())
                .then(|| Job::File(e.into_path())),
            // A broken entry is reported when it would have been picked (a loop is a directory).
            Err(e)
                if e.loop_ancestor().is_none()
                    && e.path()
                        .and_then(Path::file_name)
                        .is_some_and(|n| !matcher.is_match(n)) =>
            {
                None
            }
            Err(e) => Some(Job::Failed {
                id: e
                    .path()
                    .map_or_else(String::new, |p| p.display().to_string()),
                error: walk_error(&e),
            }),
        });
    Box::new(walk)
}

fn walk_error(e: &walkdir::Error) -> String {
    if let Some(ancestor) = e.loop_ancestor() {
        format!(
            "symbolic link loop back to {}; not followed",
            ancestor.display()
        )
    } else if let Some(io) = e.io_error() {
        format!("cannot list directory entry: {io}")
    } else {
        e.to_string()
    }
}

/// Reads a file job into text, or says why not.
pub fn load(job: Job, decoding: Decoding) -> Result<(String, String), Record> {
    match job {
        Job::Text { id, text } => Ok((id, text)),
        Job::Failed { id, error } => Err(Record::failed(id, error)),
        Job::File(path) => {
            let id = path.display().to_string();
            read_file(&path, decoding)
                .map(|text| (id.clone(), text))
                .map_err(|e| Record::failed(id, e))
        }
    }
}

fn read_file(path: &Path, decoding: Decoding) -> Result<String, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("cannot open: {e}"))?;
    let size = file
        .metadata()
        .map_err(|e| format!("cannot stat: {e}"))?
        .len();
    if size > decoding.max_bytes {
        return Err(too_large(size, decoding.max_bytes));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // Read one byte past the cap so a file that grows while we read is still caught.
    file.take(decoding.max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read: {e}"))?;
    if bytes.len() as u64 > decoding.max_bytes {
        return Err(too_large(bytes.len() as u64, decoding.max_bytes));
    }
    decode(bytes, decoding.lossy)
}

fn too_large(size: u64, max: u64) -> String {
    format!("document is {size} bytes, over the limit of {max} bytes (raise `[input] max_document_bytes`)")
}

/// Bytes to text: binary files and invalid UTF-8 are errors that say where.
pub fn decode(bytes: Vec<u8>, lossy: bool) -> Result<String, String> {
    let head = &bytes[..bytes.len().min(8192)];
    if let Some(pos) = head.iter().position(|&b| b == 0) {
        return Err(format!(
            "binary file (NUL byte at byte offset {pos}); not a text document"
        ));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(format!(
            "invalid UTF-8 at byte offset {} (use --lossy to replace bad bytes)",
            e.utf8_error().valid_up_to()
        )),
    }
}

fn read_stdin(decoding: Decoding) -> Job {
    let id = "-".to_string();
    let mut bytes = Vec::new();
    let read = std::io::stdin()
        .lock()
        .take(decoding.max_bytes + 1)
        .read_to_end(&mut bytes);
    match read {
        Err(e) => Job::Failed {
            id,
            error: format!("cannot read stdin: {e}"),
        },
        Ok(_) if bytes.len() as u64 > decoding.max_bytes => Job::Failed {
            id,
            error: too_large(bytes.len() as u64, decoding.max_bytes),
        },
        Ok(_) => match decode(bytes, decoding.lossy) {
            Ok(text) => Job::Text { id, text },
            Err(error) => Job::Failed { id, error },
        },
    }
}

#[derive(Deserialize)]
struct JsonLine {
    id: serde_json::Value,
    text: String,
}

/// One job per non-blank line of a JSON Lines source; a bad line is an error record naming it.
fn json_lines(path: PathBuf, decoding: Decoding) -> Box<dyn Iterator<Item = Job>> {
    let name = if path.as_os_str() == "-" {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    };
    let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
        Box::new(BufReader::new(std::io::stdin()))
    } else {
        match std::fs::File::open(&path) {
            Ok(f) => Box::new(BufReader::new(f)),
            Err(e) => {
                return Box::new(std::iter::once(Job::Failed {
                    id: name,
                    error: format!("cannot open: {e}"),
                }))
            }
        }
    };
    let mut reader = reader;
    let mut line_no = 0usize;
    Box::new(std::iter::from_fn(move || loop {
        let mut bytes = Vec::new();
        line_no += 1;
        let at = format!("{name}:{line_no}");
        match reader
            .by_ref()
            .take(decoding.max_bytes + 1)
            .read_until(b'\n', &mut bytes)
        {
            Ok(0) => return None,
            Err(e) => {
                return Some(Job::Failed {
                    id: at,
                    error: format!("cannot read: {e}"),
                })
            }
            Ok(_) => {}
        }
        if bytes.len() as u64 > decoding.max_bytes {
            // Skip the rest of the over-long line so the next record starts clean.
            let _ = reader.read_until(b'\n', &mut Vec::new());
            return Some(Job::Failed {
                id: at,
                error: too_large(bytes.len() as u64, decoding.max_bytes),
            });
        }
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let line = match decode(bytes, decoding.lossy) {
            Ok(line) => line,
            Err(error) => return Some(Job::Failed { id: at, error }),
        };
        return Some(match serde_json::from_str::<JsonLine>(&line) {
            Ok(JsonLine {
                id: serde_json::Value::String(id),
                text,
            }) => Job::Text { id, text },
            Ok(JsonLine { id, text }) => Job::Text {
                id: id.to_string(),
                text,
            },
            Err(e) => Job::Failed {
                id: at,
                error: format!("not a {{\"id\", \"text\"}} JSON object: {e}"),
            },
        });
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_the_byte_offset() {
        let e = decode(b"caf\xc3 ok".to_vec(), false).unwrap_err();
        assert!(e.contains("byte offset 3"), "{e}");
        assert_eq!(
            decode(b"caf\xc3 ok".to_vec(), true).unwrap(),
            "caf\u{FFFD} ok"
        );
    }

    #[test]
    fn nul_bytes_mean_binary() {
        let e = decode(b"PK\x03\x04\x00\x00".to_vec(), false).unwrap_err();
        assert!(e.contains("binary"), "{e}");
    }
}
