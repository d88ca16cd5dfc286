"""The genogram editor: the drawing (QGraphicsScene in the standard notation) and the panel beside it."""
