"""Lazy imports: the public names still resolve, and a warm ``check`` (every document in the
cache) compiles no extractor — the imports were a third of a warm run's time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import quotecli

SRC = str(Path(quotecli.__file__).resolve().parent.parent)


def _python(code: str) -> str:
    env = dict(os.environ, PYTHONPATH=SRC)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_public_names_resolve():
    for name in quotecli.__all__:
        assert getattr(quotecli, name) is not None, name
    assert callable(quotecli.extract) and callable(quotecli.verify) and callable(quotecli.extract_quotes)
    assert set(quotecli.__all__) <= set(dir(quotecli))


def test_importing_the_package_compiles_no_extractor():
    loaded = _python("import sys, quotecli, quotecli.cli\n"
                     "print(sorted(m for m in sys.modules if m.startswith('quotecli.extract.')))")
    assert loaded == "[]"


def test_a_warm_check_imports_no_extractor(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text('The mayor, Jane Ostrander, said on Monday that "the bridge will open in May."\n'
                                  "About 1,200 people live in the town.\n")
    (corpus / "b.txt").write_text('"The bridge will open in June," Mayor Jane Ostrander said on Tuesday.\n'
                                  "About 1,400 people live in the town.\n")
    run = ("import os, runpy, sys\n"
           f"sys.argv = ['quotecli', 'check', {str(corpus)!r}, '--cache-dir', {str(tmp_path / 'cache')!r},"
           " '-j', '1', '-f', 'json', '-o', os.devnull]\n"
           "try:\n    runpy.run_module('quotecli', run_name='__main__')\nexcept SystemExit:\n    pass\n"
           "print(sorted(m for m in sys.modules if m.startswith('quotecli.extract.')))")
    assert _python(run) != "[]"      # cold: the documents are extracted
    assert _python(run) == "[]"      # warm: every document's items come from the cache
