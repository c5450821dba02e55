"""Journal schema, versioned by ``PRAGMA user_version``.

``MIGRATIONS[i]`` takes a database from version ``i`` to ``i + 1``. Migrations are append-only:
a released step is never edited, because stations in the field already ran it. Each step
runs in its own transaction together with the ``user_version`` bump, so a crash mid-upgrade
leaves the previous version intact.

Timestamps are UTC text ``YYYY-MM-DDTHH:MM:SS.ffffffZ``: readable in the sqlite3 shell
during a dispute, and ordered correctly by plain string comparison.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from lazpack.errors import JournalTooNewError

# v1: the audit trail itself.
_V1 = """
CREATE TABLE scans (
    id          INTEGER PRIMARY KEY,
    ts          TEXT    NOT NULL,
    station_id  TEXT    NOT NULL,
    shop_id     TEXT    NOT NULL,
    order_id    INTEGER,
    code        TEXT    NOT NULL,
    sku         TEXT    NOT NULL DEFAULT '',
    result      TEXT    NOT NULL,
    packer      TEXT    NOT NULL DEFAULT '',
    detail      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX scans_order ON scans(order_id, ts);
CREATE INDEX scans_ts ON scans(ts);

CREATE TABLE intents (
    id           INTEGER PRIMARY KEY,
    station_id   TEXT    NOT NULL,
    action       TEXT    NOT NULL,
    shop_id      TEXT    NOT NULL,
    order_ids    TEXT    NOT NULL DEFAULT '[]',
    item_ids     TEXT    NOT NULL DEFAULT '[]',
    package_ids  TEXT    NOT NULL DEFAULT '[]',
    packer       TEXT    NOT NULL DEFAULT '',
    detail       TEXT    NOT NULL DEFAULT '',
    started_at   TEXT    NOT NULL,
    finished_at  TEXT,
    outcome      TEXT,
    request_ids  TEXT    NOT NULL DEFAULT '[]',
    result       TEXT    NOT NULL DEFAULT '',
    duration_ms  REAL
);
CREATE INDEX intents_open ON intents(station_id, outcome);
CREATE INDEX intents_started ON intents(started_at);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    ts          TEXT    NOT NULL,
    station_id  TEXT    NOT NULL,
    shop_id     TEXT    NOT NULL,
    order_id    INTEGER,
    event       TEXT    NOT NULL,
    packer      TEXT    NOT NULL DEFAULT '',
    detail      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX events_order ON events(order_id, ts);
CREATE INDEX events_ts ON events(ts);

CREATE TABLE session (
    station_id  TEXT PRIMARY KEY,
    state       TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
"""

# v2: lookups the history search and the scan path need.
_V2 = """
CREATE TABLE intent_orders (
    intent_id  INTEGER NOT NULL REFERENCES intents(id) ON DELETE CASCADE,
    order_id   INTEGER NOT NULL,
    PRIMARY KEY (order_id, intent_id)
);
CREATE INDEX intent_orders_intent ON intent_orders(intent_id);
INSERT INTO intent_orders(intent_id, order_id)
    SELECT intents.id, CAST(j.value AS INTEGER) FROM intents, json_each(intents.order_ids) AS j;

-- What a seller may search a dispute by, mapped to the order it belongs to.
CREATE TABLE refs (
    kind      TEXT    NOT NULL,   -- package | tracking | order_number | sku
    value     TEXT    NOT NULL COLLATE NOCASE,
    shop_id   TEXT    NOT NULL,
    order_id  INTEGER NOT NULL,
    ts        TEXT    NOT NULL,
    PRIMARY KEY (value, kind, order_id)
);
CREATE INDEX refs_order ON refs(order_id);

CREATE TABLE aliases (
    shop_id     TEXT NOT NULL,
    barcode     TEXT NOT NULL,
    sku         TEXT NOT NULL,
    packer      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    PRIMARY KEY (shop_id, barcode)
);

CREATE TABLE labels (
    package_id       TEXT PRIMARY KEY,
    shop_id          TEXT    NOT NULL,
    order_id         INTEGER,
    printed          INTEGER NOT NULL DEFAULT 0,
    voided           INTEGER NOT NULL DEFAULT 0,
    last_printed_at  TEXT,
    updated_at       TEXT    NOT NULL
);
"""

# v3: History searches by scanned SKU or code without reading every scan.
_V3 = """
CREATE INDEX scans_sku ON scans(sku COLLATE NOCASE) WHERE sku != '';
CREATE INDEX scans_code ON scans(code COLLATE NOCASE);
"""

# v4: the product catalogue (its barcodes are the ``aliases`` rows) and pick-list waves.
_V4 = """
CREATE TABLE products (
    shop_id     TEXT NOT NULL,
    sku         TEXT NOT NULL,
    location    TEXT NOT NULL DEFAULT '',
    weight_g    TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (shop_id, sku)
);
CREATE INDEX aliases_sku ON aliases(shop_id, sku);

CREATE TABLE waves (
    id          INTEGER PRIMARY KEY,
    created_at  TEXT NOT NULL,
    station_id  TEXT NOT NULL,
    packer      TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT ''
);
CREATE TABLE wave_orders (
    wave_id       INTEGER NOT NULL REFERENCES waves(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    shop_id       TEXT    NOT NULL,
    order_id      INTEGER NOT NULL,
    order_number  INTEGER NOT NULL,
    PRIMARY KEY (wave_id, position)
);
CREATE INDEX wave_orders_order ON wave_orders(order_id);
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4)
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def refuse_newer(version: int, path: Path | None = None) -> None:
    """Raise ``JournalTooNewError`` for a journal a newer lazpack wrote (``version``)."""
    if version > SCHEMA_VERSION:
        where = f" {path}" if path is not None else ""
        raise JournalTooNewError(
            f"The journal{where} was written by a newer lazpack (schema {version}, this "
            f"version knows {SCHEMA_VERSION}); it was left unchanged."
        )


def migrate(
    conn: sqlite3.Connection, *, target: int = SCHEMA_VERSION, path: Path | None = None
) -> int:
    """Bring ``conn`` (autocommit mode) up to ``target``; returns the version it started at."""
    start = user_version(conn)
    refuse_newer(start, path)
    if start == 0:
        # Must precede the first CREATE TABLE to take effect without a full VACUUM; it lets
        # prune() hand freed pages back to the file system a little at a time.
        conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
    for version in range(start, target):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return start


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (executescript would COMMIT on its own)."""
    out: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
