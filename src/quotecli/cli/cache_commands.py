"""``cache info`` and ``cache clear``: the SQLite cache of per-document results."""

from __future__ import annotations

import click

from ..report.safety import terminal
from .app import cli


def _open(cache_dir):
    from ..cache import Cache

    return Cache(cache_dir, warn=lambda m: click.echo(terminal(f"quotecli: warning: {m}"), err=True))


@cli.group(name="cache")
def cache_group() -> None:
    """Inspect or empty the cache of per-document results."""


@cache_group.command(name="info")
@click.option("--cache-dir", type=click.Path(file_okay=False), metavar="DIR", help="Cache folder.")
def cache_info(cache_dir):
    """Where the cache is, how many documents it holds and its size."""
    with _open(cache_dir) as cache:
        info = cache.info()
    click.echo(f"path: {info['path']}\nentries: {info['entries']}\n"
               f"size: {info['file_bytes'] / 1e6:.1f} MB on disk ({info['stored_bytes'] / 1e6:.1f} MB of entries)\n"
               f"code: {info['code']}")


@cache_group.command(name="clear")
@click.option("--cache-dir", type=click.Path(file_okay=False), metavar="DIR", help="Cache folder.")
def cache_clear(cache_dir):
    """Delete every cached result."""
    with _open(cache_dir) as cache:
        removed = cache.clear()
    click.echo(f"removed {removed} entries from {cache.path}")
