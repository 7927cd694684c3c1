//! `lede list`: every registered extractor, its description, crate, requirements and options.

use crate::args::ConfigArg;
use crate::settings;
use std::io::Write;
use std::process::ExitCode;

/// Writes with `?`, so a closed pipe (`lede list | head`) ends the listing instead of panicking.
pub fn run(arg: &ConfigArg) -> anyhow::Result<ExitCode> {
    let config = match settings::load(arg) {
        Ok(config) => config,
        Err(errors) => {
            eprintln!("{errors}");
            return Ok(ExitCode::from(2));
        }
    };
    let mut out = std::io::stdout().lock();
    for settings in &config.extractors {
        let r = settings.registration;
        let state = if settings.enabled {
            "enabled"
        } else {
            "disabled"
        };
        writeln!(out, "{}  ({state}; crate {})", r.name, r.crate_name)?;
        writeln!(out, "    {}", r.description)?;
        if !r.requires.is_empty() {
            writeln!(out, "    requires: {}", r.requires.join(", "))?;
        }
        let defaults = (r.default_options)();
        if defaults.is_empty() {
            writeln!(out, "    options: none")?;
        } else {
            writeln!(out, "    options (default):")?;
            for (key, value) in defaults {
                writeln!(out, "      {key} = {value}")?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
