from __future__ import annotations

import pytest

from reader.core.entities import EntitySpan
from reader.nlp import Cancelled
from reader.nlp.model import Chunk, case_normalised, chunk_text, model_spans, order_chunks

from .shared import CancelAfter, french, sample_text


def test_chunks_are_lines_without_surrounding_space() -> None:
    text = "  Premier paragraphe.\n\n\tSecond paragraphe.  \n"
    chunks = chunk_text(text)
    assert [text[c.start : c.end] for c in chunks] == ["Premier paragraphe.", "Second paragraphe."]


def test_hard_wrapped_sentences_are_joined() -> None:
    text = "Le directeur de la technologie du\ngroupe a déclaré que la société\navait fini.\nFin."
    chunks = chunk_text(text)
    assert [text[c.start : c.end] for c in chunks] == [
        "Le directeur de la technologie du\ngroupe a déclaré que la société\navait fini.",
        "Fin.",
    ]


def test_long_paragraphs_are_cut_at_sentence_ends() -> None:
    sentence = "Alibaba ouvre un centre dans le Hebei. "
    text = sentence * 200
    chunks = chunk_text(text, max_chars=1000)
    assert all(c.end - c.start <= 1000 for c in chunks)
    assert all(text[c.start : c.end].endswith(".") for c in chunks)
    assert "".join(text[c.start : c.end] + " " for c in chunks) == text


def test_first_range_comes_first_alone() -> None:
    chunks = [Chunk(i * 10, i * 10 + 9) for i in range(200)]
    batches = order_chunks(chunks, (1000, 1030))
    assert batches[0] == [Chunk(1000, 1009), Chunk(1010, 1019), Chunk(1020, 1029)]
    rest = [c for batch in batches[1:] for c in batch]
    assert len(rest) == 197
    assert rest == sorted(rest, key=lambda c: c.start)


@pytest.mark.slow
def test_model_spans_have_whole_text_offsets() -> None:
    text = sample_text()
    spans = model_spans(text, french())
    assert spans == sorted(spans)
    assert all(text[s.start : s.end] == s.text and s.source == "model" for s in spans)
    assert {"Jeff Zhang", "Alibaba", "Beijing"} <= {s.text for s in spans}
    # Same entities as spaCy on each line alone.
    expected = []
    offset = 0
    for line in text.split("\n"):
        for ent in french()(line).ents:
            expected.append((offset + ent.start_char, offset + ent.end_char))
        offset += len(line) + 1
    assert [(s.start, s.end) for s in spans] == expected


@pytest.mark.slow
def test_progress_cancel_and_first_screen() -> None:
    paragraph = "Jeff Zhang, directeur du groupe Alibaba, était à Beijing lundi."
    text = "\n".join(f"{i}. {paragraph}" for i in range(300))
    first = (len(text) - 200, len(text))
    calls: list[tuple[int, int]] = []
    batches: list[list[EntitySpan]] = []
    spans = model_spans(
        text,
        french(),
        first=first,
        progress=lambda d, t: calls.append((d, t)),
        on_batch=batches.append,
    )
    total = calls[-1][1]
    assert calls[-1][0] == total
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert len(calls) > 2
    # The first batch is the last lines of the text: the visible screen.
    assert batches[0] and all(s.start >= first[0] - len(paragraph) - 5 for s in batches[0])
    assert sorted(s for batch in batches for s in batch) == spans

    # One process polls before each batch (the twin's own cancel: test_nlp_twin).
    cancelled = CancelAfter(2)
    with pytest.raises(Cancelled):
        model_spans(text, french(), cancelled=cancelled, twin=False)
    assert cancelled.polls == 3


def test_all_caps_text_goes_to_the_model_in_title_case_with_the_same_offsets() -> None:
    cases = {
        "CHAPITRE IX": "Chapitre IX",
        "LE RETOUR DU CAPITAINE À GENÈVE": "Le Retour Du Capitaine À Genève",
        "Il cria : DERNIÈRES NOUVELLES DE LONDRES, puis se tut.": (
            "Il cria : Dernières Nouvelles De Londres, puis se tut."
        ),
        "La SNCF et l’ONU ont signé.": "La SNCF et l’ONU ont signé.",  # acronyms stay
        "Une phrase ordinaire à Paris.": "Une phrase ordinaire à Paris.",
    }
    for piece, expected in cases.items():
        normalised = case_normalised(piece)
        assert normalised == expected
        assert len(normalised) == len(piece)
