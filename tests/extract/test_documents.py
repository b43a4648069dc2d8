"""Reading articles: formats, metadata, encodings, and the message for each kind of bad file."""

from __future__ import annotations

import json

import pytest

from extract.documents import documents_from_upload, read_path
from extract.errors import InputError
from tests.extract.extraction_helpers import relations

ARTICLE = "Poetin ontmoette Witkoff dinsdag in Moskou."


def test_documents_plain_text_uses_sidecar_metadata(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(
        json.dumps({"title": "Talks", "date": "2025-12-03", "language": "nl"})
    )
    [doc] = read_path(tmp_path / "a.txt")
    assert (doc.title, doc.date, doc.language, doc.text) == ("Talks", "2025-12-03", "nl", ARTICLE)


def test_documents_front_matter_gives_title_and_date(tmp_path):
    (tmp_path / "a.md").write_text(
        f"---\ntitle: Gesprekken\ndate: 3 december 2025\n---\n{ARTICLE}\n", encoding="utf-8"
    )
    [doc] = read_path(tmp_path / "a.md")
    assert doc.title == "Gesprekken"
    assert doc.text == ARTICLE


def test_documents_html_text_title_and_date_meta():
    html = (
        "<html><head><title>Talks in Moscow</title>"
        '<meta property="article:published_time" content="2025-12-03T09:00:00Z">'
        "<script>alert('x')</script></head>"
        f"<body><p>{ARTICLE}</p><p>Zelenski reageerde.</p></body></html>"
    ).encode()
    [doc] = documents_from_upload("page.html", html)
    assert doc.title == "Talks in Moscow"
    assert doc.date == "2025-12-03"
    assert doc.text == f"{ARTICLE}\nZelenski reageerde."
    assert "alert" not in doc.text


def test_documents_csv_rows_become_documents():
    data = "title,date,text\nEen,2025-12-01,Poetin sprak.\nTwee,2025-12-02,Trump sprak.\n".encode()
    docs = documents_from_upload("news.csv", data)
    assert [(d.title, d.date, d.text) for d in docs] == [
        ("Een", "2025-12-01", "Poetin sprak."),
        ("Twee", "2025-12-02", "Trump sprak."),
    ]


def test_documents_jsonl_rows_become_documents():
    data = (
        b'{"title": "A", "text": "Putin spoke."}\n\n{"title": "B", "text": "Trump spoke.", "date": '
        b'"2025-12-02"}\n'
    )
    docs = documents_from_upload("news.jsonl", data)
    assert [d.title for d in docs] == ["A", "B"]
    assert docs[1].date == "2025-12-02"


def test_documents_cp1252_text_is_decoded():
    data = "Oekraïne en Rusland praten over een akkoord, zei de woordvoerder.".encode("cp1252")
    [doc] = documents_from_upload("old.txt", data)
    assert "Oekraïne" in doc.text


def test_documents_folder_is_read_recursively_without_readmes(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "README.md").write_text("# not an article", encoding="utf-8")
    assert [d.id for d in read_path(tmp_path)] == ["b"]


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("empty.txt", b"", "empty.txt: the file is empty"),
        ("blank.txt", b"  \n\n ", "blank.txt: the file is empty"),
        (
            "image.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "image.txt: looks like a binary file, not text",
        ),
        ("notes.docx", b"PK\x03\x04", "notes.docx: unsupported file type '.docx'"),
        (
            "table.csv",
            b"title,body_text\nA,B\n",
            "table.csv: the CSV has no text column (columns: title, body_text)",
        ),
        ("lines.jsonl", b'{"text": "ok"}\n{not json}\n', "lines.jsonl, line 2: not valid JSON"),
        ("lines2.jsonl", b'["a list"]\n', "lines2.jsonl, line 1: expected a JSON object"),
        (
            "dated.csv",
            b"text,date\nPoetin sprak.,gisteren ooit\n",
            "dated.csv, line 2: cannot read the date 'gisteren ooit'",
        ),
    ],
)
def test_documents_bad_input_names_the_file_and_the_problem(name, data, message):
    with pytest.raises(InputError) as err:
        documents_from_upload(name, data)
    assert str(err.value).startswith(message)


