"""Re-anchoring annotations in changed texts (reader.core.anchoring)."""

from __future__ import annotations

import random
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.anchoring import FUZZY_THRESHOLD, anchor, edit_distances
from reader.core.annotations import TextQuote, quote_at

ARTICLE = (
    "Le groupe chinois Alibaba a mis en place lundi 12 septembre ses premiers centres de "
    "données auto-construits dans la province du Hebei. Une mesure qui permet au géant "
    "chinois de l’e-commerce d’accroître ses compétences en cloud computing.\n"
    "Le nouveau siège installé dans le comté de Zhangbei couvre une surface de 60 000 m². "
    "Jeff Zhang, directeur de la technologie du groupe, a déclaré que le site serait "
    "alimenté par des énergies renouvelables.\n"
    "Les analystes estiment que la concurrence avec Tencent et Baidu va s’intensifier "
    "dans les prochaines années, notamment dans le nord du pays.\n"
)

_VOCABULARY = (
    "the of and to in is was for on that with as by at from his her an which or be are "
    "this had not but have were they their one all there been has when who will more no "
    "if out so said what up its about into than them can only other new some could time "
    "these two may then do first any my now such like our over man me even most made after "
    "also did many before must through back years where much your way well down should "
    "because each just those people how too little state good very make world still own "
    "see men work long get here between both life being under never day same another know "
    "while last might us great old year off come since against go came right used take "
    "three states himself few house use during without again place american around however "
    "home small found thought went say part once general high upon school every united left "
    "number course war until always away something fact though water less public put think "
    "almost hand enough far took head yet government system better set told nothing night"
)


def prose(size: int, seed: int) -> str:
    """Pseudo-random prose of about ``size`` characters: sentences and paragraphs."""
    rng = random.Random(seed)
    vocabulary = _VOCABULARY.split()
    parts: list[str] = []
    total = 0
    while total < size:
        words = [rng.choice(vocabulary) for _ in range(rng.randint(6, 24))]
        sentence = " ".join(words).capitalize() + ". "
        if rng.random() < 0.12:
            sentence += "\n"
        parts.append(sentence)
        total += len(sentence)
    return "".join(parts)


def test_position_still_holding_the_quote_is_kept() -> None:
    start = ARTICLE.index("Jeff Zhang")
    quote = quote_at(ARTICLE, start, start + 10)
    assert anchor(ARTICLE, quote, start, start + 10) == (start, start + 10)


def test_text_inserted_before_shifts_the_position() -> None:
    start = ARTICLE.index("Jeff Zhang")
    end = start + len("Jeff Zhang, directeur de la technologie")
    quote = quote_at(ARTICLE, start, end)
    new = "Dernière mise à jour à 13h34 le 13/09\n" + ARTICLE
    shift = len("Dernière mise à jour à 13h34 le 13/09\n")
    assert anchor(new, quote, start, end) == (start + shift, end + shift)


def test_text_removed_before_shifts_the_position() -> None:
    start = ARTICLE.index("Les analystes")
    end = ARTICLE.index(" va s’intensifier")
    quote = quote_at(ARTICLE, start, end)
    new = ARTICLE[ARTICLE.index("Le nouveau siège") :]
    found = anchor(new, quote, start, end)
    assert found is not None
    assert new[found[0] : found[1]] == quote.exact


def test_slightly_reworded_passage_is_found_in_its_new_place() -> None:
    passage = "Jeff Zhang, directeur de la technologie du groupe, a déclaré que le site"
    start = ARTICLE.index(passage)
    end = start + len(passage)
    quote = quote_at(ARTICLE, start, end)
    reworded = "Jeff Zhang, le directeur technique du groupe, a déclaré que ce site"
    new = "Un chapeau ajouté.\n" + ARTICLE.replace(passage, reworded)
    found = anchor(new, quote, start, end)
    assert found is not None
    new_start = new.index(reworded)
    assert found == (new_start, new_start + len(reworded))


