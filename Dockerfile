# arsum HTTP service. Build:  docker build -t arsum .
# Run (embedded extractive engine):  docker run --rm -p 8000:8000 arsum
# With a converted bundle:  docker run --rm -p 8000:8000 -v "$PWD/bundle-ct2:/models/news:ro" \
#     -e ARSUM_ENGINE=ctranslate2 -e ARSUM_MODEL=/models/news arsum
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# ---- build: a virtual environment with arsum and its serving extras ----
FROM ${PYTHON_IMAGE} AS build
# serve,fast = FastAPI + CTranslate2 engine. Add ",neural" for the PyTorch seq2seq engine, with
# --build-arg PIP_EXTRA_INDEX_URL=https://download.pytorch.org/whl/cpu to get the CPU build of torch.
ARG EXTRAS=serve,fast
ARG PIP_EXTRA_INDEX_URL=
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/arsum && /opt/arsum/bin/pip install --upgrade pip setuptools wheel
WORKDIR /src
COPY pyproject.toml README.md ./
COPY service ./service
COPY training ./training
RUN /opt/arsum/bin/pip install ${PIP_EXTRA_INDEX_URL:+--extra-index-url "$PIP_EXTRA_INDEX_URL"} ".[${EXTRAS}]"

# ---- runtime: the environment, tcmalloc, a non-root user; no compilers, no sources ----
FROM ${PYTHON_IMAGE} AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends libtcmalloc-minimal4 \
    && rm -rf /var/lib/apt/lists/* \
    && ln -s "$(find /usr/lib -name libtcmalloc_minimal.so.4 | head -n 1)" /usr/local/lib/libtcmalloc_minimal.so.4 \
    && test -e /usr/local/lib/libtcmalloc_minimal.so.4 \
    && useradd --system --uid 10001 --user-group --home-dir /srv/arsum --create-home arsum \
    && mkdir -p /models && chown arsum:arsum /models
COPY --from=build /opt/arsum /opt/arsum
COPY configs/serve.yaml /srv/arsum/configs/serve.yaml
WORKDIR /srv/arsum
# Every setting is an ARSUM_* variable (see configs/serve.yaml); `docker run -e ARSUM_...` overrides these.
ENV PATH=/opt/arsum/bin:$PATH \
    LD_PRELOAD=/usr/local/lib/libtcmalloc_minimal.so.4 \
    PYTHONUNBUFFERED=1 \
    ARSUM_CONFIG=/srv/arsum/configs/serve.yaml \
    ARSUM_HOST=0.0.0.0 \
    ARSUM_PORT=8000
VOLUME ["/models"]
USER arsum
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('ARSUM_PORT', '8000'), timeout=4)"]
CMD ["arsum", "serve"]
