"""Reusable widgets: answer inputs, question rows, repeat groups, the grade panel and table delegates."""
