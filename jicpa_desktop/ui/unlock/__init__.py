"""The passphrase at start: unlocking the encrypted audit database, or choosing its passphrase."""
