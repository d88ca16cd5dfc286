"""Qt item models over the plain records services return; unit-tested without any view."""
