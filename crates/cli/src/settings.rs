//! Finding and loading the configuration for a command.

use crate::args::ConfigArg;
use lede_core::{Config, ConfigErrors};
use std::path::Path;

/// `--config PATH`, else `./config.toml` when present, else built-in defaults.
pub fn load(arg: &ConfigArg) -> Result<Config, ConfigErrors> {
    match &arg.config {
        Some(path) => Config::load(path),
        None if Path::new("config.toml").is_file() => Config::load(Path::new("config.toml")),
        None => Ok(Config::defaults()),
    }
}
