#!/usr/bin/env bash
# Build the Dockerfile with buildah and smoke-test the image with podman, where there is no Docker engine and the
# base image cannot be pulled: the base is then a stand-in, a Debian bookworm root file system made with
# debootstrap (Debian's Python 3.11 with its headers, venv and CA certificates), imported once as $BASE.
# Checks: the image keeps its HEALTHCHECK and runs as 10001:10001, its HEALTHCHECK passes against its CMD running
# from the image, and /v1/summarize answers from inside it. Prints the build time and the image size.
#
# Needs root and Debian's buildah, podman and debootstrap (apt-get install buildah podman debootstrap); about 20 min
# on a busy 2-core machine (the vfs storage driver copies every layer).
# Not part of `make test` (a build takes minutes and downloads the Python packages).
#
#   scripts/check-image.sh                                   # stand-in base, made on first use
#   BASE=docker.io/library/python:3.11-slim-bookworm scripts/check-image.sh   # where the real base can be pulled
#   PIP_INDEX_URL=https://pypi.mirror.example/simple scripts/check-image.sh   # passed on as a build argument
set -euo pipefail
cd "$(dirname "$0")/.."

STORAGE=(--storage-driver vfs)  # works as root without fuse or overlay support
BASE=${BASE:-localhost/arsum-standin-base:bookworm}
IMAGE=${IMAGE:-localhost/arsum:check}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
PORT=${PORT:-18080}
CONTAINER=arsum-image-check

make_standin_base() {
    if podman "${STORAGE[@]}" image exists "$BASE"; then
        return
    fi
    echo "== stand-in base $BASE: debootstrap bookworm from $MIRROR"
    local rootfs
    rootfs=$(mktemp -d /var/tmp/arsum-rootfs.XXXXXX)
    debootstrap --variant=minbase --include=python3,python3-venv,python3-dev,python-is-python3,ca-certificates \
        bookworm "$rootfs" "$MIRROR"
    rm -f "$rootfs"/var/cache/apt/archives/*.deb
    tar -C "$rootfs" -c . | podman "${STORAGE[@]}" import --change 'CMD ["python3"]' - "$BASE"
    rm -rf "$rootfs"
}

build_image() {
    echo "== build $IMAGE from $BASE"
    local build_args=(--build-arg "PYTHON_IMAGE=$BASE")
    for name in PIP_INDEX_URL PIP_EXTRA_INDEX_URL PIP_TRUSTED_HOST CA_BUNDLE EXTRAS; do
        if [ -n "${!name:-}" ]; then
            build_args+=(--build-arg "$name=${!name}")
        fi
    done
    local started=$SECONDS
    buildah "${STORAGE[@]}" bud --isolation chroot --format docker --layers --pull=never \
        "${build_args[@]}" -t "$IMAGE" .
    echo "build time: $((SECONDS - started)) s"
    podman "${STORAGE[@]}" image inspect "$IMAGE" \
        --format 'image size: {{.Size}} bytes; user {{.Config.User}}; healthcheck {{.Config.Healthcheck.Test}}'
    [ "$(podman "${STORAGE[@]}" image inspect "$IMAGE" --format '{{.Config.User}}')" = "10001:10001" ]
    podman "${STORAGE[@]}" image inspect "$IMAGE" --format '{{.Config.Healthcheck.Test}}' | grep -q readyz
}

# The image's CMD and HEALTHCHECK run with `buildah run` (chroot isolation, the image's user, environment and
# working directory). `podman run` would do as well where its OCI runtime may set resource limits; in a sandboxed
# VM crun fails with "setrlimit RLIMIT_NPROC: Operation not permitted", and buildah needs no OCI runtime.
RUN_IN_IMAGE=(buildah "${STORAGE[@]}" run --isolation chroot --network host --env "ARSUM_PORT=$PORT" "$CONTAINER" --)
in_image() {
    "${RUN_IN_IMAGE[@]}" "$@"
}

image_list() {  # one item of a list in the image's config a line (buildah 1.28's templates have no json)
    buildah "${STORAGE[@]}" inspect --format "{{range $1}}{{println .}}{{end}}" "$CONTAINER" | sed '/^$/d'
}

healthcheck_command() {  # HEALTHCHECK CMD [...] or CMD-SHELL "..." as the arguments to run
    local test
    mapfile -t test < <(image_list .Docker.Config.Healthcheck.Test)
    if [ "${test[0]}" = "CMD-SHELL" ]; then
        printf '%s\n' /bin/sh -c "${test[1]}"
    else
        printf '%s\n' "${test[@]:1}"
    fi
}

SERVER=
stop_server() {
    if [ -n "$SERVER" ]; then
        kill "$SERVER" 2>/dev/null || true
        wait "$SERVER" 2>/dev/null || true
    fi
    buildah "${STORAGE[@]}" rm "$CONTAINER" >/dev/null 2>&1 || true
}

smoke_test() {
    echo "== run $IMAGE on 127.0.0.1:$PORT"
    buildah "${STORAGE[@]}" rm "$CONTAINER" >/dev/null 2>&1 || true
    buildah "${STORAGE[@]}" from --pull=never --name "$CONTAINER" "$IMAGE" >/dev/null
    local command
    mapfile -t command < <(image_list .Docker.Config.Cmd)
    "${RUN_IN_IMAGE[@]}" "${command[@]}" > /tmp/arsum-image-check.log 2>&1 &
    SERVER=$!  # buildah itself: stopping it stops the server
    trap stop_server EXIT
    local healthcheck waited=0
    mapfile -t healthcheck < <(healthcheck_command)
    until in_image "${healthcheck[@]}" >/dev/null 2>&1; do
        waited=$((waited + 1))
        if [ "$waited" -gt 120 ] || ! kill -0 "$SERVER" 2>/dev/null; then
            cat /tmp/arsum-image-check.log
            echo "the HEALTHCHECK did not pass within 120 s" >&2
            exit 1
        fi
        sleep 1
    done
    echo "HEALTHCHECK (${healthcheck[*]:0:2} ...): passes after ${waited} s"
    in_image id
    in_image python -c '
import json, os, sys, time, urllib.request
base = "http://127.0.0.1:%s" % os.environ["ARSUM_PORT"]
for _ in range(120):
    try:
        urllib.request.urlopen(base + "/readyz", timeout=5)
        break
    except OSError:
        time.sleep(1)
body = json.dumps({"text": sys.stdin.read(), "tasks": ["headline", "bullets"]}).encode()
request = urllib.request.Request(base + "/v1/summarize", body, {"content-type": "application/json"})
digest = json.load(urllib.request.urlopen(request, timeout=30))
assert digest["engine"] == "extractive" and digest["headline"] and digest["bullets"], digest
print("/v1/summarize from inside the image:", json.dumps(digest, ensure_ascii=False))
' < examples/article.txt
    echo "server log (last lines):"
    tail -n 4 /tmp/arsum-image-check.log
}

if [ "$BASE" = "localhost/arsum-standin-base:bookworm" ]; then
    make_standin_base
fi
build_image
smoke_test
echo "== image check passed"
