"""Assessment: level and mark against a mark scheme, reasons and next steps."""
