"""The gazetteer: states, exonyms and the one vocabulary of titles and roles, user-extensible."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.errors import ConfigError
from newsdesk.gazetteer import fold, load_gazetteer


def test_states_by_name_alias_seat_and_adjective() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.state_named("the Kremlin") == "Russia"
    assert gazetteer.state_named("U.S.") == gazetteer.state_named("the US") == "United States"
    assert gazetteer.state_of_adjective("Russian") == "Russia"
    assert gazetteer.place_name("Kharkov") == "Kharkiv"
    assert fold("the U.S.") == "the us"


@pytest.mark.parametrize(
    ("words", "role"),
    [
        (["us", "leader"], ("leader", 1)),
        (["russian", "foreign", "minister"], ("foreign minister", 2)),
        (["top", "diplomat"], ("diplomat", 1)),
        (["protesters"], None),
    ],
)
def test_a_description_ends_in_its_longest_role(
    words: list[str], role: tuple[str, int] | None
) -> None:
    assert load_gazetteer().role_at_end(words) == role


def test_roles_name_the_titles_that_hold_them() -> None:
    gazetteer = load_gazetteer()
    assert "president" in gazetteer.titles_for("leader")
    assert "secretary of state" in gazetteer.titles_for("diplomat")
    assert gazetteer.titles_for("mufti") == ("mufti",)  # an unknown role is its own title
    assert gazetteer.is_title_word("Minister") and gazetteer.is_title_word("special")
    assert not gazetteer.is_title_word("Donald")


def test_a_users_file_adds_states_exonyms_and_titles(tmp_path: Path) -> None:
    extra = tmp_path / "mine.toml"
    extra.write_text(
        '[states.Kestria]\naliases = ["Kestria"]\nadjectives = ["Kestrian"]\nseats = ["Ravnik"]\n'
        '[exonyms]\nRavnyk = "Ravnik"\n'
        '[roles]\nleader = ["hetman"]\nelder = ["village elder"]\n',
        "utf-8",
    )
    gazetteer = load_gazetteer(str(extra))
    assert gazetteer.state_named("Ravnik") == "Kestria"
    assert gazetteer.state_of_adjective("Kestrian") == "Kestria"
    assert gazetteer.place_name("Ravnyk") == "Ravnik"
    assert "hetman" in gazetteer.titles_for("leader") and "president" in gazetteer.titles_for(
        "leader"
    )
    assert gazetteer.titles_for("elder") == ("village elder",)
    assert gazetteer.is_title_word("hetman")
    assert not load_gazetteer().is_title_word("hetman")  # ours is never changed


def test_the_shipped_table_knows_the_states_news_names_beyond_the_core(tmp_path: Path) -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.state_of_adjective("Iraqi") == gazetteer.state_named("Baghdad") == "Iraq"
    assert gazetteer.state_named("Burma") == gazetteer.state_of("Burmese") == "Myanmar"
    assert gazetteer.state_of("Congolese") == "Democratic Republic of the Congo"
    # words news uses for something else more often are left out: a US state, a given name
    assert gazetteer.state_named("Georgia") is None and gazetteer.state_named("Chad") is None
    assert gazetteer.state_named("Sofia") is None
    # a user's entry wins over the shipped one
    extra = tmp_path / "mine.toml"
    extra.write_text('[states.Mesopotamia]\naliases = ["Iraq"]\n', "utf-8")
    assert load_gazetteer(str(extra)).state_named("Iraq") == "Mesopotamia"


def test_a_users_file_with_an_unknown_table_is_refused(tmp_path: Path) -> None:
    extra = tmp_path / "bad.toml"
    extra.write_text("[titles]\nx = 1\n", "utf-8")
    with pytest.raises(ConfigError, match="unknown gazetteer table"):
        load_gazetteer(str(extra))


def test_a_role_must_list_its_titles(tmp_path: Path) -> None:
    extra = tmp_path / "bad.toml"
    extra.write_text('[roles]\nleader = "hetman"\n', "utf-8")
    with pytest.raises(ConfigError, match="list of titles"):
        load_gazetteer(str(extra))


def test_given_names_tell_a_gender_and_a_users_file_moves_one(tmp_path: Path) -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.gender_of_given_name("Hillary") == "f"
    assert gazetteer.gender_of_given_name("Volodymyr") == "m"
    assert gazetteer.gender_of_given_name("Kim") is None  # used for both: left out
    extra = tmp_path / "names.toml"
    extra.write_text('[given_names]\nf = ["Sasha"]\nm = ["Hillary"]\n', "utf-8")
    mine = load_gazetteer(str(extra))
    assert mine.gender_of_given_name("Sasha") == "f"
    assert mine.gender_of_given_name("Hillary") == "m"  # the user's word wins


def test_a_whole_title_is_known_by_its_words() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.is_title("head of state") and gazetteer.is_title("Foreign  Minister")
    assert not gazetteer.is_title("head of the valley")


def test_a_users_states_that_are_no_tables_are_refused_with_the_file_named(
    tmp_path: Path,
) -> None:
    for text in ("states = 3\n", '[states]\nKestria = "Kestria"\n'):
        extra = tmp_path / "mine.toml"
        extra.write_text(text, "utf-8")
        with pytest.raises(ConfigError, match=r"mine\.toml"):
            load_gazetteer(str(extra))


def test_an_alias_spelled_like_a_common_word_counts_only_capitalised() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.state_of("the States") == gazetteer.state_of("US") == "United States"
    assert gazetteer.state_of("states") is None  # "help states provide treatment"
    assert gazetteer.state_of("us") is None  # "told us"
    assert gazetteer.state_of("american") == "United States"  # an adjective stays one


def test_armed_groups_are_known_under_their_acronyms_and_transliterations() -> None:
    gazetteer = load_gazetteer()
    named = {gazetteer.state_named(n) for n in ("ISIS", "ISIL", "Daesh", "the Islamic State")}
    assert named == {"Islamic State"}
    assert gazetteer.state_named("Hizbollah") == gazetteer.state_named("Hezbollah") == "Hezbollah"
    assert gazetteer.state_named("Ansar Allah") == "Houthis"
    assert gazetteer.state_of("Houthi") == "Houthis"
    assert gazetteer.state_named("al Qaeda") == gazetteer.state_named("al-Qaida") == "al-Qaeda"
    assert gazetteer.state_named("is") is None and gazetteer.state_of("Islamic") is None
