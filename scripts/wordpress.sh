#!/usr/bin/env bash
# A throwaway WordPress on this machine, for the publishing tests: Debian's packages, MariaDB
# started by hand (services may not start here), a site on 127.0.0.1:PORT served by `php -S`,
# an administrator with an application password, and a subscriber (who may not post) with one.
# Writes target/wordpress.env (WP_SITE, WP_USER, WP_PASSWORD, WP_READER, WP_READER_PASSWORD),
# which the tests read.
#
# Idempotent: a second run finds the site answering with the saved password and only prints it;
# `scripts/wordpress.sh --reset` installs the site afresh (about 6 s). Needs root for apt-get,
# MariaDB and /etc/wordpress.
#
#   scripts/wordpress.sh            # install if needed, start, write target/wordpress.env
#   WP_PORT=8090 scripts/wordpress.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PORT=${WP_PORT:-8089}
HOST=127.0.0.1
SITE="http://$HOST:$PORT"
STATE="$ROOT/target/wordpress"
ENV_FILE="$ROOT/target/wordpress.env"
DB=povestitor_wp
DB_USER=povestitor_wp
DB_PASSWORD=povestitor-wp-local
CONTENT=/var/lib/wordpress/wp-content
ADMIN=editor
RESET=${1:-}
mkdir -p "$STATE"

say() { echo "wordpress.sh: $*" >&2; }

# Waits up to $1 seconds for the command that follows to succeed.
wait_for() {
  local deadline=$((SECONDS + $1))
  shift
  until "$@" >/dev/null 2>&1; do
    if ((SECONDS >= deadline)); then return 1; fi
    sleep 0.2
  done
}

