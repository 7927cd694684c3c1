//! Finding and loading the configuration for a command.

use crate::args::{ConfigArg, Selection};
use lede_core::{Config, ConfigErrors, Pipeline};
use std::path::Path;

/// `--config PATH`, else `./config.toml` when present, else built-in defaults.
pub fn load(arg: &ConfigArg) -> Result<Config, ConfigErrors> {
    match &arg.config {
        Some(path) => Config::load(path),
        None if Path::new("config.toml").is_file() => Config::load(Path::new("config.toml")),
        None => Ok(Config::defaults()),
    }
}

/// The pipeline a run selects; configuration errors are printed, giving exit status 2.
pub fn pipeline(selection: &Selection) -> Result<Pipeline, std::process::ExitCode> {
    load(&selection.config)
        .and_then(|config| Pipeline::new(&config, selection.only.as_deref()))
        .map_err(|errors| {
            eprintln!("{errors}");
            std::process::ExitCode::from(2)
        })
}
