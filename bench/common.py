"""Shared bench helpers: the large database and percentile arithmetic."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
LARGE_DB = Path(os.environ.get("CRM_BENCH_DB", BENCH_DIR / "large.sqlite3"))


def build_large(path: Path = LARGE_DB, force: bool = False) -> tuple[float, float]:
    """Create the large demo database; returns (seconds, peak memory in MB) of the child."""
    if path.exists() and not force:
        return 0.0, 0.0
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "crm_desktop", "demo", "--scale", "large", "--db",
                    str(path)], check=True, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak_mb


def pct(samples: list[float], q: float) -> float:
    """The q-th percentile (0-100) in milliseconds of samples given in seconds."""
    ordered = sorted(samples)
    if len(ordered) == 1:
        return ordered[0] * 1000
    return statistics.quantiles(ordered, n=100, method="inclusive")[int(q) - 1] * 1000
