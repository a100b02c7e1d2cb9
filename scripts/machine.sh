# What the CI and soak scripts need from the machine; sourced, not run.
#   need CMD               true when CMD is on the PATH
#   apt_install PKG…       installs Debian packages (as root), or says what is missing
#   install_test_tools     Node.js, Chromium and xmllint, which the tests use, when missing
#   start_throwaway_postgres
#                          initdb + pg_ctl start on 127.0.0.1 at a random port, in a temporary
#                          folder removed on exit; exports THROWAWAY_POSTGRES (connection string)

need() { command -v "$1" >/dev/null 2>&1; }

apt_install() {
  [ "$(id -u)" = 0 ] || { echo "missing $*; install it (as root: apt-get install $*)" >&2; exit 1; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

install_test_tools() {
  need dotnet || { echo "the .NET 10 SDK is required (https://dot.net)" >&2; exit 1; }
  need node && need npm || apt_install nodejs npm
  # The task pane's end-to-end tests drive Debian's Chromium headless.
  [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || apt_install chromium
  # The manifest test validates manifest.xml against Microsoft's schemas with xmllint.
  need xmllint || apt_install libxml2-utils
}

start_throwaway_postgres() {
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$pg_bin" ]; then apt_install postgresql; pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1); fi
  # initdb refuses to run as root: the cluster belongs to an unprivileged user.
  pg_user=postgres
  if [ "$(id -u)" = 0 ]; then
    id "$pg_user" >/dev/null 2>&1 || useradd --system --no-create-home "$pg_user"
    run_pg() { runuser -u "$pg_user" -- "$@"; }
  else
    pg_user=$(id -un); run_pg() { "$@"; }
  fi
  pg_dir=$(mktemp -d /tmp/intros-pg.XXXXXX)
  chown "$pg_user" "$pg_dir" 2>/dev/null || true
  pg_port=$(( 20000 + RANDOM % 20000 ))
  run_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust --no-sync >/dev/null
  run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w -o "-p $pg_port -k $pg_dir -h 127.0.0.1 -c fsync=off" start >/dev/null
  trap 'run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pg_dir"' EXIT
  export THROWAWAY_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Pooling=true"
}
