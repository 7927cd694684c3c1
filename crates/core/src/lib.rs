//! lede-core: the document model, the [`Extractor`] trait, the plugin registry, the config loader
//! and the pipeline.
//!
//! Key design decision: a [`Document`] is analysed once (paragraphs, sentences, tokens, all as
//! byte [`Span`]s into the untouched input) and shared read-only; extractors return values and
//! never mutate it. Normalizing changes text, never offsets.
#![deny(missing_docs)]

pub mod config;
pub mod document;
pub mod extractor;
pub mod fold;
mod json;
pub mod pipeline;
pub mod span;
pub mod swar;
pub mod token;
pub mod token_set;
mod word_list;

pub use config::{Config, ConfigError, ConfigErrors};
pub use document::{Document, Paragraph, Sentence};
pub use extractor::{Extractions, Extractor, Registration};
pub use inventory;
pub use pipeline::{Pipeline, Record};
pub use span::Span;
pub use token::{Case, Token, TokenKind};
pub use token_set::TokenSet;
pub use word_list::WordList;
