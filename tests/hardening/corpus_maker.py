"""Short invented news articles from templates, and corrupt records of many kinds, for the
hardening tests. All names and texts are made up here (no corpus or gold text)."""

from __future__ import annotations

import gzip
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

COUNTRIES = ["Ardenia", "Kesh", "Valdoria", "Mirova", "Ostland", "Taruna", "Belmark", "Corvasia"]
PEOPLE = ["Anna Velk", "Tomas Orlin", "Mira Sadeh", "Jonas Pell", "Lia Brandt", "Omar Ketu", "Sara Nolde"]
ROLES = ["Foreign Minister", "President", "Prime Minister", "Defence Minister", "opposition leader"]
CITIES = ["Port Linne", "Aldermoor", "Sevrin", "Kallow", "Dunmere"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TEMPLATES = [
    "{role} {person} of {a} met officials from {b} in {city} on {day} to discuss border trade.",
    "{a} accused {b} of violating the ceasefire near {city}, {role} {person} said on {day}.",
    "{role} {person} said {a} would send food aid to {b} after floods hit {city}.",
    "Police in {city} arrested dozens of protesters on {day} after a rally against the {a} government.",
    "{a} imposed new sanctions on {b} on {day}, the foreign ministry in {city} said.",
    "\"We will not accept these demands,\" {role} {person} of {a} told reporters in {city}.",
    "{a} and {b} signed an agreement on {day} to reopen the railway to {city}.",
]


def article_text(rng: random.Random, serial: int) -> tuple[str, str]:
    """Return (title, body) of a short made-up article; ``serial`` makes every body unique."""
    sentences = []
    for _ in range(3):
        a, b = rng.sample(COUNTRIES, 2)
        sentences.append(rng.choice(TEMPLATES).format(
            a=a, b=b, person=rng.choice(PEOPLE), role=rng.choice(ROLES), city=rng.choice(CITIES), day=rng.choice(DAYS)))
    sentences.append(f"The statement was numbered {serial} in the ministry's records.")
    title = f"{sentences[0].split(' ')[0]} report {serial}"
    return title, " ".join(sentences[:2]) + "\n\n" + " ".join(sentences[2:])


@dataclass
class Corpus:
    """What a generated corpus holds: the good bodies (to find in the store) and the expected
    counts of each outcome, with every expected failure's (path, position)."""

    good: dict[str, str] = field(default_factory=dict)  # body marker "numbered N" -> file
    failures: list[tuple[str, str | None, str]] = field(default_factory=list)  # (path, position, kind)
    duplicates: int = 0
    records: int = 0
    undated: set[str] = field(default_factory=set)

    def add_good(self, serial: int, path: Path) -> None:
        """Count one record that must be stored."""
        self.records += 1
        self.good[f"numbered {serial} "] = str(path)

    def add_failure(self, path: Path, position: str | None, kind: str) -> None:
        """Count one record that must end as a failure."""
        self.records += 1
        self.failures.append((str(path), position, kind))

    def add_duplicate(self) -> None:
        """Count one record that repeats a stored article."""
        self.records += 1
        self.duplicates += 1


def build_corpus(root: Path, *, seed: int = 7, jsonl: int = 100, csv_rows: int = 50, files: int = 40) -> Corpus:
    """Write a JSONL file, a CSV file and a folder of txt/html/gz files under ``root``, about 5%
    of whose records are corrupt in many different ways, and return what a run must find."""
    rng = random.Random(seed)
    corpus = Corpus()
    serial = 0
    root.mkdir(parents=True, exist_ok=True)

    # --- JSONL ------------------------------------------------------------------------------
    path = root / "wire.jsonl"
    lines: list[bytes] = []
    corrupt_lines = {
        7: (b'{"title": "Broken", "text": "Ardenia met Kesh', "invalid JSON"),
        19: (json.dumps({"title": "No body", "published": "2021-03-04"}).encode(), "missing text"),
        33: (json.dumps({"title": ["a", "list"], "text": 12345}).encode(), "wrong type: a number as text"),
        41: (json.dumps({"title": "Empty", "text": "   "}).encode(), "empty body"),
        58: (b'{"title": "Bad bytes", "text": "' + bytes(range(0x80, 0x100)) * 3 + b'"}', "invalid UTF-8"),
        66: (json.dumps({"title": "Nul", "text": "Kesh met Ardenia.\u0000\u0000 More text."}).encode(), "NUL characters"),
        80: (b"\x00\x01\x02\x03binary\xff\xfe junk\x00", "binary junk"),
        91: (json.dumps(["not", "an", "object"]).encode(), "wrong type: an array"),
        95: (b'{"text": "' + b"x" * 9_000_000 + b'"}', "oversized line"),  # over max_record_bytes
    }
    for number in range(1, jsonl + 1):
        if number in corrupt_lines:
            raw, kind = corrupt_lines[number]
            lines.append(raw)
            corpus.add_failure(path, f"line {number}", kind)
            continue
        if number in (25, 70):  # the same article twice: the second copy is a duplicate
            lines.append(lines[-1])
            corpus.add_duplicate()
            continue
        serial += 1
        title, body = article_text(rng, serial)
        published = "2021-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))
        if number == 45:
            published = "99999-99-99"  # an absurd date is unreadable metadata: stored undated
            corpus.undated.add(f"numbered {serial} ")
        record = {"title": title, "text": body, "published": published, "source": "Wire"}
        lines.append(json.dumps(record).encode())
        corpus.add_good(serial, path)
    path.write_bytes(b"\n".join(lines) + b"\n")

    # --- CSV --------------------------------------------------------------------------------
    path = root / "papers.csv"
    rows = ["title,text,published"]
    for number in range(1, csv_rows + 1):
        if number == 12:
            rows.append('"Only title",,2021-01-01')
            corpus.add_failure(path, f"row {number}", "missing text")
            continue
        if number == 30:  # over max_chars (500,000 by default)
            rows.append('"Oversized","' + "Kesh met Ardenia. " * 30_000 + '",2021-01-01')
            corpus.add_failure(path, f"row {number}", "oversized")
            continue
        serial += 1
        title, body = article_text(rng, serial)
        quoted = body.replace('"', '""')  # CSV escapes a quote by doubling it
        rows.append(f'"{title}","{quoted}",2021-05-{number % 28 + 1:02d}')
        corpus.add_good(serial, path)
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")

    # --- a folder of single-article files ---------------------------------------------------
    folder = root / "pages"
    folder.mkdir()
    broken = {
        3: ("empty.txt", b"", "empty file"),
        9: ("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        17: ("cut.txt.gz", gzip.compress(b"Kesh met Ardenia on Monday. " * 50)[:40], "truncated gzip"),
        25: ("nested.html", b"<html><body>" + b"<div>" * 2_000 + b"<p>Deep.</p></body></html>", "nesting"),
        33: ("cut.html", b"<html><head><title>Cut short</title></head><body><artic", "truncated HTML"),
    }
    for number in range(1, files + 1):
        if number in broken:
            name, data, kind = broken[number]
            (folder / name).write_bytes(data)
            corpus.add_failure(folder / name, None, kind)
            continue
        serial += 1
        title, body = article_text(rng, serial)
        if number % 4 == 0:
            paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
            html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
                    f"{paragraphs}</article></body></html>")
            target = folder / f"page{number:03d}.html"
            target.write_text(html, encoding="utf-8")
        elif number % 7 == 0:
            target = folder / f"story{number:03d}.txt.gz"
            target.write_bytes(gzip.compress(f"{title}\n\n{body}\n".encode("utf-8")))
        else:
            target = folder / f"story{number:03d}.txt"
            target.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
        corpus.add_good(serial, target)
    return corpus
