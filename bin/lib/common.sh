# Shared by bin/serve, bin/test and bin/compilemessages: sourced, not run.
#
# ensure_venv runtime|test
#   Creates .venv with python3.11 if it is missing, then installs the
#   dependencies named in pyproject.toml ([project] dependencies, plus the
#   `test` extra when asked) under the exact versions of requirements.lock
#   (pip's constraints file), and fails if anything installed is not pinned
#   there. A stamp in .venv skips all of this while requirements.lock and
#   pyproject.toml are unchanged.
#
# Environment: PYTHON (default python3.11), HIRFA_VENV (default <repo>/.venv).

HIRFA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VENV="${HIRFA_VENV:-$HIRFA_ROOT/.venv}"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1

if [[ -t 2 ]]; then
    _RED=$'\e[31m' _GREEN=$'\e[32m' _BOLD=$'\e[1m' _RESET=$'\e[0m'
else
    _RED="" _GREEN="" _BOLD="" _RESET=""
fi

say() { printf '%s==> %s%s\n' "$_BOLD" "$*" "$_RESET" >&2; }
ok() { printf '%s%s%s\n' "$_GREEN" "$*" "$_RESET" >&2; }
die() {
    printf '%sERROR: %s%s\n' "$_RED" "$*" "$_RESET" >&2
    exit 1
}

find_python() {
    local python="${PYTHON:-python3.11}"
    command -v "$python" >/dev/null 2>&1 ||
        die "$python not found. Hirfa needs Python 3.11 (Debian: apt-get install python3.11 python3.11-venv)."
    "$python" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' ||
        die "$python is not Python 3.11 ($("$python" --version 2>&1))."
    echo "$python"
}

ensure_venv() {
    local kind="${1:-runtime}" python stamp want log
    [[ "$kind" == runtime || "$kind" == test ]] || die "ensure_venv: unknown kind '$kind'"
    [[ -f "$HIRFA_ROOT/requirements.lock" ]] || die "requirements.lock is missing from $HIRFA_ROOT"

    if [[ ! -x "$VENV/bin/python" ]]; then
        python="$(find_python)"
        say "Creating $VENV with $python"
        "$python" -m venv "$VENV" || die "could not create $VENV (Debian: apt-get install python3.11-venv)"
    fi
    "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' ||
        die "$VENV is not a Python 3.11 virtualenv: remove it and run again."

    # Put the repository on the venv's path (what an editable install does),
    # so that `.venv/bin/pytest` can load tests.plugins.services by name.
    local site
    site="$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
    [[ "$(cat "$site/hirfa-repo.pth" 2>/dev/null)" == "$HIRFA_ROOT" ]] || echo "$HIRFA_ROOT" >"$site/hirfa-repo.pth"

    want="$(cat "$HIRFA_ROOT/requirements.lock" "$HIRFA_ROOT/pyproject.toml" | sha256sum | cut -d' ' -f1)"
    stamp="$VENV/.hirfa-installed-$kind"
    if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]] ||
        [[ "$kind" == runtime && "$(cat "$VENV/.hirfa-installed-test" 2>/dev/null)" == "$want" ]]; then
        return 0
    fi

    say "Installing the pinned $kind dependencies into $VENV (requirements.lock)"
    log="$(mktemp "${TMPDIR:-/tmp}/hirfa-pip.XXXXXX")"
    local -a requirements
    mapfile -t requirements < <("$VENV/bin/python" "$HIRFA_ROOT/bin/lib/deps.py" requirements "$kind") ||
        die "could not read the dependencies from pyproject.toml"
    if ! "$VENV/bin/python" -m pip install --quiet --constraint "$HIRFA_ROOT/requirements.lock" \
        "${requirements[@]}" >"$log" 2>&1; then
        cat "$log" >&2
        die "pip install failed (full log above, also in $log). Is PyPI reachable?"
    fi
    "$VENV/bin/python" "$HIRFA_ROOT/bin/lib/deps.py" verify "$HIRFA_ROOT/requirements.lock" ||
        die "the virtualenv does not match requirements.lock (see above)."
    rm -f "$log"
    echo "$want" >"$stamp"
    ok "Dependencies installed."
}
