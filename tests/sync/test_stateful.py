"""Two workstations acting and syncing in any order agree with a reference model.

The model is what sync promises: every note lands exactly once; a report's title is the
edit made last (by the time it was made), wherever it was made and whenever it arrived;
a workstation always sees its own notes; a workstation never sees an older server version
after a newer one; and once everyone has synced, every cache equals the server.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

CLIENTS = ("a", "b")


@pytest.fixture(scope="module")
def world(central):
    reports = central.new_reports(2, title="Model report")
    replicas = {"a": central.replica("petugas1", name="model-a"), "b": central.replica("petugas2", name="model-b")}
    yield central, reports, replicas
    for replica in replicas.values():
        replica.close()


class SyncModel(RuleBasedStateMachine):
    world = None

    @initialize()
    def start(self):
        self.central, self.reports, self.replicas = self.world
        for replica in self.replicas.values():
            self.central.settle(replica, lambda replica=replica: replica.cache.pending_count() == 0 and
                                self.central.cached(replica, self.reports) == self.central.server_state(self.reports))
        server = self.central.server_state(self.reports)
        self.titles = {r: (datetime.min.replace(tzinfo=timezone.utc), server[r][1]) for r in self.reports}
        self.notes = set(self.central.server_notes(self.reports))
        self.mine = {name: set() for name in CLIENTS}
        self.seen_versions = {name: {} for name in CLIENTS}
        self.clock = datetime.now(timezone.utc)
        self.serial = 0

    def _tick(self) -> datetime:
        self.clock += timedelta(milliseconds=1)
        return self.clock

    @rule(client=st.sampled_from(CLIENTS), index=st.integers(0, 1))
    def add_note(self, client, index):
        self.serial += 1
        report = self.reports[index]
        body = f"model note {self.clock.timestamp()} {self.serial}"
        self.replicas[client].perform("add_note", report, at=self._tick(), body=body)
        self.notes.add((report, body))
        self.mine[client].add((report, body))

    @rule(client=st.sampled_from(CLIENTS), index=st.integers(0, 1), word=st.sampled_from(["alpha", "beta", "gamma"]))
    def edit_title(self, client, index, word):
        self.serial += 1
        report, at = self.reports[index], self._tick()
        replica = self.replicas[client]
        value = f"{word} {self.serial}"
        replica.perform("edit_text", report, at=at, field="title", value=value, base=self.central.title(replica, report))
        if at > self.titles[report][0]:
            self.titles[report] = (at, value)
        # Read-your-writes: the edit shows at once on the workstation that made it.
        assert self.central.title(replica, report) == value

    @rule(client=st.sampled_from(CLIENTS))
    def sync(self, client):
        self.replicas[client].sync_once()

    @invariant()
    def reads_own_notes_and_never_goes_back(self):
        if not hasattr(self, "replicas"):
            return
        for name, replica in self.replicas.items():
            assert self.mine[name] <= set(self.central.cached_notes(replica, self.reports))
            with replica.cache.read() as connection:
                versions = dict(connection.execute(
                    f"SELECT id, server_version FROM reports WHERE id IN ({','.join('?' * len(self.reports))})",
                    self.reports).fetchall())
            for report, version in versions.items():
                assert version >= self.seen_versions[name].get(report, 0)
                self.seen_versions[name][report] = version

    def teardown(self):
        if not hasattr(self, "replicas"):
            return
        server = lambda: self.central.server_state(self.reports)  # noqa: E731
        for _ in range(2):
            for replica in self.replicas.values():
                self.central.settle(replica, lambda replica=replica: replica.cache.pending_count() == 0)
        for replica in self.replicas.values():
            self.central.settle(replica, lambda replica=replica: self.central.cached(replica, self.reports) == server())
            assert self.central.cached_notes(replica, self.reports) == sorted(self.notes)
        assert self.central.server_notes(self.reports) == sorted(self.notes)
        assert {r: row[1] for r, row in server().items()} == {r: title for r, (_, title) in self.titles.items()}


def test_13_stateful_model(world):
    SyncModel.world = world
    run_state_machine_as_test(SyncModel, settings=settings(
        max_examples=200, stateful_step_count=8, deadline=None, derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large]))
