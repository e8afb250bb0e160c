"""TF-IDF vectors of a story's units, as compressed sparse rows in plain numpy.

Each unit is a row-normalised TF-IDF vector over the story's terms (named spans as entity ids,
lemmas, numbers), so that the dot product of two rows is their cosine. The term weight is
sublinear in the term's summed clause weights (a word of a background clause counts less), and
the inverse document frequency is the story's own: a word every report uses says little about
which reports match.

Alignment needs three products, all here: one pair of rows, many pairs at once (the candidate
pairs), and a block (the members of two groups).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from newsdesk.fuse.units import Unit

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class TermVectors:
    """Row i is units[i]'s vector: its terms indices[indptr[i]:indptr[i + 1]], sorted, and
    their weights in data at the same positions."""

    indptr: Ints
    indices: Ints
    data: Floats

    @classmethod
    def of(cls, units: Sequence[Unit]) -> TermVectors:
        vocabulary: dict[str, int] = {}
        rows: list[dict[int, float]] = []
        for unit in units:
            weighted: dict[int, float] = defaultdict(float)
            for position, term in enumerate(unit.terms):
                column = vocabulary.setdefault(term, len(vocabulary))
                weighted[column] += unit.weights[position] if unit.weights else 1.0
            rows.append(weighted)
        frequency = np.zeros(max(len(vocabulary), 1))
        for row in rows:
            for column in row:
                frequency[column] += 1
        idf = np.log((1 + len(units)) / (1 + frequency)) + 1.0
        return cls._normalised(rows, idf)

    @classmethod
    def _normalised(cls, rows: Sequence[dict[int, float]], idf: Floats) -> TermVectors:
        indptr, indices, data = [0], [], []
        for row in rows:
            columns = sorted(row)
            values = [_sublinear(row[c]) * idf[c] for c in columns]
            norm = math.sqrt(sum(v * v for v in values)) or 1.0
            indices += columns
            data += [v / norm for v in values]
            indptr.append(len(indices))
        return cls(
            np.asarray(indptr, dtype=np.int64),
            np.asarray(indices, dtype=np.int64),
            np.asarray(data, dtype=np.float64),
        )

    def dot(self, first: int, second: int) -> float:
        """The cosine of two rows."""
        a, b = self._row(first), self._row(second)
        common, at_a, at_b = np.intersect1d(a[0], b[0], assume_unique=True, return_indices=True)
        return float(a[1][at_a] @ b[1][at_b]) if len(common) else 0.0

    def pair_dots(self, left: Ints, right: Ints) -> Floats:
        """The cosine of each pair (left[k], right[k]): the entries of both rows of every pair,
        sorted by (pair, term), multiplied where a term repeats within a pair."""
        found = np.zeros(len(left))
        pair_a, term_a, value_a = self._entries(left)
        pair_b, term_b, value_b = self._entries(right)
        pairs = np.concatenate([pair_a, pair_b])
        terms = np.concatenate([term_a, term_b])
        values = np.concatenate([value_a, value_b])
        order = np.lexsort((terms, pairs))
        pairs, terms, values = pairs[order], terms[order], values[order]
        same = (pairs[1:] == pairs[:-1]) & (terms[1:] == terms[:-1])
        np.add.at(found, pairs[1:][same], values[1:][same] * values[:-1][same])
        return found

    def block(self, a: Ints, b: Ints) -> Floats:
        """The cosines of a's rows with b's rows, dense over the few terms they hold."""
        rows = np.concatenate([a, b])
        owner, positions = self._positions(rows)
        if not len(positions):
            return np.zeros((len(a), len(b)))
        terms, local = np.unique(self.indices[positions], return_inverse=True)
        dense = np.zeros((len(rows), len(terms)))
        dense[owner, local] = self.data[positions]
        return dense[: len(a)] @ dense[len(a) :].T

    def _row(self, row: int) -> tuple[Ints, Floats]:
        start, end = self.indptr[row], self.indptr[row + 1]
        return self.indices[start:end], self.data[start:end]

    def _entries(self, rows: Ints) -> tuple[Ints, Ints, Floats]:
        """(position in `rows`, term, weight) of every entry of these rows."""
        owner, positions = self._positions(rows)
        return owner, self.indices[positions], self.data[positions]

    def _positions(self, rows: Ints) -> tuple[Ints, Ints]:
        """For every entry of these rows: which of them holds it, and where it is stored."""
        starts = self.indptr[rows]
        lengths = self.indptr[rows + 1] - starts
        owner = np.repeat(np.arange(len(rows)), lengths)
        offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
        return owner, np.arange(int(lengths.sum())) + offsets


def _sublinear(weight: float) -> float:
    """A term said twice counts more than once, less than twice; a background word less."""
    return 1.0 + math.log(weight) if weight >= 1.0 else weight