def test_documents_too_large_file_is_refused(monkeypatch):
    import extract.documents as documents

    monkeypatch.setattr(documents, "MAX_BYTES", 100)
    with pytest.raises(InputError, match=r"big.txt: the file is too large"):
        documents_from_upload("big.txt", b"a" * 101)


def test_documents_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "missing.txt")


# --- each file, CSV row and JSONL line succeeds or fails alone ------------------------------------


def test_documents_upload_keeps_good_jsonl_lines_and_names_each_bad_one():
    from extract.documents import read_upload

    data = b'{"text": "Putin spoke."}\n{not json}\n["a list"]\n{"text": "Trump spoke."}\n'
    docs, failed = read_upload("news.jsonl", data)
    assert [d.text for d in docs] == ["Putin spoke.", "Trump spoke."]
    assert [source for source, _ in failed] == ["news.jsonl#2", "news.jsonl#3"]
    assert failed[0][1].startswith("news.jsonl, line 2: not valid JSON")
    assert failed[1][1] == "news.jsonl, line 3: expected a JSON object with a 'text' field"


def test_documents_upload_keeps_good_csv_rows_and_names_each_bad_one():
    from extract.documents import read_upload

    data = (
        b"text,date\nPutin spoke.,2025-12-01\n,2025-12-02\nTrump spoke.,someday maybe\nZelensky "
        b"spoke.,\n"
    )
    docs, failed = read_upload("news.csv", data)
    assert [d.text for d in docs] == ["Putin spoke.", "Zelensky spoke."]
    assert [message for _, message in failed] == [
        "news.csv, line 3: the row has no text",
        "news.csv, line 4: cannot read the date 'someday maybe'; expected YYYY-MM-DD",
    ]


def test_documents_upload_of_a_bad_file_is_one_failure_not_an_exception():
    from extract.documents import read_upload

    assert read_upload("empty.txt", b"") == ([], [("empty.txt", "empty.txt: the file is empty")])


def test_documents_read_paths_goes_past_an_empty_file_in_a_folder(tmp_path):
    from extract.documents import read_paths

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.jsonl").write_bytes(b'{"text": "Putin spoke."}\n{broken\n')
    (tmp_path / "empty").mkdir()
    docs, failed = read_paths([tmp_path, tmp_path / "empty", tmp_path / "missing.txt"])
    assert [d.id for d in docs] == ["a", "c-1"]
    assert [source for source, _ in failed] == [
        str(tmp_path / "b.txt"),
        f"{tmp_path / 'c.jsonl'}#2",
        str(tmp_path / "empty"),
        str(tmp_path / "missing.txt"),
    ]
    assert [message.split(":")[0] for _, message in failed] == [
        "b.txt",
        "c.jsonl, line 2",
        f"{tmp_path / 'empty'}",
        f"{tmp_path / 'missing.txt'}",
    ]


def test_documents_old_entry_points_still_raise_on_the_first_problem(tmp_path):
    (tmp_path / "c.jsonl").write_bytes(b'{"text": "Putin spoke."}\n{broken\n')
    with pytest.raises(InputError, match=r"c.jsonl, line 2: not valid JSON"):
        read_path(tmp_path / "c.jsonl")
    with pytest.raises(InputError, match=r"c.jsonl, line 2: not valid JSON"):
        documents_from_upload("c.jsonl", b'{"text": "Putin spoke."}\n{broken\n')


# --- JSON that is too deep, and sidecar fields of the wrong type ----------------------------------


def test_documents_deeply_nested_jsonl_line_is_one_line_error():
    from extract.documents import read_upload

    deep = b'{"text": "Putin spoke.", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n"
    docs, failed = read_upload("deep.jsonl", b'{"text": "Trump spoke."}\n' + deep)
    assert [d.text for d in docs] == ["Trump spoke."]
    assert failed == [("deep.jsonl#2", "deep.jsonl, line 2: not valid JSON (nested too deeply)")]


