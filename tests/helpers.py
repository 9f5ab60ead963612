"""Small helpers the extractor tests share."""

from __future__ import annotations


def people_at(*first_words: str):  # noqa: ANN201 - a function of a Doc
    """A ``tag`` for the ``extract_text`` fixture: a two-word PERSON entity opening at each of ``first_words``, as the
    model tagged the release a rule comes from."""
    from spacy.tokens import Span

    def tag(doc):  # noqa: ANN001, ANN202
        return [Span(doc, t.i, t.i + 2, label="PERSON") for t in doc if t.text in first_words]

    return tag
