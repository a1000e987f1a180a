"""Sphinx configuration for the newsparse documentation."""

from __future__ import annotations

import newsparse

project = "newsparse"
author = "The newsparse developers"
copyright = "2026, The newsparse developers"
release = newsparse.__version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = "newsparse"

autodoc_member_order = "bysource"
autodoc_typehints = "description"
# Render parse()'s ``rules=`` as the alias users read about, not its six-way union.
autodoc_type_aliases = {"Rules": "newsparse.rules.choose.Rules"}
autodoc_default_options = {"exclude-members": "model_config, model_fields, model_computed_fields"}
nitpicky = False
