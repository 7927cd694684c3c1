//! The walks over every token of a document (for quote marks, for organization names): the
//! hottest loops of the extractor, so they read tokens in blocks.

use lede_core::Token;

/// Tokens a walk reads a step: the tokens of a block share one count and one end test, leaving
/// a compare and a branch per token.
const BLOCK: usize = 8;

/// The index of the first token of `tokens[from..end]` that passes `test`.
#[inline]
pub fn find_token(
    tokens: &[Token],
    from: usize,
    end: usize,
    test: impl Fn(&Token) -> bool,
) -> Option<usize> {
    if from >= end {
        return None;
    }
    let mut blocks = tokens[from..end].chunks_exact(BLOCK);
    let mut at = from;
    for block in &mut blocks {
        let block: &[Token; BLOCK] = block.try_into().expect("chunks of a block");
        for (i, token) in block.iter().enumerate() {
            if test(token) {
                return Some(at + i);
            }
        }
        at += BLOCK;
    }
    let rest = blocks.remainder();
    rest.iter().position(test).map(|i| at + i)
}
