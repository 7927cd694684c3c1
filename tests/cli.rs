//! The `lede` binary end to end: records, error records and exit statuses.

use lede_tests::{check_spans, lede_binary, root};
use serde_json::Value;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

struct Run {
    code: i32,
    records: Vec<Value>,
    stdout: String,
    stderr: String,
}

impl Run {
    /// The `document` of every record, in output order.
    fn documents(&self) -> Vec<&str> {
        self.records
            .iter()
            .map(|r| {
                r["document"]
                    .as_str()
                    .expect("every record names its document")
            })
            .collect()
    }
}

fn lede(args: &[&str], stdin: &[u8], dir: &Path) -> Run {
    let mut child = Command::new(lede_binary())
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("lede starts");
    // Written from another thread: lede writes records while it still reads, and a full output
    // pipe would otherwise block it.
    let mut input = child.stdin.take().expect("stdin");
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || input.write_all(&stdin));
    let out = child.wait_with_output().expect("lede finishes");
    writer.join().expect("stdin writer").expect("stdin written");
    let stdout = String::from_utf8(out.stdout).expect("output is UTF-8");
    let records = stdout
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| serde_json::from_str(l.trim_end_matches(',')).expect("each output line is JSON"))
        .collect();
    Run {
        code: out.status.code().expect("exited"),
        records,
        stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn extract(args: &[&str], dir: &Path) -> Run {
    let mut all = vec!["extract", "--format", "jsonl"];
    all.extend_from_slice(args);
    lede(&all, b"", dir)
}

fn error_of(record: &Value) -> &str {
    record["error"]
        .as_str()
        .unwrap_or_else(|| panic!("expected an error record, got {record}"))
}

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

#[test]
fn list_shows_exactly_the_four_registered_extractors() {
    let run = lede(&["list"], b"", &root());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let names: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| !l.starts_with(' '))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(names, ["numbers", "people", "places", "quotes"]);
    assert!(run.stdout.contains("crate lede-people"));
}

