"""Test-only harnesses: a headless packing station and an out-of-process emulator."""
