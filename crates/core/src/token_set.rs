//! Sets of a document's tokens as bits: an extractor looking for the few tokens that can start
//! what it finds (capitalised words, for names and places) skips to the next one with a bit scan
//! per 64 tokens, instead of a test per token and a mispredicted loop exit at every member.

use crate::token::{Case, Token, TokenKind};

/// A set of the tokens of one document.
#[derive(Debug, Clone, Default)]
pub struct TokenSet {
    /// For tokens `64 * k..64 * k + 64`, bit `i` set when token `64 * k + i` is in the set.
    blocks: Vec<u64>,
}

impl TokenSet {
    /// The tokens of `tokens` that are `member`s. A `member` test without branches keeps the
    /// build free of mispredictions too.
    pub fn new(tokens: &[Token], mut member: impl FnMut(&Token) -> bool) -> TokenSet {
        let blocks = tokens
            .chunks(64)
            .map(|chunk| {
                // Each token's bit enters at the top and moves down as the next come in: shifts
                // by constants, where a shift to each token's place takes a variable one.
                let bits = chunk
                    .iter()
                    .fold(0u64, |bits, t| bits >> 1 | u64::from(member(t)) << 63);
                bits >> (64 - chunk.len())
            })
            .collect();
        TokenSet { blocks }
    }

    /// The words of `tokens` in Title, Upper or Mixed case.
    pub fn capitalized_words(tokens: &[Token]) -> TokenSet {
        TokenSet::new(tokens, |t| {
            CAPITALIZED[(8 * t.kind as usize + t.case as usize) & 31]
        })
    }

    /// The first token of the set in `from..limit`; `limit` when there is none.
    pub fn next(&self, from: usize, limit: usize) -> usize {
        if from >= limit {
            return limit;
        }
        let bits = |block: usize| self.blocks.get(block).copied().unwrap_or(0);
        let mut block = from / 64;
        let mut found = bits(block) & u64::MAX << (from % 64);
        while found == 0 {
            block += 1;
            if block * 64 >= limit {
                return limit;
            }
            found = bits(block);
        }
        (block * 64 + found.trailing_zeros() as usize).min(limit)
    }
}

/// For each token kind and case, at `8 * kind + case`, whether it is a capitalised word: read
/// without a branch on the case.
const CAPITALIZED: [bool; 32] = {
    let mut table = [false; 32];
    let word = 8 * TokenKind::Word as usize;
    table[word + Case::Title as usize] = true;
    table[word + Case::Upper as usize] = true;
    table[word + Case::Mixed as usize] = true;
    table
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    /// What `next` must return, found token by token.
    fn expected(tokens: &[Token], from: usize, limit: usize) -> usize {
        (from..limit)
            .find(|&i| tokens[i].kind == TokenKind::Word && tokens[i].is_capitalized())
            .unwrap_or(limit)
    }

    #[test]
    fn capitalized_words_agree_with_a_token_by_token_search() {
        // Over 64 tokens, so scans cross blocks; every case, and numbers and punctuation.
        let mut text = String::from("NATO said Ms. McCain, iPhone 5 and \"LISBON\" met Putin. ");
        for i in 0..40 {
            text.push_str(if i % 7 == 0 { "The UN " } else { "a b, " });
        }
        text.push_str("US end Lavrov");
        let tokens = tokenize(&text);
        assert!(tokens.len() > 130, "{}", tokens.len());
        let index = TokenSet::capitalized_words(&tokens);
        for from in 0..=tokens.len() {
            for limit in from..=tokens.len() {
                assert_eq!(
                    index.next(from, limit),
                    expected(&tokens, from, limit),
                    "from {from} limit {limit}"
                );
            }
        }
        assert_eq!(TokenSet::capitalized_words(&[]).next(0, 0), 0);
    }
}
