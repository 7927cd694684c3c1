//! Loading `config.toml`: which extractors run, with which options.
//!
//! Loaded in two steps so no error loses its place: first the raw tables with spans, then each
//! extractor's own options. Every error names the file, line and column, the key path, and what
//! was expected; all errors are collected before giving up.

use crate::extractor::Registration;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The default cap on one document's size: larger documents get an error record.
pub const DEFAULT_MAX_DOCUMENT_BYTES: u64 = 256 * 1024 * 1024;

/// A loaded configuration: settings for every registered extractor.
#[derive(Debug)]
pub struct Config {
    /// The file it came from, or `None` for built-in defaults.
    pub source: Option<PathBuf>,
    /// Documents larger than this many bytes get an error record instead of being analysed.
    pub max_document_bytes: u64,
    /// One entry per registered extractor, sorted by name.
    pub extractors: Vec<ExtractorSettings>,
    text: String,
}

/// One extractor's settings.
#[derive(Debug)]
pub struct ExtractorSettings {
    /// The registered extractor.
    pub registration: &'static Registration,
    /// `enabled = false` turns it off.
    pub enabled: bool,
    /// Its options table, without `enabled`.
    pub options: toml::Table,
    /// Byte offsets of each option's value in the config file, for error messages.
    option_spans: BTreeMap<String, std::ops::Range<usize>>,
    /// Byte offset of the table in the config file.
    table_span: Option<std::ops::Range<usize>>,
}

/// One located configuration error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The config file, or `<defaults>` / `--only` when the problem is not in a file.
    pub file: String,
    /// 1-based line, or 0 when the problem has no place in a file.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// The key path, such as `extractors.people.min_len`.
    pub key: String,
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}:{}: ", self.file, self.line, self.column)?;
        } else {
            write!(f, "{}: ", self.file)?;
        }
        if !self.key.is_empty() {
            write!(f, "`{}`: ", self.key)?;
        }
        f.write_str(&self.message)
    }
}

/// Every error found in one configuration, numbered when shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigErrors(pub Vec<ConfigError>);

impl fmt::Display for ConfigErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        for (i, e) in self.0.iter().enumerate() {
            if n > 1 {
                write!(f, "{}. ", i + 1)?;
            }
            write!(f, "{e}")?;
            if i + 1 < n {
                writeln!(f)?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for ConfigErrors {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    input: Option<RawInput>,
    #[serde(default)]
    extractors: BTreeMap<String, Spanned<BTreeMap<String, Spanned<toml::Value>>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInput {
    max_document_bytes: Option<u64>,
}

impl Config {
    /// Built-in defaults: every registered extractor enabled with its default options.
    pub fn defaults() -> Config {
        Config {
            source: None,
            max_document_bytes: DEFAULT_MAX_DOCUMENT_BYTES,
            extractors: Registration::all()
                .into_iter()
                .map(|registration| ExtractorSettings {
                    registration,
                    enabled: true,
                    options: (registration.default_options)(),
                    option_spans: BTreeMap::new(),
                    table_span: None,
                })
                .collect(),
            text: String::new(),
        }
    }

    /// Reads and checks the config file at `path`.
    pub fn load(path: &Path) -> Result<Config, ConfigErrors> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| {
            ConfigErrors(vec![ConfigError {
                file: file.clone(),
                line: 0,
                column: 0,
                key: String::new(),
                message: format!("cannot read the config file: {e}"),
            }])
        })?;
        Config::parse(&text, path)
    }

    /// Parses config text; `path` names it in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigErrors> {
        let file = path.display().to_string();
        let error_at = |span: Option<std::ops::Range<usize>>, key: &str, message: String| {
            let (line, column) = span.map_or((0, 0), |s| line_column(text, s.start));
            ConfigError {
                file: file.clone(),
                line,
                column,
                key: key.to_string(),
                message,
            }
        };
        if text.trim().is_empty() {
            return Err(ConfigErrors(vec![error_at(
                Some(0..0),
                "",
                "the config file is empty; expected `[extractors.NAME]` tables \
                 (delete the file to run every extractor with its defaults)"
                    .into(),
            )]));
        }
        let raw: RawConfig = toml::from_str(text).map_err(|e| {
            let message = e.message().trim_end().to_string();
            ConfigErrors(vec![error_at(e.span(), "", message)])
        })?;
        let mut config = Config::defaults();
        config.source = Some(path.to_path_buf());
        config.text = text.to_string();
        if let Some(max) = raw.input.and_then(|i| i.max_document_bytes) {
            config.max_document_bytes = max;
        }
        let mut errors = Vec::new();
        let names: Vec<&str> = config
            .extractors
            .iter()
            .map(|e| e.registration.name)
            .collect();
        for (name, table) in raw.extractors {
            let span = table.span();
            let Some(settings) = config
                .extractors
                .iter_mut()
                .find(|e| e.registration.name == name)
            else {
                errors.push(error_at(
                    Some(span),
                    &format!("extractors.{name}"),
                    unknown_name_message("extractor", &name, &names),
                ));
                continue;
            };
            settings.table_span = Some(span);
            for (key, value) in table.into_inner() {
                let value_span = value.span();
                if key == "enabled" {
                    match value.into_inner() {
                        toml::Value::Boolean(b) => settings.enabled = b,
                        other => errors.push(error_at(
                            Some(value_span),
                            &format!("extractors.{name}.enabled"),
                            format!(
                                "expected a boolean (true or false), found {}",
                                other.type_str()
                            ),
                        )),
                    }
                } else {
                    settings.options.insert(key.clone(), value.into_inner());
                    settings.option_spans.insert(key, value_span);
                }
            }
            if let Err(e) = settings.check_options(&config.text, &file) {
                errors.push(e);
            }
        }
        errors.sort_by_key(|e| (e.line, e.column));
        if errors.is_empty() {
            Ok(config)
        } else {
            Err(ConfigErrors(errors))
        }
    }