#[test]
fn corpus_gives_one_valid_record_per_document() {
    let run = extract(&["tests/corpus"], &root());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut files: Vec<_> = std::fs::read_dir(root().join("tests/corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 12, "the corpus has at least 12 articles");
    assert_eq!(run.records.len(), files.len());
    for (record, file) in run.records.iter().zip(&files) {
        assert_eq!(
            record["document"],
            format!(
                "tests/corpus/{}",
                file.file_name().unwrap().to_str().unwrap()
            )
        );
        let text = std::fs::read_to_string(file).unwrap();
        check_spans(&text, &record["extractions"])
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for name in ["people", "places", "numbers", "quotes"] {
            assert!(
                record["extractions"][name].is_array(),
                "{name} missing in {}",
                file.display()
            );
        }
    }
}

#[test]
fn failures_become_records_in_input_order_and_exit_1() {
    let dir = temp();
    std::fs::write(dir.path().join("a.txt"), "Moscow said on Monday.").unwrap();
    std::fs::write(dir.path().join("bad.txt"), b"caf\xc3 au lait").unwrap();
    std::fs::write(dir.path().join("bin.txt"), b"PK\x03\x04\x00\x00\x01").unwrap();
    std::fs::write(dir.path().join("empty.txt"), b"").unwrap();
    let run = extract(
        &["a.txt", "missing.txt", "bad.txt", "bin.txt", "empty.txt"],
        dir.path(),
    );
    assert_eq!(run.code, 1);
    let docs = run.documents();
    assert_eq!(
        docs,
        ["a.txt", "missing.txt", "bad.txt", "bin.txt", "empty.txt"]
    );
    assert!(run.records[0]["extractions"].is_object());
    assert!(error_of(&run.records[1]).contains("No such file"));
    assert!(error_of(&run.records[2]).contains("invalid UTF-8 at byte offset 3"));
    assert!(error_of(&run.records[3]).contains("binary"));
    assert_eq!(
        run.records[4]["extractions"]["people"],
        Value::Array(vec![])
    );
    assert!(
        run.stderr.contains("missing.txt"),
        "errors are also reported on stderr"
    );
}

#[test]
fn lossy_replaces_invalid_utf8_and_goes_on() {
    let dir = temp();
    std::fs::write(
        dir.path().join("bad.txt"),
        b"Lavrov met Gil in Caracas \xff on Monday.",
    )
    .unwrap();
    let run = extract(&["--lossy", "bad.txt"], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.records[0]["extractions"].is_object());
}

#[test]
fn all_good_documents_exit_0() {
    let dir = temp();
    std::fs::write(dir.path().join("a.txt"), "Nothing happened here.").unwrap();
    assert_eq!(extract(&["a.txt"], dir.path()).code, 0);
}

#[test]
fn stdin_is_one_document_and_empty_stdin_gives_empty_extractions() {
    let run = lede(&["extract", "--format", "jsonl", "-"], b"", &root());
    assert_eq!(run.code, 0);
    assert_eq!(run.records.len(), 1);
    assert_eq!(run.records[0]["document"], "-");
    assert_eq!(
        run.records[0]["extractions"]["quotes"],
        Value::Array(vec![])
    );
}

#[test]
fn jsonl_input_keeps_ids_and_gives_one_record_per_line() {
    let input = b"{\"id\": \"a1\", \"text\": \"Moscow said 20 boats left.\"}\nnot json\n\n{\"id\": 7, \"text\": \"\"}\n";
    let run = lede(
        &["extract", "--input", "jsonl", "--format", "jsonl"],
        input,
        &root(),
    );
    assert_eq!(run.code, 1, "a bad line fails the run");
    let docs = run.documents();
    assert_eq!(docs, ["a1", "<stdin>:2", "7"]);
    assert!(error_of(&run.records[1]).contains("not a {\"id\", \"text\"} JSON object"));
}

#[test]
fn directory_walk_skips_other_files_and_reports_broken_entries() {
    let dir = temp();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir_all(corpus.join("sub")).unwrap();
    std::fs::write(corpus.join("b.txt"), "Two.").unwrap();
    std::fs::write(corpus.join("sub/a.txt"), "One.").unwrap();
    std::fs::write(corpus.join("notes.md"), "# not a document").unwrap();
    std::fs::write(corpus.join("data.json"), "{}").unwrap();
    #[cfg(unix)]
    {
        // A loop back to an ancestor, and a file removed between listing and reading.
        std::os::unix::fs::symlink(&corpus, corpus.join("sub/loop")).unwrap();
        std::os::unix::fs::symlink(corpus.join("gone.txt"), corpus.join("dangling.txt")).unwrap();
    }
    let run = extract(&["corpus"], dir.path());
    let docs = run.documents();
    #[cfg(unix)]
    {
        assert_eq!(run.code, 1);
        assert_eq!(
            docs,
            [
                "corpus/b.txt",
                "corpus/dangling.txt",
                "corpus/sub/a.txt",
                "corpus/sub/loop"
            ]
        );
        assert!(
            error_of(&run.records[1]).contains("No such file"),
            "{}",
            run.records[1]
        );
        assert!(
            error_of(&run.records[3]).contains("symbolic link loop"),
            "{}",
            run.records[3]
        );
    }
    let run = extract(&["--glob", "*.md", "corpus"], dir.path());
    assert_eq!(run.records[0]["document"], "corpus/notes.md");
}

#[test]
#[cfg(unix)]
fn unreadable_file_is_an_error_record() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp();
    let path = dir.path().join("secret.txt");
    std::fs::write(&path, "Hidden.").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        eprintln!(
            "running as root: permissions are not enforced, checked through a directory instead"
        );
        let run = extract(&["."], dir.path());
        assert_eq!(run.records.len(), 1);
        return;
    }
    let run = extract(&["secret.txt"], dir.path());
    assert_eq!(run.code, 1);
    assert!(error_of(&run.records[0]).contains("ermission denied"));
}

