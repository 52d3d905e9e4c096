"""Callback for the bench: each task's duration, written as JSON to $BENCH_TIMER_FILE.

A task's duration runs from ``v2_playbook_on_task_start`` to its result on the
controller (``v2_runner_on_ok``/``failed``/``skipped``), so it includes the
module's transfer, its run and the result's way back into Ansible, not
ansible-playbook's own start-up.
"""

from __future__ import annotations

import json
import os
import time

from ansible.plugins.callback import CallbackBase

DOCUMENTATION = r"""
name: bench_timer
type: aggregate
short_description: task durations as JSON, for bench/
description:
  - Writes each task's name, duration in seconds and status, as JSON, to the file named by
    the environment variable BENCH_TIMER_FILE.
requirements:
  - enabled in ANSIBLE_CALLBACKS_ENABLED
"""


class CallbackModule(CallbackBase):
    """Record task durations."""

    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = "aggregate"
    CALLBACK_NAME = "bench_timer"
    CALLBACK_NEEDS_ENABLED = True

    def __init__(self):
        super().__init__()
        self._tasks = []
        self._current = None

    def v2_playbook_on_task_start(self, task, is_conditional):
        self._current = {"name": task.get_name(), "start": time.perf_counter()}

    def _done(self, status):
        if self._current is not None:
            self._current["seconds"] = time.perf_counter() - self._current.pop("start")
            self._current["status"] = status
            self._tasks.append(self._current)
            self._current = None

    def v2_runner_on_ok(self, result):
        self._done("ok")

    def v2_runner_on_failed(self, result, ignore_errors=False):
        self._done("failed")

    def v2_runner_on_skipped(self, result):
        self._done("skipped")

    def v2_runner_on_unreachable(self, result):
        self._done("unreachable")

    def v2_playbook_on_stats(self, stats):
        path = os.environ.get("BENCH_TIMER_FILE")
        if path:
            with open(path, "w", encoding="utf-8") as handle:
                json.dump({"tasks": self._tasks}, handle)