    /// The config file's name for error messages.
    pub fn file_name(&self) -> String {
        self.source
            .as_ref()
            .map_or_else(|| "<defaults>".to_string(), |p| p.display().to_string())
    }

    pub(crate) fn located(&self, settings: &ExtractorSettings, message: String) -> ConfigError {
        let (line, column) = settings
            .table_span
            .as_ref()
            .map_or((0, 0), |s| line_column(&self.text, s.start));
        ConfigError {
            file: self.file_name(),
            line,
            column,
            key: format!("extractors.{}", settings.registration.name),
            message,
        }
    }
}

impl ExtractorSettings {
    /// Builds the extractor once to check its options, locating the first bad key.
    fn check_options(&self, text: &str, file: &str) -> Result<(), ConfigError> {
        let name = self.registration.name;
        let Err(err) = (self.registration.build)(self.options.clone()) else {
            return Ok(());
        };
        let (key, message) = match err {
            crate::extractor::BuildError::Invalid(message) => (None, message),
            crate::extractor::BuildError::Options(e) => {
                // Options are `#[serde(default)]`, so the key that fails alone is the culprit.
                let culprit = self.options.iter().find(|(k, v)| {
                    let mut alone = toml::Table::new();
                    alone.insert((*k).clone(), (*v).clone());
                    (self.registration.build)(alone).is_err()
                });
                let valid = (self.registration.default_options)();
                let valid: Vec<&str> = std::iter::once("enabled")
                    .chain(valid.keys().map(String::as_str))
                    .collect();
                let mut message = e.message().trim_end().to_string();
                if message.starts_with("unknown field") {
                    message = format!("{message}; valid keys: {}", valid.join(", "));
                }
                (culprit.map(|(k, _)| k.clone()), message)
            }
        };
        let span = key
            .as_ref()
            .and_then(|k| self.option_spans.get(k))
            .or(self.table_span.as_ref());
        let (line, column) = span.map_or((0, 0), |s| line_column(text, s.start));
        Err(ConfigError {
            file: file.to_string(),
            line,
            column,
            key: match key {
                Some(k) => format!("extractors.{name}.{k}"),
                None => format!("extractors.{name}"),
            },
            message,
        })
    }
}

/// "unknown extractor `peple`; did you mean `people`? registered: ..."
pub(crate) fn unknown_name_message(what: &str, name: &str, valid: &[&str]) -> String {
    let closest = valid
        .iter()
        .map(|v| (strsim::damerau_levenshtein(name, v), *v))
        .filter(|(d, v)| *d <= 2.max(v.len() / 3))
        .min();
    let mut message = format!("unknown {what} `{name}`");
    if let Some((_, v)) = closest {
        message.push_str(&format!("; did you mean `{v}`?"));
    }
    message.push_str(&format!(" registered: {}", valid.join(", ")));
    message
}

/// 1-based line and column (in chars) of byte `offset` in `text`.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let column = text
        .get(line_start..offset)
        .map_or(1, |s| s.chars().count() + 1);
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_from_one() {
        assert_eq!(line_column("a\nbc", 3), (2, 2));
        assert_eq!(line_column("", 0), (1, 1));
    }

    #[test]
    fn suggestion_picks_the_closest_name() {
        let m = unknown_name_message("extractor", "peple", &["numbers", "people", "places"]);
        assert!(m.contains("did you mean `people`?"), "{m}");
        let m = unknown_name_message("extractor", "zzzzzz", &["numbers", "people"]);
        assert!(!m.contains("did you mean"), "{m}");
    }

    #[test]
    fn empty_file_is_a_located_error() {
        let e = Config::parse("  \n", Path::new("c.toml")).unwrap_err();
        assert_eq!((e.0[0].line, e.0[0].column), (1, 1));
        assert!(e.0[0].message.contains("empty"));
    }

    #[test]
    fn malformed_toml_is_located() {
        let e = Config::parse("[extractors.people]\nx = = 1\n", Path::new("c.toml")).unwrap_err();
        assert_eq!(e.0[0].line, 2, "{e}");
    }

    #[test]
    fn unknown_top_level_key_is_located() {
        let e = Config::parse("\n[extractor.people]\n", Path::new("c.toml")).unwrap_err();
        assert_eq!(e.0[0].line, 2, "{e}");
        assert!(e.0[0].message.contains("unknown field"), "{e}");
    }
}