#[test]
fn bom_and_crlf_keep_offsets_relative_to_the_original_bytes() {
    let dir = temp();
    let text = "\u{FEFF}LISBON, March 3 \u{2014} Foreign Minister Sergey Lavrov said 20 boats left Moscow.\r\n\r\n\u{201C}We are ready,\u{201D} Lavrov told reporters.\r\n";
    std::fs::write(dir.path().join("bom.txt"), text).unwrap();
    let run = extract(&["bom.txt"], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    check_spans(text, &run.records[0]["extractions"]).unwrap();
}

#[test]
fn a_ten_megabyte_line_without_newline_is_processed() {
    let dir = temp();
    let line =
        "Mr. Eriksen said 20 boats reached Lisbon and the \"talks\" went on ".repeat(160_000);
    std::fs::write(dir.path().join("long.txt"), &line).unwrap();
    let run = extract(&["long.txt"], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.records.len(), 1);
}

#[test]
fn oversized_documents_get_a_clear_error() {
    let dir = temp();
    std::fs::write(
        dir.path().join("config.toml"),
        "[input]\nmax_document_bytes = 10\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("big.txt"),
        "This document is longer than ten bytes.",
    )
    .unwrap();
    let run = extract(&["big.txt"], dir.path());
    assert_eq!(run.code, 1);
    assert!(error_of(&run.records[0]).contains("over the limit of 10 bytes"));
}

fn check_with(config: &str) -> Run {
    let dir = temp();
    std::fs::write(dir.path().join("lede.toml"), config).unwrap();
    lede(&["check", "--config", "lede.toml"], b"", dir.path())
}

#[test]
fn config_errors_are_located_and_exit_2() {
    let cases: &[(&str, &str, &str)] = &[
        ("malformed", "[extractors.people]\nenabled = = true\n", "lede.toml:2:"),
        ("wrong type", "[extractors.people]\nenabled = \"yes\"\n", "lede.toml:2:11: `extractors.people.enabled`: expected a boolean"),
        ("unknown key", "[extractors.numbers]\nfrobnicate = 3\n", "lede.toml:2:14: `extractors.numbers.frobnicate`: unknown field `frobnicate`"),
        ("unknown extractor", "[extractors.peple]\n", "unknown extractor `peple`; did you mean `people`? registered: numbers, people, places, quotes"),
        ("duplicate table", "[extractors.people]\n[extractors.people]\n", "lede.toml:2:"),
        ("empty file", "", "lede.toml:1:1: the config file is empty"),
        ("unknown section", "[extractor.people]\n", "lede.toml:1:2: unknown field `extractor`"),
        ("missing dependency", "[extractors.people]\nenabled = false\n", "`quotes` requires `people`, which is disabled"),
    ];
    for (what, config, expected) in cases {
        let run = check_with(config);
        assert_eq!(run.code, 2, "{what}: {}", run.stderr);
        assert!(
            run.stderr.contains(expected),
            "{what}: expected {expected:?} in {:?}",
            run.stderr
        );
    }
}

#[test]
fn valid_config_checks_ok_and_extract_rejects_bad_config_before_reading() {
    let run = lede(&["check"], b"", &root());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("config.toml: ok"));
    let dir = temp();
    std::fs::write(dir.path().join("lede.toml"), "[extractors.nope]\n").unwrap();
    let run = lede(
        &["extract", "--config", "lede.toml", "missing.txt"],
        b"",
        dir.path(),
    );
    assert_eq!(run.code, 2);
    assert!(run.records.is_empty());
}

