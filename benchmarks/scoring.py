"""Shared scoring for the evaluation scripts: one-to-one span matching and P/R/F1."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence, TypeVar

P = TypeVar("P")
G = TypeVar("G")


@dataclass
class PRF:
    """Counts of true positives, predictions and gold items, with P/R/F1 from them."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp += tp
        self.predicted += predicted
        self.gold += gold

    def row(self, label: str) -> str:
        return (f"{label:<28} P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
                f"(tp={self.tp}, predicted={self.predicted}, gold={self.gold})")


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Character intersection over union of two ``(start, end)`` spans."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return max(a[0], b[0]) < min(a[1], b[1])


def greedy_match(predicted: Sequence[P], gold: Sequence[G],
                 similarity: Callable[[P, G], float], threshold: float) -> list[tuple[P, G]]:
    """Pair predictions with gold items one to one, best similarity first.

    Pairs under ``threshold`` never match (the PolNeAR protocol uses IoU >= 0.5;
    relaxed matching of numbers and dates uses any overlap).
    """
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            score = similarity(p, g)
            if score >= threshold and score > 0:
                candidates.append((score, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((predicted[i], gold[j]))
    return pairs
