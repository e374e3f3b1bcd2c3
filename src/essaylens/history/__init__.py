"""History analysis: question, factors, judgement, dated evidence, fact checks."""
