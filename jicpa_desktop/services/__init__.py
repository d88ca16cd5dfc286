"""Use cases that the GUI and the command line both call; each owns its short database sessions."""
