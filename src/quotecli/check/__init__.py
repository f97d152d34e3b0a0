"""The corpus-wide "group-by": rules compare what extractors found across and inside documents."""

from .engine import run_rules
from .options import CheckOptions
from .model import Finding, Location, SEVERITIES, severity_rank
from .registry import Rule, all_rules, find_rule, select_rules

__all__ = ["run_rules", "CheckOptions", "Finding", "Location", "SEVERITIES", "severity_rank", "Rule", "all_rules", "find_rule", "select_rules"]