# 1. Packages.
need=()
[ -f /usr/share/wordpress/wp-load.php ] || need+=(wordpress)
command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || need+=(mariadb-server)
command -v php >/dev/null || need+=(php-cli)
modules=$(php -m 2>/dev/null || true)
grep -qix 'mysqli' <<<"$modules" || need+=(php-mysql)
grep -qix 'gd' <<<"$modules" || need+=(php-gd)
command -v curl >/dev/null || need+=(curl)
if ((${#need[@]})); then
  say "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# 2. MariaDB, started by hand: the machine's policy-rc.d keeps services from starting.
if ! mariadb-admin ping >/dev/null 2>&1; then
  mkdir -p /run/mysqld
  chown mysql:mysql /run/mysqld
  [ -d /var/lib/mysql/mysql ] || mariadb-install-db --user=mysql --datadir=/var/lib/mysql >/dev/null
  say "starting MariaDB"
  setsid nohup /usr/sbin/mariadbd --user=mysql --skip-networking >"$STATE/mariadb.log" 2>&1 </dev/null &
  wait_for 60 mariadb-admin ping || { say "MariaDB did not start; see $STATE/mariadb.log"; exit 1; }
fi

# 3. Reuse a site that answers with the saved password.
site_works() {
  [ -f "$ENV_FILE" ] || return 1
  # shellcheck disable=SC1090
  . "$ENV_FILE"
  [ -n "${WP_READER_PASSWORD:-}" ] || return 1
  curl -fsS -m 5 -u "$WP_USER:$WP_PASSWORD" "$WP_SITE/?rest_route=/wp/v2/users/me" >/dev/null 2>&1
}
if [ "$RESET" != "--reset" ] && site_works; then
  cat "$ENV_FILE"
  exit 0
fi

# 4. The database and the site's configuration (Debian reads config-<host>.php, port dropped).
mariadb -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4;
  CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
  GRANT ALL ON $DB.* TO '$DB_USER'@'localhost'; FLUSH PRIVILEGES;"
mkdir -p /etc/wordpress "$CONTENT/uploads"
cat >"/etc/wordpress/config-$HOST.php" <<PHP
<?php
define('DB_NAME', '$DB');
define('DB_USER', '$DB_USER');
define('DB_PASSWORD', '$DB_PASSWORD');
define('DB_HOST', 'localhost');
define('WP_CONTENT_DIR', '$CONTENT');
define('WP_HOME', '$SITE');
define('WP_SITEURL', '$SITE');
// Application passwords are refused over plain http unless the site says it is local.
define('WP_ENVIRONMENT_TYPE', 'local');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
PHP

# 5. The router: files as they are, /wp-content/ from Debian's content folder, everything
# else to index.php (so /wp-json/ works as on a site with pretty permalinks).
cat >"$STATE/router.php" <<'PHP'
<?php
$path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if (strpos($path, '/wp-content/') === 0) {
    $file = '/var/lib/wordpress' . $path;
    if (is_file($file) && substr($file, -4) !== '.php') {
        $types = ['jpg' => 'image/jpeg', 'jpeg' => 'image/jpeg', 'png' => 'image/png', 'css' => 'text/css', 'js' => 'text/javascript'];
        $ext = strtolower(pathinfo($file, PATHINFO_EXTENSION));
        header('Content-Type: ' . ($types[$ext] ?? 'application/octet-stream'));
        readfile($file);
        return true;
    }
}
$file = $_SERVER['DOCUMENT_ROOT'] . $path;
if ($path !== '/' && is_file($file)) {
    if (substr($file, -4) === '.php') {
        chdir(dirname($file));
        require $file;
        return true;
    }
    return false;
}
if ($path !== '/' && is_dir($file) && is_file($file . '/index.php')) {
    chdir($file);
    require $file . '/index.php';
    return true;
}
chdir($_SERVER['DOCUMENT_ROOT']);
require 'index.php';
PHP

# 6. Install from PHP: the site, pretty permalinks, an administrator, an application password.
cat >"$STATE/install.php" <<'PHP'
<?php
$_SERVER['HTTP_HOST'] = getenv('WP_HOST_PORT');
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
chdir('/usr/share/wordpress');
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$user = getenv('WP_ADMIN');
$result = wp_install('povestitor tests', $user, $user . '@example.org', false, '', wp_generate_password(24));
update_option('permalink_structure', '/%postname%/');
$id = $result['user_id'];
[$password] = WP_Application_Passwords::create_new_application_password($id, ['name' => 'tests']);
$reader = wp_insert_user(['user_login' => 'reader', 'user_pass' => wp_generate_password(24), 'user_email' => 'reader@example.org', 'role' => 'subscriber']);
[$reader_password] = WP_Application_Passwords::create_new_application_password($reader, ['name' => 'tests']);
echo $password, " ", $reader_password, "\n";
PHP
# Plugins Debian ships (akismet) stay off: the site is bare.
say "installing the site at $SITE"
read -r PASSWORD READER_PASSWORD < <(WP_HOST_PORT="$HOST:$PORT" WP_ADMIN="$ADMIN" php -d sendmail_path=/bin/true "$STATE/install.php" | tail -n 1)
rm -rf "${CONTENT:?}/uploads/"*

# 7. Serve it (a server left from an earlier run keeps serving: it reads the same files).
server_gone() { ! pgrep -f "php .*-S $HOST:$PORT " >/dev/null; }
if ! curl -fsS -m 2 -o /dev/null "$SITE/wp-login.php" 2>/dev/null; then
  # A server that no longer answers (left by a checkout since removed, its router gone)
  # would keep the port: stop it first.
  if ! server_gone; then
    say "stopping the server on $HOST:$PORT that does not answer"
    pkill -f "php .*-S $HOST:$PORT " || true
    wait_for 10 server_gone || { say "the server on $HOST:$PORT does not stop"; exit 1; }
  fi
  say "serving $SITE"
  # Several workers: the tests publish in parallel.
  PHP_CLI_SERVER_WORKERS=4 setsid nohup php -d upload_max_filesize=16M -d post_max_size=20M -S "$HOST:$PORT" \
    -t /usr/share/wordpress "$STATE/router.php" >"$STATE/php.log" 2>&1 </dev/null &
  wait_for 30 curl -fsS -m 2 -o /dev/null "$SITE/wp-login.php" \
    || { say "the site did not answer; see $STATE/php.log"; exit 1; }
fi

printf 'WP_SITE=%s\nWP_USER=%s\nWP_PASSWORD=%s\nWP_READER=reader\nWP_READER_PASSWORD=%s\n' \
  "$SITE" "$ADMIN" "$PASSWORD" "$READER_PASSWORD" >"$ENV_FILE.tmp"
mv "$ENV_FILE.tmp" "$ENV_FILE"
wait_for 20 site_works || { say "the site does not accept the application password; see $STATE/php.log"; exit 1; }
cat "$ENV_FILE"
