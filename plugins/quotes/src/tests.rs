//! End-to-end behaviour of the extractor on the quotation and attribution shapes of news.
