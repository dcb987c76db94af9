"""The words: stems, the phrase syntax, blocks and sentences, a quote's brackets, a
sentence set against the one before, and the word lists of data/check/advert_words.yaml."""
