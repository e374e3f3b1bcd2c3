"""Language checks: spelling, names, confusables, repetitions, split words, style.

Modules: ``lexicon`` (SCOWL word lists, frequency and bigram counts, variants, topic-pack
names), ``errormodel`` (weighted edit distance), ``speller`` (ranked suggestions),
``spelling`` (unknown words and near-miss names), ``rules`` (spaCy Matcher and bigram
rules for errors a spell checker misses), ``style`` (readability and long sentences),
``stage`` (the ``language`` stage), ``bench`` (benchmarks behind ``essaylens bench``).
"""
