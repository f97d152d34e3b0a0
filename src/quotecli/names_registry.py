"""The names registry: the spellings a newsroom has decided on, kept in a TOML file.

Edit distance cannot know that Michael Steel and Michael Steele are two people,
nor which of two spellings a style guide chose. A registry says so once::

    # quotecli-names.toml
    drop-accents = false        # true for outlets whose house style writes "Lopez"

    distinct = [["Michael Steel", "Michael Steele"]]

    [names."Andrés Manuel López Obrador"]
    aliases = ["AMLO", "López Obrador"]       # other names of the person: grouped with it
    accept = ["Andres Manuel Lopez Obrador"]  # variants that are not errors
    must-match = ["Andres Manual Lopez Obrador"]   # self-tests, run on load
    must-not-match = ["Andres Manuel"]

The name rules read it from ``quotecli.check.options.active().registry``: its
spelling beats the majority, accepted variants and distinct pairs are silent,
aliases and accepted variants resolve to the canonical name when mentions are
grouped. Self-tests run when the file loads (as textlint's prh does): a variant
listed under ``must-match`` has to resolve to the entry (as itself, an alias, an
accepted variant or a misspelling of it), a name under ``must-not-match`` must
not. A malformed file or a failing self-test raises :class:`RegistryError`, whose
message names the file and the entry.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Sequence

from .names import name_tokens, spelling_distance

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

Tokens = tuple[str, ...]
_TOP_KEYS = {"names", "distinct", "drop-accents"}
_ENTRY_KEYS = {"aliases", "accept", "must-match", "must-not-match"}


class RegistryError(ValueError):
    """A names registry that cannot be used: unreadable, malformed, or a failing self-test."""


@dataclass(frozen=True)
class Entry:
    """One person (or organisation) as the registry spells it."""

    canonical: str
    aliases: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()
    must_match: tuple[str, ...] = ()
    must_not_match: tuple[str, ...] = ()

    @property
    def tokens(self) -> Tokens:
        return name_tokens(self.canonical)


@dataclass
class NamesRegistry:
    """A loaded registry, answering the questions the name rules ask about two forms."""

    path: str = "<registry>"
    entries: list[Entry] = field(default_factory=list)
    distinct_pairs: set[frozenset[Tokens]] = field(default_factory=set)
    drop_accents: bool = False
    _resolve: dict[Tokens, Tokens] = field(default_factory=dict, repr=False)
    _canonical: dict[Tokens, Entry] = field(default_factory=dict, repr=False)

    def add(self, entry: Entry) -> None:
        self.entries.append(entry)
        self._canonical[entry.tokens] = entry
        for other in (*entry.aliases, *entry.accept):
            self._resolve[name_tokens(other)] = entry.tokens

    def resolve(self, tokens: Sequence[str]) -> Tokens:
        """The canonical tokens for an alias or accepted variant; other names unchanged."""
        tokens = tuple(tokens)
        return self._resolve.get(tokens, tokens)

    def canonical(self, tokens: Sequence[str]) -> Optional[Entry]:
        """The entry whose canonical spelling these (resolved) tokens are, if any."""
        return self._canonical.get(self.resolve(tokens))

    def distinct(self, a: Sequence[str], b: Sequence[str]) -> bool:
        """Whether the registry says the two names are two different people."""
        return frozenset((self.resolve(a), self.resolve(b))) in self.distinct_pairs

    def lookup(self, written: str) -> Optional[Entry]:
        """The entry a written name belongs to: itself, an alias, an accepted variant, or
        a misspelling of the canonical spelling (and not a name listed as distinct from it)."""
        tokens = name_tokens(written)
        entry = self.canonical(tokens)
        if entry is not None:
            return entry
        for candidate in self.entries:
            if spelling_distance(tokens, candidate.tokens) and not self.distinct(tokens, candidate.tokens):
                return candidate
        return None

    def self_test(self) -> None:
        """Run every entry's ``must-match`` / ``must-not-match`` examples."""
        for entry in self.entries:
            for written in entry.must_match:
                if self.lookup(written) is not entry:
                    raise RegistryError(f"{self.path}: entry '{entry.canonical}': self-test failed: "
                                        f"'{written}' must match it but does not")
            for written in entry.must_not_match:
                if self.lookup(written) is entry:
                    raise RegistryError(f"{self.path}: entry '{entry.canonical}': self-test failed: "
                                        f"'{written}' must not match it but does")


def load_registry(path: str | Path) -> NamesRegistry:
    """Read, validate and self-test a registry file; :class:`RegistryError` when it is unusable."""
    where = str(path)
    try:
        with open(path, "rb") as stream:
            data = tomllib.load(stream)
    except OSError as error:
        raise RegistryError(f"{where}: cannot read the names registry: {error.strerror or error}") from None
    except tomllib.TOMLDecodeError as error:
        raise RegistryError(f"{where}: not valid TOML: {error}") from None
    return registry_from_dict(data, where)


def registry_from_dict(data: dict[str, Any], where: str = "<registry>") -> NamesRegistry:
    """A registry from already-parsed TOML (what :func:`load_registry` reads), self-tested."""
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise RegistryError(f"{where}: unknown key '{unknown[0]}' (expected {', '.join(sorted(_TOP_KEYS))})")
    drop_accents = data.get("drop-accents", False)
    if not isinstance(drop_accents, bool):
        raise RegistryError(f"{where}: 'drop-accents' must be true or false")
    registry = NamesRegistry(path=where, drop_accents=drop_accents)
    names = data.get("names", {})
    if not isinstance(names, dict):
        raise RegistryError(f"{where}: 'names' must be a table of names")
    for canonical, spec in names.items():
        registry.add(_entry(canonical, spec, where))
    distinct = data.get("distinct", [])
    if not isinstance(distinct, list):
        raise RegistryError(f"{where}: 'distinct' must be a list of pairs of names")
    for pair in distinct:
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(n, str) and name_tokens(n) for n in pair)):
            raise RegistryError(f"{where}: 'distinct' entry {pair!r} must be a pair of two names")
        registry.distinct_pairs.add(frozenset(registry.resolve(name_tokens(n)) for n in pair))
    registry.self_test()
    return registry


def _entry(canonical: str, spec: Any, where: str) -> Entry:
    if not name_tokens(canonical):
        raise RegistryError(f"{where}: entry '{canonical}': not a name")
    if not isinstance(spec, dict):
        raise RegistryError(f"{where}: entry '{canonical}': must be a table (aliases, accept, must-match, "
                            "must-not-match)")
    unknown = sorted(set(spec) - _ENTRY_KEYS)
    if unknown:
        raise RegistryError(f"{where}: entry '{canonical}': unknown key '{unknown[0]}' "
                            f"(expected {', '.join(sorted(_ENTRY_KEYS))})")
    lists = {}
    for key in _ENTRY_KEYS:
        value = spec.get(key, [])
        if not (isinstance(value, list) and all(isinstance(v, str) and name_tokens(v) for v in value)):
            raise RegistryError(f"{where}: entry '{canonical}': '{key}' must be a list of names")
        lists[key.replace("-", "_")] = tuple(value)
    return Entry(canonical, **lists)


__all__ = ["NamesRegistry", "Entry", "RegistryError", "load_registry", "registry_from_dict"]
