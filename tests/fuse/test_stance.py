"""The stance detector on invented sentences: reading, features, the decision rule, the model
file, and the shipped model on plain cases of each label."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from newsdesk.fuse import stance as st
from newsdesk.fuse.stance import (
    LABELS,
    STANCE_FEATURES,
    Linear,
    StanceModel,
    Vocabulary,
    pair_features,
    read_text,
    read_words,
    stances,
)

VOCABULARY = Vocabulary(
    idf={"pier": 3.0, "harbour": 2.0}, words={"hoax": 0, "pier": 1}, unseen_idf=4.0
)
CLAIM = "The old stone pier in Brackwell will close for repairs in March."


def feature(claim: str, passage: str, name: str) -> float:
    features = pair_features(read_text(claim, VOCABULARY), read_text(passage, VOCABULARY))
    return features.stance[STANCE_FEATURES.index(name)]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("denies", "deny"),
        ("denied", "deny"),
        ("deny", "deny"),
        ("Jobs", "job"),
        ("boxes", "box"),
        ("reportedly", "report"),
        ("claims", "claim"),
        ("press", "press"),
        ("12", "12"),
    ],
)
def test_stem_brings_inflections_together(word: str, expected: str) -> None:
    assert st.stem(word) == expected


def test_read_words_splits_sentences_and_negations() -> None:
    words = read_words(
        'Officials didn\'t confirm it. "Is it true?" asked Anna Berg.\nIt cost 2,500 euros.'
    )
    assert words.sentences[0] == ("official", "did", "not", "confirm", "it")
    assert words.questions == (False, True, False)
    assert {"anna", "berg"} <= words.names
    assert words.numbers == frozenset({"2500"})
    assert words.quote_marks == 2


def test_a_passage_about_the_claim_scores_as_related() -> None:
    about = "Brackwell's stone pier will close in March so that repairs can begin."
    other = "A community orchard in Millford produced its first harvest of apples."
    for name in ("cos_all", "cover_all", "cover_best", "name_cover"):
        assert feature(CLAIM, about, name) > feature(CLAIM, other, name), name


def test_denial_cues_are_counted_in_the_sentences_that_hold_the_claim() -> None:
    denial = "The report that the Brackwell pier will close is a hoax, officials said."
    plain = "The Brackwell pier will close for repairs in March, officials said."
    assert feature(CLAIM, denial, "refute_near") > 0
    assert feature(CLAIM, plain, "refute_near") == 0
    assert feature(CLAIM, denial, "refute_cover") > 0.3


def test_negation_on_one_side_only_is_a_mismatch() -> None:
    negated = "The Brackwell pier will not close for repairs in March."
    assert feature(CLAIM, negated, "negation_mismatch") == 1.0
    assert feature(CLAIM, CLAIM, "negation_mismatch") == 0.0


def test_numbers_that_share_nothing_signal_a_conflict() -> None:
    claim = "The strike killed 12 people."
    assert feature(claim, "The strike killed 14 people.", "number_conflict") == 1.0
    assert feature(claim, "The strike killed 12 people.", "number_conflict") == 0.0
    assert feature(claim, "The strike killed many people.", "number_conflict") == 0.0


def test_words_are_read_near_the_claim_and_over_the_whole_passage() -> None:
    features = pair_features(
        read_text(CLAIM, VOCABULARY), read_text("A hoax about the pier.", VOCABULARY)
    )
    width = len(VOCABULARY.words)
    assert features.words == [0, 1, width + 0, width + 1]


def test_empty_texts_give_finite_features() -> None:
    features = pair_features(read_text("", VOCABULARY), read_text("", VOCABULARY))
    assert all(np.isfinite(features.stance))
    assert features.words == []


# --- the decision rule ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "threshold", "label"),
    [
        ((0.1, 0.1, 0.1, 0.7), 0.5, "unrelated"),
        ((0.3, 0.1, 0.2, 0.4), 0.5, "agree"),  # related wins even though no stance beats 0.4
        ((0.1, 0.6, 0.2, 0.1), 0.5, "disagree"),  # P(disagree | related) = 0.67
        ((0.1, 0.6, 0.2, 0.1), 0.7, "discuss"),  # under the operating point: the next best
        ((0.1, 0.6, 0.2, 0.1), 0.0, "disagree"),
    ],
)
def test_decide(row: tuple[float, ...], threshold: float, label: str) -> None:
    decided = st.decide(np.array(row), threshold)
    assert decided.label == label
    assert decided.p == pytest.approx(row[LABELS.index(label)])
    assert decided.probabilities == pytest.approx(row)


def test_known_related_pairs_get_a_stance_judged_given_related() -> None:
    row = np.array((0.05, 0.25, 0.0, 0.7))  # unlikely related, but a denial if it is
    assert st.decide(row, 0.8).label == "unrelated"
    assert st.decide(row, 0.8, known_related=True).label == "disagree"  # 0.25 / 0.3 = 0.83
    assert st.decide(row, 0.9, known_related=True).label == "agree"


# --- the model file ------------------------------------------------------------------------


def tiny_model(threshold: float = 0.5) -> StanceModel:
    """A hand-set model: related when the claim's words are covered; disagree with "hoax"."""
    n = len(STANCE_FEATURES)
    related_weights = np.zeros((len(st.RELATED_FEATURES), 1))
    related_weights[st.RELATED_FEATURES.index("cover_all"), 0] = 8.0
    related = Linear(
        np.zeros(len(st.RELATED_FEATURES)),
        np.ones(len(st.RELATED_FEATURES)),
        related_weights,
        np.array([-4.0]),
    )
    width = 2 * len(VOCABULARY.words)
    stance_weights = np.zeros((n + width, 3))
    stance_weights[n + 0, 1] = 5.0  # "hoax" near the claim
    stance = Linear(np.zeros(n), np.ones(n), stance_weights, np.array([1.0, 0.0, 0.5]))
    return StanceModel(VOCABULARY, related, stance, threshold)


