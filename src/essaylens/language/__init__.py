"""Language checks: spelling, confusables, repetitions, split words, style."""
