"""Project configuration: ``[tool.quotecli]`` in ``pyproject.toml``, or a ``quotecli.toml``.

Settings are layered: built-in defaults < the configuration file < command-line
flags, and every effective value remembers where it came from (``quotecli
config`` prints that), because "why is QC103 a warning here?" is the first
question a newsroom asks of a shared setup. The file is found from the working
directory upwards (``quotecli.toml`` before ``pyproject.toml`` in one folder,
a ``pyproject.toml`` only counts when it has a ``[tool.quotecli]`` table), the
way ruff and sqlfluff find theirs; ``--config FILE`` names one, ``--isolated``
ignores them all.

A configuration that cannot be trusted is refused whole: an unknown key, a
wrong type or an unreadable file is a :class:`ConfigError` naming the file and
the key, never a silent default.
"""

from __future__ import annotations

import datetime
import functools
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, Optional, Sequence

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.9/3.10 only
    import tomli as tomllib

from .check.model import SEVERITIES

CONFIG_NAMES = ("quotecli.toml", "pyproject.toml")
FAIL_ON = ("error", "warning", "info", "never")
DEFAULT = "default"


class ConfigError(Exception):
    """A configuration file that cannot be used: ``str()`` is the one line to print."""

    def __init__(self, path: object, message: str):
        super().__init__(f"{_display(path) if isinstance(path, Path) else path}: {message}")
        self.path = path


class _BadEntry(ValueError):
    """A value whose message is complete as it is (no "must be …, got …" wrapping)."""


def _string_list(value: Any) -> list[str]:
    """A list of strings; one string is taken as a comma-separated list (``"QC1,QC4"``)."""
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError("a list of strings")
    return [v.strip() for v in value if v.strip()]


