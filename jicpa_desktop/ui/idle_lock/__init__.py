"""The idle lock: after a set time without use, or on Ctrl+L, every window of the app hides behind a passphrase."""
