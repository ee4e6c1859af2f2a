"""A worker's copy of the registry catches up with what the run learned, window by window."""

import copy
import pickle

from articles.importing import prepare
from people.mentions import extract_mentions
from people.mentions.registry import OFFICIAL, OfficialRecord, Registry

TEXT = "Leonel Ubaldo Quiñones Estrada inauguró la feria del libro en Jerez."


def found(registry) -> list[int | None]:
    return [hit.id for hit in extract_mentions("Feria", "", (), TEXT, registry=registry).officials]


def learn_official(registry, pk: int) -> None:
    registry.add_official(
        OfficialRecord(pk, "Leonel Ubaldo Quiñones Estrada", "discovered"),
        [{"name": "Leonel Ubaldo Quiñones Estrada", "kind": "full", "auto_link": True}],
    )


def test_a_copy_replays_what_the_original_learned_and_matches_its_version():
    original = Registry.from_records()
    original.record_changes()
    worker = copy.deepcopy(original)  # what a fork gives the worker
    start = original.change_count

    learn_official(original, 901)
    original.forget(OFFICIAL, 901)  # a batch that rolled back
    learn_official(original, 902)

    assert found(worker) != [902]
    worker.replay(pickle.loads(pickle.dumps(original.changes_since(start))))
    assert found(worker) == [902]
    # Same journal: an extraction made by the copy is checked against nothing new.
    assert worker.version == original.version
    assert not original.learned_since(worker.version, TEXT.lower())


def test_a_worker_catches_up_once_per_window_and_only_from_where_it_is(monkeypatch):
    original = Registry.from_records()
    original.record_changes()
    worker = copy.deepcopy(original)
    monkeypatch.setattr(prepare, "_worker_registry", None)
    prepare.set_worker_registry(worker)

    learn_official(original, 903)
    changes = prepare.registry_changes(original, 0)
    prepare.catch_up(changes)
    prepare.catch_up(changes)  # the next file of the same window: nothing to do
    assert found(worker) == [903]
    assert worker.version == original.version
    assert prepare.registry_changes(original, original.change_count) is None