def _choice(options: Sequence[str]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if not isinstance(value, str) or value not in options:
            raise TypeError("one of " + ", ".join(repr(o) for o in options))
        return value

    return check


def _iso_date(value: Any) -> str:
    from .sources.dates import normalise_date

    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value.isoformat()
    iso = normalise_date(value) if isinstance(value, str) else None
    if iso is None:
        raise TypeError("a full date, YYYY-MM-DD")
    return iso


def _jobs(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise TypeError("a whole number of worker processes, 0 or more (0: one per core)")
    return value


def _path(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise TypeError("a file path (relative to the configuration file)")
    return value


def _severities(value: Any) -> dict[str, str]:
    from .check import find_rule

    if not isinstance(value, dict):
        raise TypeError('a table of rule = severity, e.g. QC103 = "warning"')
    result = {}
    for key, severity in value.items():
        rule = find_rule(key)
        if rule is None:
            raise _BadEntry(f"severity: {key!r} is no rule (see `quotecli rules`)")
        if severity not in SEVERITIES:
            raise _BadEntry(f"severity: {key} = {_toml_repr(severity)} is not a severity (error, warning or info)")
        result[rule.id] = severity
    return result


def _formats() -> tuple[str, ...]:
    from .report import FINDING_FORMATS

    return FINDING_FORMATS


@dataclass(frozen=True)
class Key:
    """One setting: its TOML name, how a file value is checked, its default, what it does."""

    name: str
    parse: Callable[[Any], Any]
    default: Any
    help: str
    relative_paths: bool = False


KEYS: dict[str, Key] = {k.name: k for k in [
    Key("paths", _string_list, [], "what `quotecli check` reads when no PATHS are given (the corpus)", True),
    Key("select", _string_list, [], "rules to run: ids or names, prefixes allowed (empty: all)"),
    Key("ignore", _string_list, [], "rules to skip (same syntax as select)"),
    Key("severity", _severities, {}, "per-rule severity overrides, e.g. QC103 = \"warning\""),
    Key("fail-on", lambda v: _choice(FAIL_ON)(v), "error", "lowest severity that makes `check` exit 1"),
    Key("include", _string_list, [], "only files matching one of these globs (relative to the config file)"),
    Key("exclude", _string_list, [], "files matching one of these globs are not read"),
    Key("format", lambda v: _choice(_formats())(v), None, "default output format of `check` (else table on a terminal, text piped)"),
    Key("doc-date", _iso_date, None, "document date for articles that state none"),
    Key("jobs", _jobs, 0, "worker processes for extraction and the rules (0: one per core)"),
    Key("names-registry", _path, None, "a names registry TOML file (relative to the config file)", True),
]}


@dataclass
class Settings:
    """Effective settings: ``values[key]`` and ``origins[key]`` (``default``, a file, or a flag)."""

    values: dict[str, Any]
    origins: dict[str, str]
    file: Optional[Path] = None
    root: Path = field(default_factory=Path.cwd)

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    def rows(self) -> list[dict[str, Any]]:
        """One row per setting, for ``quotecli config``."""
        return [{"key": k, "value": self.values[k], "source": self.origins[k]} for k in KEYS]

    def is_included(self, path: str) -> bool:
        """Whether ``include``/``exclude`` let ``path`` (as read) through; standard input always passes."""
        if path == "-" or not (self.values["include"] or self.values["exclude"]):
            return True   # no patterns: skip resolving the path (a stat per file on a big corpus)
        relative = _relative_to(path, self.root)
        if self.values["include"] and not any(_glob_match(g, relative) for g in self.values["include"]):
            return False
        return not any(_glob_match(g, relative) for g in self.values["exclude"])


def find_config(start: Optional[Path] = None) -> Optional[Path]:
    """The first ``quotecli.toml``, or ``pyproject.toml`` with ``[tool.quotecli]``, from ``start`` upwards."""
    folder = (start or Path.cwd()).resolve()
    for candidate in [folder, *folder.parents]:
        for name in CONFIG_NAMES:
            path = candidate / name
            if path.is_file() and (name != "pyproject.toml" or _has_tool_table(path)):
                return path
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        data = _read_toml(path)
    except ConfigError:
        return True  # a broken pyproject.toml that mentions us is reported, not passed over
    return isinstance(data.get("tool"), dict) and "quotecli" in data["tool"]


def _read_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(path, f"cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, f"invalid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(path, "invalid TOML: not UTF-8") from None


def _table(path: Path) -> tuple[dict, str]:
    """The quotecli table of a config file and how to name it in messages."""
    data = _read_toml(path)
    tool = data.get("tool")
    if isinstance(tool, dict) and "quotecli" in tool:
        table, where = tool["quotecli"], "[tool.quotecli]"
    elif path.name == "pyproject.toml":
        return {}, "[tool.quotecli]"
    else:
        table, where = data, "the file's top level"
    if not isinstance(table, dict):
        raise ConfigError(path, f"{where} must be a table")
    return table, where


def read_file(path: Path) -> dict[str, Any]:
    """The checked values a configuration file sets (paths made relative to the working directory)."""
    table, where = _table(path)
    values: dict[str, Any] = {}
    for raw_key, raw_value in table.items():
        name = raw_key.replace("_", "-")
        key = KEYS.get(name)
        if key is None:
            raise ConfigError(path, f"unknown key {raw_key!r} at {where} (known: {', '.join(KEYS)})"
                              if where.startswith("the") else
                              f"unknown key {raw_key!r} in {where} (known: {', '.join(KEYS)})")
        try:
            value = key.parse(raw_value)
        except _BadEntry as exc:
            raise ConfigError(path, str(exc)) from None
        except TypeError as exc:
            raise ConfigError(path, f"{raw_key} must be {exc} (got {_toml_repr(raw_value)})") from None
        if key.relative_paths:
            value = _rebase(value, path.parent)
            if name == "names-registry" and not os.path.isfile(value):
                raise ConfigError(path, f"names-registry: no such file {value}")
        values[name] = value
    return values


def _rebase(value: Any, folder: Path) -> Any:
    """Paths written relative to the config file, as paths usable from the working directory."""
    if isinstance(value, list):
        return [_rebase(v, folder) for v in value]
    absolute = (folder / value).resolve()
    try:
        return os.path.relpath(absolute)
    except ValueError:  # another drive (Windows)
        return str(absolute)


def _toml_repr(value: Any) -> str:
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    return repr(value)


def resolve(flags: Mapping[str, Any], config: Optional[str] = None, isolated: bool = False,
            start: Optional[Path] = None) -> Settings:
    """Defaults < file < ``flags`` (a value of None, or an empty tuple, is a flag not given).

    ``flags`` maps setting names to ``(value, "--flag")`` pairs.
    """
    values = {name: key.default for name, key in KEYS.items()}
    origins = {name: DEFAULT for name in KEYS}
    path: Optional[Path] = None
    if config is not None:
        path = Path(config)
        if not path.is_file():
            raise ConfigError(config, "no such configuration file")
    elif not isolated:
        path = find_config(start)
    if path is not None:
        for name, value in read_file(path).items():
            values[name] = value
            origins[name] = _display(path)
    for name, (value, flag) in flags.items():
        if value is None or value == ():
            continue
        values[name] = list(value) if isinstance(value, tuple) else value
        origins[name] = f"command line ({flag})"
    root = path.parent.resolve() if path is not None else Path.cwd()
    return Settings(values, origins, path, root)


def validate_rule_prefixes(settings: Settings) -> None:
    """Every ``select``/``ignore`` entry must name some rule: a typo there silently disables checks."""
    from .check import all_rules

    rules = all_rules()
    for name in ("select", "ignore"):
        for prefix in settings.values[name]:
            p = prefix.strip().lower()
            if not any(r.id.lower().startswith(p) or r.name.startswith(p) for r in rules):
                raise ConfigError(settings.origins[name] if settings.origins[name] != DEFAULT else name,
                                  f"{name}: {prefix!r} matches no rule (see `quotecli rules`)")


def _display(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def _relative_to(path: str, root: Path) -> str:
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(root).as_posix()
    except ValueError:
        return Path(path).as_posix()


@functools.lru_cache(maxsize=256)
def _glob_regex(pattern: str) -> "re.Pattern[str]":
    """A gitignore-like glob: ``*`` within a folder, ``**`` across folders, ``?`` one character;
    a pattern without ``/`` matches a file or folder name at any depth."""
    pattern = pattern.strip().rstrip("/")
    anchored = "/" in pattern
    pattern = pattern.lstrip("/")
    out = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    body = "".join(out)
    prefix = "" if anchored else "(?:.*/)?"
    return re.compile(rf"{prefix}{body}(?:/.*)?\Z")


def _glob_match(pattern: str, path: str) -> bool:
    return _glob_regex(pattern).match(path) is not None
