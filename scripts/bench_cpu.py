"""Where a bench's processor time went: CPU seconds of process trees, read from /proc (Linux).

A tree's time is each live process's own time plus the time of the children it has reaped, so
workers that came and went (gunicorn's, celery's, PostgreSQL's backends) are counted too.
"""

from __future__ import annotations

import os
import resource
from pathlib import Path

_TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> tuple[int, float] | None:
    """The parent's pid and the CPU seconds of the process and its reaped children; None once it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text.rsplit(")", 1)[1].split()  # after the command name, which may hold spaces
    ppid = int(fields[1])
    utime, stime, cutime, cstime = (int(value) for value in fields[11:15])
    return ppid, (utime + stime + cutime + cstime) / _TICK


def tree_seconds(root: int) -> float:
    """CPU seconds of the process and every process under it, living or reaped."""
    stats = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (stat := _stat(int(entry.name))) is not None:
            stats[int(entry.name)] = stat
    children: dict[int, list[int]] = {}
    for pid, (ppid, _) in stats.items():
        children.setdefault(ppid, []).append(pid)
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        if pid in stats:
            total += stats[pid][1]
        todo.extend(children.get(pid, []))
    return total


def own_seconds() -> float:
    """CPU seconds of this process (all its threads)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def parent_of(pid: int) -> int | None:
    stat = _stat(pid)
    return stat[0] if stat else None


def pid_of(command: str) -> int | None:
    """The oldest process whose command name is this one (e.g. the Redis server), if any."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "comm").read_text().strip() == command:
                    found.append(int(entry.name))
            except OSError:
                continue
    return min(found) if found else None


class CpuLedger:
    """CPU seconds of named process trees (and of this process) between ``start()`` and ``stop()``."""

    def __init__(self, roots: dict[str, int | None]) -> None:
        self.roots = {name: pid for name, pid in roots.items() if pid is not None}
        self.spent: dict[str, float] = {}

    def _read(self) -> dict[str, float]:
        return {name: tree_seconds(pid) for name, pid in self.roots.items()} | {"load": own_seconds()}

    def start(self) -> None:
        self._started = self._read()

    def stop(self) -> dict[str, float]:
        ended = self._read()
        self.spent = {name: ended[name] - self._started[name] for name in ended}
        return self.spent