def test_word_edited_at_the_edge_snaps_to_the_whole_word() -> None:
    passage = "premiers centres de données auto-construits"
    start = ARTICLE.index(passage)
    quote = quote_at(ARTICLE, start, start + len(passage))
    new = ARTICLE.replace(passage, "premières centres de données auto-construites")
    found = anchor(new, quote, start, start + len(passage))
    assert found is not None
    assert new[found[0] : found[1]] == "premières centres de données auto-construites"


def test_deleted_passage_becomes_an_orphan() -> None:
    sentence = (
        "Jeff Zhang, directeur de la technologie du groupe, a déclaré que le site serait "
        "alimenté par des énergies renouvelables."
    )
    start = ARTICLE.index("directeur de la technologie")
    end = start + len("directeur de la technologie du groupe")
    quote = quote_at(ARTICLE, start, end)
    new = ARTICLE.replace(sentence, "")
    assert anchor(new, quote, start, end) is None


def test_whole_document_replaced_orphans_every_passage() -> None:
    other = prose(20_000, seed=7)
    for passage in ("Jeff Zhang, directeur", "premiers centres de données", "Zhangbei", "nord"):
        start = ARTICLE.index(passage)
        quote = quote_at(ARTICLE, start, start + len(passage))
        assert anchor(other, quote, start, start + len(passage)) is None, passage


def test_repeated_quote_resolved_by_its_context() -> None:
    text = (
        "Alice met the mayor on Monday. Bob met the mayor on Tuesday. "
        "Carol met the mayor on Friday."
    )
    start = text.index("the mayor on Tuesday")
    end = start + len("the mayor")
    quote = quote_at(text, start, end)
    # The text before the passage changes (positions move), the passage's context stays.
    new = "Headline. " + text.replace("Alice met", "Alice, the new clerk, met")
    found = anchor(new, quote, start, end)
    assert found is not None
    assert found[0] == new.index("the mayor on Tuesday")
    assert found[1] == found[0] + len("the mayor")


def test_repeated_quote_with_equal_context_takes_the_nearest() -> None:
    text = "abc ---- x ---- x ---- x ---- abc"
    chunk = "---- x ----"
    quote = TextQuote(exact="x", prefix="---- ", suffix=" ----")
    # Three equally good occurrences: the one nearest the old position wins.
    occurrences = [i + 5 for i in range(len(text)) if text.startswith(chunk, i)]
    assert len(occurrences) == 3
    for old in occurrences:
        new = "zz" + text
        assert anchor(new, quote, old, old + 1) == (old + 2, old + 3)


def test_unicode_offsets_are_code_points() -> None:
    text = "Pas de 🙂 ici. Le caractère 𠀀 (CJK B) et 👩‍👩‍👧 précèdent la phrase cible ici."
    passage = "la phrase cible"
    start = text.index(passage)
    quote = quote_at(text, start, start + len(passage))
    new = "🎉🎉 𠀁 " + text
    found = anchor(new, quote, start, start + len(passage))
    assert found is not None
    assert new[found[0] : found[1]] == passage
    # The quote itself made of astral characters, reworded a little.
    text2 = "début 𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇 milieu 🙂🙃😉😊😇🥰 fin"
    start2 = text2.index("𠀀")
    end2 = text2.index(" milieu")
    quote2 = quote_at(text2, start2, end2)
    new2 = "++ " + text2.replace("𠀃", "𠀙")
    found2 = anchor(new2, quote2, start2, end2)
    assert found2 is not None
    assert new2[found2[0] : found2[1]] == "𠀀𠀁𠀂𠀙𠀄𠀅𠀆𠀇"


