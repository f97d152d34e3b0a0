"""The HTML report: well-formed, self-contained, escaped; and rendered in a real headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from quotecli.cli import cli

from conftest import FIXTURES

VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "col", "area", "base", "source"}
EVIL = ("Headline about a council vote\n\n"
        "Council member Dana Brook said <script>document.body.setAttribute('data-pwned', 'yes')</script> "
        "was pasted into her statement. \"We will vote again,\" Brook said.\n")


class Tree(HTMLParser):
    """Checks tag nesting and collects elements as (tag, attrs, text-inside) for the assertions."""

    def __init__(self, folded: bool = True):
        super().__init__(convert_charrefs=True)
        self.folded = folded
        self.in_template = 0
        self.stack: list[tuple[str, dict]] = []
        self.elements: list[tuple[str, dict]] = []
        self.errors: list[str] = []
        self.text: list[str] = []
        self.scripts: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.in_template += tag == "template"
        if self.folded or not self.in_template:
            self.elements.append((tag, attributes))
        if tag not in VOID:
            self.stack.append((tag, attributes))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else 'nothing'}")
            return
        self.stack.pop()
        self.in_template -= tag == "template"

    def handle_data(self, data):
        if self.stack and self.stack[-1][0] == "script":
            self.scripts.append(data)
        elif self.folded or not self.in_template:
            self.text.append(data)

    def having(self, tag, **attrs):
        return [a for t, a in self.elements if t == tag and all(v in (a.get(k) or "").split() or a.get(k) == v
                                                                   for k, v in attrs.items())]


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    (folder / "evil.txt").write_text(EVIL, encoding="utf-8")
    output = folder / "report.html"
    result = CliRunner().invoke(cli, ["report", str(FIXTURES), str(folder / "evil.txt"), "--isolated",
                                      "--doc-date", "2022-07-12", "--output", str(output)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "wrote" in result.stderr
    return output


def parsed(html_text: str, folded: bool = True) -> Tree:
    """The page's elements; ``folded=False`` leaves out folded articles' <template>, as a browser's DOM does."""
    tree = Tree(folded)
    tree.feed(html_text)
    tree.close()
    return tree


def test_page_is_well_formed_self_contained_and_escaped(page):
    source = page.read_text(encoding="utf-8")
    tree = parsed(source)
    assert not tree.errors and [t for t, _ in tree.stack] == []
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:|//)""", source)
    assert not tree.having("link") and not tree.having("img") and "@import" not in source and "url(" not in source
    assert len(tree.having("script")) == 1 and len(tree.scripts) == 1  # ours, inline; the article's is text
    assert "&lt;script&gt;document.body.setAttribute(" in source
    assert "<script>document.body" not in source


def test_page_has_summary_legend_highlights_and_linked_findings(page):
    tree = parsed(page.read_text(encoding="utf-8"))
    assert tree.having("table", id="findings-by-rule")
    speakers = [a["data-speaker"] for a in tree.having("li") if "data-speaker" in a]
    assert "Andrés Manuel Ortiz Olvera" in speakers and "Dana Brook" in speakers
    quotes = tree.having("span", **{"class": "q"})
    assert any(a.get("title", "").startswith("Andrés Manuel Ortiz Olvera") for a in quotes)
    assert len({a["class"] for a in quotes if a["class"] != "q q-unknown"}) >= 3  # one colour class per speaker
    assert tree.having("span", **{"class": "num"}) and tree.having("span", **{"class": "date"})
    findings = tree.having("li", **{"class": "finding"})
    assert len(findings) == 6
    ids = {a["id"] for _, a in tree.elements if "id" in a}
    links = [a["href"][1:] for a in tree.having("a") if a.get("href", "").startswith("#")]
    assert links and all(link in ids for link in links)  # every evidence link lands on a mark
    closed = [a for a in tree.having("details") if "open" not in a and "data-doc" in a]
    assert any(a["data-doc"] == "wire-001" for a in closed)  # no finding of its own: folded


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def render(url: str, tmp_path) -> str:
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         "--virtual-time-budget=2000", "--dump-dom", url],
        capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium); "
                                            "the page is still checked with an HTML parser above")
def test_report_in_a_real_headless_chromium(page, tmp_path):
    tree = parsed(render(page.as_uri(), tmp_path), folded=False)
    assert len(tree.having("li", **{"class": "finding"})) == 6
    assert any(a.get("data-speaker") == "Dana Brook" for a in tree.having("li"))
    assert any(a.get("title", "").startswith("Andrés Manuel Ortiz Olvera") for a in tree.having("span", **{"class": "q"}))
    assert tree.having("span", **{"class": "num"}) and tree.having("span", **{"class": "date"})
    # the article with <script> in its text has no finding: open it, as a reader would, and look
    evil = next(a["id"] for a in tree.having("details") if a.get("data-doc", "").endswith("evil.txt"))
    opened = parsed(render(page.as_uri() + f"#{evil}", tmp_path), folded=False)
    assert "data-pwned" not in opened.having("body")[0] and "data-pwned" not in opened.having("html")[0], "it ran"
    assert "<script>document.body.setAttribute('data-pwned', 'yes')</script>" in "".join(opened.text)
    assert any(a.get("title", "").startswith("Dana Brook") for a in opened.having("span", **{"class": "q"}))
    # following an evidence link into a folded article opens it
    closed = {a["id"] for a in tree.having("details") if "open" not in a}
    target = next(a["href"] for a in tree.having("a")
                  if a.get("href", "").startswith("#d") and a["href"][1:].split("-")[0] in closed)
    dom = render(page.as_uri() + target, tmp_path)
    opened = parsed(dom)
    folded_id = target[1:].split("-")[0]
    assert "open" in next(a for a in opened.having("details") if a["id"] == folded_id)
    article = dom[dom.index(f'id="{folded_id}"'):]
    article = article[:article.index("</details>")]
    assert "<template>" not in article and f'id="{target[1:]}"' in article  # built from its template
    assert f'<span class="ref" title="evidence for a finding" id="{target[1:]}">' in article


def test_report_with_a_bad_config_writes_nothing(tmp_path):
    config = tmp_path / "quotecli.toml"
    config.write_text('formatt = "sarif"\n', encoding="utf-8")
    output = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["report", str(FIXTURES), "--config", str(config), "--output", str(output)])
    assert result.exit_code == 2 and "unknown key 'formatt'" in result.stderr and not output.exists()


def test_report_applies_suppressions_and_severity_overrides(tmp_path):
    (tmp_path / "a.md").write_text("Jonas Wexley spoke. Jonas Wexley left. Jonas Wexley came back.\n\n"
                                   "Jonas Wexley sat down. Jonas Wexley spoke again. Jonas Wexley left.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("<!-- quotecli: ignore-file QC101 -->\nThe minister, Jonas Wexly, said no.\n",
                                   encoding="utf-8")
    result = CliRunner().invoke(cli, ["report", str(tmp_path), "--isolated"])
    assert result.exit_code == 0
    assert 'class="finding"' not in result.stdout and "No findings." in result.stdout
