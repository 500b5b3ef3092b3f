"""The Arabic examples in docstrings are part of the documentation: they must stay true."""

import doctest
import importlib

import pytest

MODULES = [
    "service.text.normalize", "service.text.language", "service.text.markup", "service.text.segment",
    "service.text.page", "service.text.stem", "service.engines.salience", "service.engines.compress", "service.rows",
    "service.faithfulness.numbers", "service.faithfulness.words", "service.faithfulness.negation",
    "service.faithfulness.evidence", "service.faithfulness.check", "service.faithfulness.policy",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0
