"""Encryption at rest: the database's random data key, wrapped by the passphrase (and the OS keyring), for SQLCipher."""
