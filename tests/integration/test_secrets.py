"""No secret on disk: the journal, its WAL, a history export, labels and logs of a station
that packed under faults and then lost its access token hold neither the app secret nor
any access/refresh token, nor a signed request."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from lazpack.domain.workflow import Kind
from tests.helpers.emulator_process import PACK, RTS, EmulatorProcess
from tests.helpers.leaks import DEMO_SECRETS, leaks_in, station_files
from tests.helpers.station import JOURNAL_FILE, HeadlessStation, ProblemCatcher

pytestmark = pytest.mark.asyncio


class _AllLogs(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@pytest.fixture
def emu(tmp_path: Path) -> Iterator[EmulatorProcess]:
    with EmulatorProcess(seed=31, log_dir=tmp_path / "emulator") as e:
        yield e


async def test_journal_wal_export_labels_and_logs_hold_no_secret(
    emu: EmulatorProcess, tmp_path: Path
) -> None:
    orders = emu.add_orders(16) + emu.add_orders(2, mixed_shipping=True)
    late = emu.add_orders(3)
    data_dir = tmp_path / "station"
    logs = _AllLogs()
    root = logging.getLogger()
    old_level = root.level
    # lazpack.log.setup (run by any earlier test that starts the CLI or the app) quiets httpx to
    # WARNING; its INFO request lines carry the signed URL, so let them through here on purpose.
    third_party = {n: logging.getLogger(n).level for n in ("httpx", "httpcore")}
    for name in third_party:
        logging.getLogger(name).setLevel(logging.DEBUG)
    root.addHandler(logs)
    root.setLevel(logging.DEBUG)
    try:
        async with HeadlessStation(data_dir, emu.base_url, timeout_s=0.3) as st:
            with ProblemCatcher() as problems:
                emu.faults(fault_rate=0.1, hang_s=0.6)
                await st.start()
                emu.faults(
                    lose_answers=[{"count": 1, "api": PACK}, {"count": 1, "api": RTS}],
                    fail_rows=[{"code": "1003", "count": 1, "api": PACK}],
                )
                for oid in orders[:6]:
                    await st.pack_by_scan(oid)
                await st.pack_batch(orders[6:])
                # the shop's token dies: every call is refused with IllegalAccessToken,
                # and those failures are journaled and logged
                emu.faults(fault_rate=0.0, expire_access_tokens=True)
                await st.pack_by_scan(late[0])
                report = await st.service.batch([("demo", oid) for oid in late[1:]])
            assert problems.all() == []
            assert any(o.kind is Kind.STEP_FAILED for o in st.outcomes)
            assert len(report.failed) == 2
            assert st.journal.counts()["intents"] > len(orders)
            # while the journal is open its WAL holds the newest pages: scan both as they are
            wal = data_dir / f"{JOURNAL_FILE}-wal"
            assert wal.exists()
            exported = st.journal.export_csv(data_dir / "history.csv")
            assert exported > 0
            on_disk = station_files(data_dir)
            leaks = leaks_in(on_disk, DEMO_SECRETS)
    finally:
        root.removeHandler(logs)
        root.setLevel(old_level)
        for name, level in third_party.items():
            logging.getLogger(name).setLevel(level)

    names = {p.name for p in on_disk}
    assert {JOURNAL_FILE, f"{JOURNAL_FILE}-wal", "history.csv"} <= names
    assert any(n.endswith(".pdf") for n in names)
    assert leaks == []
    csv_text = (data_dir / "history.csv").read_text(encoding="utf-8-sig")
    assert str(orders[0]) in csv_text
    # after close (checkpoint) the journal file alone holds everything: still clean
    assert leaks_in(station_files(data_dir), DEMO_SECRETS) == []
    log_text = "\n".join(logs.lines)
    # the places a token could have leaked were logged, redacted: signed request lines and
    # the refused-token failures of the late orders
    assert "access_token=<redacted>&sign=<redacted>" in log_text
    assert "access token rejected; refreshing once" in log_text
    assert "packing step failed: IllegalAccessToken: The access token was rejected" in log_text
    for secret in DEMO_SECRETS:
        assert secret not in log_text
    # URLs may be logged, with their signature and token redacted
    assert re.search(r"(sign|access_token)=(?!<redacted>)", log_text) is None
