"""Pure-Python domain: orders, items, packages, scans and the packing workflow.

Imports neither PySide6, httpx, keyring nor sqlite3 (enforced by import-linter).
"""
