//! Test support: links every plugin so the registry is complete in integration tests.

use lede_numbers as _;
use lede_people as _;
use lede_places as _;
use lede_quotes as _;
