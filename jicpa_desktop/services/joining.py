"""Joining an inspection from the lead's consolidated package: see which inspection and team it holds, say who
you are, and import it; the import itself is signed by the member chosen (it happens before any other change)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

from jicpa_desktop.domain.localized import LocalizedText
from jicpa_desktop.services.context import ServiceContext
from jicpa_desktop.services.dto import TeamMemberInfo
from jicpa_desktop.services.errors import UserError
from jicpa_desktop.services.handover_types import ImportPreview, PackageInfo
from jicpa_desktop.services.identity import Identity, member_label
from jicpa_desktop.services.long_work import NEVER_CANCELLED, CancelToken, ProgressCallback, no_progress

if TYPE_CHECKING:
    from jicpa_desktop.services.handover import Handover


@dataclass(frozen=True, slots=True)
class JoinPreview:
    package: PackageInfo
    team: tuple[TeamMemberInfo, ...]
    held: bool  # the inspection is on this laptop already: joining brings it up to date


class Joining:
    def __init__(self, context: ServiceContext, handover: Handover, identity: Identity) -> None:
        self._context = context
        self._handover = handover
        self._identity = identity

    def preview(self, path: str | Path, passphrase: str | None) -> JoinPreview:
        """Open and check the package (nothing is written) and say which inspection and team it carries."""
        from jicpa_desktop.services.package_import import read_one
        from jicpa_desktop.services.passphrases import reading_passphrase_problem

        blank = reading_passphrase_problem(passphrase)
        if blank is not None:
            raise UserError(blank)
        package = read_one(Path(path), passphrase)
        team = tuple(  # a retired member (format 2 says so) cannot be chosen, so is not offered
            TeamMemberInfo(m.id, m.name, m.inspectorate, m.role)
            for m in sorted(package.data.inspection.team, key=lambda m: (m.role != "lead", m.name))
            if m.retired_at is None
        )
        with self._context.reading() as session:
            held = session.execute(
                text("SELECT 1 FROM inspection WHERE id = :i"), {"i": package.manifest.inspection_id}
            ).first() is not None
        if package.manifest.kind != "consolidated" and not held:
            raise UserError(LocalizedText(
                f"{Path(path).name} is {package.manifest.inspector}'s own package, not the lead's consolidated "
                "package, and this laptop does not hold its inspection. Ask the lead inspector for the "
                "consolidated package (Team ▸ Export package…, 'Consolidated package').",
                f"Pecyn {package.manifest.inspector} ei hun yw {Path(path).name}, nid pecyn cyfunol yr arweinydd, "
                "ac nid yw'r gliniadur hwn yn dal ei arolygiad. Gofynnwch i'r arolygydd arweiniol am y pecyn "
                "cyfunol (Tîm ▸ Allforio pecyn…, 'Pecyn cyfunol').",
            ))
        return JoinPreview(package.info, team, held)

    def join(
        self,
        path: str | Path,
        passphrase: str | None,
        member: str,
        *,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken = NEVER_CANCELLED,
    ) -> tuple[str, ImportPreview]:
        """Import the lead's package as the team member *member* and remember who this laptop's user is."""
        preview = self.preview(path, passphrase)
        chosen = next((m for m in preview.team if m.name.casefold() == member.strip().casefold()), None)
        if chosen is None:
            names = ", ".join(m.name for m in preview.team)
            raise UserError(LocalizedText(
                f"{member!r} is not in the team this package carries ({names}). Choose yourself from it, or ask "
                "the lead to add you and send the package again.",
                f"Nid yw {member!r} yn y tîm sydd yn y pecyn hwn ({names}). Dewiswch eich hun ohono, neu gofynnwch "
                "i'r arweinydd eich ychwanegu ac anfon y pecyn eto.",
            ))
        inspection_id = preview.package.inspection_id
        before = (self._context.acting_for, self._context.identities.get(inspection_id))
        self._context.identities[inspection_id] = member_label(chosen.name, chosen.inspectorate)
        self._context.acting_for = inspection_id
        try:
            result = self._handover.apply_import([path], passphrase, progress=progress, cancel=cancel)
        except BaseException:
            self._context.acting_for = before[0]
            if before[1] is None:
                self._context.identities.pop(inspection_id, None)
            else:
                self._context.identities[inspection_id] = before[1]
            raise
        self._identity.choose(inspection_id, chosen.name)
        return inspection_id, result
