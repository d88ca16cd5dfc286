"""Meeting observations in the app: the inspection's list and one observation's form (services/observations.py)."""

from jicpa_desktop.ui.observations.observation_screen import ObservationScreen
from jicpa_desktop.ui.observations.observations_window import ObservationsWindow, open_observations

__all__ = ["ObservationScreen", "ObservationsWindow", "open_observations"]
