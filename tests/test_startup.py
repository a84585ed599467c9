"""`import tacitus` and `tacitus --help` load no model and import neither spaCy nor DuckDB; the CLI
registers every command without importing DuckDB or pyarrow (they load when a command runs)."""

from __future__ import annotations

import subprocess
import sys


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", f"{code}\nimport sys\nprint(' '.join(sys.modules))"],
                         capture_output=True, text=True, timeout=120, check=True).stdout
    return set(out.split())


def test_import_tacitus_is_cheap():
    loaded = _modules_after("import tacitus")
    assert not {"spacy", "duckdb", "pyarrow", "thinc"} & loaded
    # the public API is still there, loaded on first use
    loaded = _modules_after("import tacitus\nassert tacitus.Article.__name__ == 'Article'")
    assert "tacitus.model" in loaded and "spacy" not in loaded


def test_help_does_not_import_spacy():
    loaded = _modules_after("import sys\nsys.argv = ['tacitus', '--help']\nfrom tacitus.cli import app\n"
                            "try:\n    app()\nexcept SystemExit:\n    pass")
    assert "spacy" not in loaded and "tacitus.coder" not in loaded


def test_unknown_public_names_are_attribute_errors():
    import tacitus

    try:
        tacitus.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("tacitus.no_such_name did not raise")


_HEAVY = {"duckdb", "pyarrow", "tacitus.store", "tacitus.runner", "tacitus.clusters.engine", "tacitus.export.api"}


def test_cli_import_loads_neither_duckdb_nor_pyarrow():
    loaded = _modules_after("import tacitus.cli")
    assert not _HEAVY & loaded
    # the commands that live with their capability are registered all the same
    from typer.main import get_command

    import tacitus.cli

    names = set(get_command(tacitus.cli.app).commands)
    assert {"run", "code", "clusters", "export", "watch", "serve", "events"} <= names


def test_help_lists_every_command_without_duckdb(tmp_path):
    code = ("import sys\nsys.argv = ['tacitus', '--help']\nfrom tacitus.cli import app\n"
            "try:\n    app()\nexcept SystemExit:\n    pass")
    done = subprocess.run([sys.executable, "-c", f"{code}\nimport sys\nprint('MODULES', ' '.join(sys.modules))"],
                          capture_output=True, text=True, timeout=120, check=True, env={**__import__("os").environ,
                                                                                          "COLUMNS": "200"})
    help_text, _, modules = done.stdout.partition("MODULES")
    assert not _HEAVY & set(modules.split())
    for name, words in (("clusters", "List the happenings"), ("export", "Write stored events to a file"),
                        ("watch", "Code new files"), ("serve", "Serve the HTTP API")):
        assert name in help_text and words in help_text


def test_lazy_packages_still_export_their_names():
    loaded = _modules_after("from tacitus.clusters import cluster_pending, Cluster\n"
                            "from tacitus.export import export_events, FORMATS\n"
                            "from tacitus.db import EventFilter, connect")
    assert {"tacitus.clusters.engine", "tacitus.export.api", "duckdb"} <= loaded
    import tacitus.clusters

    try:
        tacitus.clusters.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("tacitus.clusters.no_such_name did not raise")
