"""Heuristic vocabularies and scoring shared by the generic extractors."""