def test_probabilities_sum_to_one() -> None:
    model = tiny_model()
    features = st.featurize([(CLAIM, CLAIM), (CLAIM, "Apples and pears.")], VOCABULARY)
    probabilities = model.probabilities(features)
    assert probabilities.shape == (2, 4)
    assert probabilities.sum(axis=1) == pytest.approx([1.0, 1.0])
    assert model.probabilities([]).shape == (0, 4)


def test_the_hand_set_model_reads_its_cues() -> None:
    model = tiny_model()
    found = stances(
        [
            (CLAIM, "The old stone pier in Brackwell will close for repairs in March."),
            (CLAIM, "That the old stone pier in Brackwell will close in March is a hoax."),
            (CLAIM, "Apples and pears."),
        ],
        model=model,
    )
    assert [s.label for s in found] == ["agree", "disagree", "unrelated"]
    # the caller's operating point overrides the model's
    strict = stances(
        [(CLAIM, "That the old stone pier in Brackwell will close is a hoax.")],
        model=model,
        disagree_min_p=0.999,
    )
    assert strict[0].label == "agree"


def test_a_model_survives_the_file(tmp_path: Path) -> None:
    model = tiny_model(threshold=0.65)
    path = tmp_path / "stance.npz"
    model.save(path)
    loaded = StanceModel.load(path)
    assert loaded.disagree_min_p == pytest.approx(0.65)
    assert loaded.vocabulary.words == VOCABULARY.words
    assert loaded.vocabulary.idf == pytest.approx(VOCABULARY.idf)
    pairs = [(CLAIM, "That the Brackwell pier will close is a hoax."), (CLAIM, "Pears.")]
    before = model.probabilities(st.featurize(pairs, VOCABULARY))
    after = loaded.probabilities(st.featurize(pairs, VOCABULARY))
    assert after == pytest.approx(before, abs=1e-5)  # stored as float32


def test_a_model_trained_on_other_features_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "stance.npz"
    tiny_model().save(path)
    with np.load(path) as data:
        arrays = {name: data[name] for name in data.files}
    arrays["features"] = np.array(["something", "else"])
    np.savez(path, **arrays)
    with pytest.raises(ValueError, match="retrain"):
        StanceModel.load(path)


# --- the shipped model ---------------------------------------------------------------------

FACT = "Russia will withdraw its troops from the Zaporizhzhia nuclear power plant."


@pytest.mark.parametrize(
    ("passage", "label"),
    [
        ("Russia will pull its troops out of the Zaporizhzhia nuclear power plant.", "agree"),
        (
            "Moscow denied reports that Russia will withdraw troops from the Zaporizhzhia "
            "nuclear power plant, calling them fake.",
            "disagree",
        ),
        (
            "Russia may withdraw its troops from the Zaporizhzhia nuclear power plant, according "
            "to unconfirmed reports.",
            "discuss",
        ),
        ("The orchard in Millford produced its first harvest of apples and pears.", "unrelated"),
    ],
)
def test_the_shipped_model_on_plain_cases(passage: str, label: str) -> None:
    assert st.stance(FACT, passage).label == label


def test_batch_and_single_calls_agree() -> None:
    passages = [
        "Russia will pull its troops out of the Zaporizhzhia nuclear power plant.",
        "Moscow denied that it will withdraw troops from the plant.",
        "The orchard in Millford produced its first harvest.",
    ]
    batch = stances([(FACT, p) for p in passages])
    single = [st.stance(FACT, p) for p in passages]
    assert [s.label for s in batch] == [s.label for s in single]
    for one, other in zip(batch, single, strict=True):
        assert one.probabilities == pytest.approx(other.probabilities)
    assert stances([]) == []
