"""The generic extractor: one module per field, each reading a ``Document``."""
