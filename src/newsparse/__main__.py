"""``python -m newsparse``: the same as the ``newsparse`` command."""

from __future__ import annotations

from newsparse.cli import main

raise SystemExit(main())
