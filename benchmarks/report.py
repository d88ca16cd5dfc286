"""Small helpers shared by the benchmarks: timing, percentiles and one printed line per figure."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def time_each(action: Callable[[int], object], repeats: int) -> list[float]:
    """Seconds taken by action(i) for i in range(repeats)."""
    samples = []
    for i in range(repeats):
        start = time.perf_counter()
        action(i)
        samples.append(time.perf_counter() - start)
    return samples


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def p95_ms(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] * 1000


def verdict(label: str, value: float, target: float, unit: str = "×") -> bool:
    ok = value <= target
    print(f"  {label}: {value:.2f}{unit} (target ≤ {target:g}{unit}) {'PASS' if ok else 'MISS'}")
    return ok
