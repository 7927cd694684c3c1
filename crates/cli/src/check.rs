//! `lede check`: validate a configuration without running anything.

use crate::args::ConfigArg;
use crate::settings;
use lede_core::Pipeline;
use std::io::Write;
use std::process::ExitCode;

pub fn run(arg: &ConfigArg) -> anyhow::Result<ExitCode> {
    let checked =
        settings::load(arg).and_then(|config| Pipeline::new(&config, None).map(|p| (config, p)));
    match checked {
        Ok((config, pipeline)) => {
            writeln!(
                std::io::stdout(),
                "{}: ok; runs {}",
                config.file_name(),
                pipeline.names().join(", ")
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Err(errors) => {
            eprintln!("{errors}");
            Ok(ExitCode::from(2))
        }
    }
}
