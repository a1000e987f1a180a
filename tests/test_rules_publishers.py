"""Built-in publisher rule sets, each checked on fixture pages we wrote in its markup shape.

Every module of :mod:`newsparse.publishers` must have at least one case here, so a new
publisher comes with the pages that justify its rules.
"""

from __future__ import annotations

import importlib
import pkgutil
from datetime import date
from pathlib import Path

import pytest

import newsparse.publishers
from newsparse.rules import RuleSet, RuleVersions
from newsparse.rules import default_registry as registry
from newsparse.testing import check_rule_set

PAGES = Path(__file__).resolve().parent / "fixtures" / "publishers"

CASES: list[tuple[str, str, str, date | None, dict[str, object]]] = [
    (
        "dw",
        "dw-2023-old.html",
        "https://www.dw.com/de/ukrainische-gegenoffensive/a-1",
        None,
        {
            "authors": ["Roman Beispiel"],
            "paragraphs": [
                "Eine Autobahn nahe der Grenze, eine Kolonne aus einem Dutzend Fahrzeugen "
                "fährt nach Osten.",
                "Wer in diesen Tagen in die Hauptstadt reist, erlebt die Ruhe vor dem Sturm, "
                "sagen Beobachter.",
            ],
            "captions": ["Seit Monaten umkämpft: die Stadt im Osten"],
        },
    ),
    (
        "waz",
        "waz-2023.html",
        "https://www.waz.de/leben/abnehmspritze-id1.html",
        date(2023, 6, 29),
        {
            "standfirst": "Berlin. Ein Wirkstoff soll beim Abnehmen helfen.",
            "paragraphs": [
                "Anfang des Jahres sorgte das Medikament für Aufsehen, in vielen Ländern.",
                "Bei einer Studie verloren die Teilnehmenden im Schnitt viel Gewicht.",
            ],
            "body": [
                "Anfang des Jahres sorgte das Medikament für Aufsehen, in vielen Ländern.",
                "Studie: Gewicht sinkt deutlich",
                "Bei einer Studie verloren die Teilnehmenden im Schnitt viel Gewicht.",
            ],
        },
    ),
    (
        "waz",
        "waz-2024.html",
        "https://www.waz.de/staedte/duisburg/article1/seilbahn.html",
        date(2024, 3, 8),
        {
            "standfirst": "Duisburg. Erste Bilder zeigen die geplante Seilbahn.",
            "paragraphs": [
                "Zum Start der Messe zeigt die Stadt erstmals Entwürfe für die Seilbahn.",
                "Eine Haltestelle soll am neuen Quartier entstehen, so die Planer.",
            ],
        },
    ),
    (
        "waz",
        "waz-2025.html",
        "https://www.waz.de/politik/article2/kloeckner.html",
        None,
        {
            "standfirst": "Berlin. Die Ex-Vorsitzende greift die Präsidentin an.",
            "paragraphs": [
                "Die Bundestagspräsidentin steht seit Wochen in der Kritik der Opposition.",
                "Diese Form der Politik spalte, so die Kritikerin, das ganze Land.",
            ],
        },
    ),
    (
        "mirror",
        "mirror-article.html",
        "https://www.mirror.co.uk/lifestyle/gardening/houseplants-1",
        None,
        {
            "paragraphs": [
                "These plants are not just gorgeous, they are also practical additions to a "
                "kitchen.",
                "First up, the experts recommend an English Ivy for a hanging basket.",
                "Next up, the experts advise a plant with stunning silvery leaves.",
            ],
            "captions": ["English Ivy is easy to grow"],  # read by the generic extractor
        },
    ),
    (
        "mirror",
        "mirror-live.html",
        "https://www.mirror.co.uk/news/uk-news/riots-live-2",
        None,
        {
            "paragraphs": [
                "Local reporters said a loud bang was heard at the scene.",
                "Police have formed a line between the two groups of protesters.",
            ],
            "body": [
                "Loud bang heard at the scene",
                "Local reporters said a loud bang was heard at the scene.",
                "Police have formed a line between the two groups of protesters.",
            ],
        },
    ),
]


def _modules() -> list[str]:
    return [m.name for m in pkgutil.iter_modules(newsparse.publishers.__path__) if m.name[0] != "_"]


@pytest.mark.parametrize(
    ("module", "page", "url", "as_of", "expected"),
    CASES,
    ids=[case[1] for case in CASES],
)
def test_publisher_rules_on_their_pages(
    module: str, page: str, url: str, as_of: date | None, expected: dict[str, object]
) -> None:
    rules = importlib.import_module(f"newsparse.publishers.{module}").RULES
    html = (PAGES / page).read_bytes()
    assert check_rule_set(rules, html, expected, url=url, as_of=as_of) == ()
    # The default registry finds the same rules from the URL.
    entry = registry().for_host(url.split("/")[2])
    assert entry is not None
    assert entry.rules == RuleVersions.of(rules)


@pytest.mark.parametrize("module", _modules())
def test_every_publisher_module_is_documented_and_tested(module: str) -> None:
    loaded = importlib.import_module(f"newsparse.publishers.{module}")
    assert isinstance(loaded.RULES, RuleSet | RuleVersions)
    assert loaded.__doc__ and len(loaded.__doc__) > 100, "say what the pages taught you"
    assert any(case[0] == module for case in CASES), f"add a fixture page for {module}"


def test_old_layout_rules_fall_back_on_a_new_page() -> None:
    rules = importlib.import_module("newsparse.publishers.waz").RULES
    html = (PAGES / "waz-2025.html").read_bytes()
    article = newsparse.parse(html, rules=rules, as_of=date(2023, 6, 29))
    assert article.provenance.body is not None
    assert article.provenance.body.detail.startswith("fallback: generic")
    assert article.provenance.body.rule_version == "2023-12-31"
