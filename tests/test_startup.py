"""`import tacitus` and `tacitus --help` load no model and import neither spaCy nor DuckDB."""

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
