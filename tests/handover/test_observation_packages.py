"""Meeting observations travel: an inspector's observation reaches the lead, the latest change of an answer wins
on every laptop, a removal stays removed, and a damaged observations entry is refused without touching the store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from jicpa_desktop.composition import AppServices
from jicpa_desktop.forms_engine.catalogue import FormCatalogue
from jicpa_desktop.package_format.observations import OBSERVATIONS
from jicpa_desktop.services.errors import UserError, localized_message
from tests.background import drain_background_work
from tests.handover.crafting import rewrite
from tests.handover.helpers import PASSPHRASE, db_checksum, laptop, lead_with_inspection


@dataclass
class Pair:
    lead: AppServices
    ann: AppServices
    inspection_id: str
    folder: Path


@pytest.fixture
def pair(tmp_path: Path, bundled_catalogue: FormCatalogue) -> Iterator[Pair]:
    lead, inspection, _cases = lead_with_inspection(tmp_path, bundled_catalogue)
    seed = tmp_path / "seed.jicpa"
    lead.handover.export_package(inspection, seed, PASSPHRASE, consolidated=True)
    ann = laptop(tmp_path, "Ann Health", bundled_catalogue)
    ann.handover.apply_import([seed], PASSPHRASE)
    ann.identity.choose(inspection, "Ann Health")
    yield Pair(lead, ann, inspection, tmp_path)
    drain_background_work()
    ann.close()
    lead.close()


def _send(source: AppServices, target: AppServices, inspection_id: str, path: Path, **kwargs: object) -> None:
    source.handover.export_package(inspection_id, path, PASSPHRASE, **kwargs)  # type: ignore[arg-type]
    target.handover.apply_import([path], PASSPHRASE)


def _backdate(services: AppServices, observation_id: str, question_id: str, at: str) -> None:
    """Make an answer's last change older than it is (a laptop whose change was made earlier in the week)."""
    with services.context.writing() as session:
        session.execute(text("UPDATE observation_answer SET updated_at = :t WHERE observation_id = :o AND "
                             "question_id = :q"), {"t": at, "o": observation_id, "q": question_id})


def test_an_inspectors_observation_reaches_the_lead_with_its_answers(pair: Pair) -> None:
    added = pair.ann.observations.add(pair.inspection_id, "2024-01-16")
    pair.ann.observations.set_answer(added.id, "mob_01", "mash_strategy")
    pair.ann.observations.set_answer(added.id, "mob_06", "no", evidence="Actions had no owners or dates.")
    _send(pair.ann, pair.lead, pair.inspection_id, pair.folder / "ann.jicpa", inspector="Ann Health")

    [summary] = pair.lead.observations.summaries(pair.inspection_id)
    assert (summary.id, summary.reference, summary.observer) == (added.id, added.reference, "Ann Health")
    # The choice says {front_door}: filled with the inspection's term (none set here, so the words for it).
    assert summary.meeting_kind is not None and summary.meeting_kind.en == "Front door strategy meeting"
    view = pair.lead.observations.load(added.id)
    assert view.state.answers == {"mob_01": "mash_strategy", "mob_06": "no"}
    assert view.state.evidence == {("mob_06", None): "Actions had no owners or dates."}
    assert pair.lead.cases.list(pair.inspection_id)  # the files are still the files
    assert all(c.reference.startswith("TST24-") for c in pair.lead.cases.list(pair.inspection_id))
    assert pair.lead.audit_trail.verify(pair.inspection_id).ok


def test_importing_the_same_package_again_changes_nothing(pair: Pair, bundled_catalogue: FormCatalogue) -> None:
    added = pair.ann.observations.add(pair.inspection_id, "2024-01-16")
    pair.ann.observations.set_answer(added.id, "mob_04", "yes")
    package = pair.folder / "ann.jicpa"
    _send(pair.ann, pair.lead, pair.inspection_id, package, inspector="Ann Health")
    before = db_checksum(pair.lead)
    pair.lead = laptop(pair.folder, "Lead Lewis", bundled_catalogue)
    result = pair.lead.handover.apply_import([package], PASSPHRASE)
    assert not result.applied
    assert db_checksum(pair.lead) == before
    pair.lead = laptop(pair.folder, "Lead Lewis", bundled_catalogue)


