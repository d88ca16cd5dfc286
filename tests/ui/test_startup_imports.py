"""The main window paints before the heavy parts load: its module must not pull in the store stack."""

from __future__ import annotations

import subprocess
import sys


def test_main_window_module_does_not_import_sqlalchemy_or_exports() -> None:
    code = (
        "import sys; import jicpa_desktop.ui.main_window; "
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'alembic', 'openpyxl', 'reportlab', 'cryptography') "
        "if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert result.stdout.strip() == "[]"
