"""W3C Web Annotation JSON: the model's shape, a lossless round trip, clear errors."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.annotations import Annotation, Colour, TextQuote
from reader.core.errors import InputError
from reader.export import ExportDocument, ImportedAnnotation, export_w3c, parse_w3c
from reader.export.w3c import document_iri

from .export_samples import annotation, article_document, sample_annotations


def as_imported(a: Annotation) -> ImportedAnnotation:
    """What parse_w3c should give back for ``a`` (timestamps naive UTC)."""

    def naive(moment: datetime) -> datetime:
        return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment

    return ImportedAnnotation(
        id=a.id,
        start=None if a.orphan else a.start,
        end=None if a.orphan else a.end,
        quote=a.quote,
        colour=a.colour,
        note=a.note,
        tags=a.tags,
        created=naive(a.created),
        modified=naive(a.updated),
    )


def test_collection_shape() -> None:
    annotations = sample_annotations()
    data = json.loads(export_w3c(article_document(annotations)))
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection"
    assert data["label"] == "Alibaba ouvre ses centres de données du Hebei"
    assert data["total"] == 5
    assert data["generated"] == "2026-11-26T14:05:00Z"
    page = data["first"]
    assert page["type"] == "AnnotationPage"
    assert page["startIndex"] == 0
    items = page["items"]
    assert len(items) == 5
    first = items[0]
    a = annotations[0]
    assert first == {
        "id": f"urn:uuid:{a.id}",
        "type": "Annotation",
        "motivation": "commenting",
        "created": "2026-11-26T14:01:00Z",
        "modified": "2026-11-26T14:01:30.123456Z",
        "body": [
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "value": "Premier responsable cité",
                "format": "text/plain",
            },
            {"type": "TextualBody", "purpose": "tagging", "value": "personne"},
            {"type": "TextualBody", "purpose": "tagging", "value": "chine/cloud"},
        ],
        "target": {
            "type": "SpecificResource",
            "source": "file:///home/ann/articles/alibaba.txt",
            "styleClass": "hl-yellow",
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": a.quote.exact,
                    "prefix": a.quote.prefix,
                    "suffix": a.quote.suffix,
                },
                {"type": "TextPositionSelector", "start": a.start, "end": a.end},
            ],
        },
        "stylesheet": {
            "type": "CssStylesheet",
            "value": ".hl-yellow { background-color: rgba(255, 212, 59, 0.5); }",
        },
    }
    # a highlight without a note is "highlighting" and has no comment body
    green = next(i for i in items if i["target"]["styleClass"] == "hl-green")
    assert green["motivation"] == "highlighting"
    assert green["body"] == [{"type": "TextualBody", "purpose": "tagging", "value": "marché"}]
    # the orphan comes last, with no position
    orphan = items[-1]
    assert [s["type"] for s in orphan["target"]["selector"]] == ["TextQuoteSelector"]


def test_round_trip_of_the_sample() -> None:
    annotations = sample_annotations()
    parsed = parse_w3c(export_w3c(article_document(annotations)))
    assert sorted(parsed, key=lambda p: p.id) == sorted(
        (as_imported(a) for a in annotations), key=lambda p: p.id
    )
    assert parsed[-1].orphan
    assert not parsed[0].orphan


unicode_text = st.text(st.characters(codec="utf-8"), max_size=60)
notes = st.one_of(
    unicode_text,
    st.sampled_from(
        [
            "ligne 1\nligne 2\r\n\n\tfin",
            "🙂👩‍👩‍👧 𠀀 emoji",
            "שלום עולם — مرحبا بالعالم",
            "\u202eRTL override\u202c and \u200f marks",
            '"quotes" \\ backslash </script> \u2028 \u2029 \x00 \x7f',
        ]
    ),
)
moments = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.none()
)


@st.composite
def annotation_objects(draw: st.DrawFn) -> Annotation:
    text = draw(unicode_text) or "x"
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start, len(text)))
    ident = draw(
        st.one_of(
            st.uuids().map(str),
            st.uuids().map(lambda u: str(u).upper()),
            st.text(min_size=1, max_size=20),
        )
    )
    return Annotation(
        id=ident,
        document_id=1,
        start=start,
        end=end,
        quote=TextQuote(draw(unicode_text), draw(unicode_text), draw(unicode_text)),
        colour=draw(st.sampled_from(list(Colour))),
        note=draw(notes),
        tags=tuple(draw(st.lists(unicode_text.filter(bool), max_size=4))),
        created=draw(moments),
        updated=draw(moments),
        orphan=draw(st.booleans()),
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=st.lists(annotation_objects(), max_size=6), title=unicode_text)
def test_export_then_parse_is_lossless(items: list[Annotation], title: str) -> None:
    document = ExportDocument(title=title, text="", annotations=items)
    parsed = parse_w3c(export_w3c(document))
    assert len(parsed) == len(items)
    by_id: dict[str, list[ImportedAnnotation]] = {}
    for p in parsed:
        by_id.setdefault(p.id, []).append(p)
    for a in items:  # a UUID comes back in canonical form, as it is stored
        stored = replace(a, id=canonical_id(a.id))
        assert as_imported(stored) in by_id[stored.id]


def canonical_id(identifier: str) -> str:
    try:
        return str(uuid.UUID(identifier.strip()))
    except ValueError:
        return identifier


def test_aware_timestamps_are_written_in_utc() -> None:
    text = "Some text."
    paris = timezone(timedelta(hours=1))
    a = replace(annotation(text, 0, 4), created=datetime(2026, 1, 1, 12, 0, tzinfo=paris))
    data = json.loads(export_w3c(ExportDocument(title="t", text=text, annotations=(a,))))
    assert data["first"]["items"][0]["created"] == "2026-01-01T11:00:00Z"
    (parsed,) = parse_w3c(json.dumps(data))
    assert parsed.created == datetime(2026, 1, 1, 11, 0)


def test_document_iri() -> None:
    def iri(source: str | None, title: str = "Title") -> str:
        return document_iri(ExportDocument(title=title, text="", source=source))

    assert iri("/home/ann/a b.txt") == "file:///home/ann/a%20b.txt"
    assert iri("C:\\Users\\ann\\a.txt") == "file:///C:/Users/ann/a.txt"
    assert iri("https://example.com/a") == "https://example.com/a"
    assert iri("urn:isbn:123") == "urn:isbn:123"
    assert iri("article.txt") == "article.txt"
    assert iri(None) == "Title"


# -- reading other shapes ---------------------------------------------------------------------


def one(**changes: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": "urn:uuid:6b86b273-ff34-4ce1-9b3c-9c2b3e0d3f10",
        "type": "Annotation",
        "target": {
            "source": "http://example.com/page",
            "selector": {"type": "TextQuoteSelector", "exact": "word"},
        },
    }
    item.update(changes)
    return item


def test_reads_single_annotation_page_list_and_lenient_shapes() -> None:
    expected_id = "6b86b273-ff34-4ce1-9b3c-9c2b3e0d3f10"
    for data in (
        one(),
        [one()],
        {"type": "AnnotationPage", "items": [one()]},
        {"type": ["AnnotationCollection"], "first": {"type": "AnnotationPage", "items": [one()]}},
        {"type": "AnnotationCollection", "items": [one()]},
    ):
        (parsed,) = parse_w3c(json.dumps(data))
        assert parsed.id == expected_id
        assert parsed.quote == TextQuote("word", "", "")
        assert parsed.start is None
        assert parsed.orphan
        assert parsed.colour is Colour.YELLOW
        assert parsed.created is None
    hypothesis_style = one(
        id="https://hypothes.is/a/abc",
        bodyValue="A comment",
        body={"type": "TextualBody", "purpose": ["tagging"], "value": "tag1"},
        created="2026-01-02T03:04:05.678+02:00",
        target=[
            "http://example.com/other",
            {
                "source": "http://example.com/page",
                "styleClass": "important hl-purple",
                "selector": [
                    {"type": "RangeSelector"},
                    {"type": "TextPositionSelector", "start": 3, "end": 7},
                ],
            },
        ],
    )
    (parsed,) = parse_w3c(json.dumps(hypothesis_style))
    assert parsed.id == "https://hypothes.is/a/abc"
    assert parsed.note == "A comment"
    assert parsed.tags == ("tag1",)
    assert (parsed.start, parsed.end, parsed.quote) == (3, 7, None)
    assert parsed.colour is Colour.PURPLE
    assert parsed.created == datetime(2026, 1, 2, 1, 4, 5, 678000)
    empty = {"type": "AnnotationCollection", "total": 0}
    assert parse_w3c(json.dumps(empty)) == []
    chained = {
        "type": "AnnotationPage",
        "items": [one()],
        "next": {"type": "AnnotationPage", "items": [one(id="urn:uuid:x")]},
    }
    assert [p.id for p in parse_w3c(json.dumps(chained))] == [expected_id, "x"]


BAD_INPUTS = [
    ("", "invalid JSON"),
    ("{", "invalid JSON"),
    ("not json at all", "invalid JSON"),
    ("\ud800", "invalid JSON"),
    ("42", "expected a JSON object or list"),
    ('"text"', "expected a JSON object or list"),
    ("null", "expected a JSON object or list"),
    ('{"type": "Person"}', "expected an AnnotationCollection"),
    ("{}", "expected an AnnotationCollection"),
    ('{"type": "AnnotationCollection", "total": 3}', "no first page"),
    ('{"type": "AnnotationCollection", "first": "http://x/page1"}', "pages are separate"),
    ('{"type": "AnnotationPage", "items": {"a": 1}}', "items are not a list"),
    ("[1]", "annotation 1: it is not a JSON object"),
    ('[{"type": "Person"}]', "its type is not Annotation"),
    ('[{"type": "Annotation"}]', "it has no id"),
    ('[{"type": "Annotation", "id": 5}]', "it has no id"),
    ('[{"type": "Annotation", "id": "x"}]', "it has no target"),
    ('[{"type": "Annotation", "id": "x", "target": "http://x"}]', "has no selector"),
    (
        '[{"type": "Annotation", "id": "x", "target": {"selector": {"type": "CssSelector"}}}]',
        "no text quote or position",
    ),
]


@pytest.mark.parametrize(("text", "message"), BAD_INPUTS)
def test_invalid_input_raises_a_clear_input_error(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        parse_w3c(text)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("selector", "message"),
    [
        ({"type": "TextPositionSelector", "start": -1, "end": 3}, "0 <= start <= end"),
        ({"type": "TextPositionSelector", "start": 5, "end": 3}, "0 <= start <= end"),
        ({"type": "TextPositionSelector", "start": True, "end": 3}, "0 <= start <= end"),
        ({"type": "TextPositionSelector", "start": "1", "end": 3}, "0 <= start <= end"),
        ({"type": "TextPositionSelector", "start": 1.5, "end": 3}, "0 <= start <= end"),
        ({"type": "TextQuoteSelector", "exact": 3}, "TextQuoteSelector is malformed"),
        ({"type": "TextQuoteSelector", "exact": "a", "prefix": None}, "malformed"),
    ],
)
def test_malformed_selectors(selector: dict[str, Any], message: str) -> None:
    data = [one(target={"selector": selector})]
    with pytest.raises(InputError, match=message):
        parse_w3c(json.dumps(data))


def test_malformed_bodies_and_dates() -> None:
    with pytest.raises(InputError, match="a body's value is not text"):
        parse_w3c(json.dumps([one(body=[{"type": "TextualBody", "value": 3}])]))
    with pytest.raises(InputError, match="created date 'yesterday' is not ISO 8601"):
        parse_w3c(json.dumps([one(created="yesterday")]))
    with pytest.raises(InputError, match="modified date is not text"):
        parse_w3c(json.dumps([one(modified=20260101)]))


JSON_KEYS = (
    "type", "id", "items", "first", "target", "selector", "body", "start", "end", "exact",
    "prefix", "suffix", "purpose", "value", "created", "modified", "next", "styleClass",
    "bodyValue", "total",
)  # fmt: skip
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(JSON_KEYS), children, max_size=6)
    ),
    max_leaves=30,
)
shaped = st.sampled_from(
    ["Annotation", "AnnotationPage", "AnnotationCollection", "TextQuoteSelector",
     "TextPositionSelector", "TextualBody"]
)  # fmt: skip


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=json_values, kind=shaped)
def test_any_json_gives_annotations_or_an_input_error(value: Any, kind: str) -> None:
    for data in (value, {"type": kind, **value} if isinstance(value, dict) else value):
        try:
            parsed = parse_w3c(json.dumps(data))
        except InputError as exc:
            assert str(exc)
        else:
            assert all(isinstance(p, ImportedAnnotation) for p in parsed)


@pytest.mark.parametrize(
    "spelling",
    [
        "urn:uuid:6B86B273-FF34-4CE1-9B3C-9C2B3E0D3F10",
        "{6b86b273-ff34-4ce1-9b3c-9c2b3e0d3f10}",
        "6b86b273ff344ce19b3c9c2b3e0d3f10",
        "urn:x-reader:annotation:6B86B273-FF34-4CE1-9B3C-9C2B3E0D3F10",
    ],
)
def test_uuid_ids_are_read_in_canonical_form(spelling: str) -> None:
    (item,) = parse_w3c(json.dumps(one(id=spelling)))
    assert item.id == "6b86b273-ff34-4ce1-9b3c-9c2b3e0d3f10"


def test_other_ids_are_kept_as_they_are() -> None:
    (item,) = parse_w3c(json.dumps(one(id="hypothesis:abc123")))
    assert item.id == "hypothesis:abc123"


def test_dates_and_offsets_out_of_range_are_clear_refusals() -> None:
    with pytest.raises(InputError) as late:
        parse_w3c(json.dumps(one(created="9999-12-31T23:00:00-14:00")))
    assert str(late.value) == (
        "Cannot import annotation 1 (6b86b273-ff34-4ce1-9b3c-9c2b3e0d3f10): its created date"
        " '9999-12-31T23:00:00-14:00' is out of range (years 1 to 9999 in UTC)"
    )
    target = {
        "source": "x",
        "selector": {"type": "TextPositionSelector", "start": 0, "end": 2**63},
    }
    with pytest.raises(InputError) as far:
        parse_w3c(json.dumps(one(target=target)))
    assert str(far.value) == (
        "Cannot import annotation 1 (6b86b273-ff34-4ce1-9b3c-9c2b3e0d3f10): its"
        " TextPositionSelector end 9223372036854775808 is out of range (no text is longer"
        " than 2,147,483,647 characters)"
    )
