"""The PySide6 desktop front end; it talks to services only, never to the store."""
