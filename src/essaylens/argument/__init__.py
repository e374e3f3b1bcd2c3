"""Argument mining: components, stance and support/attack relations (issue: argument mining)."""
