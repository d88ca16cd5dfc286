"""The local store: SQLModel tables on one SQLite file, its engine factory and its migrations."""
