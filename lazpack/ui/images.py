"""Item images: fetched lazily through the shop's client, cached on disk with a size bound.

The cache is keyed by a hash of the URL. When the folder grows past its bound the least
recently used files go first (access time is refreshed by touching the file on a hit).
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Awaitable, Callable
from pathlib import Path

from PySide6.QtGui import QPixmap

from lazpack.errors import LazpackError
from lazpack.log import get_logger

log = get_logger("ui.images")

Fetch = Callable[[str], Awaitable[bytes]]


class ImageCache:
    def __init__(self, folder: Path, *, max_bytes: int, fetch: Fetch) -> None:
        self.folder = folder
        self.max_bytes = max(0, max_bytes)
        self._fetch = fetch
        self._pending: dict[str, asyncio.Future[QPixmap | None]] = {}
        self._memory: dict[str, QPixmap] = {}

    def _path(self, url: str) -> Path:
        return self.folder / (hashlib.sha256(url.encode()).hexdigest()[:32] + ".img")

    def cached(self, url: str) -> QPixmap | None:
        """A pixmap already in memory (no I/O): for painting without awaiting."""
        return self._memory.get(url)

    async def get(self, url: str) -> QPixmap | None:
        """The image, or None when it cannot be fetched (the panel shows a placeholder)."""
        if not url:
            return None
        if url in self._memory:
            return self._memory[url]
        fut = self._pending.get(url)
        if fut is not None:
            return await asyncio.shield(fut)
        fut = asyncio.get_running_loop().create_future()
        self._pending[url] = fut
        try:
            pix = await self._load(url)
            fut.set_result(pix)
            return pix
        except BaseException as err:
            fut.set_exception(err)
            raise
        finally:
            self._pending.pop(url, None)
            if fut.done() and not fut.cancelled() and fut.exception() is not None:
                fut.exception()  # mark retrieved: the raiser reports it

    async def _load(self, url: str) -> QPixmap | None:
        path = self._path(url)
        data: bytes | None = None
        if path.exists():
            data = await asyncio.to_thread(path.read_bytes)
            await asyncio.to_thread(path.touch)
        else:
            try:
                data = await self._fetch(url)
            except LazpackError as err:
                log.info("image not available (%s): %s", url.split("?")[0], err)
                return None
            await asyncio.to_thread(self._store, path, data)
        pix = QPixmap()
        if not pix.loadFromData(data):
            log.info("image could not be decoded: %s", url.split("?")[0])
            return None
        if len(self._memory) > 256:
            self._memory.pop(next(iter(self._memory)))
        self._memory[url] = pix
        return pix

    def _store(self, path: Path, data: bytes) -> None:
        if len(data) > self.max_bytes:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".part")
        tmp.write_bytes(data)
        tmp.replace(path)
        self._evict()

    def _evict(self) -> None:
        files = [(p.stat(), p) for p in self.folder.glob("*.img")]
        total = sum(st.st_size for st, _ in files)
        if total <= self.max_bytes:
            return
        for st, p in sorted(files, key=lambda f: f[0].st_mtime):
            p.unlink(missing_ok=True)
            total -= st.st_size
            if total <= self.max_bytes:
                break
