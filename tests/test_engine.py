"""The engine: the same findings, in the same order, for any number of worker processes;
the slim document handle the rules hold; the options active inside the workers."""

from __future__ import annotations

import io
import pickle
from dataclasses import replace

import pytest
from click.testing import CliRunner

import quotecli
from quotecli.check import engine
from quotecli.check.engine import check_documents, run_rules, total_order
from quotecli.check.options import CheckOptions, active
from quotecli.check.registry import Rule, all_rules
from quotecli.cli import cli
from quotecli.handle import DocumentHandle
from quotecli.report import write_findings

import engine_corpus
from conftest import FIXTURES, SHARED, needs_shared


def _rendered(findings) -> str:
    stream = io.StringIO()
    write_findings(findings, "json", stream, {"documents": 0})
    return stream.getvalue()


@pytest.fixture
def always_parallel(monkeypatch):
    """Small batches, so even a small run spreads over the workers, which compare too."""
    monkeypatch.setattr(engine, "BATCH", 2)
    monkeypatch.setattr(engine, "PARALLEL_MIN_ITEMS", 0)


def test_jobs_give_the_same_findings_in_the_same_order(always_parallel):
    documents, _ = quotecli.load([str(FIXTURES)])
    documents += engine_corpus.documents()
    one, count_one = check_documents(documents, jobs=1)
    two, count_two = check_documents(documents, jobs=2)
    three, _ = check_documents(documents, jobs=3)
    assert count_one == count_two == len(documents)
    assert len({f.rule for f in one}) >= 3, "the corpus should exercise several rules"
    assert _rendered(one) == _rendered(two) == _rendered(three)


@pytest.mark.parametrize("spill_after", [0, 7])
@pytest.mark.parametrize("jobs", [1, 2])
def test_spilling_the_groups_to_disk_changes_nothing(always_parallel, monkeypatch, spill_after, jobs):
    """From the first document (0) or from the middle of the run (7), in this process or in
    the workers: the groups on disk give the findings the groups in memory give."""
    documents, _ = quotecli.load([str(FIXTURES)])
    documents += engine_corpus.documents()
    expected = _rendered(check_documents(documents, jobs=1)[0])
    monkeypatch.setattr(engine, "SPILL_AFTER", spill_after)
    assert _rendered(check_documents(documents, jobs=jobs)[0]) == expected


def test_balanced_chunks_cover_every_index_once_and_balance_the_cost():
    costs = [100, 1, 1, 50, 50, 1, 1, 1, 1, 1]
    chunks = engine.balanced_chunks(costs, 3)
    assert sorted(i for c in chunks for i in c) == list(range(len(costs)))
    totals = sorted(sum(costs[i] for i in c) for c in chunks)
    assert totals[-1] == 100     # the big group alone; the rest spread over the others
    assert all(c == sorted(c) for c in chunks)
    assert engine.balanced_chunks([], 4) == []


@needs_shared
def test_jobs_give_the_same_findings_on_a_shared_corpus(always_parallel):
    corpus = SHARED / "corpora" / "wikinewssum"
    if not corpus.exists():
        pytest.skip("../shared/corpora/wikinewssum not present")
    documents, _ = quotecli.load([str(corpus)])
    documents = documents[:120]
    one, _ = check_documents(documents, jobs=1)
    two, _ = check_documents(documents, jobs=2)
    assert one and _rendered(one) == _rendered(two)


def test_cli_output_is_byte_identical_for_any_jobs(always_parallel, tmp_path):
    runner = CliRunner()
    outputs = []
    for jobs in ("1", "2"):
        result = runner.invoke(cli, ["check", str(FIXTURES), "--doc-date", "2022-07-12", "-f", "json",
                                     "-j", jobs, "--no-cache"], catch_exceptions=False)
        assert result.exit_code == 1
        outputs.append(result.output)
    assert outputs[0] == outputs[1]


def test_run_rules_on_ready_extractions_matches_the_document_path():
    documents = engine_corpus.documents(towns=3)
    extractions = [quotecli.extract(d) for d in documents]
    assert run_rules(extractions) == check_documents(documents)[0]


