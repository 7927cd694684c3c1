//! The only file that names plugins.
//!
//! A plugin registers itself with `inventory::submit!`, but the linker drops a crate the binary
//! never references, and its registration silently vanishes (dtolnay/inventory#50). Referencing
//! each plugin crate here keeps it linked; `tests/cli.rs` asserts the registered set.

use lede_numbers as _;
use lede_people as _;
use lede_places as _;
use lede_quotes as _;
