"""The Spark helper: a schema derived from the Article model, and parse_partition on local[2].

The session test needs pyspark and Java and is skipped cleanly without them.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyspark", reason="needs the 'spark' extra")

from newsparse import Article
from newsparse.spark import parse_partition, spark_schema
from tests.test_batch import story


def test_the_schema_follows_the_article_model() -> None:
    from pyspark.sql.types import ArrayType, StringType, StructType

    schema = spark_schema()
    assert schema.fieldNames() == ["source", "record", "url", "article", "error"]
    article = schema["article"].dataType
    assert isinstance(article, StructType)
    names = set(article.fieldNames())
    assert names == set(Article.model_fields)  # every field, and no derived ones
    authors = article["authors"].dataType
    assert isinstance(authors, ArrayType)
    assert authors.elementType["name"].dataType == StringType()
    assert article["published"].dataType == StringType()  # ISO 8601, offset or not
    assert article["provenance"].dataType["headline"].dataType["rule_set"].dataType == StringType()


def test_parse_partition_without_spark() -> None:
    rows = list(parse_partition([("https://example.com/1", story(1)), (None, b"")]))
    assert len(rows) == 2
    names = spark_schema().fieldNames()
    first, second = (dict(zip(names, row, strict=True)) for row in rows)
    assert first["url"] == "https://example.com/1"
    assert first["error"] is None
    assert first["article"][0] == "Story 1"  # headline, the first article column
    assert second["article"] is None
    assert second["error"] == ("EmptyInputError", "the input is empty")


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("Spark needs Java")
    from pyspark.errors import PySparkException
    from pyspark.sql import SparkSession

    try:
        session = (
            SparkSession.builder.master("local[2]")
            .appName("newsparse-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate()
        )
    except PySparkException as exc:  # e.g. a Java too old for this PySpark
        pytest.skip(f"no local Spark session: {exc}")
    yield session
    session.stop()


def test_spark_parses_warc_paths_and_html_records(spark: Any, tmp_path: Path) -> None:
    pytest.importorskip("fastwarc", reason="needs the 'warc' extra")
    from tests.test_warc import sample_records, write_warc

    whole = write_warc(tmp_path / "a.warc.gz", sample_records(), gzipped=True)
    cut = write_warc(tmp_path / "b.warc", sample_records(), gzipped=False)
    cut.write_bytes(cut.read_bytes()[:-80])
    paths = spark.sparkContext.parallelize([str(whole), str(cut), str(tmp_path / "no.warc")], 2)
    frame = spark.createDataFrame(
        paths.mapPartitions(partial(parse_partition, rules="generic")), spark_schema()
    )
    rows = sorted(frame.collect(), key=lambda r: (r.source, r.record or ""))
    assert len(rows) == 5
    assert [r.article.headline if r.article else None for r in rows] == [
        "Un café à Paris",
        "Un café à Paris",
        "Un café à Paris",
        None,
        None,
    ]
    assert rows[0].url == "https://example.com/a"
    assert rows[3].error.type == "WarcRecordError"
    assert rows[4].error.type == "FileNotFoundError"

    records = spark.sparkContext.parallelize(
        [(f"https://example.com/{n}", story(n)) for n in range(6)], 2
    )
    frame = spark.createDataFrame(records.mapPartitions(parse_partition), spark_schema())
    frame.createOrReplaceTempView("articles")
    got = spark.sql(
        "SELECT url, article.headline AS headline, size(article.body) AS blocks "
        "FROM articles WHERE error IS NULL ORDER BY url"
    ).collect()
    assert [(r.url, r.headline, r.blocks) for r in got] == [
        (f"https://example.com/{n}", f"Story {n}", 3) for n in range(6)
    ]
