//! `lede list`: every registered extractor, its description, crate, requirements and options.

use crate::args::ConfigArg;
use crate::settings;
use std::process::ExitCode;

pub fn run(arg: &ConfigArg) -> ExitCode {
    let config = match settings::load(arg) {
        Ok(config) => config,
        Err(errors) => {
            eprintln!("{errors}");
            return ExitCode::from(2);
        }
    };
    for settings in &config.extractors {
        let r = settings.registration;
        let state = if settings.enabled {
            "enabled"
        } else {
            "disabled"
        };
        println!("{}  ({state}; crate {})", r.name, r.crate_name);
        println!("    {}", r.description);
        if !r.requires.is_empty() {
            println!("    requires: {}", r.requires.join(", "));
        }
        let defaults = (r.default_options)();
        if defaults.is_empty() {
            println!("    options: none");
        } else {
            println!("    options (default):");
            for (key, value) in defaults {
                println!("      {key} = {value}");
            }
        }
    }
    ExitCode::SUCCESS
}
