"""The forked worker: a child computes where the program allows it, the caller otherwise, with the
same result or exception; a child never outlives its caller."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

import pytest

from desktop.engine import pipeline, worker
from desktop.engine.export import to_dict
from desktop.engine.worker import Worker, forking
from tests.long_article import write_long_article

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork on this system")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _pid_and(value: int) -> tuple[int, int]:
    return os.getpid(), value * 2


def test_inside_forking_a_child_process_computes_the_result():
    with forking(), Worker(_pid_and, 21) as job:
        assert job.forked
        pid, value = job.result()
    assert (pid != os.getpid(), value) == (True, 42)


def test_outside_forking_the_caller_computes_it():
    with Worker(_pid_and, 21) as job:
        assert not job.forked
        assert job.result() == (os.getpid(), 42)


def test_without_os_fork_or_when_fork_fails_the_caller_computes_it(monkeypatch):
    def refuse():
        raise OSError("no more processes")

    monkeypatch.setattr(os, "fork", refuse)
    with forking(), Worker(_pid_and, 1) as job:
        assert job.result() == (os.getpid(), 2)
    monkeypatch.delattr(os, "fork")
    with forking(), Worker(_pid_and, 2) as job:
        assert job.result() == (os.getpid(), 4)


def test_with_another_thread_running_nothing_is_forked():
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        with forking(), Worker(_pid_and, 3) as job:
            assert not job.forked
            assert job.result() == (os.getpid(), 6)
    finally:
        release.set()
        thread.join()


def _fails() -> None:
    raise ValueError("bad article")


def test_an_exception_in_the_child_is_raised_by_the_caller_as_a_plain_call_would():
    with forking(), Worker(_fails) as job, pytest.raises(ValueError, match="bad article"):
        job.result()


def _unpicklable() -> tuple[int, object]:
    return os.getpid(), lambda: None


def test_a_result_the_child_cannot_send_is_computed_by_the_caller():
    with forking(), Worker(_unpicklable) as job:
        assert job.forked
        pid, _ = job.result()
    assert pid == os.getpid()


def _report_then_block(report: int, hold: int) -> None:
    os.write(report, str(os.getpid()).encode())
    os.read(hold, 1)  # nobody writes: blocks until killed


def test_leaving_before_the_result_kills_the_child_and_waits_for_it():
    report_r, report_w = os.pipe()
    hold_r, hold_w = os.pipe()
    try:
        with forking(), Worker(_report_then_block, report_w, hold_r):
            child = int(os.read(report_r, 32))
        with pytest.raises(ProcessLookupError):
            os.kill(child, 0)  # killed and reaped: no such process, not even a zombie
    finally:
        for fd in (report_r, report_w, hold_r, hold_w):
            os.close(fd)


def test_a_digest_with_forked_workers_is_the_digest_without(seed_path, monkeypatch):
    forks = []
    real_fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or real_fork())
    monkeypatch.setattr(worker, "PARALLEL_FROM", 0)
    alone = to_dict(pipeline.digest_path(seed_path))
    assert forks == []
    with forking():
        together = to_dict(pipeline.digest_path(seed_path))
    assert len(forks) == 2  # half of the segmentation, then the speakers
    assert together == alone
    assert worker._allowed is False


def test_precis_summarize_on_a_long_article_prints_what_the_engine_digests(tmp_path):
    path = write_long_article(tmp_path / "long.txt", size=worker.PARALLEL_FROM + 20_000)
    done = subprocess.run([sys.executable, "-m", "desktop.cli", "--format", "json", str(path)],
                          capture_output=True, text=True, cwd=ROOT, check=True)
    printed = json.loads(done.stdout)
    printed.pop("timings_ms")
    assert printed == to_dict(pipeline.digest_path(path))
    assert len(printed["speakers"]) >= 2
