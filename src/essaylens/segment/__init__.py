"""Segmentation: title, paragraphs, sentences and tokens as span layers."""
