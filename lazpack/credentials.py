"""Keyring-backed secret store (the only importer of keyring). Built in issue 7."""
