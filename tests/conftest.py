"""Shared fixtures. Qt runs offscreen; every test gets its own data directory."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
pytest_plugins = ["tests.keyring_fixture"]
