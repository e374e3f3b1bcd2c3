"""essaylens: read an argumentative essay the way an experienced history examiner does."""

__version__ = "0.1.0"
