"""Built-in publisher rule sets: one module per publisher, each defining ``RULES``.

Modules here are discovered (not listed by hand) when the default registry is first
built; adding a publisher is adding a module. ``RULES`` is a
:class:`~newsparse.rules.RuleSet` or, with versions by date, a
:class:`~newsparse.rules.RuleVersions`. Modules whose name starts with ``_`` are skipped.
"""
