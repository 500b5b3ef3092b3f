"""Optional native build of the embedded engine; everything else about the package is in pyproject.toml.

arsum is pure Python and installs as such. With ARSUM_COMPILE=1 the modules every article goes through (the input
gate, page and sentence reading, the extractive engine's planning, salience and writer, the faithfulness checks)
are compiled with mypyc from the same type-annotated sources: about 1.5 times the articles per second on one core,
the same outputs (`make test-compiled` runs the test suite against the compiled modules). `make serve` compiles
when a C compiler is found; ARSUM_COMPILE=0 installs the pure-Python package. The engine classes themselves
(`service.engines.extractive`) stay Python, so that code of yours may subclass them.

    ARSUM_COMPILE=1 pip install '.[serve]'
"""

from __future__ import annotations

import os

from setuptools import Extension, setup

COMPILED = [
    "service/article.py",
    "service/text",
    "service/faithfulness",
    "service/engines/planning.py",
    "service/engines/salience.py",
    "service/engines/writer",
]


def compiled_modules() -> list[Extension]:
    """The mypyc extensions of COMPILED when ARSUM_COMPILE is 1, else none (a pure-Python install)."""
    if os.environ.get("ARSUM_COMPILE", "0") != "1":
        return []
    from mypyc.build import mypycify

    return mypycify(COMPILED, opt_level="3", multi_file=True)


setup(ext_modules=compiled_modules(), options={"build_ext": {"parallel": os.cpu_count() or 1}})
