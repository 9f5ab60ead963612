"""Writing outputs so that an interrupted build never leaves a half-written file.

Each output is written to a hidden temporary file in its own folder
(``.graph.ttl.<pid>.<random>.tmp``) and renamed over the old one; a rename within a folder
is atomic, so a reader sees the old file or the new one, never a mix. A process killed
outright (SIGKILL, power loss) leaves its temporary file behind; the next build removes it
(``remove_stale_temps``), recognising it by the dead process id in its name.
"""

from __future__ import annotations

import io
import os
import pickle
import re
import signal
import struct
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import NamedTuple, TypeVar

T = TypeVar("T")

_TEMP = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[^.]+\.tmp$")


class FileSlice(NamedTuple):
    """Bytes ``start`` to ``end`` of the file at ``path``, as a piece of an output: the kernel copies them
    (``os.copy_file_range``), so a graph made of cached fragments is never read into this process."""

    path: str
    start: int
    end: int


# Text, bytes, or pieces of those and of files (a big graph is never one string).
Data = str | bytes | Iterable[str | bytes | memoryview | FileSlice]


def piece_bytes(piece: str | bytes | memoryview | FileSlice) -> bytes:
    """One piece of ``Data`` as bytes (for outputs small enough to hold)."""
    if isinstance(piece, FileSlice):
        with open(piece.path, "rb") as file:
            file.seek(piece.start)
            data = file.read(piece.end - piece.start)
        if len(data) != piece.end - piece.start:
            raise OSError(f"{piece.path} is shorter than it was when read (a damaged cache entry: build again)")
        return data
    return piece.encode("utf-8") if isinstance(piece, str) else bytes(piece)


def write_atomic(path: Path, data: Data, durable: bool = True) -> None:
    """Write to a temporary file in the same folder, then rename over ``path``. Not ``durable``:
    skip the flush to disk (a cache entry a crash damages is detected and made again)."""
    write_all_atomic({path: data}, durable)


def write_all_atomic(outputs: Mapping[Path, Data], durable: bool = True) -> None:
    """Write every output to its temporary file first, then rename them all.

    Ctrl-C is held back until the outputs are in place: an interrupt in the middle could
    otherwise strand a temporary file (inside ``mkstemp``) or leave a new graph.ttl beside an
    old graph.html. Writing takes moments; the interrupt then takes effect."""
    temps: dict[Path, Path] = {}
    old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        for path, data in outputs.items():
            temps[path] = _write_temp(path, data, durable)
        for path, tmp in temps.items():
            os.replace(tmp, path)
    except BaseException:
        for tmp in temps.values():
            tmp.unlink(missing_ok=True)
        raise
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)


def _write_temp(path: Path, data: Data, durable: bool = True) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    pieces = [data] if isinstance(data, str | bytes) else data
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb", buffering=0) as handle:
            _write_batched(handle, pieces, write_behind=durable)
            if durable:
                os.fsync(handle.fileno())
        # mkstemp makes the file private; a built graph is for everyone the umask allows.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
    except BaseException:  # disk full, say: the caller never learns this name
        tmp.unlink(missing_ok=True)
        raise
    return tmp


# Pieces are joined into writes of about this size. One write of a whole 1 MB buffer (Python's
# buffered file) took five times as long as the same bytes in 128 KB writes: 1.2 s against 0.25 s
# for a 566 MB graph on the benchmark machine.
WRITE_SIZE = 1 << 17


# With ``write_behind``, the disk is asked to start writing each this many bytes as soon as they are written, so
# that the flush at the end waits for less of an archive's graph: 0.2 s less of 1.3 s for a 488 MB graph.
WRITE_BEHIND = 32 << 20


def _write_batched(handle: io.RawIOBase, pieces: Iterable[str | bytes | memoryview | FileSlice],
                   write_behind: bool = False) -> None:
    pending: list[bytes | memoryview] = []
    size = 0
    sources: dict[str, int] = {}  # open files of FileSlice pieces (a graph's pieces come from each many times)
    fd = handle.fileno()
    write_behind = write_behind and hasattr(os, "posix_fadvise")  # not on every system
    started = 0  # bytes whose writing to disk has been started
    try:
        for piece in pieces:
            if isinstance(piece, FileSlice):
                _write_all(handle, b"".join(pending))
                pending, size = [], 0
                _copy_slice(handle, piece, sources)
            else:
                data = piece.encode("utf-8") if isinstance(piece, str) else piece
                pending.append(data)
                size += len(data)
                if size >= WRITE_SIZE:
                    _write_all(handle, b"".join(pending))
                    pending, size = [], 0
            if write_behind:
                written = os.lseek(fd, 0, os.SEEK_CUR)
                if written - started >= WRITE_BEHIND:
                    # Dropping written pages from the cache starts their writing and does not wait for it.
                    os.posix_fadvise(fd, started, written - started, os.POSIX_FADV_DONTNEED)
                    started = written
        _write_all(handle, b"".join(pending))
    finally:
        for source in sources.values():
            os.close(source)


