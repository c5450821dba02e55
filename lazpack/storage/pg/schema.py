"""The warehouse database's schema, versioned in the table ``lazpack_schema``.

``MIGRATIONS[i]`` takes the database from version ``i`` to ``i + 1`` (append-only, like the
SQLite journal's). Every step runs in one transaction with the version bump, under a
transaction-level advisory lock, so ten stations started at once migrate it exactly once and a
failed step leaves the previous version intact. A database a newer lazpack migrated is refused
untouched.

v1 mirrors the SQLite journal at its v3 (scans, intents, events, per-station session, refs,
aliases, the label ledger) with native types: ``timestamptz``, arrays, ``jsonb``.
v2 adds what several stations must agree on: order claims, the per-shop sync leader, the
shop secrets (encrypted, see ``lazpack.storage.pg.vault``), packers and shared settings.
v3 adds the shared order book the sync leader writes and the other stations read
(``order_book``, each change numbered by ``order_book_rev``).

v4 adds what a joining station needs to work without re-authorizing: the warehouse's shops
(``shops``: the non-secret shop configuration; the secrets stay sealed in ``shop_secrets``), and
what the sync leader last saw of Lazada (``shop_sync``), so a follower shows the shop's true
sync state instead of "online" while the leader's calls fail.

v5 mirrors the SQLite journal's v4 for a warehouse: the product catalogue (``products``; its
barcodes are ``aliases`` rows, now numbered by ``seq`` so a product lists them in the order
they were added) and the pick-list waves (``waves``, ``wave_orders``), so an import at one
station is what every station scans against.
"""

from __future__ import annotations

import asyncpg

from lazpack.errors import JournalTooNewError

#: pg_advisory_xact_lock key of migrations ("lazpack" in ASCII, as an int8).
MIGRATION_LOCK = 0x6C617A7061636B

_V1 = """
CREATE TABLE scans (
    id          bigserial PRIMARY KEY,
    uid         uuid NOT NULL UNIQUE,  -- written by the station: a retried write lands once
    ts          timestamptz NOT NULL,
    station_id  text NOT NULL,
    shop_id     text NOT NULL,
    order_id    bigint,
    code        text NOT NULL,
    sku         text NOT NULL DEFAULT '',
    result      text NOT NULL,
    packer      text NOT NULL DEFAULT '',
    detail      text NOT NULL DEFAULT ''
);
CREATE INDEX scans_order ON scans(order_id, ts);
CREATE INDEX scans_ts ON scans(ts);
CREATE INDEX scans_sku ON scans(lower(sku)) WHERE sku <> '';
CREATE INDEX scans_code ON scans(lower(code));

CREATE TABLE intents (
    id           bigserial PRIMARY KEY,
    station_id   text NOT NULL,
    action       text NOT NULL,
    shop_id      text NOT NULL,
    order_ids    bigint[] NOT NULL DEFAULT '{}',
    item_ids     bigint[] NOT NULL DEFAULT '{}',
    package_ids  text[] NOT NULL DEFAULT '{}',
    packer       text NOT NULL DEFAULT '',
    detail       text NOT NULL DEFAULT '',
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz,
    outcome      text,
    request_ids  text[] NOT NULL DEFAULT '{}',
    result       text NOT NULL DEFAULT '',
    duration_ms  double precision
);
CREATE INDEX intents_open ON intents(station_id, outcome);
CREATE INDEX intents_started ON intents(started_at);

CREATE TABLE intent_orders (
    intent_id  bigint NOT NULL REFERENCES intents(id) ON DELETE CASCADE,
    order_id   bigint NOT NULL,
    PRIMARY KEY (order_id, intent_id)
);
CREATE INDEX intent_orders_intent ON intent_orders(intent_id);

CREATE TABLE events (
    id          bigserial PRIMARY KEY,
    uid         uuid UNIQUE,  -- queued events carry one; NULL for the database's own
    ts          timestamptz NOT NULL,
    station_id  text NOT NULL,
    shop_id     text NOT NULL,
    order_id    bigint,
    event       text NOT NULL,
    packer      text NOT NULL DEFAULT '',
    detail      text NOT NULL DEFAULT ''
);
CREATE INDEX events_order ON events(order_id, ts);
CREATE INDEX events_ts ON events(ts);

CREATE TABLE session (
    station_id  text PRIMARY KEY,
    state       jsonb NOT NULL,
    updated_at  timestamptz NOT NULL
);

CREATE TABLE refs (
    kind      text NOT NULL,
    value     text NOT NULL,
    shop_id   text NOT NULL,
    order_id  bigint NOT NULL,
    ts        timestamptz NOT NULL,
    PRIMARY KEY (value, kind, order_id)
);
CREATE INDEX refs_lower ON refs(lower(value));
CREATE INDEX refs_order ON refs(order_id);

CREATE TABLE aliases (
    shop_id     text NOT NULL,
    barcode     text NOT NULL,
    sku         text NOT NULL,
    packer      text NOT NULL DEFAULT '',
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (shop_id, barcode)
);

CREATE TABLE labels (
    package_id       text PRIMARY KEY,
    shop_id          text NOT NULL,
    order_id         bigint,
    printed          integer NOT NULL DEFAULT 0,
    voided           boolean NOT NULL DEFAULT false,
    last_printed_at  timestamptz,
    updated_at       timestamptz NOT NULL
);
"""

