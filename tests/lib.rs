//! Shared helpers for lede's integration tests: the bundled pipeline, the real binary, and the
//! span check every output must pass.

use lede_core::{Config, Pipeline};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

// Link every plugin so the registry is complete in these tests.
use lede_numbers as _;
use lede_people as _;
use lede_places as _;
use lede_quotes as _;

pub use lede_testkit::root;

/// The pipeline the bundled `config.toml` enables.
pub fn bundled_pipeline() -> Pipeline {
    let config = Config::load(&root().join("config.toml")).expect("bundled config.toml is valid");
    Pipeline::new(&config, None).expect("bundled config.toml builds")
}

/// The `lede` binary of this build profile, built once on first use.
pub fn lede_binary() -> &'static Path {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        let exe = std::env::current_exe().expect("test executable path");
        // target/<profile>/deps/<test> -> target/<profile>/lede
        let profile_dir = exe
            .parent()
            .and_then(Path::parent)
            .expect("target/<profile>");
        let release = profile_dir.ends_with("release");
        let mut build = std::process::Command::new(env!("CARGO"));
        build
            .args(["build", "--quiet", "-p", "lede-cli", "--bin", "lede"])
            .current_dir(root());
        if release {
            build.arg("--release");
        }
        let status = build.status().expect("cargo runs");
        assert!(status.success(), "building the lede binary failed");
        profile_dir.join(format!("lede{}", std::env::consts::EXE_SUFFIX))
    })
}

/// Checks every object with `start`/`end` in `value`: a span of `text` on char boundaries, equal
/// to its `text` field when it has one, with matching `char_start`/`char_end`.
pub fn check_spans(text: &str, value: &Value) -> Result<(), String> {
    match value {
        Value::Array(items) => items.iter().try_for_each(|v| check_spans(text, v)),
        Value::Object(map) => {
            if let (Some(s), Some(e)) = (
                map.get("start").and_then(Value::as_u64),
                map.get("end").and_then(Value::as_u64),
            ) {
                let (s, e) = (s as usize, e as usize);
                let slice = text
                    .get(s..e)
                    .ok_or_else(|| format!("{s}..{e} is not a span of the input"))?;
                if let Some(claimed) = map.get("text").and_then(Value::as_str) {
                    if claimed != slice {
                        return Err(format!("{s}..{e} is {slice:?}, item says {claimed:?}"));
                    }
                }
                let chars = |b: usize| text[..b].chars().count() as u64;
                if map.get("char_start").and_then(Value::as_u64) != Some(chars(s))
                    || map.get("char_end").and_then(Value::as_u64) != Some(chars(e))
                {
                    return Err(format!("{s}..{e}: char offsets missing or wrong"));
                }
            }
            map.values().try_for_each(|v| check_spans(text, v))
        }
        _ => Ok(()),
    }
}