def test_total_order_breaks_ties_between_findings_at_one_place():
    rule = all_rules()[0]
    document = quotecli.from_text("Anna Kowalczyk spoke.", id="a.txt")
    here = quotecli.Location.of(document, 0, 4)
    there = quotecli.Location.of(document, 5, 14)
    a = rule.finding("same message", [here, there])
    b = rule.finding("same message", [here])
    assert a.sort_key() == b.sort_key()
    assert sorted([a, b], key=total_order) == sorted([b, a], key=total_order)


# --- the handle the rules hold --------------------------------------------------------

TEXT = "Flood in Riverton\n\nThe river rose on Monday.\r\nIt fell by Friday. \u00e9t\u00e9\n"


def test_handle_answers_like_the_document_after_it_is_released():
    document = quotecli.from_text(TEXT, id="t.txt")
    handle = DocumentHandle.of(document)
    before = handle.segments
    handle.release()
    assert handle.text == document.text
    assert handle.segments == before == document.segments
    for offset in range(len(document.text) + 1):
        assert handle.line_col(offset) == document.line_col(offset)
    assert (handle.id, handle.path, handle.date) == (document.id, document.path, document.date)


def test_handle_follows_an_html_offset_map():
    documents, _ = quotecli.load([str(FIXTURES / "border-summit" / "gazette.html")])
    document = documents[0]
    handle = DocumentHandle.of(document).release()
    for offset in range(0, len(document.text), 7):
        assert handle.line_col(offset) == document.line_col(offset)


def test_handles_of_one_article_stay_one_object_across_pickles():
    handle = DocumentHandle.of(quotecli.from_text(TEXT, id="t.txt"))
    first, second = pickle.loads(pickle.dumps(handle)), pickle.loads(pickle.dumps([handle, handle]))
    assert first is second[0] is second[1]
    other = DocumentHandle.of(quotecli.from_text(TEXT, id="t.txt"))
    assert pickle.loads(pickle.dumps(other)) is not first


def test_rule_items_hold_a_packed_handle_not_the_document():
    document = engine_corpus.documents(towns=1, outlets=1)[0]
    mapped = engine.map_document(document, all_rules())
    held = {id(getattr(item, "document", None)) for pairs in mapped.pairs for _, item in pairs}
    assert held == {id(mapped.handle)}
    assert mapped.handle._text is None and mapped.handle._packed
    assert len(mapped.handle._packed) < len(document.text.encode())


# --- options reach the workers ----------------------------------------------------------

def _confidence_rule() -> Rule:
    """A rule that reports the active minimum confidence, from its map and its compare."""
    def map_items(extraction):
        yield "all", (extraction.document.id, active().min_confidence)

    def compare(key, items):
        doc = quotecli.from_text("x", id="options.txt")
        seen = sorted({level for _, level in items} | {active().min_confidence})
        yield RULE.finding("seen: " + ",".join(seen), [quotecli.Location.of(doc, 0, 1)])

    RULE = Rule("QC999", "options-probe", "info", "Reports the active options.", map_items, compare)
    return RULE


def test_options_are_active_in_map_and_compare_workers(always_parallel, monkeypatch):
    from quotecli.check import registry

    probe = _confidence_rule()
    monkeypatch.setitem(registry._RULES, probe.id, probe)
    documents = engine_corpus.documents(towns=2)
    options = replace(CheckOptions(), min_confidence="high")
    for jobs in (1, 2):
        findings, _ = check_documents(documents, [probe], options=options, jobs=jobs)
        assert [f.message for f in findings] == ["seen: high"]


def _pair_rule(min_group: int, calls: list) -> Rule:
    """A rule that files each document under one shared key and under its own id (a
    singleton group), and notes every group it is asked to compare."""
    def mapper(extraction):
        return [("every", extraction.document.id), (extraction.document.id, extraction.document.id)]

    def comparer(key, items):
        calls.append((key, len(items)))
        return []

    return Rule("QC999", "test-pairs", "info", "Test rule.", mapper, comparer, min_group=min_group)


def test_groups_below_a_rules_min_group_are_never_compared():
    documents = [quotecli.from_text(text, id=f"d{i}") for i, text in enumerate(["One.", "Two.", "Three."])]
    everything, paired = [], []
    check_documents(documents, [_pair_rule(1, everything)], jobs=1)
    check_documents(documents, [_pair_rule(2, paired)], jobs=1)
    assert sorted(everything) == [("d0", 1), ("d1", 1), ("d2", 1), ("every", 3)]
    assert paired == [("every", 3)]


