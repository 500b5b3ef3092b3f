"""The Arabic examples in the training package's docstrings must stay true."""

import doctest
import importlib

import pytest

MODULES = ["training.examples", "training.quality", "training.vocabulary"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0