def test_the_latest_change_of_an_answer_wins_whichever_laptop_made_it(pair: Pair) -> None:
    added = pair.ann.observations.add(pair.inspection_id, "2024-01-16")
    pair.ann.observations.set_answer(added.id, "mob_07", "partly")
    _send(pair.ann, pair.lead, pair.inspection_id, pair.folder / "ann-1.jicpa", inspector="Ann Health")
    # The lead corrects the answer after the import; Ann's old package arrives again later: the lead's stands.
    pair.lead.observations.set_answer(added.id, "mob_07", "yes")
    pair.lead.handover.apply_import([pair.folder / "ann-1.jicpa"], PASSPHRASE)
    assert pair.lead.observations.load(added.id).state.answers["mob_07"] == "yes"
    # Ann changes it again, later than the lead did: her change wins on the lead's laptop…
    _backdate(pair.lead, added.id, "mob_07", "2024-01-16T10:00:00.000000Z")
    pair.ann.observations.set_answer(added.id, "mob_07", "no", evidence="Dissent was not minuted.")
    _send(pair.ann, pair.lead, pair.inspection_id, pair.folder / "ann-2.jicpa", inspector="Ann Health")
    lead_view = pair.lead.observations.load(added.id)
    assert lead_view.state.answers["mob_07"] == "no"
    assert lead_view.state.evidence[("mob_07", None)] == "Dissent was not minuted."
    # …and the lead's consolidated package brings Ann nothing older than what she has.
    _send(pair.lead, pair.ann, pair.inspection_id, pair.folder / "lead.jicpa", consolidated=True)
    assert pair.ann.observations.load(added.id).state.answers["mob_07"] == "no"


def test_a_removed_observation_stays_removed_on_every_laptop(pair: Pair) -> None:
    kept = pair.ann.observations.add(pair.inspection_id, "2024-01-15")
    mistaken = pair.ann.observations.add(pair.inspection_id, "2024-01-16")
    pair.ann.observations.set_answer(mistaken.id, "mob_10", "Recorded under the wrong meeting.")
    old_package = pair.folder / "ann-old.jicpa"
    _send(pair.ann, pair.lead, pair.inspection_id, old_package, inspector="Ann Health")
    assert len(pair.lead.observations.summaries(pair.inspection_id)) == 2

    pair.lead.observations.remove(mistaken.id)
    pair.lead.handover.apply_import([old_package], PASSPHRASE)  # the older package still holds it
    assert [s.id for s in pair.lead.observations.summaries(pair.inspection_id)] == [kept.id]

    _send(pair.lead, pair.ann, pair.inspection_id, pair.folder / "lead.jicpa", consolidated=True)
    assert [s.id for s in pair.ann.observations.summaries(pair.inspection_id)] == [kept.id]
    with pair.ann.context.reading() as session:
        left = session.execute(text("SELECT count(*) FROM observation_answer WHERE observation_id = :o"),
                               {"o": mistaken.id}).scalar_one()
    assert left == 0


def test_a_damaged_observations_entry_is_refused_and_nothing_changes(pair: Pair, bundled_catalogue: FormCatalogue,
                                                                      ) -> None:
    added = pair.ann.observations.add(pair.inspection_id, "2024-01-16")
    pair.ann.observations.set_answer(added.id, "mob_04", "yes")
    good = pair.folder / "ann.jicpa"
    pair.ann.handover.export_package(pair.inspection_id, good, PASSPHRASE, inspector="Ann Health")

    def bad_date(blobs: dict[str, bytes]) -> dict[str, bytes]:
        observations = json.loads(blobs[OBSERVATIONS])
        observations[0]["observed_on"] = "16/01/2024"
        return {**blobs, OBSERVATIONS: json.dumps(observations).encode()}

    damaged = rewrite(good, pair.folder / "damaged.jicpa", listed=bad_date)
    before = db_checksum(pair.lead)
    pair.lead = laptop(pair.folder, "Lead Lewis", bundled_catalogue)
    with pytest.raises(UserError) as refused:
        pair.lead.handover.apply_import([damaged], PASSPHRASE)
    message = localized_message(refused.value)
    assert message is not None
    assert OBSERVATIONS in message.en and "should be a date (YYYY-MM-DD)" in message.en
    assert "dylai fod yn ddyddiad" in message.get("cy")
    assert db_checksum(pair.lead) == before
    pair.lead = laptop(pair.folder, "Lead Lewis", bundled_catalogue)
