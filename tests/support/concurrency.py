"""Run one callable in many threads released at the same instant, each with its own database connection."""

import threading

from django.db import connection


def all_at_once(count, action, timeout=120):
    """Call ``action(index)`` in ``count`` threads that start together; return the results in order.

    An exception is returned as its result (the caller's assertions report it);
    every thread closes its own database connection, as a finished request does.
    """
    start = threading.Barrier(count)
    results = [None] * count

    def run(index):
        try:
            start.wait(timeout=30)
            results[index] = action(index)
        except Exception as error:  # noqa: BLE001  (returned to the test, which asserts on it)
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=timeout)
    return results
