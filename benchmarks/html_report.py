"""What the HTML report costs: render time against extraction, page size, and what a browser builds.

    python benchmarks/html_report.py ../shared/corpora/basil
    python benchmarks/html_report.py ../shared/corpora --jobs 2 --browser   # + Chromium's element count

Times are ratios within one run (render / extraction), so they hold on a loaded
machine. ``--browser`` loads the page in headless Chromium and counts the elements
of the document once it is parsed: folded articles wait in <template>s, so only
the articles with findings are built.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from quotecli.check import all_rules  # noqa: E402
from quotecli.checkrun import run_check  # noqa: E402
from quotecli.report.html_report import people_count, render  # noqa: E402
from quotecli.sources import load  # noqa: E402

# Run by the parser at the end of the body, when every element of the page exists.
_COUNTER = ('<script>document.documentElement.setAttribute("data-elements",'
            'document.getElementsByTagName("*").length)</script></body></html>')


def elements_at_load(page: str) -> int:
    """Elements of the parsed document, counted by the page itself in headless Chromium."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("--browser needs chromium (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.html"
        path.write_text(page.replace("</body></html>", _COUNTER), encoding="utf-8")
        dom = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                              "--disable-background-networking", f"--user-data-dir={folder}/profile",
                              "--dump-dom", path.as_uri()], capture_output=True, text=True, timeout=600).stdout
    marker = 'data-elements="'
    return int(dom[dom.index(marker) + len(marker):].split('"', 1)[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--browser", action="store_true", help="also count elements at load in headless Chromium")
    args = parser.parse_args()
    documents, errors = load(args.paths)
    started = time.perf_counter()
    result = run_check(documents, all_rules(), jobs=args.jobs, keep_extractions=True)
    checked = time.perf_counter()
    page = render(result.extractions, result.findings, people_count(result.extractions))
    rendered = time.perf_counter()
    open_articles = page.count('<details class="article"') - page.count("<template>")
    print(f"{result.documents} articles, {len(result.findings)} findings; page {len(page.encode()) / 1e6:.1f} MB, "
          f"{open_articles} articles open, {page.count('<template>')} folded")
    print(f"render / (extraction + check) = {(rendered - checked) / (checked - started):.3f} "
          f"({rendered - checked:.1f} s against {checked - started:.1f} s)")
    if args.browser:
        unfolded = page.replace("<template>", "").replace("</template>", "")
        print(f"elements in the document: {elements_at_load(page):,} (all articles unfolded: {elements_at_load(unfolded):,})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
