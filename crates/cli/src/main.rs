//! The `lede` binary. Exit status: 0 when every document succeeded, 1 when any document failed,
//! 2 for usage, configuration or output errors.

mod args;
mod bench;
mod check;
mod extract;
mod input;
mod list;
mod output;
mod plugins;
mod settings;

use clap::Parser;
use std::process::ExitCode;

// Extractors allocate many small vectors per document; mimalloc's thread-local free lists make
// that markedly cheaper than the system allocator (measured with `lede bench`). Its version 2, not
// 3: fewer instructions and instruction-cache misses, and a lower peak on two threads.
#[global_allocator]
static ALLOCATOR: Mimalloc = Mimalloc;

/// mimalloc, asked for plain `mi_malloc` blocks whenever those are aligned enough: the `mimalloc`
/// crate's allocator sends every request through `mi_malloc_aligned`, about twice the
/// instructions on the fast path.
struct Mimalloc;

/// The alignment every `mi_malloc` block of at least this many bytes has (`MI_MAX_ALIGN_SIZE`);
/// a smaller block is aligned to its size.
const MI_MAX_ALIGN: usize = 16;

fn naturally_aligned(layout: std::alloc::Layout) -> bool {
    layout.align() <= MI_MAX_ALIGN && layout.align() <= layout.size()
}

// SAFETY: every block comes from mimalloc and goes back to it; plain `mi_malloc` / `mi_realloc`
// are used only for layouts whose alignment those blocks already have.
unsafe impl std::alloc::GlobalAlloc for Mimalloc {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys::{mi_malloc, mi_malloc_aligned};
        if naturally_aligned(layout) {
            mi_malloc(layout.size()).cast()
        } else {
            mi_malloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys::{mi_zalloc, mi_zalloc_aligned};
        if naturally_aligned(layout) {
            mi_zalloc(layout.size()).cast()
        } else {
            mi_zalloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        libmimalloc_sys::mi_free(ptr.cast());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        use libmimalloc_sys::{mi_realloc, mi_realloc_aligned};
        let new = std::alloc::Layout::from_size_align_unchecked(new_size, layout.align());
        if naturally_aligned(new) {
            mi_realloc(ptr.cast(), new_size).cast()
        } else {
            mi_realloc_aligned(ptr.cast(), new_size, layout.align()).cast()
        }
    }
}

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    let result = match &cli.command {
        args::Command::Extract(a) => extract::run(a),
        args::Command::List(a) => list::run(a),
        args::Command::Check(a) => check::run(a),
        args::Command::Bench(a) => bench::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("lede: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// `lede extract ... | head` (or `list`, `check`, `bench`) closing the pipe early is not an error.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.downcast_ref::<std::io::Error>()
        .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
}