def test_documents_huge_number_in_jsonl_is_one_line_error():
    from extract.documents import read_upload

    docs, failed = read_upload(
        "big.jsonl", b'{"text": "Putin spoke.", "id": ' + b"9" * 5000 + b"}\n"
    )
    assert docs == []
    assert failed[0][1].startswith("big.jsonl, line 1: not valid JSON (Exceeds the limit")


def test_documents_deeply_nested_sidecar_is_one_line_error(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_path(tmp_path / "a.txt")
    assert str(err.value) == f"{tmp_path / 'a.meta.json'}: unreadable metadata (nested too deeply)"


@pytest.mark.parametrize(
    "field, value, shown",
    [("language", 5, "5"), ("title", ["a"], '["a"]'), ("date", {"y": 1}, '{"y": 1}')],
)
def test_documents_sidecar_field_of_the_wrong_type_names_file_and_field(
    tmp_path, field, value, shown
):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({field: value}), encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_path(tmp_path / "a.txt")
    assert (
        str(err.value)
        == f"{tmp_path / 'a.meta.json'}: the field '{field}' must be a string, not {shown}"
    )


# --- byte-order marks ---------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"])
def test_documents_text_with_a_byte_order_mark_is_read(encoding):
    import codecs

    boms = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}
    data = boms.get(encoding, b"") + ARTICLE.encode(encoding)
    [doc] = documents_from_upload("a.txt", data)
    assert doc.text == ARTICLE


def test_documents_utf16_csv_with_a_byte_order_mark_is_read():
    [doc] = documents_from_upload("a.csv", f"title,text\nTalks,{ARTICLE}\n".encode("utf-16"))
    assert (doc.title, doc.text) == ("Talks", ARTICLE)


@pytest.mark.parametrize("data", [b"\xff\xfe", "  \n".encode("utf-16")])
def test_documents_utf16_file_with_only_a_mark_or_spaces_is_empty(data):
    with pytest.raises(InputError, match=r"^blank.txt: the file is empty$"):
        documents_from_upload("blank.txt", data)


def test_documents_broken_utf16_after_its_mark_is_one_line_error():
    with pytest.raises(
        InputError, match=r"^odd.txt: starts with a UTF-16 byte-order mark but is not valid UTF-16"
    ):
        documents_from_upload("odd.txt", b"\xff\xfe" + "Poetin".encode("utf-16-le") + b"\x00\xdc")


