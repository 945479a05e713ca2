"""One program per database file, without Qt: the CLI's side of the desktop's `<db>.lock`.

The desktop holds `<db>.lock` with Qt's QLockFile for as long as it runs (`ui/app.py`). A command
that writes behind the desktop's back (`db restore`, `outbox send`) takes the same lock here, in
the same format, so that each refuses while the other has the file:

- the file is created exclusively and holds QLockFile's lines: pid, program name, host name,
  machine id, boot id;
- on POSIX an exclusive `flock` is held on it for as long as the lock is held (QLockFile does
  the same, and refuses to remove a lock file someone holds a `flock` on);
- a lock left by a program that is gone (its pid no longer runs that program on this host, and
  no `flock` is held) is stale and taken over, as QLockFile does.
"""

from __future__ import annotations

import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from crm_desktop.services.core.errors import CrmError, error_code

HELD = error_code("db.locked", "{path} is open in another CRM Desktop program (process {pid} "
                  "on {host}); close it first, or run this there")
LOCK_FAILED = error_code("db.lock_failed", "Cannot lock {path}: {reason}")

if sys.platform != "win32":
    import fcntl
else:  # pragma: no cover - Windows
    fcntl = None


@dataclass(frozen=True)
class Owner:
    pid: int
    program: str
    host: str


def lock_path(database: Path) -> Path:
    return Path(f"{database}.lock")


def _first_line(path: str) -> str:
    try:
        with open(path, encoding="ascii", errors="replace") as file:
            return file.readline().strip()
    except OSError:
        return ""


def _program_of(pid: int) -> str:
    """What QLockFile records and compares: the file name of the process's executable."""
    try:
        return os.path.basename(os.readlink(f"/proc/{pid}/exe"))
    except OSError:
        return ""


def _contents() -> bytes:
    machine = _first_line("/etc/machine-id") or _first_line("/var/lib/dbus/machine-id")
    boot = _first_line("/proc/sys/kernel/random/boot_id")
    program = _program_of(os.getpid()) or os.path.basename(sys.executable)
    return f"{os.getpid()}\n{program}\n{socket.gethostname()}\n{machine}\n{boot}\n" \
        .encode()


def owner(database: Path) -> Owner | None:
    """Who holds the database's lock file (as it says), or None when there is none."""
    try:
        lines = lock_path(database).read_bytes().decode(errors="replace").split("\n")
    except OSError:
        return None
    try:
        pid = int(lines[0])
    except (ValueError, IndexError):
        pid = 0
    return Owner(pid, lines[1] if len(lines) > 1 else "", lines[2] if len(lines) > 2 else "")


def _flock_held(path: Path) -> bool | None:
    """True when someone holds a flock on `path`, False when not, None when we cannot tell."""
    if fcntl is None:
        return None
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return None
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def _alive(who: Owner) -> bool:
    if who.host and who.host != socket.gethostname():
        return True  # another machine's program: we cannot tell, so it holds the file
    if who.pid <= 0:
        return False
    if who.pid == os.getpid():
        return True
    try:
        os.kill(who.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # it runs, as another user
    except OSError:
        return True
    running = _program_of(who.pid)
    return not (running and who.program and running != who.program)  # a reused pid


def holder(database: Path) -> Owner | None:
    """The program that holds the database now, or None when it is free (or the lock stale)."""
    path = lock_path(database)
    if not path.exists():
        return None
    held = _flock_held(path)
    who = owner(database) or Owner(0, "", "")
    if held:
        return who
    return who if _alive(who) else None


class DatabaseLock:
    """`with DatabaseLock(path):` holds `<path>.lock` or raises CrmError `db.locked`."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = lock_path(database)
        self._fd: int | None = None

    def acquire(self) -> None:
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                who = holder(self.database)
                if who is not None:
                    raise CrmError(HELD, path=self.database, pid=who.pid,
                                   host=who.host or "this computer") from None
                self._remove_stale()
                continue
            except OSError as exc:
                raise CrmError(LOCK_FAILED, path=self.database,
                               reason=exc.strerror or str(exc)) from exc
            try:
                if fcntl is not None:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                os.write(fd, _contents())
            except OSError as exc:
                os.close(fd)
                self.path.unlink(missing_ok=True)
                raise CrmError(LOCK_FAILED, path=self.database,
                               reason=exc.strerror or str(exc)) from exc
            self._fd = fd
            return
        who = owner(self.database) or Owner(0, "", "")
        raise CrmError(HELD, path=self.database, pid=who.pid, host=who.host or "this computer")

    def _remove_stale(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except OSError:
            return
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            self.path.unlink(missing_ok=True)
        except OSError:
            pass  # someone took it meanwhile: the next attempt says who
        finally:
            os.close(fd)

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        finally:
            os.close(self._fd)  # closing drops the flock
            self._fd = None

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, _type: type[BaseException] | None, _exc: BaseException | None,
                 _tb: TracebackType | None) -> None:
        self.release()
