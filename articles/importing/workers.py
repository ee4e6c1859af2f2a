"""Forked worker processes that each run one task at a time, under a deadline
and a memory limit.

``multiprocessing.Pool`` cannot stop one task, and hangs for ever when a
worker dies (a segfault in a C parser, the kernel's OOM killer). Here every
task is sent to an idle worker with a deadline; a worker that misses it is
killed, one that dies (or runs out of memory) is noticed through its pipe, and
either way only that task fails (a ``Lost`` result) and a fresh worker takes
its place. Workers are forked, so they inherit what the parent loaded (the
mentions registry) without pickling it.

A task's deadline is CPU time, not wall time: on a busy machine a worker may
get a fraction of a core, and a file must not fail (or pass) depending on what
else the machine does. A task that stops using CPU (blocked, asleep) is caught
by a wall-clock backstop, ``WALL_FACTOR`` times the budget.

A fresh worker gets its first task only once it says it is ready (``READY``,
after the initializer): what starting costs (the initializer's work, pages
copied from a large parent on first touch) is never counted against a task.
"""

import gc
import os
import resource
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing import get_context
from multiprocessing.connection import wait

READY = "ready"  # what a worker sends once started, before it reads a task
# A worker that is not ready this long after its fork is replaced; after this
# many starts in a row fail, the pool gives up (something is broken, not a file).
START_SECONDS = 60.0
MAX_FAILED_STARTS = 3
TIMEOUT = "timeout"  # the task ran past its deadline; the worker was killed
CRASH = "crash"  # the worker died (signal, abort, out of memory) mid-task
ERROR = "error"  # the task raised; ``detail`` is the exception's class name


@dataclass(frozen=True)
class Lost:
    """A task that gave no result."""

    kind: str  # TIMEOUT, CRASH or ERROR
    detail: str = ""


def _limit_memory(megabytes: int) -> None:
    """Cap this process's address space at what it maps now plus ``megabytes``
    (a fork shares the parent's mappings, which count towards RLIMIT_AS)."""
    if megabytes <= 0:
        return
    with open("/proc/self/statm") as statm:
        mapped = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    limit = mapped + megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


# How often an idle worker checks that the process that started it is alive.
PARENT_CHECK_SECONDS = 1.0

# A task that used less than its CPU budget still loses its worker after this
# many times the budget of wall time (it is blocked, not working).
WALL_FACTOR = 6

# The shortest wait between checks of busy workers' clocks.
MIN_WAIT = 0.05

_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def cpu_seconds(pid: int) -> float | None:
    """User plus system CPU time of process ``pid`` (Linux ``/proc``), or None."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return None
    # Fields 14 and 15 of proc(5), counted after the parenthesised command name.
    return (int(fields[11]) + int(fields[12])) / _TICKS


def _serve(conn, parent_ends, parent_pid, target, memory_mb, initializer, initargs) -> None:
    """A worker's life: run tasks from ``conn`` until it closes or the parent dies.
    Never returns."""
    status = 0
    try:
        # Never collect what the fork inherited: a collection walks every object and
        # writes its header, so each page of the parent's heap gets copied, and in a
        # worker forked from a large process (the test suite's, a long import's) that
        # was seconds of CPU time counted against the file being read.
        gc.freeze()
        # This fork holds copies of the parent's ends of every worker's pipe,
        # its own included: close them, so the pipe reads EOF once the parent
        # is gone (killed with -9, say) instead of keeping an orphan alive.
        for end in parent_ends:
            end.close()
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
        if initializer is not None:
            initializer(*initargs)
        _limit_memory(memory_mb)
        conn.send(READY)
        while True:
            try:
                while not conn.poll(PARENT_CHECK_SECONDS):
                    if os.getppid() != parent_pid:
                        raise EOFError
                task = conn.recv()
            except EOFError:
                break
            try:
                result = target(task)
            except MemoryError:
                # The heap may be in no state to go on: report, then make way for a fresh worker.
                conn.send(Lost(CRASH, "MemoryError"))
                break
            except Exception as exc:
                result = Lost(ERROR, type(exc).__name__)
            conn.send(result)
    except BaseException:
        status = 1
    finally:
        # No interpreter shutdown: it would run the parent's finalizers (closing
        # inherited database connections) in this copy of it.
        os._exit(status)


class _Worker:
    def __init__(self, pool: "TaskPool"):
        context = get_context("fork")
        self.conn, child = context.Pipe()
        parent_ends = [self.conn, *(worker.conn for worker in pool.workers)]
        self.process = context.Process(
            target=_serve,
            args=(
                child,
                parent_ends,
                os.getpid(),
                pool.target,
                pool.memory_mb,
                pool.initializer,
                pool.initargs,
            ),
            daemon=True,
        )
        self.process.start()
        child.close()  # so the parent reads EOF when the worker dies
        self.started = time.monotonic()
        self.ready = False  # until it sends READY

    def take_ready(self) -> bool:
        """Read the worker's first message: whether it is READY (False: it died)."""
        try:
            self.ready = self.conn.recv() == READY
        except (EOFError, OSError):
            self.ready = False
        return self.ready

    def cpu(self) -> float | None:
        return cpu_seconds(self.process.pid)

    def stop(self, *, kill: bool = False) -> None:
        if kill and self.process.is_alive():
            self.process.kill()
        self.conn.close()
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