def test_very_short_quotes() -> None:
    text = "Il a dit « oui » puis « non », et enfin « oui » encore."
    for exact in ("o", "ou", "oui"):
        start = text.index(exact, text.index("enfin"))
        quote = quote_at(text, start, start + len(exact))
        new = "Avant: " + text
        assert anchor(new, quote, start, start + len(exact)) == (start + 7, start + 7 + len(exact))
    # A one-character highlight whose surroundings were rewritten is not guessed.
    start = text.index("»")
    quote = quote_at(text, start, start + 1)
    assert anchor(prose(5_000, seed=3), quote, start, start + 1) is None


def test_empty_or_out_of_range() -> None:
    assert anchor(ARTICLE, TextQuote("", "a", "b"), 0, 0) is None
    quote = TextQuote("Zhangbei", "dans le comté de ", " couvre une")
    found = anchor(ARTICLE, quote, 10**9, 10**9 + 8)
    assert found is not None
    assert ARTICLE[found[0] : found[1]] == "Zhangbei"
    assert anchor("", quote, 0, 8) is None


def test_threshold_is_sane() -> None:
    assert 0.5 < FUZZY_THRESHOLD < 1


def test_large_text_fuzzy_anchor_is_not_quadratic() -> None:
    text = prose(1_000_000, seed=1)
    rng = random.Random(2)
    worst = 0.0
    for length in (12, 60, 300, 2_000):
        start = rng.randrange(300_000, 900_000)
        end = start + length
        quote = quote_at(text, start, end)
        chars = list(quote.exact)
        for i in rng.sample(range(length), max(1, length // 12)):
            chars[i] = "#"
        edited = "".join(chars)
        new = text[:1_000] + "An inserted paragraph.\n" + text[1_000:start] + edited + text[end:]
        began = time.perf_counter()
        found = anchor(new, quote, start, end)
        worst = max(worst, time.perf_counter() - began)
        shift = len("An inserted paragraph.\n")
        assert found is not None, length
        assert abs(found[0] - (start + shift)) <= 2
        assert abs(found[1] - (end + shift)) <= 2
    # Typically well under 0.2 s; only guard against pathological (quadratic) behaviour.
    assert worst < 10


def test_large_text_orphan_and_frequent_short_quote() -> None:
    text = prose(1_000_000, seed=4)
    start = 500_000
    quote = quote_at(text, start, start + 80)
    began = time.perf_counter()
    assert anchor(text[: start - 100] + text[start + 180 :], quote, start, start + 80) is None
    quote = quote_at(text, start, start + 1)  # a single, very common character
    found = anchor("x" + text, quote, start, start + 1)
    assert found == (start + 1, start + 2)
    assert time.perf_counter() - began < 10


def _brute_distances(pattern: str, text: str, anchored: bool) -> list[int]:
    m = len(pattern)
    previous = list(range(m + 1))
    out = [m]
    for j, c in enumerate(text):
        current = [j + 1 if anchored else 0]
        for i in range(1, m + 1):
            current.append(
                min(previous[i] + 1, current[i - 1] + 1, previous[i - 1] + (pattern[i - 1] != c))
            )
        out.append(current[m])
        previous = current
    return out


@settings(max_examples=300, deadline=None)
@given(
    pattern=st.text(alphabet="abc🙂", min_size=1, max_size=80),
    text=st.text(alphabet="abcd🙂", max_size=40),
    anchored=st.booleans(),
)
def test_edit_distances_match_the_textbook_dynamic_programme(
    pattern: str, text: str, anchored: bool
) -> None:
    assert edit_distances(pattern, text, anchored=anchored) == _brute_distances(
        pattern, text, anchored
    )


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_unchanged_or_shifted_text_always_anchors_exactly(data: st.DataObject) -> None:
    text = data.draw(st.text(alphabet="ab c\n🙂", min_size=1, max_size=200))
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote = quote_at(text, start, end)
    found = anchor(text, quote, start, end)
    assert found == (start, end)
    insert = data.draw(st.text(alphabet="xyz", max_size=20))
    found = anchor(insert + text, quote, start, end)
    assert found is not None
    assert (insert + text)[found[0] : found[1]] == quote.exact
