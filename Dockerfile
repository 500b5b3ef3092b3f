# arsum HTTP service.
# Build:  docker build -t arsum .
#         buildah/podman: add --format docker, or the HEALTHCHECK is dropped (OCI image configs have none)
# Run (embedded extractive engine):  docker run --rm -p 8000:8000 arsum
# With a converted bundle:  docker run --rm -p 8000:8000 -v "$PWD/bundle-ct2:/models/news:ro" \
#     -e ARSUM_ENGINE=ctranslate2 -e ARSUM_MODEL=/models/news arsum
# Behind a corporate mirror or proxy:  --build-arg PIP_INDEX_URL=https://pypi.mirror.example/simple \
#     --build-arg CA_BUNDLE="$(cat corporate-ca.pem)"
# Rebuilt and smoke-tested (buildah + podman, debootstrap stand-in base) by scripts/check-image.sh.
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# ---- base: the Python image, plus an extra CA certificate when one is given (for pip and apt) ----
FROM ${PYTHON_IMAGE} AS base
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
# PEM text of CA certificates to trust in addition to the system's (a TLS-inspecting proxy, an internal mirror).
ARG CA_BUNDLE=
RUN if [ -n "$CA_BUNDLE" ]; then \
        printf '%s\n' "$CA_BUNDLE" > /usr/local/share/ca-certificates/arsum-build-ca.crt && update-ca-certificates; \
    fi

# ---- build: a virtual environment with arsum and its serving extras ----
FROM base AS build
# serve,fast = FastAPI + CTranslate2 engine. Add ",neural" for the PyTorch seq2seq engine, with
# --build-arg PIP_EXTRA_INDEX_URL=https://download.pytorch.org/whl/cpu to get the CPU build of torch.
ARG EXTRAS=serve,fast
# pip reads these itself when they are given (a mirror: PIP_INDEX_URL; a second index: PIP_EXTRA_INDEX_URL).
ARG PIP_INDEX_URL
ARG PIP_EXTRA_INDEX_URL
ARG PIP_TRUSTED_HOST
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_CERT=/etc/ssl/certs/ca-certificates.crt
# The engine is compiled with mypyc (setup.py): a C compiler here, none in the runtime image. ARSUM_COMPILE=0
# builds a pure-Python image.
ARG ARSUM_COMPILE=1
# Debian's packages of the base image's release; pinning their versions would only block security updates.
# hadolint ignore=DL3008
RUN if [ "$ARSUM_COMPILE" = 1 ]; then \
        apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*; \
    fi
# The build tools are a floor, not a pin: the image is rebuilt for security updates.
# hadolint ignore=DL3013
RUN python -m venv /opt/arsum && /opt/arsum/bin/pip install --upgrade pip "setuptools>=77" wheel
WORKDIR /src
# Dependencies first, from pyproject.toml alone (empty stand-ins for the sources), so that a code change reuses
# this layer; then arsum itself, without dependencies.
COPY pyproject.toml ./
RUN mkdir service training && touch README.md LICENSE \
    && /opt/arsum/bin/pip install --no-build-isolation ".[${EXTRAS}]" \
    && /opt/arsum/bin/pip uninstall -y arsum \
    && rm -rf service training README.md LICENSE build arsum.egg-info
COPY README.md LICENSE setup.py ./
COPY service ./service
COPY training ./training
# An isolated build: pip brings the build requirements (mypy for mypyc), which stay out of /opt/arsum.
RUN ARSUM_COMPILE="$ARSUM_COMPILE" /opt/arsum/bin/pip install --no-deps .

# ---- runtime: the environment, tcmalloc, a non-root user; no compilers, no sources ----
FROM base AS runtime
# Debian's package of the base image's release; pinning its version would only block security updates.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends libtcmalloc-minimal4 \
    && rm -rf /var/lib/apt/lists/* \
    && ln -s "$(find /usr/lib -name libtcmalloc_minimal.so.4 -print -quit)" /usr/local/lib/libtcmalloc_minimal.so.4 \
    && test -e /usr/local/lib/libtcmalloc_minimal.so.4 \
    && groupadd --gid 10001 arsum \
    && useradd --uid 10001 --gid 10001 --no-log-init --shell /usr/sbin/nologin \
        --home-dir /srv/arsum --create-home arsum \
    && mkdir -p /models && chown 10001:10001 /models
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
# Numeric, so that Kubernetes' runAsNonRoot can check it; the group has the same id.
USER 10001:10001
EXPOSE 8000
# Healthy when the configured engine serves: still loading, or degraded (its model failed to load and the
# extractive engine stands in), is unhealthy.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import json, os, urllib.request; ready = json.load(urllib.request.urlopen('http://127.0.0.1:%s/readyz' % os.environ.get('ARSUM_PORT', '8000'), timeout=4)); raise SystemExit(ready['status'] != 'ready')"]
CMD ["arsum", "serve"]
