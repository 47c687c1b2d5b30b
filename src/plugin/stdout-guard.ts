/**
 * Only the handshake line may reach stdout: go-plugin's client treats the first stdout line as
 * the handshake, and anything before it ("Unrecognized remote plugin message") breaks the launch.
 * `reserveStdout` sends every later stdout write (console.log included) to stderr and hands back
 * the one writer allowed to use the real stdout.
 */
export type StdoutWriter = (text: string) => void;

export function reserveStdout(): StdoutWriter {
  const realWrite = process.stdout.write.bind(process.stdout);
  const toStderr = process.stderr.write.bind(process.stderr);
  process.stdout.write = toStderr as typeof process.stdout.write;
  console.log = console.error;
  console.info = console.error;
  console.debug = console.error;
  return (text) => {
    realWrite(text);
  };
}
