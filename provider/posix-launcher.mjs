/**
 * The first lines of the provider when it ships as a script (the release's form for platforms
 * without a single executable): a file that is both a POSIX shell script and CommonJS.
 *
 * `#!/usr/bin/env node` would look `node` up in PATH as it is, and an empty or relative PATH
 * entry (`PATH=:/usr/bin`, `PATH=bin:/usr/bin`) names the working directory — where Terraform
 * runs, so a `node` file in a repository would run instead of Node. `/bin/sh` keeps only the
 * absolute PATH entries, then runs `node` on this same file; Node skips the first line, and the
 * second is a string and a comment in JavaScript.
 */
export const POSIX_LAUNCHER_HEADER = [
  '#!/bin/sh',
  `':' //; set -f; p=; IFS=:; for d in $PATH; do case $d in /*) p=\${p:+$p:}$d;; esac; done; unset IFS; PATH=$p; export PATH; exec node "$0" "$@"`,
  '',
].join('\n');

/** `source` (CommonJS) as a script that finds Node in the absolute PATH entries only. */
export function posixScript(source) {
  return `${POSIX_LAUNCHER_HEADER}${source.replace(/^#!.*\n/, '')}`;
}
