"""Ingest: reading articles (text, JSONL/JSON, CSV, HTML, folders, stdin) and their structure."""

from .decode import decode_bytes
from .readers import iter_articles, read_article
from .structure import parse_text_article

__all__ = ["iter_articles", "read_article", "parse_text_article", "decode_bytes"]
