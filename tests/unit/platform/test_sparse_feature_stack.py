"""A message's sparse features joined side by side (issue 17): the direct join of two COO
blocks is scipy's hstack, array for array, and Rasa's Features combine as before."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
import scipy.sparse as sp
from rasa.shared.nlu.training_data.features import Features

from bot.rasa_platform import patches as rasa_patches


@pytest.fixture
def rasas_own() -> Iterator[Any]:
    """Rasa's own _combine_sparse_features during the test; the patch undone afterwards."""
    saved = vars(Features)["_combine_sparse_features"]
    Features._combine_sparse_features = getattr(saved, rasa_patches._ORIGINAL, saved)
    yield Features._combine_sparse_features
    Features._combine_sparse_features = saved


def _same(ours: Any, theirs: Any) -> None:
    assert type(ours) is type(theirs)
    assert ours.shape == theirs.shape and ours.dtype == theirs.dtype
    for name in ("row", "col", "data"):
        mine, expected = getattr(ours, name), getattr(theirs, name)
        assert mine.dtype == expected.dtype, name
        assert np.array_equal(mine, expected), name
    assert ours.has_canonical_format == theirs.has_canonical_format


def _block(rnd: np.random.Generator, rows: int, cols: int, dtype: Any) -> sp.coo_matrix:
    nnz = int(rnd.integers(0, rows * cols + 1)) if rows and cols else 0
    row = rnd.integers(0, max(rows, 1), nnz)
    col = rnd.integers(0, max(cols, 1), nnz)  # repeats and any order, as COO allows
    data = (rnd.random(nnz) * 5).astype(dtype)
    return sp.coo_matrix((data, (row, col)), shape=(rows, cols))


def test_two_coo_blocks_join_as_scipy_joins_them() -> None:
    rnd = np.random.default_rng(17)
    dtypes = (np.float32, np.float64, np.int64, np.int32, np.bool_, np.uint8)
    tried = 0
    for rows in (0, 1, 3, 9):
        for left_cols, right_cols in ((0, 4), (5, 0), (1, 1), (7, 300), (40, 3)):
            for left_type in dtypes:
                right_type = dtypes[int(rnd.integers(0, len(dtypes)))]
                left = _block(rnd, rows, left_cols, left_type)
                right = _block(rnd, rows, right_cols, right_type)
                _same(rasa_patches.hstack_coo_pair(left, right), sp.hstack([left, right]))
                tried += 1
    assert tried == 4 * 5 * 6


def test_wide_blocks_get_the_wider_index_type() -> None:
    left = sp.coo_matrix(([1.0], ([0], [2])), shape=(1, 3))
    right = sp.coo_matrix(([2.0], ([0], [5])), shape=(1, 2**31))
    joined = rasa_patches.hstack_coo_pair(left, right)
    _same(joined, sp.hstack([left, right]))
    assert joined.col.dtype == np.int64 and joined.col[-1] == 3 + 5


def _features(matrix: Any, origin: str) -> Features:
    return Features(matrix, "sequence", "text", origin)


def test_features_combine_as_before(rasas_own: Any) -> None:
    rnd = np.random.default_rng(3)
    parts = [
        _block(rnd, 6, 12, np.float32),
        _block(rnd, 6, 300, np.float32),
        sp.csr_matrix(_block(rnd, 6, 8, np.float64)),  # not COO: scipy's own hstack
        _block(rnd, 6, 2000, np.float32),
    ]

    def combined() -> Any:
        first = _features(copy.deepcopy(parts[0]), "regex")
        first.fingerprint()
        for i, part in enumerate(parts[1:]):
            first.combine_with_features(_features(part, f"f{i}"))
        return first

    expected = combined()
    rasa_patches.patch_sparse_feature_stack()
    assert Features._combine_sparse_features is not rasas_own
    ours = combined()
    _same(ours.features, expected.features)
    assert ours.fingerprint() == expected.fingerprint()

    mismatched = _features(_block(rnd, 5, 3, np.float32), "other")
    with pytest.raises(ValueError, match="sequence dimensions do not match: 6 != 5"):
        combined().combine_with_features(mismatched)
