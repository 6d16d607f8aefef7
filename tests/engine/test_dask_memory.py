"""Issue 8: the Dask engine's client keeps no per-batch history."""

from __future__ import annotations

from dateline.engine.cluster import DASK_CONFIG, _client


def _echo(x: bytes) -> int:
    return len(x)


def test_comms_keep_only_a_few_recent_payloads() -> None:
    """Every BatchedSend logs its recent payloads; a payload holds a whole batch of
    articles, so the run's client (and the in-process scheduler) keep only a few."""
    bound = DASK_CONFIG["distributed.admin.low-level-log-length"]
    with _client(None, 1) as client:
        for i in range(3 * bound):
            assert client.submit(_echo, bytes(1000 + i), pure=False).result() == 1000 + i
        logs = [client.scheduler_comm.recent_message_log]
        logs += [c.recent_message_log for c in client.cluster.scheduler.stream_comms.values()]
        assert len(logs) == 2
        assert all(len(log) <= bound for log in logs)
        assert len(client.cluster.scheduler.transition_log) <= bound