_V2 = """
CREATE TABLE claims (
    shop_id       text NOT NULL,
    order_id      bigint NOT NULL,
    station_id    text NOT NULL,
    station_name  text NOT NULL DEFAULT '',
    packer        text NOT NULL DEFAULT '',
    claimed_at    timestamptz NOT NULL,
    heartbeat_at  timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    PRIMARY KEY (shop_id, order_id)
);
CREATE INDEX claims_station ON claims(station_id);

CREATE TABLE leaders (
    shop_id       text PRIMARY KEY,
    station_id    text NOT NULL,
    station_name  text NOT NULL DEFAULT '',
    acquired_at   timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL
);

CREATE TABLE shop_secrets (
    shop_id     text PRIMARY KEY,
    version     bigint NOT NULL,
    key_id      text NOT NULL,
    nonce       bytea NOT NULL,
    sealed      bytea NOT NULL,
    updated_at  timestamptz NOT NULL,
    updated_by  text NOT NULL DEFAULT ''
);

CREATE TABLE packers (
    name        text PRIMARY KEY,
    added_at    timestamptz NOT NULL,
    added_by    text NOT NULL DEFAULT ''
);

CREATE TABLE shared_settings (
    key         text PRIMARY KEY,
    value       jsonb NOT NULL,
    updated_at  timestamptz NOT NULL,
    updated_by  text NOT NULL DEFAULT ''
);
"""

_V3 = """
CREATE SEQUENCE order_book_rev;
CREATE TABLE order_book (
    shop_id     text NOT NULL,
    order_id    bigint NOT NULL,
    region      text NOT NULL DEFAULT '',
    entry       jsonb NOT NULL,
    rev         bigint NOT NULL DEFAULT nextval('order_book_rev'),
    synced_at   timestamptz NOT NULL,
    synced_by   text NOT NULL DEFAULT '',
    PRIMARY KEY (shop_id, order_id)
);
CREATE INDEX order_book_rev_idx ON order_book(shop_id, rev);
"""

_V4 = """
CREATE TABLE shops (
    shop_id     text PRIMARY KEY,
    config      jsonb NOT NULL,
    added_at    timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    updated_by  text NOT NULL DEFAULT ''
);

CREATE TABLE shop_sync (
    shop_id        text PRIMARY KEY,
    station_id     text NOT NULL,
    station_name   text NOT NULL DEFAULT '',
    online         boolean NOT NULL,
    message        text NOT NULL DEFAULT '',
    last_ok_at     timestamptz,
    updated_at     timestamptz NOT NULL
);
"""

_V5 = """
CREATE TABLE products (
    shop_id     text NOT NULL,
    sku         text NOT NULL,
    location    text NOT NULL DEFAULT '',
    weight_g    text NOT NULL DEFAULT '',
    notes       text NOT NULL DEFAULT '',
    updated_at  timestamptz NOT NULL,
    updated_by  text NOT NULL DEFAULT '',
    PRIMARY KEY (shop_id, sku)
);
ALTER TABLE aliases ADD COLUMN seq bigserial;
CREATE INDEX aliases_sku ON aliases(shop_id, sku);

CREATE TABLE waves (
    id          bigserial PRIMARY KEY,
    created_at  timestamptz NOT NULL,
    station_id  text NOT NULL,
    packer      text NOT NULL DEFAULT '',
    title       text NOT NULL DEFAULT ''
);
CREATE TABLE wave_orders (
    wave_id       bigint NOT NULL REFERENCES waves(id) ON DELETE CASCADE,
    position      integer NOT NULL,
    shop_id       text NOT NULL,
    order_id      bigint NOT NULL,
    order_number  bigint NOT NULL,
    PRIMARY KEY (wave_id, position)
);
CREATE INDEX wave_orders_order ON wave_orders(order_id);
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4, _V5)
SCHEMA_VERSION = len(MIGRATIONS)


async def version(conn: asyncpg.Connection) -> int:
    exists = await conn.fetchval("SELECT to_regclass('lazpack_schema') IS NOT NULL")
    if not exists:
        return 0
    return int(await conn.fetchval("SELECT version FROM lazpack_schema") or 0)


def refuse_newer(found: int, where: str) -> None:
    if found > SCHEMA_VERSION:
        raise JournalTooNewError(
            f"The warehouse database {where} was set up by a newer lazpack (schema {found}, "
            f"this version knows {SCHEMA_VERSION}); it was left unchanged.",
            hint="Update lazpack on this station to the version the other stations run.",
        )


async def migrate(
    conn: asyncpg.Connection, *, target: int = SCHEMA_VERSION, where: str = ""
) -> int:
    """Bring the database up to ``target``; returns the version it started at."""
    start = await version(conn)
    refuse_newer(start, where)
    current = start
    while current < target:
        async with conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock($1)", MIGRATION_LOCK)
            await conn.execute(
                "CREATE TABLE IF NOT EXISTS lazpack_schema (version integer NOT NULL);"
                " INSERT INTO lazpack_schema SELECT 0 WHERE NOT EXISTS"
                " (SELECT 1 FROM lazpack_schema)"
            )
            # Another station may have migrated while this one waited for the lock.
            current = int(await conn.fetchval("SELECT version FROM lazpack_schema"))
            refuse_newer(current, where)
            if current >= target:
                break
            await conn.execute(MIGRATIONS[current])
            await conn.execute("UPDATE lazpack_schema SET version = $1", current + 1)
            current += 1
    return start
