"""``config``, ``rules`` and ``rule``: the effective settings, and the rules explaining themselves."""

from __future__ import annotations

import click

from ..check import all_rules, find_rule
from ..report import RECORD_FORMATS, write_records
from .app import cli
from .inputs import load_settings
from .output import csv_safety, open_output, output_options


@cli.command(name="config")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Read settings from this file instead of the quotecli.toml/pyproject.toml found upwards.")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@output_options(RECORD_FORMATS, "jsonl")
def config_command(config_file, isolated, fmt, output):
    """Print the effective settings and where each one comes from (default, a file, a flag)."""
    settings = load_settings(config_file, isolated)
    rows = settings.rows()
    with open_output(output) as stream:
        if fmt in ("json", "jsonl"):
            write_records(rows, fmt, stream, [])
        else:
            from tabulate import tabulate

            shown = [[r["key"], _setting_text(r["value"]), r["source"]] for r in rows]
            stream.write(tabulate(shown, headers=["key", "value", "source"],
                                  tablefmt="github" if fmt == "markdown" else "simple") + "\n")


def _setting_text(value) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, dict):
        return ", ".join(f"{k} = {v}" for k, v in value.items()) or "(none)"
    if isinstance(value, list):
        return ", ".join(value) or "(none)"
    return str(value)


@cli.command(name="rules")
@output_options(RECORD_FORMATS, "jsonl")
def rules_command(fmt, output):
    """List every rule: id, name, severity and what it checks."""
    rows = [{"id": r.id, "name": r.name, "severity": r.severity, "summary": r.summary} for r in all_rules(None)]
    with open_output(output) as stream:
        if fmt in ("table", "markdown"):
            from tabulate import tabulate

            stream.write(tabulate([list(r.values()) for r in rows], headers=list(rows[0]) if rows else [],
                                  tablefmt="simple" if fmt == "table" else "github") + "\n")
        else:
            write_records(rows, fmt, stream, [], csv_safety=csv_safety())


@cli.command(name="rule")
@click.argument("rule_id")
def rule_command(rule_id):
    """Explain one rule (by id or name): what it checks, why, an example, how to silence it."""
    rule = find_rule(rule_id)
    if rule is None:
        raise click.UsageError(f"no rule {rule_id!r} (see `quotecli rules`)")
    click.echo(f"{rule.id} {rule.name} ({rule.severity})\n")
    click.echo(rule.explanation)
    if rule.example_bad:
        click.echo("\nReported:\n" + "\n".join("    " + line for line in rule.example_bad.splitlines()))
    if rule.example_good:
        click.echo("\nNot reported:\n" + "\n".join("    " + line for line in rule.example_good.splitlines()))
    click.echo(f"\nSilence it with --ignore {rule.id} (or --ignore {rule.name}).")
