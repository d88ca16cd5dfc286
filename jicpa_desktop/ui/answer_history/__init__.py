"""One answer's history in the form screen: who changed it, when, old → new, and where the change came from."""

from jicpa_desktop.ui.answer_history.history_dialog import AnswerHistoryDialog, Subject, open_answer_history

__all__ = ["AnswerHistoryDialog", "Subject", "open_answer_history"]