#[test]
fn only_narrows_the_run_and_pulls_in_requirements() {
    let dir = temp();
    std::fs::write(dir.path().join("a.txt"), "\"Fine,\" Eriksen said.").unwrap();
    let run = extract(&["--only", "quotes", "a.txt"], dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let keys: Vec<&String> = run.records[0]["extractions"]
        .as_object()
        .unwrap()
        .keys()
        .collect();
    assert_eq!(keys, ["people", "quotes"]);
    let run = extract(&["--only", "qoutes", "a.txt"], dir.path());
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("did you mean `quotes`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn json_and_pretty_formats() {
    let dir = temp();
    std::fs::write(dir.path().join("a.txt"), "One.").unwrap();
    std::fs::write(dir.path().join("b.txt"), "Two.").unwrap();
    let run = lede(
        &["extract", "--format", "json", "a.txt", "b.txt"],
        b"",
        dir.path(),
    );
    let all: Value = serde_json::from_str(&run.stdout).expect("one JSON array");
    assert_eq!(all.as_array().map(Vec::len), Some(2));
    let run = lede(&["extract", "--format", "pretty", "a.txt"], b"", dir.path());
    assert!(run.stdout.starts_with("── a.txt"), "{}", run.stdout);
}

#[test]
fn a_document_larger_than_a_pipeline_call_keeps_its_place_in_every_format() {
    let dir = temp();
    std::fs::write(dir.path().join("a.txt"), "Moscow said on Monday.").unwrap();
    let big = "Lavrov met Gil in Caracas on Monday. ".repeat(40_000);
    std::fs::write(dir.path().join("b.txt"), &big).unwrap();
    std::fs::write(dir.path().join("c.txt"), "Two boats left.").unwrap();
    let files = ["a.txt", "b.txt", "c.txt"];
    let run = extract(&files, dir.path());
    assert_eq!(run.documents(), files);
    let json = lede(
        &["extract", "--format", "json", "a.txt", "b.txt", "c.txt"],
        b"",
        dir.path(),
    );
    let all: Vec<Value> = serde_json::from_str(&json.stdout).expect("one JSON array");
    assert_eq!(all, run.records);
    let pretty = lede(
        &["extract", "--format", "pretty", "a.txt", "b.txt", "c.txt"],
        b"",
        dir.path(),
    );
    let order: Vec<usize> = files
        .iter()
        .map(|f| {
            pretty
                .stdout
                .find(&format!("── {f}"))
                .expect("each document")
        })
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
}

#[test]
fn output_is_identical_across_thread_counts() {
    let one = extract(&["--threads", "1", "tests/corpus"], &root());
    let two = extract(&["--threads", "2", "tests/corpus"], &root());
    assert_eq!(one.stdout, two.stdout);
}

#[test]
fn many_documents_keep_their_order_and_errors_across_thread_counts() {
    // Enough lines for several pipeline calls per thread, with failures among them.
    let texts: Vec<String> = std::fs::read_dir(root().join("tests/corpus"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    let mut input = String::new();
    let mut ids = Vec::new();
    for i in 0..1500 {
        let id = format!("d{i}");
        if i % 97 == 5 {
            input.push_str("not json\n");
            ids.push(format!("<stdin>:{}", i + 1));
        } else {
            let text = &texts[i % texts.len()];
            input.push_str(&serde_json::json!({"id": id, "text": text}).to_string());
            input.push('\n');
            ids.push(id);
        }
    }
    let run = |threads: &str| {
        lede(
            &[
                "extract",
                "--input",
                "jsonl",
                "--format",
                "jsonl",
                "--threads",
                threads,
            ],
            input.as_bytes(),
            &root(),
        )
    };
    let one = run("1");
    assert_eq!(one.code, 1, "bad lines fail the run");
    let docs = one.documents();
    assert_eq!(docs, ids);
    assert_eq!(
        one.records
            .iter()
            .filter(|r| r.get("error").is_some())
            .count(),
        16
    );
    for threads in ["2", "3"] {
        assert!(run(threads).stdout == one.stdout, "{threads} threads");
    }
}

#[test]
fn a_closed_output_pipe_ends_every_command_quietly() {
    for args in [
        &["list"][..],
        &["check"],
        &["bench", "--megabytes", "1"],
        &["extract", "tests/corpus"],
    ] {
        let mut child = Command::new(lede_binary())
            .args(args)
            .current_dir(root())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("lede starts");
        // The reader goes away before lede writes: every write fails with a broken pipe.
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("lede finishes");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
    }
}

#[test]
fn unknown_flags_are_usage_errors() {
    assert_eq!(lede(&["extract", "--no-such-flag"], b"", &root()).code, 2);
}

/// Peak resident memory of a running child, polled from /proc until it exits (Linux).
#[cfg(target_os = "linux")]
fn peak_rss_kb(child: &mut std::process::Child) -> (std::process::ExitStatus, u64) {
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    loop {
        if let Ok(status) = std::fs::read_to_string(&status_file) {
            let hwm = status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok());
            peak = peak.max(hwm.unwrap_or(0));
        }
        if let Some(exit) = child.try_wait().expect("child status") {
            return (exit, peak);
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// The documented bound (README, "Limits"): one document needs at most 16 times its size.
#[test]
#[ignore = "200 MB through every extractor: run with `cargo test --release -p lede-tests --test cli -- --ignored`"]
#[cfg(target_os = "linux")]
fn a_200_megabyte_document_stays_within_the_memory_bound() {
    let dir = temp();
    let mut article = String::new();
    for entry in std::fs::read_dir(root().join("tests/corpus")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "txt") {
            article.push_str(&std::fs::read_to_string(path).unwrap());
            article.push('\n');
        }
    }
    let size = 200_000_000;
    let text = article.repeat(size / article.len() + 1);
    std::fs::write(dir.path().join("huge.txt"), &text).unwrap();
    let mut child = Command::new(lede_binary())
        .args(["extract", "--format", "jsonl", "huge.txt"])
        .current_dir(dir.path())
        .stdout(Stdio::null())
        .spawn()
        .expect("lede starts");
    let (status, peak_kb) = peak_rss_kb(&mut child);
    assert!(status.success(), "{status}");
    let bound_kb = 16 * text.len() as u64 / 1024;
    eprintln!(
        "200 MB document: peak RSS {} MB (bound {} MB)",
        peak_kb / 1024,
        bound_kb / 1024
    );
    assert!(
        peak_kb < bound_kb,
        "peak RSS {peak_kb} kB over the bound {bound_kb} kB"
    );
}

#[test]
#[cfg(target_os = "linux")]
fn streaming_keeps_memory_flat_over_many_documents() {
    let corpus = root().join("tests/corpus");
    let texts: Vec<String> = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let mut input = String::new();
    let mut count = 0;
    while input.len() < 30_000_000 {
        for (i, text) in texts.iter().enumerate() {
            input.push_str(
                &serde_json::json!({"id": format!("d{count}-{i}"), "text": text}).to_string(),
            );
            input.push('\n');
            count += 1;
        }
    }
    let mut child = Command::new(lede_binary())
        .args(["extract", "--input", "jsonl", "--format", "jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("lede starts");
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let (status, peak_kb) = peak_rss_kb(&mut child);
    writer.join().unwrap().unwrap();
    assert!(status.success());
    assert!(
        peak_kb < 100 * 1024,
        "{count} documents, 30 MB: peak RSS {peak_kb} kB is over 100 MB"
    );
}
