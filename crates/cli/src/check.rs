//! `lede check`: validate a configuration without running anything.

use crate::args::ConfigArg;
use crate::settings;
use lede_core::Pipeline;
use std::process::ExitCode;

pub fn run(arg: &ConfigArg) -> ExitCode {
    let checked =
        settings::load(arg).and_then(|config| Pipeline::new(&config, None).map(|p| (config, p)));
    match checked {
        Ok((config, pipeline)) => {
            println!(
                "{}: ok; runs {}",
                config.file_name(),
                pipeline.names().join(", ")
            );
            ExitCode::SUCCESS
        }
        Err(errors) => {
            eprintln!("{errors}");
            ExitCode::from(2)
        }
    }
}
