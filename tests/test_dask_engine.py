"""The Dask engine finds what the local engine finds, in the same order, on a real
LocalCluster of two worker processes."""

from __future__ import annotations

import pytest

import quotecli
from quotecli.check.dask_engine import check_with_dask
from quotecli.check.spill import stable_digest
from quotecli.check.engine import check_documents

import engine_corpus
from conftest import FIXTURES, SHARED

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0", memory_limit="1GiB") as cluster, \
            distributed.Client(cluster) as client:
        yield client


def test_dask_findings_equal_the_local_engine_on_the_fixtures(client):
    documents, _ = quotecli.load([str(FIXTURES)])
    documents += engine_corpus.documents()
    local, count = check_documents(documents)
    remote, remote_count = check_with_dask(documents, client=client)
    assert local and remote == local and remote_count == count
    assert [f.to_dict() for f in remote] == [f.to_dict() for f in local]


def test_dask_findings_equal_the_local_engine_on_a_shared_corpus(client):
    corpus = SHARED / "corpora" / "wikinewssum"
    if not corpus.exists():
        pytest.skip("../shared/corpora/wikinewssum not present")
    documents = quotecli.load([str(corpus)])[0][:40]
    local, _ = check_documents(documents)
    remote, _ = check_with_dask(documents, client=client)
    assert local and [f.to_dict() for f in remote] == [f.to_dict() for f in local]


def test_dask_on_no_documents_finds_nothing(client):
    assert check_with_dask([], client=client) == ([], 0)


def test_group_digests_ignore_set_order():
    assert stable_digest(("a", frozenset({"x", "y", "z"}))) == stable_digest(("a", frozenset({"z", "y", "x"})))
    assert stable_digest(("a", 1)) != stable_digest(("a", "1"))


def test_the_check_command_runs_on_dask_with_the_same_output():
    from click.testing import CliRunner

    from quotecli.cli import cli

    runner = CliRunner()
    common = ["check", str(FIXTURES), "--doc-date", "2022-07-12", "-f", "json", "-j", "2"]
    local = runner.invoke(cli, common + ["--no-cache"], catch_exceptions=False)
    remote = runner.invoke(cli, common + ["--engine", "dask"], catch_exceptions=False)
    assert remote.exit_code == local.exit_code == 1
    assert remote.stdout == local.stdout


def test_a_scheduler_needs_the_dask_engine():
    from click.testing import CliRunner

    from quotecli.cli import cli

    result = CliRunner().invoke(cli, ["check", str(FIXTURES), "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2 and "--engine dask" in result.output
