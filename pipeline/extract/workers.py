"""Worker processes for reading pages, which leave Ctrl-C to the main process."""

from __future__ import annotations

import contextlib
import signal
from concurrent.futures import ProcessPoolExecutor


@contextlib.contextmanager
def worker_pool(workers: int):
    """A process pool whose workers ignore Ctrl-C (the main process says once what happened, not
    every worker with a traceback); on an interrupt or an error the queued work is dropped and
    the workers are stopped at once, not left to finish their pages."""
    pool = ProcessPoolExecutor(workers, initializer=signal.signal, initargs=(signal.SIGINT, signal.SIG_IGN))
    try:
        yield pool
    except BaseException:
        processes = list((pool._processes or {}).values())  # no public way to stop them before Python 3.14
        for process in processes:
            process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown()