def _copy_slice(handle: io.RawIOBase, piece: FileSlice, sources: dict[str, int]) -> None:
    fd = sources.get(piece.path)
    if fd is None:
        try:
            fd = os.open(piece.path, os.O_RDONLY)
        except OSError:
            for open_fd in sources.values():  # out of file descriptors, say: start again with none open
                os.close(open_fd)
            sources.clear()
            fd = os.open(piece.path, os.O_RDONLY)
        sources[piece.path] = fd
    offset = piece.start
    while offset < piece.end:
        try:
            copied = os.copy_file_range(fd, handle.fileno(), piece.end - offset, offset)
        except (AttributeError, OSError):  # not Linux, or not between these two file systems
            data = os.pread(fd, piece.end - offset, offset)
            _write_all(handle, data)
            copied = len(data)
        if copied == 0:
            raise OSError(f"{piece.path} is shorter than it was when read (a damaged cache entry: build again)")
        offset += copied


def _write_all(handle: io.RawIOBase, data: bytes) -> None:
    view = memoryview(data)
    while view:  # a raw write may write less than it was given
        view = view[handle.write(view):]


def remove_stale_temps(folder: Path, names: set[str]) -> list[Path]:
    """Remove temporary files of ``names`` left in ``folder`` by killed processes.

    A temporary file whose process is still running belongs to a build in progress (another
    terminal writing to the same folder) and is left alone. Returns the files removed."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for entry in folder.iterdir():
        match = _TEMP.match(entry.name)
        if match is None or match["name"] not in names or _is_running(int(match["pid"])):
            continue
        try:
            entry.unlink()
            removed.append(entry)
        except FileNotFoundError:
            pass
    return removed


def _is_running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OverflowError:
        return False
    return True


class DamagedEntry(Exception):
    """A cache entry that cannot be trusted: truncated by a killed build, damaged, or another's."""


def entry_path(folder: Path, key: str) -> str:
    """Where the entry of ``key`` lives in a cache ``folder`` (256 subfolders by the key's first two
    characters). A str: at 10,000 entries, making Path objects took a second."""
    return os.path.join(folder, key[:2], f"{key}.pickle")


# A two-part entry: the length of the pickled (key, head), that pickle, then the rest as it was given. A reader
# may take the head alone and leave the rest in the file.
_HEAD_LENGTH = struct.Struct("<Q")


class SplitEntry(NamedTuple):
    head: object
    rest: bytes | None  # the rest, when asked for
    start: int  # where the rest starts in the file
    size: int  # the file's size


def write_split_entry(path: str | Path, key: str, head: object, rest: Iterable[bytes]) -> int:
    """Store ``head`` under ``key`` (pickled), then ``rest`` (atomically, not flushed to disk: a cache entry a crash
    damages is detected by ``read_split_entry`` and made again). Returns where the rest starts in the file."""
    data = pickle.dumps((key, head), protocol=pickle.HIGHEST_PROTOCOL)
    write_atomic(Path(path), [_HEAD_LENGTH.pack(len(data)), data, *rest], durable=False)
    return _HEAD_LENGTH.size + len(data)


def read_split_entry(path: str | Path, key: str, kind: type, rest: bool = True) -> SplitEntry | None:
    """What ``write_split_entry`` stored at ``path`` under ``key``, its head of type ``kind`` (and, with ``rest``,
    the rest read too); None when there is none. Raises ``DamagedEntry`` for anything else."""
    try:
        with open(path, "rb") as file:
            size = os.fstat(file.fileno()).st_size
            (length,) = _HEAD_LENGTH.unpack(file.read(_HEAD_LENGTH.size))
            found_key, head = pickle.loads(file.read(length))
            data = file.read() if rest else None
    except FileNotFoundError:
        return None
    except Exception as err:  # noqa: BLE001 - unpickling damaged bytes can raise almost anything
        raise DamagedEntry(str(path)) from err
    if found_key != key or not isinstance(head, kind):
        raise DamagedEntry(str(path))
    return SplitEntry(head, data, _HEAD_LENGTH.size + length, size)


def write_entry(path: str | Path, key: str, value: object) -> None:
    """Store ``value`` under ``key``: a two-part entry (``write_split_entry``) with nothing after its head."""
    write_split_entry(path, key, value, [])


def read_entry(path: str | Path, key: str, kind: type[T]) -> T | None:
    """The ``kind`` value ``write_entry`` stored at ``path`` under ``key``; None when there is none.
    Raises ``DamagedEntry`` for anything else, so that the caller makes the value again."""
    entry = read_split_entry(path, key, kind, rest=False)
    return None if entry is None else entry.head