class Pending:
    """The results of ``TaskPool.map_async``, in task order, from ``get()``."""

    def __init__(self, run: Callable[[], list]):
        self._results: list = []
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._work, args=(run,), daemon=True)
        self._thread.start()

    def _work(self, run) -> None:
        try:
            self._results = run()
        except BaseException as exc:  # re-raised in the caller's thread
            self._error = exc

    def get(self, timeout: float | None = None) -> list:
        self._thread.join(timeout)
        if self._thread.is_alive():
            raise TimeoutError("tasks still running")
        if self._error is not None:
            raise self._error
        return self._results


@dataclass
class _Busy:
    """A task in a worker: its index, and the clocks it started at."""

    index: int
    wall: float  # time.monotonic() when sent
    cpu: float | None  # the worker's CPU seconds when sent (None: no /proc, wall time only)

    def spent(self, worker: "_Worker", now: float, budget: float) -> tuple[bool, float]:
        """(over budget, seconds before it could be): CPU time counts, wall time is
        the backstop (and the whole rule where CPU time cannot be read)."""
        wall = now - self.wall
        cpu = worker.cpu() if self.cpu is not None else None
        if cpu is None:
            return wall >= budget, budget - wall
        used = cpu - self.cpu
        backstop = budget * WALL_FACTOR - wall
        # A single-threaded task gains at most one CPU second per wall second.
        return used >= budget or backstop <= 0, min(budget - used, backstop)


class TaskPool:
    """``size`` forked workers running ``target(task)``, each task within
    ``seconds`` of CPU time (``WALL_FACTOR`` times that of wall time) and
    ``memory_mb`` more memory than the fork began with.

    One batch of tasks at a time: ``map(tasks)`` or ``map_async(tasks).get()``.
    Workers start on first use and are stopped by ``close()`` (or ``with``).
    """

    def __init__(
        self,
        size: int,
        target: Callable,
        *,
        seconds: float,
        memory_mb: int = 0,
        initializer: Callable | None = None,
        initargs: Sequence = (),
    ):
        self.size = max(1, size)
        self.target = target
        self.seconds = seconds
        self.memory_mb = memory_mb
        self.initializer = initializer
        self.initargs = tuple(initargs)
        self.workers: list[_Worker] = []
        self.replaced = 0  # workers killed or found dead, for reports and tests
        self.failed_starts = 0  # in a row

    def map(self, tasks: Sequence) -> list:
        """One result per task, in order: the target's return value or a ``Lost``."""
        while len(self.workers) < min(self.size, len(tasks)):
            self.workers.append(_Worker(self))
        results: list = [None] * len(tasks)
        queue = deque(enumerate(tasks))
        busy: dict[_Worker, _Busy] = {}
        while queue or busy:
            for worker in self.workers:
                if queue and worker.ready and worker not in busy:
                    index, task = queue[0]
                    cpu = worker.cpu()
                    try:
                        worker.conn.send(task)
                    except OSError:  # died while idle: replace it, the task waits
                        self._replace(worker, busy)
                        break
                    queue.popleft()
                    busy[worker] = _Busy(index, time.monotonic(), cpu)
            starting = [w for w in self.workers if not w.ready]
            if not busy and not starting:
                continue
            now = time.monotonic()
            timeouts = [task.spent(worker, now, self.seconds)[1] for worker, task in busy.items()]
            timeouts += [w.started + START_SECONDS - now for w in starting]
            waiting = [w.conn for w in busy] + [w.conn for w in starting]
            ready = set(wait(waiting, max(MIN_WAIT, min(timeouts))))
            now = time.monotonic()
            for worker in starting:
                if worker.conn in ready and worker.take_ready():
                    self.failed_starts = 0
                elif worker.conn in ready or now - worker.started >= START_SECONDS:
                    self._failed_start(worker, busy)
            for worker, task in list(busy.items()):
                index = task.index
                if worker.conn in ready:
                    try:
                        results[index] = worker.conn.recv()
                    except (EOFError, OSError):
                        results[index] = Lost(CRASH)
                    else:
                        del busy[worker]
                        if isinstance(results[index], Lost) and results[index].kind == CRASH:
                            self._replace(worker, busy)
                        continue
                elif task.spent(worker, now, self.seconds)[0]:
                    results[index] = Lost(TIMEOUT)
                else:
                    continue
                self._replace(worker, busy, kill=True)
        return results

    def map_async(self, tasks: Sequence) -> Pending:
        """``map`` in a thread of this process, so the caller can work meanwhile."""
        return Pending(lambda: self.map(tasks))

    def _failed_start(self, worker: _Worker, busy: dict) -> None:
        self.failed_starts += 1
        if self.failed_starts > MAX_FAILED_STARTS:
            raise RuntimeError(f"{self.failed_starts} workers in a row could not start")
        self._replace(worker, busy, kill=True)

    def _replace(self, worker: _Worker, busy: dict, *, kill: bool = False) -> None:
        busy.pop(worker, None)
        worker.stop(kill=kill)
        self.workers[self.workers.index(worker)] = _Worker(self)
        self.replaced += 1

    def close(self) -> None:
        for worker in self.workers:
            worker.stop(kill=True)
        self.workers = []

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()
