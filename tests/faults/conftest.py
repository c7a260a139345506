"""The session's throwaway cluster (tests/faults/cluster.py), shared with fuzz and scale."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from faults.cluster import Cluster, acquire, release


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    c = acquire()
    try:
        yield c
    finally:
        release()
