"""Letting the operating system's credential store hold a database's data key (keyring), where there is one.

Windows Credential Locker, macOS Keychain and the Secret Service qualify; headless Linux has only keyring's
"fail" backend, so there the passphrase is the only way in. Every keyring failure means "not remembered":
the passphrase always works.
"""

from __future__ import annotations

import logging

from jicpa_desktop.store.encryption.key_file import KeyringEntry
from jicpa_desktop.store.encryption.keys import DatabaseKey

SERVICE = "JICPA Desktop"
_log = logging.getLogger(__name__)


def entry_for(key_id: str) -> KeyringEntry:
    return KeyringEntry(SERVICE, f"database-key:{key_id}")


def keyring_available() -> bool:
    """Whether a real credential store backs keyring here (not the fail or null backend)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration is the same as none
        return False
    if isinstance(backend, fail.Keyring):
        return False
    priority = getattr(backend, "priority", 0)
    return isinstance(priority, int | float) and priority > 0


def remember(entry: KeyringEntry, key: DatabaseKey) -> bool:
    try:
        import keyring

        keyring.set_password(entry.service, entry.username, key.raw.hex() + key.salt.hex())
    except Exception as error:
        _log.warning("the credential store refused the database key: %s", type(error).__name__)
        return False
    return True


def recall(entry: KeyringEntry) -> DatabaseKey | None:
    try:
        import keyring

        stored = keyring.get_password(entry.service, entry.username)
    except Exception as error:
        _log.warning("the credential store could not be read: %s", type(error).__name__)
        return None
    if not stored:
        return None
    try:
        raw = bytes.fromhex(stored)
        return DatabaseKey(raw[:32], raw[32:])
    except ValueError:
        return None


def forget(entry: KeyringEntry) -> None:
    try:
        import keyring

        keyring.delete_password(entry.service, entry.username)
    except Exception as error:  # already gone, or no store: nothing to forget
        _log.info("nothing forgotten in the credential store: %s", type(error).__name__)