def test_documents_size_limit_is_printed_as_stated():
    from extract.documents import MAX_BYTES

    with pytest.raises(InputError) as err:
        documents_from_upload("huge.txt", b"Putin spoke. " * (MAX_BYTES // 13 + 1))
    assert str(err.value) == "huge.txt: the file is too large (20.0 MB; the limit is 20 MB)"


def test_documents_csv_field_longer_than_128_kb_is_read():
    body = "Poetin sprak met Witkoff. " * 20_000  # 520 KB
    [doc] = documents_from_upload("long.csv", f'title,text\nLong,"{body}"\n'.encode())
    assert doc.text == body.strip()


def test_documents_a_file_name_with_a_line_break_still_gives_one_line():
    from extract.documents import read_upload

    with pytest.raises(InputError) as err:
        documents_from_upload("a\nb.txt", b"")
    assert str(err.value) == "a\\nb.txt: the file is empty"
    assert read_upload("a\rb.txt", b"")[1] == [("a\rb.txt", "a\\rb.txt: the file is empty")]


def test_documents_too_large_file_on_disk_is_refused_before_reading(tmp_path, monkeypatch):
    from pathlib import Path

    big = tmp_path / "big.txt"
    big.write_bytes(b"Putin spoke. " * 100)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file over the limit"))
    monkeypatch.setattr("extract.documents.MAX_BYTES", 1024 * 1024 // 1000)
    with pytest.raises(
        InputError, match=r"big.txt: the file is too large \(0.0 MB; the limit is 0.00"
    ):
        read_path(big)


# --- invisible and control characters --------------------------------------------------------
# Text copied from PDFs, terminals and web pages carries form feeds, vertical tabs, stray C0/C1
# controls and bidi overrides. They are not words: they glued sentences together ("Moscow.<VT>
# The") and names to junk ("Russia<SOH>"), and a bidi override makes a displayed sentence read
# differently from what was extracted.


def test_a_page_break_between_sentences_keeps_both_sentences_and_their_relation(tmp_path):
    (tmp_path / "pdf.txt").write_bytes(
        b"Vladimir Putin met Donald Trump in Moscow.\x0cThe Kremlin praised the talks.\n"
    )
    [doc] = read_path(tmp_path / "pdf.txt")
    assert doc.text == "Vladimir Putin met Donald Trump in Moscow.\nThe Kremlin praised the talks."
    assert ("Vladimir Putin", "CONSULT", "Donald Trump") in relations(doc.text, "en")


def test_stray_controls_inside_a_line_become_spaces_so_names_stay_whole(tmp_path):
    (tmp_path / "term.txt").write_bytes(b"Russia\x01 rejected the plan of Xi\x1fJinping.\n")
    [doc] = read_path(tmp_path / "term.txt")
    assert doc.text == "Russia  rejected the plan of Xi Jinping."


def test_bidi_overrides_and_zero_width_spaces_are_not_kept_in_the_text():
    [doc] = documents_from_upload(
        "paste.txt", "Putin\u202e attacked\u200b Ukraine\u2066.\u2069".encode()
    )
    # one space for each, so the offsets of the words do not move
    assert doc.text == "Putin  attacked  Ukraine . "


def test_emoji_joiners_and_tabs_are_kept():
    text = "Zelensky \U0001f469\u200d\U0001f4bb met\tBiden."
    [doc] = documents_from_upload("emoji.txt", text.encode())
    assert doc.text == text


def test_a_document_made_in_code_is_cleaned_the_same_way_and_keeps_its_length():
    from extract.documents import Document

    doc = Document(id="d", title="t", text="Kiev\x0bKyiv\x85\x9bOdesa", source="api")
    assert doc.text == "Kiev\nKyiv\n Odesa"


def test_every_character_not_text_is_replaced_wherever_it_stands_in_a_long_text():
    # the text is searched for such a character before it is rewritten: none may be missed
    from extract.documents import Document

    words = "Kyiv and Warsaw signed the accord. " * 40
    for code in [*range(0x00, 0x20), *range(0x7F, 0xA0), 0x200B, *range(0x2028, 0x202F)]:
        for ch in (chr(code), "\u2066", "\u2069", "\ufeff", "\ud800", "\udfff"):
            if ch in "\t\n\r":
                continue
            text = Document(id="d", title="", text=words + ch + words, source="api").text
            assert len(text) == 2 * len(words) + 1
            assert text[len(words)] in (" ", "\n", "\ufffd"), hex(ord(ch))
    assert Document(id="d", title="", text=words, source="api").text == words


def test_documents_markdown_markup_is_not_article_text(tmp_path):
    # a scraper's Markdown: the reader's text has no '#', '**', link targets or raw HTML
    (tmp_path / "a.md").write_text(
        "---\ndate: 2025-12-02\n---\n# Talks in Moscow\n\n"
        "**Poetin** ontmoette [Witkoff](https://example.com/witkoff) dinsdag in *Moskou*.\n"
        "    Zelenski reageerde <script>alert(1)</script> kort.\n\n"
        "- Rubio was er niet bij.\n",
        encoding="utf-8",
    )
    [doc] = read_path(tmp_path / "a.md")
    assert doc.title == "Talks in Moscow"
    assert doc.date == "2025-12-02"
    assert doc.text == (
        "Talks in Moscow\n"
        "Poetin ontmoette Witkoff dinsdag in Moskou. Zelenski reageerde kort.\n"
        "Rubio was er niet bij."
    )
    # the KB gives one node per person under its English label
    assert ("Vladimir Putin", "CONSULT", "Steve Witkoff") in relations(doc.text, "nl")


def test_documents_markdown_with_only_markup_says_so(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: x\n---\n![foto](a.png)\n", encoding="utf-8")
    with pytest.raises(InputError, match="a.md: has metadata but no article text"):
        read_path(tmp_path / "a.md")