def test_the_collector_thresholds_are_raised_for_a_run_and_restored_after():
    import gc

    before = gc.get_threshold()
    with engine.few_collections():
        assert gc.get_threshold() == engine.GC_THRESHOLD
    assert gc.get_threshold() == before
    documents, _ = quotecli.load([str(FIXTURES)])
    check_documents(documents[:3], jobs=1)
    assert gc.get_threshold() == before


def test_an_item_under_keys_in_several_partitions_is_spilled_once(tmp_path):
    """One item under keys of different partitions: one pickled copy in the items file, and
    each partition reads it back under its own key."""
    from quotecli.check import spill
    from quotecli.document import Document

    handle = DocumentHandle.of(Document(id="a", path="a.txt", text="He said it twice."))
    keys, seen = [], set()
    for n in range(200):
        if spill.stable_digest(("k", n)) % spill.PARTITIONS not in seen:
            seen.add(spill.stable_digest(("k", n)) % spill.PARTITIONS)
            keys.append(("k", n))
        if len(keys) == 3:
            break
    item = ("an item", "x" * 1000)
    writer = spill.SpillWriter(str(tmp_path), "t")
    token, entry = writer.write(0, handle, [[(key, item) for key in keys]])
    writer.close()
    assert (tmp_path / "t.items").stat().st_size < 2 * len(pickle.dumps(item))
    read = [record for p in range(spill.PARTITIONS)
            for record in spill.read_partition(str(tmp_path), p, {token: entry})]
    assert sorted((r[3], r[4]) for r in read) == sorted((key, item) for key in keys)


def _square_and_pid(i: int) -> tuple[int, int]:
    import os
    import time

    time.sleep(0.05)
    return i * i, os.getpid()


def test_shared_out_keeps_order_and_this_process_takes_a_share():
    """The pool's workers take tasks from the front, this process from the back; every result
    comes back once, in task order, and this process did some of them itself."""
    import os
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=1, mp_context=engine._fork()) as pool:
        results = engine.shared_out(pool, _square_and_pid, 8)
    assert [value for value, _ in results] == [i * i for i in range(8)]
    assert results[-1][1] == os.getpid()


def test_a_document_mapped_here_and_one_mapped_in_a_worker_give_one_output(always_parallel, monkeypatch):
    """With a window of one batch, most documents are mapped in this process while the
    worker maps the rest: the findings are still those of one process."""
    monkeypatch.setattr(engine, "IN_FLIGHT_PER_JOB", 1)
    documents, _ = quotecli.load([str(FIXTURES)])
    documents += engine_corpus.documents()
    assert _rendered(check_documents(documents, jobs=2)[0]) == _rendered(check_documents(documents, jobs=1)[0])


# --- what the parent loads before the map workers fork ------------------------------------

def _warm_calls(monkeypatch) -> list:
    calls: list = []
    real = engine._warm
    monkeypatch.setattr(engine, "_warm", lambda rules: (calls.append(len(rules)), real(rules)))
    return calls


def test_a_parallel_run_without_cache_loads_the_extractors_before_forking(always_parallel, monkeypatch):
    calls = _warm_calls(monkeypatch)
    documents, _ = quotecli.load([str(FIXTURES)])
    parallel, _ = check_documents(documents, jobs=2)
    assert calls == [len(all_rules())]
    assert _rendered(parallel) == _rendered(check_documents(documents, jobs=1)[0])


def test_a_one_process_run_or_a_cached_run_loads_nothing_ahead(always_parallel, monkeypatch, tmp_path):
    from quotecli.cache import Cache

    calls = _warm_calls(monkeypatch)
    documents, _ = quotecli.load([str(FIXTURES)])
    check_documents(documents, jobs=1)
    check_documents(documents, jobs=2, cache=Cache(tmp_path / "cache"))
    assert calls == []


def test_line_starts_are_found_for_every_kind_of_line_end():
    for text in ["", "one line", "\n", "\n\nlead\n", "a\r\nb\nc\n\n", "no end\nlast"]:
        document = quotecli.from_text(text, id="t.txt")
        expected = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        assert document._line_starts == expected, text
    document = quotecli.from_text("first\nsecond", id="t.txt")
    assert document.line_col(0) == (1, 1) and document.line_col(6) == (2, 1)
    assert document.line_col(5) == (1, 6)   # the line break itself belongs to the first line
