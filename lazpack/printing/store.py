"""On-disk label cache and print ledger for one shop (satisfies ``LabelCache`` and ``PrintLedger``).

Labels are stored one PDF per package so a reprint needs no network; the ledger is an
append-only JSON-lines file, so a crash mid-write loses at most the line being written and
the counts survive restarts.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import threading
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from lazpack.errors import StorageError
from lazpack.i18n import arg, translate
from lazpack.log import get_logger

if TYPE_CHECKING:
    from lazpack.domain.ports import LabelCache, PrintLedger

log = get_logger("printing.store")

_SAFE_ID = re.compile(r"^[A-Za-z0-9_-]{1,80}$")
_LEDGER = "ledger.jsonl"


def _file_stem(package_id: str) -> str:
    # Package ids are Lazada's "FP…" strings; anything else is hashed so it can never
    # escape the directory or collide with the ledger file.
    if _SAFE_ID.match(package_id):
        return package_id
    return "h-" + hashlib.sha256(package_id.encode("utf-8")).hexdigest()[:32]


def looks_like_pdf(data: bytes) -> bool:
    return data.lstrip()[:5] == b"%PDF-"


class DiskLabelStore:
    """Label PDFs under ``root/<package_id>.pdf`` and the print/void ledger beside them."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._lock = threading.Lock()
        self._printed: Counter[str] = Counter()
        self._voided: set[str] = set()
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StorageError(
                arg(translate("LabelStore", "The label folder %1 cannot be created: %2"), root, err)
            ) from err
        self._load_ledger()

    # ----------------------------------------------------------- LabelCache
    def path_for(self, package_id: str) -> Path:
        return self.root / f"{_file_stem(package_id)}.pdf"

    def get(self, package_id: str) -> bytes | None:
        path = self.path_for(package_id)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as err:
            log.warning("cached label %s unreadable: %s", package_id, err)
            return None
        if not looks_like_pdf(data):
            # A torn or foreign file must not be printed; fetching again repairs it.
            log.warning("cached label %s is not a PDF; discarding it", package_id)
            path.unlink(missing_ok=True)
            return None
        return data

    def put(self, package_id: str, pdf: bytes) -> None:
        path = self.path_for(package_id)
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".label-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(pdf)
            Path(tmp).replace(path)
        except OSError as err:
            Path(tmp).unlink(missing_ok=True)
            raise StorageError(
                arg(
                    translate("LabelStore", "The label of package %1 cannot be saved: %2"),
                    package_id,
                    err,
                )
            ) from err

    def discard(self, package_id: str) -> None:
        self.path_for(package_id).unlink(missing_ok=True)

    # ----------------------------------------------------------- PrintLedger
    def printed_count(self, package_id: str) -> int:
        with self._lock:
            return self._printed[package_id]

    def record_printed(self, package_id: str, *, copies: int = 1, packer: str = "") -> int:
        if copies < 1:
            raise ValueError(f"copies must be at least 1, not {copies}")
        self._append(
            {"event": "printed", "package_id": package_id, "copies": copies, "packer": packer}
        )
        with self._lock:
            self._printed[package_id] += copies
            return self._printed[package_id]

    def record_voided(self, package_id: str, *, reason: str = "", packer: str = "") -> None:
        self._append(
            {"event": "voided", "package_id": package_id, "reason": reason, "packer": packer}
        )
        with self._lock:
            self._voided.add(package_id)

    def is_voided(self, package_id: str) -> bool:
        with self._lock:
            return package_id in self._voided

    def history(self) -> list[dict[str, object]]:
        """Every printed/voided record, oldest first (for the journal view and exports)."""
        return list(self._read_ledger())

    # ----------------------------------------------------------------- files
    def _append(self, record: dict[str, object]) -> None:
        record = {"at": datetime.now(UTC).isoformat(timespec="seconds"), **record}
        line = json.dumps(record, ensure_ascii=False) + "\n"
        try:
            with self._lock, open(self.root / _LEDGER, "a", encoding="utf-8") as f:
                f.write(line)
                f.flush()
                os.fsync(f.fileno())
        except OSError as err:
            raise StorageError(
                arg(translate("LabelStore", "The label print record cannot be written: %1"), err)
            ) from err

    def _read_ledger(self) -> list[dict[str, object]]:
        path = self.root / _LEDGER
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        except OSError as err:
            raise StorageError(
                arg(translate("LabelStore", "The label print records cannot be read: %1"), err)
            ) from err
        records = []
        for n, line in enumerate(lines, 1):
            try:
                rec = json.loads(line)
            except ValueError:
                # only the last line can be torn by a crash; older lines stay valid
                log.warning("label ledger line %d unreadable; skipped", n)
                continue
            if isinstance(rec, dict):
                records.append(rec)
        return records

    def _load_ledger(self) -> None:
        for rec in self._read_ledger():
            pid = str(rec.get("package_id", ""))
            if rec.get("event") == "printed":
                copies = rec.get("copies", 1)
                self._printed[pid] += copies if isinstance(copies, int) and copies > 0 else 1
            elif rec.get("event") == "voided":
                self._voided.add(pid)


if TYPE_CHECKING:  # structural conformance, checked by mypy

    def _ports(s: DiskLabelStore) -> tuple[LabelCache, PrintLedger]:
        return s, s
